"""The open database: engine, who the user is, and short sessions owned by each service call."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ekadm_desktop.db.audit import LOGIN_KEY, REASON_KEY, install_audit
from ekadm_desktop.db.errors import DatabaseError, classify_postgres_error, classify_sqlite_error
from ekadm_desktop.db.target import DatabaseTarget
from ekadm_desktop.errors import ConflictError
from ekadm_desktop.i18n import N_, tr

CONFLICT_MESSAGE = N_(
    "db",
    "Posten har ändrats eller tagits bort av någon annan sedan du öppnade den. Läs in den igen och gör om ändringen.",
)


def os_login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or password database
        return "okänd"


def database_login(engine: Engine) -> str:
    """The login the database itself sees: PostgreSQL's ``current_user`` (cannot be faked by a
    client), the OS login for SQLite (a shared file has no users of its own)."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            return str(conn.execute(text("SELECT current_user")).scalar_one())
    return os_login()


class Database:
    def __init__(self, engine: Engine, target: DatabaseTarget, login: str) -> None:
        self.engine = engine
        self.target = target
        self.login = login
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        install_audit(self._sessions)

    @property
    def kind(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        return self.target.describe()

    @contextmanager
    def session(self, *, reason: str = "") -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error.

        Driver errors become ``DatabaseError`` with a message for the user, and a stale
        version counter becomes ``ConflictError``.
        """
        session = self._sessions()
        session.info[LOGIN_KEY] = self.login
        session.info[REASON_KEY] = reason
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError(tr("db", CONFLICT_MESSAGE)) from exc
        except DBAPIError as exc:
            session.rollback()
            raise self.translate_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def translate_error(self, exc: BaseException) -> DatabaseError:
        if self.kind == "postgresql":
            return classify_postgres_error(exc, self.describe())
        return classify_sqlite_error(exc, self.describe())

    def dispose(self) -> None:
        self.engine.dispose()
