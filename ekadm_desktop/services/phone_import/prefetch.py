"""Run a generator one step ahead in a worker thread.

The import reads and converts the next block of a file (NumPy, which releases the GIL for its
array work) while the database takes the current one (SQLite and psycopg release the GIL while
they work), so the two cores of a workstation both work.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")
_DONE = object()


def prefetched(items: Iterator[T], ahead: int = 1) -> Iterator[T]:
    """The items of ``items``, each made in a worker thread while the previous one is used.
    An exception in the worker is raised here; leaving the loop early stops the worker."""
    handoff: queue.Queue[object] = queue.Queue(maxsize=ahead)
    stop = threading.Event()

    def offer(item: object) -> bool:
        """Hand ``item`` over; False once the consumer has gone."""
        while not stop.is_set():
            try:
                handoff.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for item in items:
                if not offer(item):
                    return
            offer(_DONE)
        except BaseException as exc:  # handed to the consumer, which raises it
            offer(exc)

    worker = threading.Thread(target=work, name="phone-import-reader", daemon=True)
    worker.start()
    try:
        while True:
            item = handoff.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        worker.join()
