"""Demo data: a database with two years (2009–2010) of believable figures, registers and calls.

Qt-free; used by ``ekadm demo create`` and by the app's ``--demo`` start.
"""

from ekadm_desktop.services.demo.populate import DemoSummary, create_demo_database, populate_demo

__all__ = ["DemoSummary", "create_demo_database", "populate_demo"]
