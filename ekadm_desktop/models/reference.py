"""Reference data: units, processes, customers, agreements, transaction types, prices, targets."""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, Enum, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ekadm_desktop.models.base import Base, Editable


def enum_column(enum_cls: type[enum.Enum], name: str) -> Enum:
    """Enums are stored as their values in a VARCHAR with a CHECK, the same on both databases."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class CustomerKind(enum.StrEnum):
    DISTRICT = "district"  # stadsdelsförvaltning
    SPECIALIST = "specialist"  # fackförvaltning


class ProcessKind(enum.StrEnum):
    CORE = "core"  # kärnprocess
    OTHER = "other"  # övrig tjänst i serviceavtalet
    ADDITIONAL = "additional"  # tilläggstjänst


class Unit(Editable, Base):
    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    group_phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    manager_name: Mapped[str] = mapped_column(String(100), default="")
    manager_login: Mapped[str] = mapped_column(String(64), default="")


class Process(Editable, Base):
    __tablename__ = "process"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(150), unique=True)
    kind: Mapped[ProcessKind] = mapped_column(enum_column(ProcessKind, "process_kind"))
    owner_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    owner_unit: Mapped[Unit | None] = relationship()


class Customer(Editable, Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(150), unique=True)
    kind: Mapped[CustomerKind] = mapped_column(enum_column(CustomerKind, "customer_kind"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    contact_name: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    unit: Mapped[Unit] = relationship()


class ServiceAgreement(Editable, Base):
    """The yearly service agreement (serviceavtal) with one customer."""

    __tablename__ = "service_agreement"
    __table_args__ = (UniqueConstraint("customer_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    signed_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship()
    services: Mapped[list[AgreementService]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan"
    )


class AgreementService(Base):
    """A service (process) included in an agreement; edited through the agreement."""

    __tablename__ = "agreement_service"

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("service_agreement.id", ondelete="CASCADE"), primary_key=True
    )
    process_id: Mapped[int] = mapped_column(ForeignKey("process.id"), primary_key=True)

    agreement: Mapped[ServiceAgreement] = relationship(back_populates="services")
    process: Mapped[Process] = relationship()


class AdditionalAgreement(Editable, Base):
    """An additional agreement (tilläggsöverenskommelse) made during the year."""

    __tablename__ = "additional_agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    process_id: Mapped[int | None] = mapped_column(ForeignKey("process.id"))
    title: Mapped[str] = mapped_column(String(200))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship()
    process: Mapped[Process | None] = relationship()


class PriceUnit(enum.StrEnum):
    TRANSACTION = "transaction"
    HOUR = "hour"


class TransactionType(Editable, Base):
    """What is counted and priced: e.g. customer invoice via feeder system, reminder, an hour."""

    __tablename__ = "transaction_type"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(48), unique=True)
    name: Mapped[str] = mapped_column(String(150), unique=True)
    process_id: Mapped[int | None] = mapped_column(ForeignKey("process.id"))
    price_unit: Mapped[PriceUnit] = mapped_column(enum_column(PriceUnit, "price_unit"))
    # Electronic vs manual handling, for the electronic-share indicator; None = not applicable.
    electronic: Mapped[bool | None] = mapped_column(Boolean)
    # True where the count is of invoices handled (used for invoices per FTE).
    counts_as_invoice: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    process: Mapped[Process | None] = relationship()


class Price(Editable, Base):
    """The price of one transaction type (or hour) in one year, in SEK."""

    __tablename__ = "price"
    __table_args__ = (UniqueConstraint("year", "transaction_type_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    transaction_type_id: Mapped[int] = mapped_column(ForeignKey("transaction_type.id"))
    amount_sek: Mapped[Decimal] = mapped_column(Numeric(12, 2))

    transaction_type: Mapped[TransactionType] = relationship()


class IndicatorTarget(Editable, Base):
    """A yearly target for an indicator, e.g. 4,300 customer invoices per FTE and month."""

    __tablename__ = "indicator_target"
    __table_args__ = (UniqueConstraint("year", "indicator"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    indicator: Mapped[str] = mapped_column(String(48))
    value: Mapped[Decimal] = mapped_column(Numeric(14, 4))
    note: Mapped[str] = mapped_column(Text, default="")
