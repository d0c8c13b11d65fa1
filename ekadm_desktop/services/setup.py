"""Getting an opened database ready for use: reference data in a new one, and the current user."""

from __future__ import annotations

from ekadm_desktop.db.database import Database
from ekadm_desktop.services.reference_seed import is_seeded, seed_reference_data
from ekadm_desktop.services.users import CurrentUser, ensure_user


def prepare_database(db: Database) -> CurrentUser:
    """Seed the reference data if the database has none, and register the current user."""
    with db.session() as s:
        if not is_seeded(s):
            seed_reference_data(s)
        return ensure_user(s, db.login)
