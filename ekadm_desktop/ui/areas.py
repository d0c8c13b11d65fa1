"""The areas of the app shown in the navigation list.

Adding an area is one line in ``AREAS``: the main window builds its navigation from this list
and creates each view the first time it is opened (views are imported lazily, so start-up
does not pay for areas nobody opens).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ekadm_desktop.i18n import N_

if TYPE_CHECKING:  # the window imports this module before the database layer is loaded
    from ekadm_desktop.services.users import CurrentUser
    from ekadm_desktop.ui.context import ViewContext


def everyone(_user: CurrentUser) -> bool:
    return True


def administrators(user: CurrentUser) -> bool:
    return user.is_administrator


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # Swedish source text in the "areas" translation context
    view: str  # "module:Class"; the class is called with (ViewContext, parent)
    icon: str = ""  # a QStyle standard pixmap name, e.g. "SP_FileDialogDetailedView"
    visible: Callable[[CurrentUser], bool] = everyone

    def create(self, context: ViewContext, parent: QWidget | None = None) -> QWidget:
        module_name, class_name = self.view.split(":")
        view_class = getattr(import_module(module_name), class_name)
        widget: QWidget = view_class(context, parent)
        return widget


AREAS: list[Area] = [
    Area(
        "start",
        N_("areas", "Översikt"),
        "ekadm_desktop.ui.dashboard.view:DashboardView",
        "SP_DirHomeIcon",
    ),
    Area(
        "customer_log",
        N_("areas", "Kundlogg"),
        "ekadm_desktop.ui.customer_log.view:CustomerLogView",
        "SP_FileDialogContentsView",
    ),
    Area(
        "follow_ups",
        N_("areas", "Uppföljning"),
        "ekadm_desktop.ui.customer_log.follow_ups_view:FollowUpsView",
        "SP_DialogApplyButton",
    ),
    Area(
        "complaints",
        N_("areas", "Klagomål"),
        "ekadm_desktop.ui.complaints.view:ComplaintsView",
        "SP_MessageBoxWarning",
    ),
    Area("customers", N_("areas", "Kundsida"), "ekadm_desktop.ui.customers.page:CustomerPage", "SP_FileIcon"),
    Area(
        "complaint_summaries",
        N_("areas", "Klagomålsstatistik"),
        "ekadm_desktop.ui.complaint_summaries.view:ComplaintSummariesView",
        "SP_FileDialogInfoView",
    ),
    Area(
        "monthly",
        N_("areas", "Månadsavstämning"),
        "ekadm_desktop.ui.volumes.view:MonthlyReconciliationView",
        "SP_FileDialogListView",
    ),
    Area(
        "productivity",
        N_("areas", "Nyckeltal och intäkter"),
        "ekadm_desktop.ui.productivity.view:ProductivityView",
        "SP_DesktopIcon",
    ),
    Area(
        "telephony",
        N_("areas", "Telefoni"),
        "ekadm_desktop.ui.telephony.view:TelephonyView",
        "SP_DriveNetIcon",
    ),
    Area(
        "reports",
        N_("areas", "Rapporter"),
        "ekadm_desktop.ui.reports.view:ReportsView",
        "SP_DialogSaveButton",
    ),
    Area(
        "admin",
        N_("areas", "Administration"),
        "ekadm_desktop.ui.admin.view:AdminView",
        "SP_FileDialogDetailedView",
        administrators,
    ),
]
