"""The services of one open database, built once by the composition root (``app.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from ekadm_desktop.db.database import Database
from ekadm_desktop.services.admin import AdminService
from ekadm_desktop.services.complaints import ComplaintService
from ekadm_desktop.services.customer_log import CustomerLogService
from ekadm_desktop.services.customers import CustomerService
from ekadm_desktop.services.dashboard import DashboardService
from ekadm_desktop.services.history import HistoryService
from ekadm_desktop.services.indicators import IndicatorService
from ekadm_desktop.services.month_lock import MonthLockService
from ekadm_desktop.services.overview import OverviewService
from ekadm_desktop.services.phone_import import PhoneImportService
from ekadm_desktop.services.phone_stats import PhoneStatsService
from ekadm_desktop.services.revenue import RevenueService
from ekadm_desktop.services.users import CurrentUser, UserService
from ekadm_desktop.services.volume_entry import VolumeEntryService
from ekadm_desktop.services.volume_import import VolumeImportService


@dataclass(frozen=True)
class Services:
    db: Database
    user: CurrentUser
    users: UserService
    admin: AdminService
    overview: OverviewService
    customer_log: CustomerLogService
    customers: CustomerService
    history: HistoryService
    complaints: ComplaintService
    phone_import: PhoneImportService
    indicators: IndicatorService
    revenue: RevenueService
    volume_entry: VolumeEntryService
    month_locks: MonthLockService
    volume_import: VolumeImportService
    phone_stats: PhoneStatsService
    dashboard: DashboardService


def build_services(db: Database, user: CurrentUser) -> Services:
    indicators = IndicatorService(db)
    phone_stats = PhoneStatsService(db, user)
    complaints = ComplaintService(db, user)
    customer_log = CustomerLogService(db, user)
    return Services(
        db=db,
        user=user,
        users=UserService(db, user),
        admin=AdminService(db, user),
        overview=OverviewService(db),
        customer_log=customer_log,
        customers=CustomerService(db),
        history=HistoryService(db),
        complaints=complaints,
        phone_import=PhoneImportService(db, user),
        indicators=indicators,
        revenue=RevenueService(db),
        volume_entry=VolumeEntryService(db, user),
        month_locks=MonthLockService(db, user),
        volume_import=VolumeImportService(db, user),
        phone_stats=phone_stats,
        dashboard=DashboardService(indicators, phone_stats, complaints, customer_log),
    )
