"""phone import: the caller-hash salt

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 22:00:00

Caller numbers are stored only as a salted SHA-256; the salt is a secret of each database, made at
its first phone import (``services/phone_import``), so hashes cannot be matched across databases
or against a table computed from the program's source.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "phone_caller_salt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("salt", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phone_caller_salt")),
    )


def downgrade() -> None:
    op.drop_table("phone_caller_salt")
