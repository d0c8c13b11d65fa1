"""Users: the first becomes administrator, later ones readers; the rules an administrator meets."""

from __future__ import annotations

import pytest

from ekadm_desktop.errors import PermissionDenied, ValidationError
from ekadm_desktop.models.users import Role
from ekadm_desktop.services.users import UserService, ensure_user


def test_first_user_administrator_then_readers(database, admin_user) -> None:
    assert admin_user.role is Role.ADMINISTRATOR and admin_user.login == database.login
    with database.session() as s:
        newcomer = ensure_user(s, "ny.person")
    assert newcomer.role is Role.READER
    with database.session() as s:  # asking again does not change anything
        assert ensure_user(s, database.login).role is Role.ADMINISTRATOR


def test_rules_for_saving_users(database, admin_user) -> None:
    service = UserService(database, admin_user)
    anna = service.save_user(
        None, None, login="anna", display_name="Anna", role=Role.UNIT_MANAGER, unit_id=1, active=True
    )
    assert anna.role is Role.UNIT_MANAGER and anna.unit_id == 1
    with pytest.raises(ValidationError, match="redan"):
        service.save_user(
            None, None, login="anna", display_name="", role=Role.READER, unit_id=None, active=True
        )
    with pytest.raises(ValidationError, match="enhet"):
        service.save_user(
            None, None, login="bo", display_name="", role=Role.UNIT_MANAGER, unit_id=None, active=True
        )
    with pytest.raises(ValidationError, match="inaktivera dig själv"):
        service.save_user(
            admin_user.id,
            None,
            login=admin_user.login,
            display_name="",
            role=Role.ADMINISTRATOR,
            unit_id=None,
            active=False,
        )
    with pytest.raises(ValidationError, match="administratörsroll"):
        service.save_user(
            admin_user.id,
            None,
            login=admin_user.login,
            display_name="",
            role=Role.READER,
            unit_id=None,
            active=True,
        )


def test_readers_cannot_change_users(database, admin_user) -> None:
    with database.session() as s:
        reader = ensure_user(s, "lasare")
    with pytest.raises(PermissionDenied):
        UserService(database, reader).save_user(
            None, None, login="x", display_name="", role=Role.READER, unit_id=None, active=True
        )


def test_deactivated_users_are_refused(database, admin_user) -> None:
    service = UserService(database, admin_user)
    row = service.save_user(
        None, None, login="slutat", display_name="", role=Role.READER, unit_id=None, active=False
    )
    assert not row.active
    with pytest.raises(PermissionDenied, match="inaktiverad"), database.session() as s:
        ensure_user(s, "slutat")
