"""Build the Protocol Desk bundle (one folder, no Python needed) with PyInstaller, and check it.

    python scripts/build_bundle.py            build dist/protocol-desk/ and print its size
    python scripts/build_bundle.py --smoke    then make the demo and its documents with the bundle, in an
                                              environment without Python's (``env -i``); fail if it does not
    python scripts/build_bundle.py --measure  then time cold starts to the first shown window (offscreen)

Needs ``pip install ".[bundle]"``. The same command builds on Windows and macOS (packaging/protocol-desk.spec);
the Windows version information is written from pyproject.toml's version first.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "protocol-desk.spec"
BUILD = ROOT / "build" / "bundle"
DIST = ROOT / "dist"
NAME = "protocol-desk"


def version() -> str:
    """The program's version as pyproject.toml says it."""
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def write_version_file(text: str, path: Path) -> Path:
    """The Windows version resource (VSVersionInfo) for ``text`` (e.g. "0.1.0"), as PyInstaller reads it."""
    numbers = [int(part) for part in text.split(".")[:4] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    four = tuple(numbers)
    strings = {
        "CompanyName": "Protocol Desk",
        "FileDescription": "Protocol Desk",
        "FileVersion": text,
        "InternalName": NAME,
        "OriginalFilename": f"{NAME}.exe",
        "ProductName": "Protocol Desk",
        "ProductVersion": text,
    }
    entries = ",\n".join(f"          StringStruct('{k}', '{v}')" for k, v in strings.items())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={four}, prodvers={four}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{entries}
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        encoding="utf-8",
    )
    return path


def build() -> Path:
    """Run PyInstaller on the spec; returns the bundle's folder."""
    write_version_file(version(), BUILD / "version_info.txt")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={BUILD / 'work'}",
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    folder = DIST / NAME
    if not executable(folder).exists():
        raise SystemExit(f"build_bundle: {executable(folder)} was not made")
    return folder


def executable(folder: Path) -> Path:
    """The command-line executable inside the bundle's folder (Windows and macOS have a console twin)."""
    if sys.platform == "win32":
        return folder / f"{NAME}-cli.exe"
    if sys.platform == "darwin":
        return folder / f"{NAME}-cli"
    return folder / NAME


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a machine without this Python: no venv, no PYTHONPATH, a fresh home."""
    if sys.platform == "win32":  # Windows needs its system folder to start any program
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        return {
            "SYSTEMROOT": root,
            "PATH": f"{root}\\System32;{root}",
            "USERPROFILE": str(home),
            "APPDATA": str(home / "AppData" / "Roaming"),
            "LOCALAPPDATA": str(home / "AppData" / "Local"),
            "TEMP": str(home),
            "TMP": str(home),
            "QT_QPA_PLATFORM": "offscreen",
        }
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def smoke(folder: Path) -> list[str]:
    """Make the demo and its documents with the bundle in a clean environment; returns the files written."""
    with tempfile.TemporaryDirectory(prefix="bundle-smoke-") as tmp:
        home = Path(tmp)
        store, out = home / "demo.sqlite", home / "demo"
        done = subprocess.run(
            [str(executable(folder)), "--db", str(store), "demo", "--out", str(out)],
            env=clean_env(home),
            cwd=home,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if done.returncode != 0:
            raise SystemExit(
                f"build_bundle: the bundle's demo failed ({done.returncode}): {done.stderr.strip()}"
            )
        files = sorted(p.name for p in out.iterdir()) if out.is_dir() else []
        needed = {".pdf", ".docx", ".xlsx"}
        if not store.exists() or not needed <= {Path(f).suffix for f in files}:
            raise SystemExit(f"build_bundle: the bundle's demo wrote {files or 'nothing'}")
        return files


def measure(folder: Path, runs: int = 3) -> list[float]:
    """Seconds from launching the bundle until its main window is shown (offscreen), ``runs`` times."""
    times = []
    with tempfile.TemporaryDirectory(prefix="bundle-start-") as tmp:
        home = Path(tmp)
        store = home / "demo.sqlite"
        env = clean_env(home)
        subprocess.run(
            [str(executable(folder)), "--db", str(store), "demo"], env=env, check=True, timeout=600
        )
        env["PROTOCOL_DESK_STARTUP_PROBE"] = "1"
        for _ in range(runs):
            start = time.time()
            done = subprocess.run(
                [str(executable(folder)), "--db", str(store)],
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )
            shown = [line for line in done.stdout.splitlines() if line.startswith("shown ")]
            if not shown:
                raise SystemExit(f"build_bundle: the window was not shown: {done.stderr.strip()[-400:]}")
            times.append(float(shown[0].split()[1]) - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--smoke", action="store_true", help="make the demo with the bundle, without Python")
    parser.add_argument("--measure", action="store_true", help="time cold starts to the first shown window")
    parser.add_argument("--no-build", action="store_true", help="check the bundle already in dist/")
    args = parser.parse_args(argv)
    started = time.monotonic()
    folder = DIST / NAME if args.no_build else build()
    print(f"bundle: {folder} ({size_mb(folder):.0f} MB, built in {time.monotonic() - started:.0f} s)")
    if args.smoke:
        files = smoke(folder)
        print(
            f"smoke test: the demo made {len(files)} documents without Python ({', '.join(files[:4])}, ...)"
        )
    if args.measure:
        times = measure(folder)
        print("cold start to a shown window: " + ", ".join(f"{t:.2f} s" for t in times))
    return 0


if __name__ == "__main__":
    sys.exit(main())
