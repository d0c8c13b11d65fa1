"""Typed settings in one place, stored as TOML in the user's config dir (passwords go to the keyring).

``EKADM_HOME`` moves every folder under one directory (tests, a portable install).
"""

from __future__ import annotations

import base64
import os
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.errors import EkadmError
from ekadm_desktop.i18n import LANGUAGES, tr

APP_NAME = "ekadm-desktop"
APP_AUTHOR = "EkAdm"
SETTINGS_VERSION = 1
# Months after closing that a complaint keeps its personal data (see services.retention).
DEFAULT_RETENTION_MONTHS = 24


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        home = os.environ.get("EKADM_HOME")
        if home:
            base = Path(home)
            return cls(base / "config", base / "data", base / "logs")
        import platformdirs

        return cls(
            Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
            Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        )

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def default_database(self) -> Path:
        return self.data_dir / "ekadm.sqlite"

    @property
    def demo_database(self) -> Path:
        return self.data_dir / "demo.sqlite"


@dataclass
class DatabaseSettings:
    kind: Literal["sqlite", "postgresql"] = "sqlite"
    sqlite_path: str = ""  # empty: the default file in the data dir
    pg_host: str = "localhost"
    pg_port: int = 5432
    pg_database: str = "ekadm"
    pg_user: str = ""

    def target(self, paths: AppPaths) -> DatabaseTarget:
        if self.kind == "postgresql":
            user = f"{self.pg_user}@" if self.pg_user else ""
            return DatabaseTarget.postgres(
                f"postgresql://{user}{self.pg_host}:{self.pg_port}/{self.pg_database}"
            )
        return DatabaseTarget.sqlite(Path(self.sqlite_path) if self.sqlite_path else paths.default_database)


@dataclass
class WindowSettings:
    geometry: str = ""  # base64 of QWidget.saveGeometry()
    state: str = ""  # base64 of QMainWindow.saveState()
    splitter: str = ""
    last_area: str = ""

    @staticmethod
    def encode(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    @staticmethod
    def decode(text: str) -> bytes:
        try:
            return base64.b64decode(text.encode("ascii"), validate=True)
        except ValueError:
            return b""


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    language: str = "sv"
    retention_months: int = DEFAULT_RETENTION_MONTHS
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    window: WindowSettings = field(default_factory=WindowSettings)


class SettingsError(EkadmError):
    pass


def _build(cls: type[Any], data: dict[str, Any]) -> Any:
    """Take the known keys of a TOML table for a dataclass; unknown keys are ignored (newer files)."""
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        nested = {"database": DatabaseSettings, "window": WindowSettings}.get(f.name)
        if nested is not None and cls is Settings:
            value = _build(nested, value if isinstance(value, dict) else {})
        kwargs[f.name] = value
    return cls(**kwargs)


def load_settings(paths: AppPaths) -> Settings:
    """The saved settings, or the defaults when there is no file yet."""
    path = paths.settings_file
    if not path.exists():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(
            tr(
                "settings", "Inställningsfilen {path} är felaktig ({error}); standardinställningarna används."
            ).format(path=path, error=exc)
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(
            tr(
                "settings",
                "Inställningsfilen {path} kan inte läsas ({error}); standardinställningarna används.",
            ).format(path=path, error=exc)
        ) from exc
    try:
        settings: Settings = _build(Settings, data)
    except TypeError as exc:
        raise SettingsError(
            tr(
                "settings", "Inställningsfilen {path} är felaktig ({error}); standardinställningarna används."
            ).format(path=path, error=exc)
        ) from exc
    if settings.language not in LANGUAGES:
        settings.language = "sv"
    if settings.database.kind not in ("sqlite", "postgresql"):
        settings.database.kind = "sqlite"
    months: object = settings.retention_months
    if not isinstance(months, int) or isinstance(months, bool) or months < 1:
        settings.retention_months = DEFAULT_RETENTION_MONTHS
    settings.version = SETTINGS_VERSION
    return settings


def save_settings(paths: AppPaths, settings: Settings) -> None:
    """Write atomically: a crash mid-write leaves the previous file, never half a file."""
    import tomli_w

    paths.config_dir.mkdir(parents=True, exist_ok=True)
    temporary = paths.settings_file.with_suffix(".toml.tmp")
    temporary.write_text(tomli_w.dumps(asdict(settings)), encoding="utf-8")
    temporary.replace(paths.settings_file)
