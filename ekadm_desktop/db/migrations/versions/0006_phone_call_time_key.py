"""phone calls keyed by time: call_key is the primary key, no secondary indexes

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 12:00:00

Every secondary index of ``phone_call`` is another B-tree filled per inserted row, the main cost of
a million-call import. ``call_key`` becomes the primary key (the rowid on SQLite, a BIGINT primary
key on PostgreSQL) and ``id``, the unique constraint on ``call_key`` and the indexes on
``started_at`` and ``batch_id`` go.

The key is laid out by time: ``((utc_seconds - 946684800) << 32) | low32``, the call's start in
UTC seconds since 2000 in the high 32 bits and a 32-bit hash in the low ones, so a period is a key
range and a time-ordered import appends. Existing calls keep the low 32 bits of their hash key (of
their ``id`` if they had none). ``phone_import_batch`` gets ``first_call_key`` / ``last_call_key``,
the key range of its calls: a batch's calls are ``call_key BETWEEN first AND last AND batch_id = …``.

SQLite rebuilds the table (re-keyed, in key order); PostgreSQL alters it in place. The downgrade
restores the 0005 shape; the calls keep their new keys.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_EPOCH = 946684800  # 2000-01-01 00:00:00 UTC
_DATA_COLUMNS = (
    "batch_id, source_key, group_id, extension_id, started_at, utc_offset_minutes, outcome, "
    "wait_seconds, talk_seconds, caller_hash"
)


def _new_key(dialect: str) -> str:
    """The time-ordered key of a row of the 0005 table, as SQL."""
    if dialect == "sqlite":
        seconds = "CAST(strftime('%s', started_at) AS INTEGER)"
    else:  # FLOOR: a cast of the numeric epoch would round fractional seconds up
        seconds = "CAST(FLOOR(EXTRACT(EPOCH FROM started_at)) AS BIGINT)"
    return (
        f"((({seconds}) - utc_offset_minutes * 60 - {_EPOCH}) << 32) | (COALESCE(call_key, id) & 4294967295)"
    )


def _data_columns() -> list[sa.Column[object]]:
    """The columns besides the keys, as in models/phone.py at this revision."""
    return [
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("source_key", sa.String(length=96), nullable=True),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("extension_id", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("utc_offset_minutes", sa.Integer(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "answered",
                "abandoned",
                "timeout",
                "unknown",
                name="call_outcome",
                native_enum=False,
                create_constraint=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("wait_seconds", sa.Float(), nullable=True),
        sa.Column("talk_seconds", sa.Float(), nullable=True),
        sa.Column("caller_hash", sa.String(length=64), nullable=True),
    ]


def upgrade() -> None:
    conn = op.get_bind()
    dialect = conn.dialect.name
    if dialect == "sqlite":
        op.create_table(
            "_phone_call_0006",
            sa.Column(
                "call_key",
                sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                autoincrement=False,
                nullable=False,
            ),
            *_data_columns(),
            sa.PrimaryKeyConstraint("call_key", name="pk_phone_call"),
        )
        op.execute(
            f"INSERT INTO _phone_call_0006 (call_key, {_DATA_COLUMNS}) "
            f"SELECT {_new_key(dialect)}, {_DATA_COLUMNS} FROM phone_call ORDER BY 1"
        )
        op.drop_table("phone_call")  # with its indexes; no foreign key refers to it
        op.rename_table("_phone_call_0006", "phone_call")
    else:
        # The unique constraint goes first: PostgreSQL checks it row by row during the UPDATE.
        op.drop_constraint("uq_phone_call_call_key", "phone_call", type_="unique")
        op.drop_index("ix_phone_call_started_at", table_name="phone_call")
        op.drop_index("ix_phone_call_batch_id", table_name="phone_call")
        op.execute(f"UPDATE phone_call SET call_key = {_new_key(dialect)}")
        op.drop_constraint("pk_phone_call", "phone_call", type_="primary")
        op.drop_column("phone_call", "id")  # and its sequence
        op.alter_column("phone_call", "call_key", existing_type=sa.BigInteger(), nullable=False)
        op.create_primary_key("pk_phone_call", "phone_call", ["call_key"])
    # Plain ADD COLUMN: a rebuild of phone_import_batch would cascade-delete its interval rows on SQLite.
    op.add_column("phone_import_batch", sa.Column("first_call_key", sa.BigInteger(), nullable=True))
    op.add_column("phone_import_batch", sa.Column("last_call_key", sa.BigInteger(), nullable=True))
    spans = conn.execute(
        sa.text(
            "SELECT batch_id, MIN(call_key), MAX(call_key) FROM phone_call "
            "WHERE batch_id IS NOT NULL GROUP BY batch_id"
        )
    ).all()
    if spans:
        conn.execute(
            sa.text(
                "UPDATE phone_import_batch SET first_call_key = :first, last_call_key = :last WHERE id = :id"
            ),
            [{"id": batch, "first": first, "last": last} for batch, first, last in spans],
        )


def downgrade() -> None:
    conn = op.get_bind()
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), not a rebuild: see the upgrade.
    op.execute("ALTER TABLE phone_import_batch DROP COLUMN last_call_key")
    op.execute("ALTER TABLE phone_import_batch DROP COLUMN first_call_key")
    if conn.dialect.name == "sqlite":
        op.create_table(
            "_phone_call_0005",
            sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
            *_data_columns(),
            sa.Column("call_key", sa.BigInteger(), nullable=True),
            sa.PrimaryKeyConstraint("id", name="pk_phone_call"),
            sa.UniqueConstraint("call_key", name="uq_phone_call_call_key"),
        )
        op.execute(
            f"INSERT INTO _phone_call_0005 (call_key, {_DATA_COLUMNS}) "
            f"SELECT call_key, {_DATA_COLUMNS} FROM phone_call ORDER BY call_key"
        )
        op.drop_table("phone_call")
        op.rename_table("_phone_call_0005", "phone_call")
    else:
        op.drop_constraint("pk_phone_call", "phone_call", type_="primary")
        op.alter_column("phone_call", "call_key", existing_type=sa.BigInteger(), nullable=True)
        op.execute("ALTER TABLE phone_call ADD COLUMN id BIGSERIAL")  # as revision 0001 made it
        op.create_primary_key("pk_phone_call", "phone_call", ["id"])
        op.create_unique_constraint("uq_phone_call_call_key", "phone_call", ["call_key"])
    op.create_index("ix_phone_call_batch_id", "phone_call", ["batch_id"], unique=False)
    op.create_index("ix_phone_call_started_at", "phone_call", ["started_at"], unique=False)
