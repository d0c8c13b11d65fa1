"""Errors met when opening or using a database, with a Swedish message saying what and where."""

from __future__ import annotations

from ekadm_desktop.errors import EkadmError
from ekadm_desktop.i18n import tr


class DatabaseError(EkadmError):
    """The database cannot be used: the environment, not a bug (file, lock, server, schema)."""


class NotADatabaseError(DatabaseError):
    pass


class CorruptDatabaseError(DatabaseError):
    pass


class DatabaseLockedError(DatabaseError):
    pass


class ReadOnlyDatabaseError(DatabaseError):
    pass


class NewerDatabaseError(DatabaseError):
    pass


class ServerUnreachableError(DatabaseError):
    pass


class AuthenticationError(DatabaseError):
    pass


class MigrationError(DatabaseError):
    pass


def classify_sqlite_error(exc: BaseException, where: str) -> DatabaseError:
    """Turn a driver error on the SQLite file ``where`` into a message for the user."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            tr(
                "db",
                "Databasen {where} är låst av ett annat program eller en annan användare. "
                "Försök igen om en stund.",
            ).format(where=where),
            detail=str(exc),
        )
    if "readonly" in text or "read-only" in text or "attempt to write" in text:
        return ReadOnlyDatabaseError(
            tr(
                "db", "Databasen {where} är skrivskyddad. Kontrollera behörigheten till filen och mappen."
            ).format(where=where),
            detail=str(exc),
        )
    if "not a database" in text or "file is encrypted" in text:
        return NotADatabaseError(
            tr("db", "Filen {where} är ingen databas.").format(where=where), detail=str(exc)
        )
    if "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(
            tr("db", "Databasen {where} är skadad. Återställ en säkerhetskopia.").format(where=where),
            detail=str(exc),
        )
    if "unable to open" in text:
        return DatabaseError(
            tr("db", "Databasen {where} kan inte öppnas. Finns mappen och har du behörighet?").format(
                where=where
            ),
            detail=str(exc),
        )
    return DatabaseError(
        tr("db", "Fel i databasen {where}: {error}").format(where=where, error=str(exc)), detail=str(exc)
    )


def classify_postgres_error(exc: BaseException, where: str) -> DatabaseError:
    """Turn a driver error from the PostgreSQL server ``where`` into a message for the user."""
    text = str(getattr(exc, "orig", exc)).lower()
    if (
        "password authentication failed" in text
        or "no password supplied" in text
        or "authentication" in text
        or ("role" in text and "does not exist" in text)
    ):
        return AuthenticationError(
            tr("db", "Servern {where} godtog inte användarnamnet eller lösenordet.").format(where=where),
            detail=str(exc),
        )
    if "does not exist" in text and "database" in text:
        return DatabaseError(
            tr("db", "Databasen finns inte på servern {where}.").format(where=where), detail=str(exc)
        )
    if (
        "connection refused" in text
        or "could not connect" in text
        or "timeout" in text
        or "timed out" in text
        or "name or service not known" in text
        or "could not translate host name" in text
        or "server closed the connection" in text
        or "connection failed" in text
    ):
        return ServerUnreachableError(
            tr("db", "Servern {where} svarar inte. Kontrollera adressen och nätverket.").format(where=where),
            detail=str(exc),
        )
    return DatabaseError(
        tr("db", "Fel från databasservern {where}: {error}").format(where=where, error=str(exc)),
        detail=str(exc),
    )
