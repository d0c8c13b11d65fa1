"""Report presets: saved as TOML in the config folder, read back, "next period", bad input refused."""

from __future__ import annotations

import tomllib

import pytest

from ekadm_desktop.errors import NotFound, ValidationError
from ekadm_desktop.periods import IsoWeek
from ekadm_desktop.reports.presets import Preset, PresetStore
from ekadm_desktop.settings import AppPaths


def test_save_load_and_next_period() -> None:
    paths = AppPaths.default()
    store = PresetStore.load(paths)
    assert store.presets == {}
    preset = Preset(
        "Nord vecka",
        "unit_meeting",
        "2010-W52",
        unit_id=1,
        sections=("agenda", "minutes"),
        formats=("pdf", "pptx"),
    )
    store.save(preset)
    data = tomllib.loads((paths.config_dir / "reports.toml").read_text(encoding="utf-8"))
    assert data["preset"]["Nord vecka"]["period"] == "2010-W52"
    again = PresetStore.load(paths).get("Nord vecka")
    assert again == preset
    following = again.next_period()
    assert following.period == "2011-W01"
    assert following.params().period == IsoWeek(2011, 1)
    assert following.params().sections == ("agenda", "minutes")
    store.delete("Nord vecka")
    with pytest.raises(NotFound, match="Nord vecka"):
        PresetStore.load(paths).get("Nord vecka")


@pytest.mark.parametrize(
    ("preset", "message"),
    [
        (Preset("", "complaint_compilation", "2010-03"), "namn"),
        (Preset("x", "complaint_compilation", "2010-13"), "Okänd period"),
        (Preset("x", "complaint_compilation", "2010-W12"), "inte för vecka"),
        (Preset("x", "unit_meeting", "2010-W12"), "välj enheten"),
        (Preset("x", "complaint_compilation", "2010-03", formats=("doc",)), "Okänt format"),
    ],
)
def test_bad_presets_are_refused(preset: Preset, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        PresetStore.load(AppPaths.default()).save(preset)


def test_nonexistent_report_is_not_found() -> None:
    with pytest.raises(NotFound, match="finns inte"):
        PresetStore.load(AppPaths.default()).save(Preset("x", "nope", "2010-03"))
