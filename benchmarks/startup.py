"""Start-up time: process start → main window painted on the demo database, against a bare PySide6 window.

    uv run python benchmarks/startup.py [--runs N]

Both are started as fresh processes with the same interpreter, interleaved, and timed from just
before the process is spawned to the first paint of the window (the child prints the wall-clock
time of its first paint). Prints the medians and, last, ``RESULT ratio=… app_ms=… bare_ms=…``.
Target: ratio ≤ 1.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QMainWindow, QSplitter

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"PAINTED {time.time():.6f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
splitter = QSplitter()
splitter.addWidget(QListWidget())
splitter.addWidget(QLabel("Hej"))
window.setCentralWidget(splitter)
window.statusBar().showMessage("bare")
window.resize(1280, 800)
painted = Painted()
window.installEventFilter(painted)
window.show()
sys.exit(app.exec())
"""


def time_to_paint(command: list[str], env: dict[str, str]) -> float:
    start = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    for line in result.stdout.splitlines():
        if line.startswith("PAINTED "):
            return (float(line.split()[1]) - start) * 1000
    raise RuntimeError(f"no paint from {command}: rc={result.returncode}\n{result.stdout}\n{result.stderr}")


def ensure_demo(home: Path, env: dict[str, str]) -> None:
    demo = home / "data" / "demo.sqlite"
    if demo.exists():
        return
    print(f"creating the demo database in {demo} …", file=sys.stderr)
    subprocess.run(
        [sys.executable, "-m", "ekadm_desktop.cli", "demo", "create", str(demo)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--home", type=Path, help="EKADM_HOME to use (default: a folder kept in the temp dir)"
    )
    args = parser.parse_args()
    home = args.home or Path(tempfile.gettempdir()) / "ekadm-benchmark-home"
    env = {
        **os.environ,
        "EKADM_HOME": str(home),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    ensure_demo(home, env)
    app = [sys.executable, "-m", "ekadm_desktop", "--demo", "--exit-after-paint"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    time_to_paint(app, env)  # warm the OS file cache for both before measuring
    time_to_paint(bare, env)
    app_ms: list[float] = []
    bare_ms: list[float] = []
    for _ in range(args.runs):
        bare_ms.append(time_to_paint(bare, env))
        app_ms.append(time_to_paint(app, env))
    app_median, bare_median = statistics.median(app_ms), statistics.median(bare_ms)
    print(f"app  ms: {' '.join(f'{v:.0f}' for v in app_ms)}  median {app_median:.0f}")
    print(f"bare ms: {' '.join(f'{v:.0f}' for v in bare_ms)}  median {bare_median:.0f}")
    print(f"RESULT ratio={app_median / bare_median:.2f} app_ms={app_median:.0f} bare_ms={bare_median:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
