"""The sections of the customer page, in one list.

Adding a section is one line in ``CUSTOMER_SECTIONS``: the page builds itself from this list,
stacks the sections by ``order`` under their headings and tells each which customer and year to
show. A section is any widget class that is constructed as ``Section(context, parent)`` and has
``show_customer(customer_id: int, year: int) -> None``. ``LoadingSection`` is an optional base
that reads in the background and never shows an answer that arrives after a newer request.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ekadm_desktop.i18n import N_
from ekadm_desktop.ui.areas import everyone
from ekadm_desktop.ui.common.messages import error_text
from ekadm_desktop.ui.common.record_table import RecordTableView

if TYPE_CHECKING:
    from ekadm_desktop.services.users import CurrentUser
    from ekadm_desktop.ui.context import ViewContext

T = TypeVar("T")


@runtime_checkable
class CustomerSectionView(Protocol):
    """What the page needs of a section widget (besides being a ``QWidget``)."""

    def show_customer(self, customer_id: int, year: int) -> None: ...


@dataclass(frozen=True)
class CustomerSection:
    key: str
    title: str  # Swedish source text in the "customer_sections" translation context
    view: str  # "module:Class"; the class is called with (ViewContext, parent)
    order: int  # sections are shown by increasing order; leave gaps for sections to come
    visible: Callable[[CurrentUser], bool] = everyone

    def translated_title(self) -> str:
        return QCoreApplication.translate("customer_sections", self.title)

    def create(self, context: ViewContext, parent: QWidget | None = None) -> QWidget:
        module_name, class_name = self.view.split(":")
        section_class = getattr(import_module(module_name), class_name)
        widget = section_class(context, parent)
        if not isinstance(widget, QWidget) or not isinstance(widget, CustomerSectionView):
            raise TypeError(f"{self.view} is not a QWidget with show_customer(customer_id, year)")
        return widget


CUSTOMER_SECTIONS: list[CustomerSection] = [
    CustomerSection(
        "details",
        N_("customer_sections", "Uppgifter och avtal"),
        "ekadm_desktop.ui.customers.details_section:DetailsSection",
        10,
    ),
    CustomerSection(
        "log",
        N_("customer_sections", "Kundlogg"),
        "ekadm_desktop.ui.customers.log_section:LogSection",
        20,
    ),
    CustomerSection(
        "complaints",
        N_("customer_sections", "Klagomål"),
        "ekadm_desktop.ui.complaints.customer_section:ComplaintsSection",
        30,
    ),
    CustomerSection(
        "volumes",
        N_("customer_sections", "Volymer, e-andel och intäkter"),
        "ekadm_desktop.ui.customers.volumes_section:VolumesSection",
        40,
    ),
    CustomerSection(
        "phone",
        N_("customer_sections", "Telefoni (ansvarig enhet)"),
        "ekadm_desktop.ui.customers.phone_section:PhoneSection",
        50,
    ),
]


def sections_for(
    user: CurrentUser, sections: Sequence[CustomerSection] | None = None
) -> list[CustomerSection]:
    """The sections ``user`` may see, in page order (``CUSTOMER_SECTIONS`` as it is at the call)."""
    chosen = CUSTOMER_SECTIONS if sections is None else sections
    return sorted((s for s in chosen if s.visible(user)), key=lambda s: s.order)


class LoadingSection(QWidget, Generic[T]):
    """A section that reads its data off the GUI thread.

    Subclasses put their widgets in ``self.body`` and implement ``fetch`` (Qt-free, runs in the
    background: ask a service, return plain data) and ``present`` (GUI thread). Errors are shown
    in the section itself rather than in a message box, so one failing section does not stop
    the others or interrupt the user.
    """

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._request = 0
        self.body = QWidget()
        self.message = QLabel()
        self.message.setObjectName("sectionMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.body)

    def show_customer(self, customer_id: int, year: int) -> None:
        self._request += 1
        request = self._request

        def work(_progress: object) -> T:
            return self.fetch(customer_id, year)

        def done(data: T) -> None:
            if request == self._request:
                self.message.hide()
                self.body.show()
                self.present(data)

        def failed(exc: BaseException) -> None:
            if request == self._request:
                self.show_message(error_text(exc)[0])

        self.context.tasks.run(self.loading_text(), work, done, failed, show_progress=False)

    def show_message(self, text: str) -> None:
        """Show ``text`` instead of the section's content (an error, or nothing to show)."""
        self.body.hide()
        self.message.setText(text)
        self.message.show()

    def loading_text(self) -> str:
        return QCoreApplication.translate("LoadingSection", "Läser in kunduppgifter")

    def fetch(self, customer_id: int, year: int) -> T:
        raise NotImplementedError

    def present(self, data: T) -> None:
        raise NotImplementedError


class SectionTable(RecordTableView):
    """A table in a section: as tall as its rows, up to ``max_rows`` (more scroll inside it), so
    that the page scrolls rather than every little table; room is kept for a horizontal scroll bar
    only when the columns are wider than the table."""

    def __init__(self, max_rows: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_rows = max_rows
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.horizontalHeader().sectionResized.connect(self._columns_resized)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                signal.connect(self.updateGeometry)

    def fitted_height(self) -> int:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        shown = max(1, min(rows, self.max_rows))
        # The rows are sized to their contents (``RecordTableView``), often lower than the default.
        row_height = (
            max(self.rowHeight(0), self.sizeHintForRow(0)) if rows else self.fontMetrics().height() + 6
        )
        header = self.horizontalHeader()
        height = 0 if header.isHidden() else header.sizeHint().height()
        height += shown * row_height + 2 * self.frameWidth()
        if header.length() > self.viewport().width() + 1:
            height += self.horizontalScrollBar().sizeHint().height()
        return height

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fitted_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.fitted_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.height() != self.fitted_height():
            self.updateGeometry()

    def _columns_resized(self, _section: int, _old: int, _new: int) -> None:
        if self.height() != self.fitted_height():
            self.updateGeometry()
