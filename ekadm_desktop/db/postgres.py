"""PostgreSQL specifics: engine with a connect timeout, password from the OS keyring."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL

KEYRING_SERVICE = "ekadm-desktop"
CONNECT_TIMEOUT_S = 5


def keyring_account(url: URL) -> str:
    return f"{url.username}@{url.host}:{url.port or 5432}/{url.database}"


def load_password(url: URL) -> str | None:
    """The stored password for this server and user, or None (no keyring backend counts as none)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            result: str | None = keyring.get_password(KEYRING_SERVICE, keyring_account(url))
            return result
        except KeyringError:
            return None
    except Exception:  # a broken keyring backend must not stop the app from opening
        return None


def store_password(url: URL, password: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, keyring_account(url), password)


def create_postgres_engine(url: URL, password: str | None = None) -> Engine:
    if password is None and url.password is None:
        password = load_password(url)
    if password is not None:
        url = url.set(password=password)
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "ekadm-desktop"},
    )
