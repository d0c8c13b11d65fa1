"""The bundle's ``ekadm`` executable (PyInstaller entry point)."""

import sys

from ekadm_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
