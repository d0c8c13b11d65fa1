"""The services of one open database, built once by the composition root (``app.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from ekadm_desktop.db.database import Database
from ekadm_desktop.services.admin import AdminService
from ekadm_desktop.services.complaints import ComplaintService
from ekadm_desktop.services.customer_log import CustomerLogService
from ekadm_desktop.services.customers import CustomerService
from ekadm_desktop.services.history import HistoryService
from ekadm_desktop.services.overview import OverviewService
from ekadm_desktop.services.users import CurrentUser, UserService


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


def build_services(db: Database, user: CurrentUser) -> Services:
    return Services(
        db=db,
        user=user,
        users=UserService(db, user),
        admin=AdminService(db, user),
        overview=OverviewService(db),
        customer_log=CustomerLogService(db, user),
        customers=CustomerService(db),
        history=HistoryService(db),
        complaints=ComplaintService(db, user),
    )
