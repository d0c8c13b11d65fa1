"""Serves the Qt-free translation catalog (``ekadm_desktop.i18n``) to Qt's ``tr``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ekadm_desktop import i18n


class CatalogTranslator(QTranslator):
    def __init__(self, catalog: i18n.Catalog) -> None:
        super().__init__()
        self._catalog = catalog
        # PySide6's tr() asks with the runtime class as context, so a string written in a base
        # class is asked for under each subclass's name: fall back to the source text alone.
        self._by_source = {source: text for (_context, source), text in reversed(catalog.items())}

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        # Not found: the source text itself. An empty string would not do: Qt takes a non-null
        # empty answer for the translation and shows nothing.
        return self._catalog.get((context, source)) or self._by_source.get(source) or source

    def isEmpty(self) -> bool:
        return not self._catalog


def install_language(app: QCoreApplication, language: str) -> CatalogTranslator | None:
    """Install ``language`` for Qt-free code and for Qt; Swedish (the source) needs no translator."""
    catalog = i18n.install(language)
    if not catalog:
        return None
    translator = CatalogTranslator(catalog)
    app.installTranslator(translator)
    return translator


def qt_tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
