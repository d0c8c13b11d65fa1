"""The bundle's ``ekadm-desktop`` executable (PyInstaller entry point)."""

import sys

from ekadm_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
