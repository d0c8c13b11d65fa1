"""Monthly volumes, staffing, hours of additional services, and the month lock."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ekadm_desktop.models.base import Base, Editable
from ekadm_desktop.models.reference import Customer, Process, TransactionType, Unit


class MonthlyVolume(Editable, Base):
    """Count of one transaction type for one customer and process in one month.

    ``quantity`` is a count for most types; for late-payment interest it is an amount in SEK.
    """

    __tablename__ = "monthly_volume"
    __table_args__ = (UniqueConstraint("year", "month", "customer_id", "process_id", "transaction_type_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    month: Mapped[int] = mapped_column(Integer)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    process_id: Mapped[int] = mapped_column(ForeignKey("process.id"))
    transaction_type_id: Mapped[int] = mapped_column(ForeignKey("transaction_type.id"))
    quantity: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("volume_import_batch.id", ondelete="SET NULL")
    )

    customer: Mapped[Customer] = relationship()
    process: Mapped[Process] = relationship()
    transaction_type: Mapped[TransactionType] = relationship()


class Staffing(Editable, Base):
    """Full-time equivalents and headcount of one unit in one process in one month."""

    __tablename__ = "staffing"
    __table_args__ = (UniqueConstraint("year", "month", "unit_id", "process_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    month: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    process_id: Mapped[int] = mapped_column(ForeignKey("process.id"))
    fte: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    headcount: Mapped[int] = mapped_column(Integer)

    unit: Mapped[Unit] = relationship()
    process: Mapped[Process] = relationship()


class ServiceHours(Editable, Base):
    """Hours of additional services delivered to a customer in a month, priced by the hourly rate."""

    __tablename__ = "service_hours"
    __table_args__ = (UniqueConstraint("year", "month", "customer_id", "process_id", "transaction_type_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    month: Mapped[int] = mapped_column(Integer)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    process_id: Mapped[int] = mapped_column(ForeignKey("process.id"))
    # The hourly transaction type (accountant/system administrator or financial administrator).
    transaction_type_id: Mapped[int] = mapped_column(ForeignKey("transaction_type.id"))
    hours: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    note: Mapped[str] = mapped_column(Text, default="")


class VolumeImportBatch(Base):
    """One import of volumes from a file (the ERP's statistics export)."""

    __tablename__ = "volume_import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    profile: Mapped[str] = mapped_column(String(100), default="")
    imported_by: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    rows_imported: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)


class MonthLock(Editable, Base):
    """A month whose figures went to the service board; locked figures are not edited."""

    __tablename__ = "month_lock"
    __table_args__ = (UniqueConstraint("year", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    locked: Mapped[bool] = mapped_column(default=True)
    locked_at: Mapped[datetime] = mapped_column(DateTime)
    locked_by: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(500), default="")


class VolumeImportProfile(Editable, Base):
    """A named column mapping for the volume import: which header of the file is which field."""

    __tablename__ = "volume_import_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    # field name ("customer", "transaction_type", "month", "count") -> the file's column header
    mapping: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
