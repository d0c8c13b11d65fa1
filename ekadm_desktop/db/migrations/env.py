"""Alembic environment: run on the connection the app hands over (``config.attributes['connection']``)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from ekadm_desktop.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:  # the alembic command line, for developers: `alembic -x url=sqlite:///x.sqlite revision --autogenerate`
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("give the database with: alembic -x url=sqlite:///path.sqlite …")
    engine = create_engine(url)
    with engine.begin() as conn:
        run_migrations(conn)
