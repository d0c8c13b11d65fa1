"""Background tasks: slow work runs off the GUI thread with progress and cancel.

The work function gets a Qt-free ``Progress`` and must not touch widgets; ``on_done`` and
``on_error`` run on the GUI thread. A progress dialog appears only if the work takes longer
than a moment (as in Anki), so quick tasks do not flash a window. Tests construct the runner
with ``synchronous=True`` and the work runs inline.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ekadm_desktop.progress import Cancelled, Progress

log = logging.getLogger(__name__)
SHOW_DIALOG_AFTER_MS = 400


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._cancel = cancel

    def run(self) -> None:
        progress = Progress(self._signals.progress.emit, self._cancel.is_set)
        try:
            result = self._work(progress)
        except BaseException as exc:  # reported to the GUI thread, never lost in the pool
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


class Task(QObject):
    """One running piece of work: ``cancel()`` asks it to stop at its next progress step."""

    done = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        self.cancel_event.set()


class TaskRunner(QObject):
    def __init__(self, parent_widget: QWidget | None = None, *, synchronous: bool = False) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self._synchronous = synchronous
        self._pool = QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def set_parent_widget(self, widget: QWidget | None) -> None:
        self._parent_widget = widget

    def run(
        self,
        name: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        show_progress: bool = True,
    ) -> Task:
        task = Task(name)
        if self._synchronous:
            try:
                result = work(Progress(None, task.cancel_event.is_set))
            except BaseException as exc:
                on_error(exc)
            else:
                on_done(result)
            task.done.emit()
            return task
        signals = _Signals()
        dialog = self._progress_dialog(task) if show_progress else None
        self._running.add(task)

        @Slot(int, int, str)
        def report(done: int, total: int, message: str) -> None:
            if dialog is not None:
                dialog.setMaximum(max(total, 1))
                dialog.setValue(min(done, max(total, 1)))
                if message:
                    dialog.setLabelText(message)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._running.discard(task)
            if dialog is not None:
                dialog.timer.stop()  # type: ignore[attr-defined]
                dialog.close()
                dialog.deleteLater()
            try:
                handler(value)
            finally:
                task.done.emit()
                signals.deleteLater()

        signals.progress.connect(report, Qt.ConnectionType.QueuedConnection)
        signals.finished.connect(lambda result: finish(on_done, result), Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(lambda exc: finish(on_error, exc), Qt.ConnectionType.QueuedConnection)
        self._pool.start(_Runnable(work, signals, task.cancel_event))
        return task

    def _progress_dialog(self, task: Task) -> QProgressDialog:
        dialog = QProgressDialog(task.name, self.tr("Avbryt"), 0, 0, self._parent_widget)
        dialog.setWindowTitle(task.name)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(2**30)  # shown by our timer below, not by progress estimates
        dialog.canceled.connect(task.cancel)
        dialog.hide()
        timer = QTimer(dialog)
        timer.setSingleShot(True)
        timer.timeout.connect(dialog.show)
        timer.start(SHOW_DIALOG_AFTER_MS)
        dialog.timer = timer  # type: ignore[attr-defined]
        return dialog

    def wait_all(self, timeout_ms: int = 30_000) -> bool:
        return self._pool.waitForDone(timeout_ms)


def is_cancellation(exc: BaseException) -> bool:
    return isinstance(exc, Cancelled)
