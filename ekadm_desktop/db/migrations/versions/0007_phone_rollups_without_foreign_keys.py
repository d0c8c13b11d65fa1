"""phone rollups without foreign keys

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 04:00:00

The rollup tables are derived data: the import writes their rows for the groups and extensions it
has just looked up or made in the same transaction, and groups and extensions are never deleted.
Their foreign keys checked nothing the import does not already know, at a cost: on PostgreSQL each
inserted rollup row fired a trigger that looked its group up again, half of the time of merging a
million calls into the rollups (0.5 s of 1.1 s).

PostgreSQL drops the constraints; SQLite rebuilds the three tables (keeping ``WITHOUT ROWID`` and
the index on ``phone_rollup_extension.day``). The downgrade puts the foreign keys back.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A copy of the rollup tables as of revision 0004 (migrations must not follow later models).
WAIT_EDGES = (5, 10, 15, 20, 25, 30, 45, 60, 90, 120, 180, 300)
COUNT_MEASURES = (
    "offered",
    "answered",
    "abandoned",
    "incomplete",
    "answered_wait_known",
    "talk_known",
    *(f"answered_within_{e}" for e in WAIT_EDGES),
    *(f"abandoned_within_{e}" for e in WAIT_EDGES),
    "interval_answered_known",
    "interval_answered_within",
    "interval_abandoned_known",
    "interval_short_abandoned",
)
FLOAT_MEASURES = ("answered_wait_total", "talk_total")

# table, owner column, the table it refers to, the foreign key's name
FOREIGN_KEYS = (
    ("phone_rollup_day", "group_id", "phone_group", "fk_phone_rollup_day_group_id_phone_group"),
    ("phone_rollup", "group_id", "phone_group", "fk_phone_rollup_group_id_phone_group"),
    (
        "phone_rollup_extension",
        "extension_id",
        "phone_extension",
        "fk_phone_rollup_extension_extension_id_phone_extension",
    ),
)


def _measures() -> list[sa.Column[object]]:
    columns: list[sa.Column[object]] = [
        sa.Column(name, sa.Integer(), nullable=False) for name in COUNT_MEASURES
    ]
    columns += [sa.Column(name, sa.Float(), nullable=False) for name in FLOAT_MEASURES]
    columns.append(sa.Column("longest_wait", sa.Float(), nullable=True))
    return columns


def _create(table: str, name: str, *, foreign_key: bool) -> None:
    """Create ``table``'s shape under ``name``, with or without its foreign key."""
    _, owner, referred, fk_name = next(f for f in FOREIGN_KEYS if f[0] == table)
    constraints: list[sa.Constraint] = []
    if foreign_key:
        constraints.append(sa.ForeignKeyConstraint([owner], [f"{referred}.id"], name=fk_name))
    if table == "phone_rollup_day":
        op.create_table(
            name,
            sa.Column("day", sa.Date(), nullable=False),
            sa.Column("group_id", sa.Integer(), nullable=False),
            *_measures(),
            *constraints,
            sa.PrimaryKeyConstraint("day", "group_id", name="pk_phone_rollup_day"),
            sqlite_with_rowid=False,
        )
    elif table == "phone_rollup":
        op.create_table(
            name,
            sa.Column("day", sa.Date(), nullable=False),
            sa.Column("group_id", sa.Integer(), nullable=False),
            sa.Column("slot", sa.SmallInteger(), nullable=False),
            sa.Column("weekday", sa.SmallInteger(), nullable=False),
            sa.Column("offered", sa.Integer(), nullable=False),
            sa.Column("answered", sa.Integer(), nullable=False),
            sa.Column("abandoned", sa.Integer(), nullable=False),
            *constraints,
            sa.PrimaryKeyConstraint("day", "group_id", "slot", name="pk_phone_rollup"),
            sqlite_with_rowid=False,
        )
    else:
        op.create_table(
            name,
            sa.Column("extension_id", sa.Integer(), nullable=False),
            sa.Column("day", sa.Date(), nullable=False),
            *_measures(),
            *constraints,
            sa.PrimaryKeyConstraint("extension_id", "day", name="pk_phone_rollup_extension"),
        )


def _rebuild_on_sqlite(*, foreign_keys: bool) -> None:
    for table, *_ in FOREIGN_KEYS:
        rebuilt = f"{table}_0007"
        _create(table, rebuilt, foreign_key=foreign_keys)
        op.execute(f"INSERT INTO {rebuilt} SELECT * FROM {table}")
        if table == "phone_rollup_extension":
            op.drop_index("ix_phone_rollup_extension_day", table_name=table)
        op.drop_table(table)
        op.rename_table(rebuilt, table)
    op.create_index("ix_phone_rollup_extension_day", "phone_rollup_extension", ["day"], unique=False)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_on_sqlite(foreign_keys=False)
        return
    for table, _, _, name in FOREIGN_KEYS:
        op.drop_constraint(name, table, type_="foreignkey")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_on_sqlite(foreign_keys=True)
        return
    for table, owner, referred, name in FOREIGN_KEYS:
        op.create_foreign_key(name, table, referred, [owner], ["id"])
