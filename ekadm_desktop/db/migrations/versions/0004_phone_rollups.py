"""phone rollups

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 21:30:00

Rollup tables for the phone figures (see ``services/phone_rollup.py``), filled from the calls and
interval aggregates already in the database.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A copy of models/phone_rollup.py as of this revision (migrations must not follow later models).
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


def _measures() -> list[sa.Column[object]]:
    columns: list[sa.Column[object]] = [
        sa.Column(name, sa.Integer(), nullable=False) for name in COUNT_MEASURES
    ]
    columns += [sa.Column(name, sa.Float(), nullable=False) for name in FLOAT_MEASURES]
    columns.append(sa.Column("longest_wait", sa.Float(), nullable=True))
    return columns


def upgrade() -> None:
    op.create_table(
        "phone_rollup_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        *_measures(),
        sa.ForeignKeyConstraint(
            ["group_id"], ["phone_group.id"], name=op.f("fk_phone_rollup_day_group_id_phone_group")
        ),
        sa.PrimaryKeyConstraint("day", "group_id", name=op.f("pk_phone_rollup_day")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "phone_rollup",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("slot", sa.SmallInteger(), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("offered", sa.Integer(), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("abandoned", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["phone_group.id"], name=op.f("fk_phone_rollup_group_id_phone_group")
        ),
        sa.PrimaryKeyConstraint("day", "group_id", "slot", name=op.f("pk_phone_rollup")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "phone_rollup_extension",
        sa.Column("extension_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        *_measures(),
        sa.ForeignKeyConstraint(
            ["extension_id"],
            ["phone_extension.id"],
            name=op.f("fk_phone_rollup_extension_extension_id_phone_extension"),
        ),
        sa.PrimaryKeyConstraint("extension_id", "day", name=op.f("pk_phone_rollup_extension")),
    )
    op.create_index("ix_phone_rollup_extension_day", "phone_rollup_extension", ["day"], unique=False)
    # Existing calls and interval aggregates get their rollups now.
    from ekadm_desktop.services.phone_rollup import rebuild_rollups_on

    rebuild_rollups_on(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_phone_rollup_extension_day", table_name="phone_rollup_extension")
    op.drop_table("phone_rollup_extension")
    op.drop_table("phone_rollup")
    op.drop_table("phone_rollup_day")
