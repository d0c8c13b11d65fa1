"""The importer's vectorised keys follow the model's key layout."""

from __future__ import annotations

from datetime import datetime

import numpy as np

from ekadm_desktop.models.phone import call_key, call_key_utc_seconds, source_key_hash, splitmix64
from ekadm_desktop.services.phone_import.call_block import text_hash64
from ekadm_desktop.services.phone_import.call_keys import mix, time_keys


def test_vectorised_keys_equal_the_models_keys() -> None:
    starts = [
        (datetime(2010, 10, 31, 2, 30), 120),
        (datetime(2010, 10, 31, 2, 30), 60),
        (datetime(1999, 12, 31, 23, 0), 60),
    ]
    utc = np.array([int((s - datetime(1970, 1, 1)).total_seconds()) - o * 60 for s, o in starts])
    low = np.array([0, 0xFFFFFFFF, 0x12345678], dtype=np.uint64)
    keys = time_keys(utc, low)
    assert keys.tolist() == [call_key(s, o, int(h)) for (s, o), h in zip(starts, low, strict=True)]
    assert [call_key_utc_seconds(k) for k in keys.tolist()] == utc.tolist()
    assert keys[0] < keys[1]  # the repeated autumn hour: summer time first


def test_the_models_hashes_equal_the_importers() -> None:
    words = np.array([0, 1, 0xFFFF_FFFF_FFFF_FFFF, 0x0123_4567_89AB_CDEF], dtype=np.uint64)
    assert mix(words).tolist() == [splitmix64(int(w)) for w in words]
    ids = ["1269354000.12", "x", "ÅÄÖ-42"]
    from ekadm_desktop.services.phone_import.call_keys import _SOURCE

    assert (mix(text_hash64(ids) ^ _SOURCE)).tolist() == [source_key_hash(i) for i in ids]
