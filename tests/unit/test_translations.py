"""Every Swedish string shown to users has an English translation."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from ekadm_desktop import i18n

TOOL = Path(__file__).resolve().parents[2] / "tools" / "translations.py"


def load_tool():
    spec = importlib.util.spec_from_file_location("translations_tool", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_strings_are_found() -> None:
    messages = load_tool().extract_messages()
    assert ("MainWindow", "&Arkiv") in messages
    assert ("db", "Databasen {where} finns inte.") in messages
    assert ("roles", "Läsare") in messages
    assert len(messages) > 100


def test_every_string_has_an_english_translation() -> None:
    assert load_tool().missing_translations() == []


def test_placeholders_survive_translation() -> None:
    import re

    catalog = i18n.load_catalog("en")
    broken = [
        f"[{context}] {source!r} -> {text!r}"
        for (context, source), text in catalog.items()
        if sorted(re.findall(r"\{\w+\}", source)) != sorted(re.findall(r"\{\w+\}", text))
    ]
    assert broken == []
