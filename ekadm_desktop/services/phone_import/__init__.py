"""Importing switchboard exports (calls, call legs, queue events, interval aggregates) by profiles."""

from ekadm_desktop.services.phone_import.detect import UnknownFormat
from ekadm_desktop.services.phone_import.profiles import FieldSpec, Profile
from ekadm_desktop.services.phone_import.report import ImportReport, RejectedRow
from ekadm_desktop.services.phone_import.service import BatchInfo, PhoneImportService, Preview
from ekadm_desktop.services.phone_import.writer import CallRow, CallWriter

__all__ = [
    "BatchInfo",
    "CallRow",
    "CallWriter",
    "FieldSpec",
    "ImportReport",
    "PhoneImportService",
    "Preview",
    "Profile",
    "RejectedRow",
    "UnknownFormat",
]
