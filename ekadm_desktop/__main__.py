"""`python -m ekadm_desktop` and the `ekadm-desktop` command: start the window."""

from __future__ import annotations

import sys


def main() -> int:
    from ekadm_desktop.app import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
