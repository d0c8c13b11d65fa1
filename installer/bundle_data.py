"""The app's own files that are read from disk at run time, for the PyInstaller spec.

Each entry is a glob relative to the repository root and the folder it lands in inside the
bundle; the bundle keeps the package layout, so ``Path(__file__)``-relative look-ups
(``ekadm_desktop.resources.resource_path``, ``ekadm_desktop.db.migrate.MIGRATIONS_DIR``) find the
files frozen as they do in a checkout. ``tests/unit/test_installer_files.py`` walks the package for
every file that is not Python code and fails when one is not matched here, so a new resource
cannot be left out of the bundle by accident.
"""

from __future__ import annotations

from glob import glob
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (glob, folder in the bundle, required: the glob must match at least one file)
DATA_FILES: tuple[tuple[str, str, bool], ...] = (
    # Alembic reads the environment, the template and the revisions as source files.
    ("ekadm_desktop/db/migrations/env.py", "ekadm_desktop/db/migrations", True),
    ("ekadm_desktop/db/migrations/script.py.mako", "ekadm_desktop/db/migrations", True),
    ("ekadm_desktop/db/migrations/versions/*.py", "ekadm_desktop/db/migrations/versions", True),
    # Translations are read from the Qt Linguist files themselves (no .qm).
    ("ekadm_desktop/resources/translations/*.ts", "ekadm_desktop/resources/translations", True),
    ("ekadm_desktop/resources/icons/*.png", "ekadm_desktop/resources/icons", True),
    ("ekadm_desktop/resources/icons/*.ico", "ekadm_desktop/resources/icons", True),
    # Phone-statistics import profiles (issue 5) and report assets (issue 6), when present.
    ("ekadm_desktop/resources/phone_profiles/*.toml", "ekadm_desktop/resources/phone_profiles", False),
    ("ekadm_desktop/resources/reports/*", "ekadm_desktop/resources/reports", False),
)


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """``Analysis(datas=…)`` entries: every file a pattern matches (absolute source, bundle folder)."""
    found: list[tuple[str, str]] = []
    for pattern, folder, required in DATA_FILES:
        matches = sorted(glob(str(root / pattern)))
        if required and not matches:
            raise FileNotFoundError(f"no file matches {pattern} (a required resource of the bundle)")
        found.extend((match, folder) for match in matches)
    return found
