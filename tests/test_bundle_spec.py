"""The bundle's spec and build script (the build itself runs in .ci/run, not here): every data folder the
program reads at run time is listed, the executable is named protocol-desk, and the version file follows
pyproject.toml."""

from __future__ import annotations

import ast
import importlib.util
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "protocol-desk.spec"


def _assigned(name: str):
    """The literal value the spec assigns to ``name``."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    node = next(n for n in tree.body if isinstance(n, ast.Assign) and n.targets[0].id == name)  # type: ignore[attr-defined]
    return ast.literal_eval(node.value)


def _build_script():
    spec = importlib.util.spec_from_file_location("build_bundle", ROOT / "scripts" / "build_bundle.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_the_spec_lists_every_data_folder_the_program_reads():
    folders = set(_assigned("DATA_FOLDERS"))
    assert {"resources/fonts", "resources/i18n", "resources/icons", "resources/flags", "templates"} <= folders
    shipped = {
        f"resources/{p.name}"
        for p in (ROOT / "resources").iterdir()
        if p.is_dir() and p.name != "__pycache__"
    }
    assert shipped <= folders, f"folders under resources/ missing from the bundle: {shipped - folders}"
    assert list((ROOT / "resources" / "i18n").glob("*.qm")) and list((ROOT / "templates").glob("*.docx"))


def test_the_spec_builds_protocol_desk_with_an_icon_for_each_system():
    text = SPEC.read_text(encoding="utf-8")
    assert 'executable("protocol-desk"' in text and 'name="protocol-desk"' in text
    for icon in ("protocol-desk.ico", "protocol-desk.icns", "protocol-desk.png"):
        assert icon in text and (ROOT / "resources" / "icons" / icon).stat().st_size > 0


def test_the_windows_version_file_carries_pyprojects_version(tmp_path):
    build = _build_script()
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert build.version() == version
    text = build.write_version_file("1.2.3", tmp_path / "v.txt").read_text(encoding="utf-8")
    assert "filevers=(1, 2, 3, 0)" in text and "StringStruct('ProductVersion', '1.2.3')" in text


def test_the_smoke_test_runs_without_this_python():
    env = _build_script().clean_env(Path("/tmp/home"))
    assert "PYTHONPATH" not in env and "VIRTUAL_ENV" not in env
    assert env["QT_QPA_PLATFORM"] == "offscreen"


def test_every_package_data_pattern_in_pyproject_matches_a_file():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"
    ]
    empty = [
        f"{package}/{pattern}"
        for package, patterns in data.items()
        for pattern in patterns
        if not any((ROOT / package).glob(pattern))
    ]
    assert empty == []
