"""Translations without Qt: one catalog per language, read from the Qt Linguist ``.ts`` files.

Source strings are Swedish, the language of the users; ``resources/translations/ekadm_en.ts``
holds the English translations. The Qt side (``ui/translator.py``) serves the same catalog to
``QObject.tr`` so widgets and Qt-free code (errors, the command line) speak the same language.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ekadm_desktop.resources import resource_path

SOURCE_LANGUAGE = "sv"
LANGUAGES = {"sv": "Svenska", "en": "English"}

Catalog = dict[tuple[str, str], str]

_active: Catalog = {}


def translation_file(language: str) -> Path:
    return resource_path("translations", f"ekadm_{language}.ts")


def load_catalog(language: str) -> Catalog:
    """Read the finished translations of one language; the source language needs none."""
    if language == SOURCE_LANGUAGE:
        return {}
    path = translation_file(language)
    if not path.exists():
        return {}
    catalog: Catalog = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            catalog[(name, source)] = translation.text
    return catalog


def install(language: str) -> Catalog:
    """Make ``language`` the one ``tr`` answers in; returns the catalog for the Qt translator."""
    global _active
    _active = load_catalog(language)
    return _active


def N_(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is defined; translate it later with ``tr(context, text)``."""
    return text


def tr(context: str, text: str) -> str:
    """The translation of ``text`` (Swedish source) in the installed language."""
    return _active.get((context, text), text)
