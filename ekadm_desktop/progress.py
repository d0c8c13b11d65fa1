"""The tiny Qt-free protocol by which slow work reports progress and learns it should stop.

A long operation takes a ``Progress``; it calls ``progress.step(done, total, message)`` now and
then, which raises ``Cancelled`` once the user has asked to stop. The GUI's background task
adapts it to signals; the command line prints it; tests pass ``Progress()`` which does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.i18n import tr


class Cancelled(EkadmError):
    def __init__(self) -> None:
        super().__init__(tr("progress", "Avbrutet av användaren."))


class Progress:
    def __init__(
        self,
        report: Callable[[int, int, str], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self._report = report
        self._is_cancelled = is_cancelled

    def step(self, done: int, total: int, message: str = "") -> None:
        """Report ``done`` of ``total`` units of work; raise ``Cancelled`` if asked to stop."""
        if self._is_cancelled is not None and self._is_cancelled():
            raise Cancelled()
        if self._report is not None:
            self._report(done, total, message)
