"""One query read page by page for ``PagedTableModel``: the first page comes with the query's
answer (read in the background), and the page after the last one handed out is read ahead in the
background, so scrolling seldom waits for the database.

Not tied to complaints: ``read(offset, limit)`` is any service query with its filter and order
bound. (The customer log's view has its own copy of this logic; the two could share this one.)
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from ekadm_desktop.progress import Progress
from ekadm_desktop.ui.common.paged_model import PAGE_SIZE
from ekadm_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
T = TypeVar("T")
Read = Callable[[int, int], Sequence[T]]  # (offset, limit) -> rows; runs on any thread


class PagedQuery(Generic[T]):
    def __init__(
        self,
        read: Read[T],
        tasks: TaskRunner,
        first_page: Sequence[T],
        on_error: Callable[[BaseException], None],
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self._read = read
        self._tasks = tasks
        self._first_page = list(first_page)
        self._on_error = on_error
        self._page_size = page_size
        self._ahead: dict[int, list[T]] = {}
        self._reading: set[int] = set()
        self.closed = False  # a newer query replaced this one: its pages are no longer kept
        if len(self._first_page) == page_size:
            self._read_ahead(page_size)

    def fetch(self, offset: int, limit: int) -> list[T]:
        """The rows from ``offset`` (``PagedTableModel``'s fetch, on the GUI thread)."""
        if offset == 0 and limit == self._page_size:
            return self._first_page
        rows = self._ahead.pop(offset, None) if limit == self._page_size else None
        if rows is None:
            try:
                rows = list(self._read(offset, limit))
            except Exception as exc:  # inside Qt's fetchMore: reported, not raised
                self._on_error(exc)
                return []
        if len(rows) == limit:
            self._read_ahead(offset + limit)
        return rows

    def _read_ahead(self, offset: int) -> None:
        if offset in self._reading or offset in self._ahead:
            return
        self._reading.add(offset)
        read, size = self._read, self._page_size

        def work(_progress: Progress) -> list[T]:
            return list(read(offset, size))

        def done(rows: list[T]) -> None:
            self._reading.discard(offset)
            if not self.closed:
                self._ahead[offset] = rows

        def failed(exc: BaseException) -> None:  # ``fetch`` reads the page itself and reports an error
            self._reading.discard(offset)
            log.debug("reading ahead failed", exc_info=exc)

        self._tasks.run("read ahead", work, done, failed, show_progress=False)
