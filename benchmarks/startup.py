"""Start-up time: process start → main window painted on the demo database, against a bare PySide6 window.

    uv run python benchmarks/startup.py [--runs N]

Both are started as fresh processes with the same interpreter, interleaved, and timed from just
before the process is spawned to the first paint of the window (the child prints the wall-clock
time of its first paint). The app paints its window (menus, navigation frame, status bar) before
the database layer is loaded; the database then opens in a background task. So the figures are
``app_ms`` (first paint, the issue's measure) and, for honesty, ``ready_ms``: until the demo
database is open and its areas are shown. Prints the medians and, last,
``RESULT ratio=… app_ms=… bare_ms=… ready_ms=… bundle_ratio=… bundle_ms=… bundle_ready_ms=…``.
Target: ratio ≤ 1.5 and bundle_ratio ≤ 1.5.

The bundled program (PyInstaller one-folder build, ``installer/ekadm.spec``) is timed the same
way against the same bare window: ``--bundle PATH`` takes a built ``ekadm-desktop`` executable;
without it the bundle is built once into the temp dir (``--rebuild`` builds it again, e.g. after
a code change). ``--no-bundle`` leaves it out.
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


def timings(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Milliseconds from spawning ``command`` to each ``EVENT <epoch>`` line it prints."""
    start = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    found = {
        line.split()[0]: (float(line.split()[1]) - start) * 1000
        for line in result.stdout.splitlines()
        if line.startswith(("PAINTED ", "READY "))
    }
    if "PAINTED" not in found:
        raise RuntimeError(
            f"no paint from {command}: rc={result.returncode}\n{result.stdout}\n{result.stderr}"
        )
    return found


def compile_bytecode() -> None:
    """Installed apps run from compiled bytecode; a checkout run with PYTHONDONTWRITEBYTECODE=1
    (as on CI machines) would compile every module at every start and measure that instead."""
    import site

    folders = [*site.getsitepackages(), str(Path(__file__).resolve().parents[1] / "ekadm_desktop")]
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "-j", "0", *folders],
        check=False,
        stdout=subprocess.DEVNULL,
    )


def ensure_demo(home: Path, env: dict[str, str]) -> None:
    demo = home / "data" / "demo.sqlite"
    if demo.exists():
        return
    print(f"creating the demo database in {demo} …", file=sys.stderr)
    demo.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "ekadm_desktop.cli", "demo", "create", str(demo)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def bundled_program(rebuild: bool) -> Path:
    """The bundled ``ekadm-desktop`` in the temp dir, built with PyInstaller if missing or older than
    the package (a stale bundle would meet a database of a newer schema and stop at the dialog)."""
    root = Path(__file__).resolve().parents[1]
    folder = Path(tempfile.gettempdir()) / "ekadm-benchmark-bundle"
    program = (
        folder / "dist" / "ekadm-desktop" / ("ekadm-desktop.exe" if os.name == "nt" else "ekadm-desktop")
    )
    sources = (f for f in (root / "ekadm_desktop").rglob("*") if f.is_file() and "__pycache__" not in f.parts)
    newest_source = max(f.stat().st_mtime for f in sources)
    if program.exists() and not rebuild and program.stat().st_mtime >= newest_source:
        return program
    print(f"building the bundle in {folder} …", file=sys.stderr)
    try:
        import PyInstaller  # noqa: F401

        pyinstaller = [sys.executable, "-m", "PyInstaller"]
    except ImportError:  # not in this environment: the locked "bundle" group has it
        pyinstaller = ["uv", "run", "--locked", "--group", "bundle", "pyinstaller"]
    subprocess.run(
        [
            *pyinstaller,
            "--noconfirm",
            "--log-level",
            "WARN",
            str(root / "installer" / "ekadm.spec"),
            "--distpath",
            str(folder / "dist"),
            "--workpath",
            str(folder / "work"),
        ],
        cwd=root,
        check=True,
    )
    return program


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, help="a built bundle's ekadm-desktop executable")
    parser.add_argument("--rebuild", action="store_true", help="build the bundle again")
    parser.add_argument("--no-bundle", action="store_true", help="do not time the bundled program")
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
    compile_bytecode()
    ensure_demo(home, env)
    app = [sys.executable, "-m", "ekadm_desktop", "--demo", "--startup-timing"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    bundle = None
    if not args.no_bundle:
        bundle = [str(args.bundle or bundled_program(args.rebuild)), "--demo", "--startup-timing"]
    timings(app, env)  # warm the OS file cache for all before measuring
    timings(bare, env)
    if bundle:
        timings(bundle, env)
    app_ms: list[float] = []
    ready_ms: list[float] = []
    bare_ms: list[float] = []
    bundle_ms: list[float] = []
    bundle_ready_ms: list[float] = []
    for _ in range(args.runs):
        bare_ms.append(timings(bare, env)["PAINTED"])
        measured = timings(app, env)
        app_ms.append(measured["PAINTED"])
        ready_ms.append(measured["READY"])
        if bundle:
            measured = timings(bundle, env)
            bundle_ms.append(measured["PAINTED"])
            bundle_ready_ms.append(measured["READY"])
    app_median, bare_median, ready_median = (statistics.median(v) for v in (app_ms, bare_ms, ready_ms))
    print(f"app painted ms: {' '.join(f'{v:.0f}' for v in app_ms)}  median {app_median:.0f}")
    print(f"app ready   ms: {' '.join(f'{v:.0f}' for v in ready_ms)}  median {ready_median:.0f}")
    print(f"bare painted ms: {' '.join(f'{v:.0f}' for v in bare_ms)}  median {bare_median:.0f}")
    result = (
        f"RESULT ratio={app_median / bare_median:.2f} app_ms={app_median:.0f} bare_ms={bare_median:.0f} "
        f"ready_ms={ready_median:.0f}"
    )
    if bundle:
        bundle_median, bundle_ready = statistics.median(bundle_ms), statistics.median(bundle_ready_ms)
        print(f"bundle painted ms: {' '.join(f'{v:.0f}' for v in bundle_ms)}  median {bundle_median:.0f}")
        print(
            f"bundle ready   ms: {' '.join(f'{v:.0f}' for v in bundle_ready_ms)}  median {bundle_ready:.0f}"
        )
        result += (
            f" bundle_ratio={bundle_median / bare_median:.2f} bundle_ms={bundle_median:.0f}"
            f" bundle_ready_ms={bundle_ready:.0f}"
        )
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
