"""phone import: the caller-hash salt, and a cheaper call key

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 22:00:00

Caller numbers are stored only as a salted SHA-256; the salt is a secret of each database, made at
its first phone import (``services/phone_import``), so hashes cannot be matched across databases
or against a table computed from the program's source.

``phone_call`` gets ``call_key``, a signed 64-bit BLAKE2b hash of the text key, as its unique
de-duplication key instead of the text ``source_key`` (kept, now optional, for the source's own
id), and loses its index on ``group_id`` (the figures come from the rollups) and the CHECK on
``outcome`` (on SQLite it doubled the cost of a bulk insert; the importer writes checked values) and its
foreign keys (on PostgreSQL their per-row triggers tripled the cost of COPYing an import; only the
importer writes calls, nothing deletes groups or extensions, undo deletes a batch's calls first). An 8-byte unique
index is several times cheaper to fill during a million-call import than one of 64-character keys.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_FOREIGN_KEYS = {
    "fk_phone_call_batch_id_phone_import_batch": ("batch_id", "phone_import_batch", "CASCADE"),
    "fk_phone_call_group_id_phone_group": ("group_id", "phone_group", None),
    "fk_phone_call_extension_id_phone_extension": ("extension_id", "phone_extension", None),
}


def _stable_key(text: str) -> int:
    """As ``services/phone_import/writer.stable_key`` (copied: a migration must not change with the code)."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big", signed=True)


def upgrade() -> None:
    op.create_table(
        "phone_caller_salt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("salt", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phone_caller_salt")),
    )
    with op.batch_alter_table("phone_call", schema=None) as batch_op:
        batch_op.add_column(sa.Column("call_key", sa.BigInteger(), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, source_key FROM phone_call")).all()
    if rows:
        conn.execute(
            sa.text("UPDATE phone_call SET call_key = :key WHERE id = :id"),
            [{"id": i, "key": _stable_key(k)} for i, k in rows],
        )
    with op.batch_alter_table("phone_call", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_phone_call_source_key"), type_="unique")
        batch_op.drop_index(batch_op.f("ix_phone_call_group_id"))
        batch_op.alter_column("source_key", existing_type=sa.String(length=96), nullable=True)
        batch_op.create_unique_constraint(batch_op.f("uq_phone_call_call_key"), ["call_key"])
        batch_op.drop_constraint(batch_op.f("ck_phone_call_call_outcome"), type_="check")
        for name in _FOREIGN_KEYS:
            batch_op.drop_constraint(batch_op.f(name), type_="foreignkey")


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(
        sa.text(
            "UPDATE phone_call SET source_key = 'key:' || CAST(call_key AS VARCHAR) WHERE source_key IS NULL"
        )
    )
    with op.batch_alter_table("phone_call", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_phone_call_call_key"), type_="unique")
        for name, (column, table, ondelete) in _FOREIGN_KEYS.items():
            batch_op.create_foreign_key(batch_op.f(name), table, [column], ["id"], ondelete=ondelete)
        batch_op.create_check_constraint(
            batch_op.f("ck_phone_call_call_outcome"),
            sa.text("outcome IN ('answered', 'abandoned', 'timeout', 'unknown')"),
        )
        batch_op.alter_column("source_key", existing_type=sa.String(length=96), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_phone_call_source_key"), ["source_key"])
        batch_op.create_index(batch_op.f("ix_phone_call_group_id"), ["group_id"], unique=False)
        batch_op.drop_column("call_key")
    op.drop_table("phone_caller_salt")
