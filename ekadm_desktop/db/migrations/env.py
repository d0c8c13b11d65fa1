"""Alembic environment: run on the connection the app hands over (``config.attributes['connection']``)."""

from __future__ import annotations

import re

from alembic import context
from sqlalchemy import create_engine

from ekadm_desktop.models import Base

config = context.config
target_metadata = Base.metadata

# The customer log search (revision 0002) is made by raw SQL and is not in the models: the SQLite
# FTS5 table with its shadow tables and the PostgreSQL expression index. Autogenerate must not drop them.
_SEARCH_OBJECTS = re.compile(r"log_entry_fts(_(data|idx|docsize|config|content))?|ix_log_entry_search")


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    return not (type_ in ("table", "index") and name is not None and _SEARCH_OBJECTS.fullmatch(name))


def run_migrations(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
        include_name=include_name,
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
