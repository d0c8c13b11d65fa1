"""The packaging files: every run-time resource of the package is in the PyInstaller bundle, and
the Inno Setup script has the directives the installer must have (it cannot be compiled here)."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "ekadm_desktop"
INSTALLER = ROOT / "installer"


def bundle_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_data", INSTALLER / "bundle_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_time_files() -> list[Path]:
    """What the app reads from disk: every file of the package that is not an importable module,
    plus the Alembic scripts (Python files that Alembic loads by path, not by import)."""
    migrations = PACKAGE / "db" / "migrations"
    found = []
    for path in PACKAGE.rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in {".pyc", ".pyo"}:
            continue
        if path.suffix == ".py" and migrations not in path.parents:
            continue
        found.append(path)
    return sorted(found)


def test_every_run_time_file_of_the_package_is_bundled_where_the_code_looks_for_it() -> None:
    bundled = {Path(source).resolve(): folder for source, folder in bundle_data().datas(ROOT)}
    files = run_time_files()
    assert len(files) >= 10  # migrations, translations, icons at least

    missing = [str(p.relative_to(ROOT)) for p in files if p.resolve() not in bundled]
    assert not missing, (
        "not in the bundle: add a pattern to installer/bundle_data.py DATA_FILES for " + ", ".join(missing)
    )
    for path in files:  # the bundle keeps the package layout, so Path(__file__)-relative look-ups work
        assert bundled[path.resolve()] == path.parent.relative_to(ROOT).as_posix()


def test_the_required_resources_are_there_and_a_missing_one_is_refused(tmp_path: Path) -> None:
    data = bundle_data()
    names = {Path(source).name for source, _folder in data.datas(ROOT)}
    assert {"env.py", "script.py.mako", "0001_initial_schema.py", "ekadm_en.ts", "ekadm.ico"} <= names
    assert {f"ekadm-{size}.png" for size in (16, 24, 32, 48, 64, 128, 256, 512)} <= names
    with pytest.raises(FileNotFoundError, match=r"env\.py"):
        data.datas(tmp_path)  # a checkout without the migrations cannot build a bundle


def test_the_spec_builds_both_programs_from_the_bundle_data() -> None:
    spec = (INSTALLER / "ekadm.spec").read_text(encoding="utf-8")
    assert "datas=datas(ROOT)" in spec
    assert 'collect_submodules("ekadm_desktop")' in spec  # areas and CLI groups are imported by name
    assert re.search(r'name="ekadm-desktop",\s*console=False', spec)
    assert re.search(r'name="ekadm",\s*console=True', spec)
    assert spec.count("COLLECT(") == 1
    for entry in ("entry_desktop.py", "entry_cli.py"):
        assert (INSTALLER / entry).exists()


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in (INSTALLER / "ekadm.iss").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections.setdefault(current, [])
        elif current:
            sections[current].append(line)
    return sections


def test_the_installer_script_has_the_required_directives() -> None:
    sections = iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"  # per user, no administrator rights
    assert set(setup["PrivilegesRequiredOverridesAllowed"].split()) == {"dialog", "commandline"}
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["AppPublisher"] and setup["AppId"].startswith("{{")
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup["SetupIconFile"].endswith("ekadm.ico")
    assert (INSTALLER / setup["SetupIconFile"].replace("\\", "/")).resolve().exists()
    assert setup["UninstallDisplayIcon"] == r"{app}\{#AppExeName}"
    languages = " ".join(sections["Languages"])
    assert r'"compiler:Languages\Swedish.isl"' in languages and '"compiler:Default.isl"' in languages
    assert sections["Languages"][0].startswith('Name: "swedish"')
    assert any(line.startswith('Name: "{autoprograms}') for line in sections["Icons"])  # Start menu
    assert any("Tasks: desktopicon" in line for line in sections["Icons"])  # optional desktop icon
    assert any("recursesubdirs" in line for line in sections["Files"])
    # The uninstaller keeps the user's database: it deletes nothing it did not install.
    assert "UninstallDelete" not in sections and "UninstallRun" not in sections


def test_the_build_script_passes_the_version_from_pyproject() -> None:
    build = (INSTALLER / "build.ps1").read_text(encoding="utf-8")
    assert "pyproject.toml" in build and '"/DAppVersion=$version"' in build
    assert "--self-test" in build
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    # build.ps1's pattern finds the same version as a TOML parser
    found = re.search(
        r'^version\s*=\s*"([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M
    )
    assert found is not None and found[1] == version
    workflow = (ROOT / ".github" / "workflows" / "windows-installer.yml").read_text(encoding="utf-8")
    assert "windows-latest" in workflow and "installer/build.ps1" in workflow
    assert "upload-artifact" in workflow
