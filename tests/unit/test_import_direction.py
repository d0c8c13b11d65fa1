"""The core never imports Qt or the UI: models, services, reports, db and the plain modules."""

from __future__ import annotations

import ast
from pathlib import Path

import ekadm_desktop

PACKAGE = Path(ekadm_desktop.__file__).parent
CORE = [
    "models",
    "services",
    "reports",
    "db",
    "periods.py",
    "errors.py",
    "i18n.py",
    "progress.py",
    "settings.py",
    "cli.py",
]
FORBIDDEN = ("PySide6", "ekadm_desktop.ui", "matplotlib.pyplot")


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def core_files() -> list[Path]:
    files: list[Path] = []
    for entry in CORE:
        path = PACKAGE / entry
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path] if path.exists() else [])
    return files


def test_core_modules_exist() -> None:
    assert len(core_files()) > 20


def test_core_does_not_import_qt_or_ui() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in core_files()
        for name in imported_modules(path)
        if name.startswith(FORBIDDEN)
    ]
    assert offenders == []


def test_the_check_catches_a_qt_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert any(name.startswith(FORBIDDEN) for name in imported_modules(bad))
