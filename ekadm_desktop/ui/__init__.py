"""Qt only: main window, area views, table models, dialogs, background tasks."""
