"""Who the user is and what their role allows. The role checks live here, in the service layer."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekadm_desktop.db.database import Database
from ekadm_desktop.errors import PermissionDenied, ValidationError
from ekadm_desktop.i18n import N_, tr
from ekadm_desktop.models.users import Role, User
from ekadm_desktop.services.editing import load_for_change

ROLE_LABELS = {
    Role.ADMINISTRATOR: N_("roles", "Administratör"),
    Role.CONTROLLER: N_("roles", "Controller"),
    Role.UNIT_MANAGER: N_("roles", "Enhetschef"),
    Role.READER: N_("roles", "Läsare"),
}


def role_label(role: Role) -> str:
    return tr("roles", ROLE_LABELS[role])


@dataclass(frozen=True)
class CurrentUser:
    id: int
    login: str
    display_name: str
    role: Role
    unit_id: int | None

    @property
    def is_administrator(self) -> bool:
        return self.role is Role.ADMINISTRATOR

    def can_edit_unit(self, unit_id: int | None) -> bool:
        """Administrators and controllers edit everything; a unit manager edits their own unit."""
        if self.role in (Role.ADMINISTRATOR, Role.CONTROLLER):
            return True
        return self.role is Role.UNIT_MANAGER and unit_id is not None and unit_id == self.unit_id

    def require_administrator(self) -> None:
        if not self.is_administrator:
            raise PermissionDenied(tr("users", "Bara en administratör får ändra detta."))

    @property
    def role_label(self) -> str:
        return role_label(self.role)

    def describe(self) -> str:
        name = self.display_name or self.login
        return f"{name} ({self.role_label})"


def _as_current(user: User) -> CurrentUser:
    return CurrentUser(user.id, user.login, user.display_name, user.role, user.unit_id)


def ensure_user(session: Session, login: str) -> CurrentUser:
    """The user row for ``login``; the first user of a database becomes administrator, later
    unknown users readers (an administrator gives them a role)."""
    user = session.scalar(select(User).where(User.login == login))
    if user is None:
        first = not session.scalar(select(func.count()).select_from(User))
        user = User(login=login, display_name=login, role=Role.ADMINISTRATOR if first else Role.READER)
        session.add(user)
        session.flush()
    elif not user.active:
        raise PermissionDenied(
            tr("users", "Användaren {login} är inaktiverad i den här databasen.").format(login=login)
        )
    return _as_current(user)


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    display_name: str
    role: Role
    unit_id: int | None
    active: bool
    version: int


class UserService:
    def __init__(self, db: Database, current: CurrentUser) -> None:
        self._db = db
        self._current = current

    def list_users(self) -> list[UserRow]:
        with self._db.session() as s:
            return [
                UserRow(u.id, u.login, u.display_name, u.role, u.unit_id, u.active, u.version)
                for u in s.scalars(select(User).order_by(User.login))
            ]

    def save_user(
        self,
        user_id: int | None,
        expected_version: int | None,
        *,
        login: str,
        display_name: str,
        role: Role,
        unit_id: int | None,
        active: bool,
    ) -> UserRow:
        self._current.require_administrator()
        login = login.strip()
        if not login:
            raise ValidationError(tr("users", "Ange ett inloggningsnamn."), field="login")
        if role is Role.UNIT_MANAGER and unit_id is None:
            raise ValidationError(tr("users", "En enhetschef måste höra till en enhet."), field="unit_id")
        with self._db.session() as s:
            duplicate = s.scalar(select(User.id).where(User.login == login, User.id != (user_id or 0)))
            if duplicate is not None:
                raise ValidationError(
                    tr("users", "Det finns redan en användare med inloggningen {login}.").format(login=login),
                    field="login",
                )
            if user_id is None:
                user = User(login=login)
                s.add(user)
            else:
                user = load_for_change(s, User, user_id, expected_version)
            if user.id == self._current.id and role is not Role.ADMINISTRATOR:
                raise ValidationError(
                    tr("users", "Du kan inte ta bort din egen administratörsroll."), field="role"
                )
            if user.id == self._current.id and not active:
                raise ValidationError(tr("users", "Du kan inte inaktivera dig själv."), field="active")
            user.login = login
            user.display_name = display_name.strip()
            user.role = role
            user.unit_id = unit_id if role is Role.UNIT_MANAGER else None
            user.active = active
            s.flush()
            return UserRow(
                user.id, user.login, user.display_name, user.role, user.unit_id, user.active, user.version
            )
