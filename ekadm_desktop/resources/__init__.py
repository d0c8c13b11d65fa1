"""Files the app reads at run time (translations, icons); found next to this module, also when bundled."""

from __future__ import annotations

from pathlib import Path

RESOURCE_DIR = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    return RESOURCE_DIR.joinpath(*parts)
