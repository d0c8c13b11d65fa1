"""Engine, sessions, SQLite/PostgreSQL specifics, migrations and backup. No Qt here."""
