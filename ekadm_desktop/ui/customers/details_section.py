"""The customer page's first section: who the customer is, and what is agreed for the year."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ekadm_desktop.services.customers import AdditionalAgreementRow, CustomerDetails
from ekadm_desktop.ui.common.record_table import Column, RecordTableModel
from ekadm_desktop.ui.context import ViewContext
from ekadm_desktop.ui.customers.sections import LoadingSection, SectionTable

EMPTY = "–"


def _value_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _mail_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    return label


def _set_mail(label: QLabel, address: str) -> None:
    if address:
        escaped = html.escape(address)
        label.setText(f'<a href="mailto:{escaped}">{escaped}</a>')
    else:
        label.setText(EMPTY)


class _Form(QGridLayout):
    """Labels and values in two columns. (A ``QFormLayout`` gives wrapped values too little height
    in a scroll area and cuts off their last lines.)"""

    def __init__(self) -> None:
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self.setHorizontalSpacing(12)
        self.setVerticalSpacing(4)
        self.setColumnStretch(1, 1)

    def addRow(self, label: str, value: QWidget) -> None:
        row = self.rowCount()
        self.addWidget(QLabel(label), row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.addWidget(value, row, 1)


class DetailsSection(LoadingSection[CustomerDetails]):
    """Contact and responsible unit; the year's service agreement and additional agreements."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.details: CustomerDetails | None = None

        # Left: the customer and its responsible unit.
        self.contact_label = _value_label("contactName")
        self.email_label = _mail_label("customerEmail")
        self.unit_label = _value_label("unitName")
        self.manager_label = _value_label("unitManager")
        self.phone_label = _value_label("unitPhone")
        self.unit_email_label = _mail_label("unitEmail")
        self.contact_heading = QLabel(self.tr("Kontakt"))
        self.contact_heading.setObjectName("contactHeading")
        bold = QFont(self.contact_heading.font())
        bold.setBold(True)
        self.contact_heading.setFont(bold)
        contact_form = _Form()
        contact_form.addRow(self.tr("Kontaktperson:"), self.contact_label)
        contact_form.addRow(self.tr("Kundens e-post:"), self.email_label)
        contact_form.addRow(self.tr("Ansvarig enhet:"), self.unit_label)
        contact_form.addRow(self.tr("Enhetschef:"), self.manager_label)
        contact_form.addRow(self.tr("Gruppnummer:"), self.phone_label)
        contact_form.addRow(self.tr("Enhetens e-post:"), self.unit_email_label)
        contact = QVBoxLayout()
        contact.addWidget(self.contact_heading)
        contact.addLayout(contact_form)
        contact.addStretch(1)

        # Right: the service agreement of the year.
        self.agreement_heading = QLabel()
        self.agreement_heading.setObjectName("agreementHeading")
        self.agreement_heading.setFont(bold)
        self.signed_label = _value_label("agreementSigned")
        self.services_label = _value_label("agreementServices")
        self.services_label.setWordWrap(False)  # one service a line; wrapping could lose the last line
        self.agreement_note_label = _value_label("agreementNote")
        self.no_agreement_label = _value_label("noAgreement")
        agreement_form = _Form()
        agreement_form.addRow(self.tr("Undertecknat:"), self.signed_label)
        agreement_form.addRow(self.tr("Ingående tjänster:"), self.services_label)
        agreement_form.addRow(self.tr("Anteckning:"), self.agreement_note_label)
        self._agreement_form = QWidget()
        self._agreement_form.setLayout(agreement_form)
        agreement = QVBoxLayout()
        agreement.addWidget(self.agreement_heading)
        agreement.addWidget(self.no_agreement_label)
        agreement.addWidget(self._agreement_form)
        agreement.addStretch(1)

        columns = QGridLayout()
        columns.setHorizontalSpacing(32)
        columns.addLayout(contact, 0, 0, Qt.AlignmentFlag.AlignTop)
        columns.addLayout(agreement, 0, 1, Qt.AlignmentFlag.AlignTop)
        columns.setColumnStretch(0, 2)
        columns.setColumnStretch(1, 3)

        # Below: the additional agreements valid some time in the year.
        self.additional_heading = QLabel()
        self.additional_heading.setObjectName("additionalHeading")
        self.additional_heading.setFont(bold)
        self.no_additional_label = _value_label("noAdditional")
        self.additional_model: RecordTableModel[AdditionalAgreementRow] = RecordTableModel(
            [
                Column(self.tr("Rubrik"), lambda r: r.title, max_width=380),
                Column(self.tr("Tjänst"), lambda r: r.service or EMPTY, max_width=280),
                Column(
                    self.tr("Gäller från"),
                    lambda r: r.valid_from.isoformat(),
                    sort_key=lambda r: r.valid_from.isoformat(),
                    value=lambda r: r.valid_from,
                ),
                Column(
                    self.tr("Gäller till"),
                    lambda r: r.valid_to.isoformat() if r.valid_to else self.tr("tills vidare"),
                    sort_key=lambda r: r.valid_to.isoformat() if r.valid_to else "9999",
                    value=lambda r: r.valid_to,
                ),
                # The last column stretches over the width that is left; long notes show whole on hover.
                Column(self.tr("Anteckning"), lambda r: r.note, max_width=160),
            ],
            parent=self,
        )
        self.additional_table = SectionTable(8)
        self.additional_table.setObjectName("additionalTable")
        self.additional_table.setSortingEnabled(False)  # in date order, a handful of rows
        self.additional_table.setModel(self.additional_model)

        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns)
        layout.addSpacing(10)
        layout.addWidget(self.additional_heading)
        layout.addWidget(self.no_additional_label)
        layout.addWidget(self.additional_table)

    def fetch(self, customer_id: int, year: int) -> CustomerDetails:
        return self.context.services.customers.details(customer_id, year)

    def present(self, data: CustomerDetails) -> None:
        self.details = data
        self.contact_label.setText(data.contact_name or EMPTY)
        _set_mail(self.email_label, data.email)
        self.unit_label.setText(data.unit.name)
        self.manager_label.setText(data.unit.manager_name or EMPTY)
        self.phone_label.setText(data.unit.group_phone or EMPTY)
        _set_mail(self.unit_email_label, data.unit.email)

        self.agreement_heading.setText(self.tr("Serviceavtal {year}").format(year=data.year))
        agreement = data.agreement
        self.no_agreement_label.setVisible(agreement is None)
        self._agreement_form.setVisible(agreement is not None)
        if agreement is None:
            self.no_agreement_label.setText(self.tr("Inget serviceavtal för {year}.").format(year=data.year))
            self.signed_label.clear()
            self.services_label.clear()
            self.agreement_note_label.clear()
        else:
            self.signed_label.setText(
                agreement.signed_on.isoformat() if agreement.signed_on else self.tr("Inte undertecknat")
            )
            self.services_label.setText(
                "\n".join(f"• {name}" for name in agreement.services) or self.tr("Inga tjänster angivna")
            )
            self.agreement_note_label.setText(agreement.note or EMPTY)

        self.additional_heading.setText(self.tr("Tilläggsöverenskommelser {year}").format(year=data.year))
        rows = list(data.additional_agreements)
        self.additional_model.set_records(rows)
        self.no_additional_label.setText(
            self.tr("Inga tilläggsöverenskommelser gäller under {year}.").format(year=data.year)
        )
        self.no_additional_label.setVisible(not rows)
        self.additional_table.setVisible(bool(rows))
        if rows:
            self.additional_table.fit_columns([c.max_width for c in self.additional_model.columns])
