"""Writing a report file safely: into a temporary file beside the target, then moved into place.

A file open in Excel or PowerPoint (locked), a folder without write permission, a full disk: the
user gets a clear Swedish message naming the file, and nothing half written is left behind.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.i18n import tr


def _locked(target: Path) -> EkadmError:
    return EkadmError(
        tr(
            "reports",
            "Filen {name} kan inte skrivas över. Den är troligen öppen i ett annat program (Excel, "
            "PowerPoint, en PDF-läsare) eller skrivskyddad; stäng den eller välj ett annat namn.",
        ).format(name=f"”{target}”")
    )


def _no_folder_access(target: Path, error: OSError) -> EkadmError:
    return EkadmError(
        tr(
            "reports", "Filen {name} kunde inte sparas: mappen {folder} går inte att skriva i ({error})."
        ).format(name=f"”{target.name}”", folder=f"”{target.parent}”", error=error.strerror or error),
        detail=str(error),
    )


def check_writable(target: Path) -> None:
    """Refuse early (before any work) a target that is locked or in a folder that is missing or
    cannot be written; the final move checks again."""
    folder = target.parent
    if not folder.is_dir():
        raise EkadmError(
            tr("reports", "Mappen {folder} finns inte; välj en annan mapp för {name}.").format(
                folder=f"”{folder}”", name=f"”{target.name}”"
            )
        )
    if target.is_dir():
        raise EkadmError(tr("reports", "{name} är en mapp, inte en fil.").format(name=f"”{target}”"))
    if target.exists():
        try:
            with open(target, "r+b"):
                pass
        except PermissionError as exc:
            raise _locked(target) from exc
        except OSError as exc:
            raise _no_folder_access(target, exc) from exc


def write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write`` with a temporary path beside ``target``, then move the file into place.
    Raises ``EkadmError`` (nothing left behind) when the file cannot be written or replaced;
    any other exception from ``write`` (e.g. ``Cancelled``) also leaves nothing behind."""
    target = Path(target)
    check_writable(target)
    # A name of our own rather than mkstemp's, so the file gets the usual permissions.
    temp = target.with_name(f".{target.stem}-{uuid.uuid4().hex[:8]}{target.suffix}.tmp")
    try:
        try:
            write(temp)
        except PermissionError as exc:
            raise _no_folder_access(target, exc) from exc
        except OSError as exc:
            if exc.filename is not None and Path(str(exc.filename)) != temp:
                raise
            raise EkadmError(
                tr("reports", "Filen {name} kunde inte sparas: {error}").format(
                    name=f"”{target}”", error=exc.strerror or exc
                ),
                detail=str(exc),
            ) from exc
        try:
            os.replace(temp, target)
        except PermissionError as exc:
            raise _locked(target) from exc
        except OSError as exc:
            raise EkadmError(
                tr("reports", "Filen {name} kunde inte sparas: {error}").format(
                    name=f"”{target}”", error=exc.strerror or exc
                ),
                detail=str(exc),
            ) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return target
