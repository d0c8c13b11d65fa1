"""customer log full-text search

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 10:00:00

Free-text search over ``log_entry.subject`` and ``log_entry.text``, one per database:

- SQLite: an FTS5 table with external content (the text lives only in ``log_entry``), kept in
  step by triggers. Diacritics are kept, so "å", "ä" and "ö" stay distinct letters as in Swedish.
  Careful: a later batch migration that recreates ``log_entry`` (Alembic's "move and copy")
  drops these triggers with the old table; such a migration must create them again
  (the statements below) and rebuild the index.
- PostgreSQL: a GIN expression index on a Swedish ``tsvector``; the query in
  ``services/customer_log.py`` must use the identical expression for the index to be used.

None of these objects are in the ORM metadata; ``migrations/env.py`` keeps autogenerate from
proposing to drop them.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE log_entry_fts USING fts5("
    "subject, text, content='log_entry', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER log_entry_fts_insert AFTER INSERT ON log_entry BEGIN "
    "INSERT INTO log_entry_fts(rowid, subject, text) VALUES (new.id, new.subject, new.text); "
    "END",
    # An external-content index must be told the old values to remove them.
    "CREATE TRIGGER log_entry_fts_delete AFTER DELETE ON log_entry BEGIN "
    "INSERT INTO log_entry_fts(log_entry_fts, rowid, subject, text) "
    "VALUES ('delete', old.id, old.subject, old.text); "
    "END",
    "CREATE TRIGGER log_entry_fts_update AFTER UPDATE OF id, subject, text ON log_entry BEGIN "
    "INSERT INTO log_entry_fts(log_entry_fts, rowid, subject, text) "
    "VALUES ('delete', old.id, old.subject, old.text); "
    "INSERT INTO log_entry_fts(rowid, subject, text) VALUES (new.id, new.subject, new.text); "
    "END",
    "INSERT INTO log_entry_fts(log_entry_fts) VALUES ('rebuild')",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS log_entry_fts_update",
    "DROP TRIGGER IF EXISTS log_entry_fts_delete",
    "DROP TRIGGER IF EXISTS log_entry_fts_insert",
    "DROP TABLE IF EXISTS log_entry_fts",
)

POSTGRES_CREATE = (
    "CREATE INDEX ix_log_entry_search ON log_entry USING gin "
    "(to_tsvector('swedish', coalesce(subject, '') || ' ' || coalesce(text, '')))",
)
POSTGRES_DROP = ("DROP INDEX IF EXISTS ix_log_entry_search",)


def _statements(sqlite: Sequence[str], postgres: Sequence[str]) -> Sequence[str]:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        return sqlite
    if dialect == "postgresql":
        return postgres
    raise NotImplementedError(f"customer log search: unsupported database {dialect}")


def upgrade() -> None:
    for statement in _statements(SQLITE_CREATE, POSTGRES_CREATE):
        op.execute(statement)


def downgrade() -> None:
    for statement in _statements(SQLITE_DROP, POSTGRES_DROP):
        op.execute(statement)
