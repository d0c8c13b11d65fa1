"""Settings: defaults, a round trip through TOML, a broken file reported with where it broke."""

from __future__ import annotations

import pytest

from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.settings import AppPaths, Settings, SettingsError, load_settings, save_settings


def test_defaults_without_a_file() -> None:
    paths = AppPaths.default()
    settings = load_settings(paths)
    assert settings == Settings()
    assert settings.database.target(paths) == DatabaseTarget.sqlite(paths.default_database)


def test_round_trip_keeps_everything_but_passwords() -> None:
    paths = AppPaths.default()
    settings = Settings(language="en")
    settings.database.kind = "postgresql"
    settings.database.pg_host = "db.stad.example.se"
    settings.database.pg_user = "anna"
    settings.window.last_area = "admin"
    save_settings(paths, settings)
    assert load_settings(paths) == settings
    text = paths.settings_file.read_text(encoding="utf-8")
    assert "password" not in text.lower()
    assert load_settings(paths).database.target(paths).describe() == "anna@db.stad.example.se:5432/ekadm"


def test_a_broken_file_says_where(tmp_path) -> None:
    paths = AppPaths.default()
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text('language = "sv"\n[database\nkind = 1\n', encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings(paths)
    assert str(paths.settings_file) in caught.value.message and "line 2" in caught.value.message


def test_unknown_values_fall_back_and_unknown_keys_are_ignored() -> None:
    paths = AppPaths.default()
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text(
        'language = "fi"\nfuture_option = 3\n[database]\nkind = "oracle"\n', encoding="utf-8"
    )
    settings = load_settings(paths)
    assert settings.language == "sv" and settings.database.kind == "sqlite"


def test_target_parsing() -> None:
    assert DatabaseTarget.parse("/tmp/x.sqlite").sqlite_path is not None
    assert DatabaseTarget.parse("sqlite:////tmp/x.sqlite").describe() == "/tmp/x.sqlite"
    pg = DatabaseTarget.parse("postgresql://anna:hemligt@server:5433/ekadm")
    assert pg.describe() == "anna@server:5433/ekadm"  # never the password
    assert "hemligt" not in pg.describe()
