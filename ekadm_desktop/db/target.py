"""Where the database is: an SQLite file or a PostgreSQL server, as a plain value.

Deliberately free of SQLAlchemy at import time: the settings and the window's start-up use
this module before the database layer is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import URL


@dataclass(frozen=True)
class DatabaseTarget:
    """An SQLite file path, or a PostgreSQL URL without its password."""

    sqlite_path: Path | None = None
    postgres_url: str | None = None

    def __post_init__(self) -> None:
        if (self.sqlite_path is None) == (self.postgres_url is None):
            raise ValueError("exactly one of sqlite_path and postgres_url")

    @classmethod
    def sqlite(cls, path: Path | str) -> DatabaseTarget:
        return cls(sqlite_path=Path(path).expanduser())

    @classmethod
    def postgres(cls, url: str) -> DatabaseTarget:
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
        if parsed.get_backend_name() != "postgresql":
            raise ValueError(f"not a PostgreSQL URL: {url}")
        return cls(
            postgres_url=parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        )

    @classmethod
    def parse(cls, text: str) -> DatabaseTarget:
        """A PostgreSQL URL (``postgresql://…``) or an SQLite path (``sqlite:///…`` or a plain path)."""
        if text.startswith("postgres:"):
            text = "postgresql:" + text.removeprefix("postgres:")
        if text.startswith(("postgresql:", "postgresql+")):
            return cls.postgres(text)
        if text.startswith("sqlite:///"):
            return cls.sqlite(text.removeprefix("sqlite:///"))
        return cls.sqlite(text)

    @property
    def is_sqlite(self) -> bool:
        return self.sqlite_path is not None

    @property
    def url(self) -> URL:
        from sqlalchemy.engine import URL, make_url

        if self.sqlite_path is not None:
            return URL.create("sqlite", database=str(self.sqlite_path))
        assert self.postgres_url is not None
        return make_url(self.postgres_url)

    def describe(self) -> str:
        """For the status bar and messages: the file path, or user@host:port/database (no password)."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        url = self.url
        port = f":{url.port}" if url.port else ""
        user = f"{url.username}@" if url.username else ""
        return f"{user}{url.host or 'localhost'}{port}/{url.database}"
