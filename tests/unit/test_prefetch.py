"""The import's reader thread: items in order, errors raised in the consumer, early exits that
leave no thread behind."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from ekadm_desktop.services.phone_import.prefetch import prefetched


def _threads() -> int:
    return sum(1 for t in threading.enumerate() if t.name == "phone-import-reader")


def test_items_come_in_order() -> None:
    assert list(prefetched(iter(range(100)))) == list(range(100))
    assert _threads() == 0


def test_an_error_in_the_worker_is_raised_in_the_consumer() -> None:
    def failing() -> Iterator[int]:
        yield 1
        raise ValueError("trasig rad")

    got = []
    with pytest.raises(ValueError, match="trasig rad"):
        for item in prefetched(failing()):
            got.append(item)
    assert got == [1]
    assert _threads() == 0


def test_leaving_early_stops_the_worker() -> None:
    made = []

    def endless() -> Iterator[int]:
        n = 0
        while True:
            made.append(n)
            yield n
            n += 1

    class Stop(Exception):
        pass

    with pytest.raises(Stop):
        for item in prefetched(endless()):
            if item == 3:
                raise Stop
    assert _threads() == 0
    assert len(made) <= 6  # at most a couple made ahead
