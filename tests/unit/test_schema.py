"""The models and the migrations describe the same schema, on both databases."""

from __future__ import annotations

import re

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from ekadm_desktop.db import migrate
from ekadm_desktop.models import Base

# As in migrations/env.py: the customer log search objects made by raw SQL are not in the models.
_SEARCH_OBJECTS = re.compile(r"log_entry_fts(_(data|idx|docsize|config|content))?|ix_log_entry_search")


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    return not (type_ in ("table", "index") and name is not None and _SEARCH_OBJECTS.fullmatch(name))


def test_models_and_migrations_agree(database) -> None:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_head_from_file_names_is_alembics_head() -> None:
    from alembic.config import Config

    config = migrate.alembic_config()
    assert isinstance(config, Config)
    assert ScriptDirectory.from_config(config).get_current_head() == migrate.head_revision()


def test_revisions_form_one_line() -> None:
    from alembic.config import Config

    config = migrate.alembic_config()
    assert isinstance(config, Config)
    script = ScriptDirectory.from_config(config)
    assert len(script.get_heads()) == 1
    ids = [rev.revision for rev in script.walk_revisions()]
    assert sorted(ids) == migrate.known_revisions()
