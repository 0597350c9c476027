"""Update the app's translations: collect the strings of ui/ into resources/i18n/*.ts with pyside6-lupdate,
fill the Russian words from scripts/i18n_ru.py where the .ts has none yet, and compile .qm files with
pyside6-lrelease (both ship with PySide6).

    python scripts/update_translations.py          # lupdate + fill + lrelease
    python scripts/update_translations.py --check  # fail when a Russian string is missing
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from i18n_ru import BY_CONTEXT, PLURALS, PLURALS_EN, WORDS  # noqa: E402


def tool(name: str) -> str:
    """The path of a Qt tool shipped with PySide6 (pyside6-lupdate, pyside6-lrelease)."""
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: it ships with PySide6 (pip install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip


def fill(ts: Path, lang: str) -> list[str]:
    """Write translations into ``ts``; returns the sources still without one."""
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "ru_RU" if lang == "ru" else "en_GB")
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                forms = (PLURALS if lang == "ru" else PLURALS_EN).get(source)
                if forms is None:
                    missing.append(source)
                    continue
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            elif lang == "en":
                translation.text = source
            else:
                words = BY_CONTEXT.get((name, source)) or WORDS.get(source)
                if words is None:
                    if not translation.text:
                        missing.append(source)
                    continue
                translation.text = words
            translation.attrib.pop("type", None)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, stdout=subprocess.DEVNULL)
    return qm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail when a Russian string is missing")
    args = parser.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    status = 0
    for lang in ("ru", "en"):
        ts = I18N / f"protocol_desk_{lang}.ts"
        lupdate(ts)
        missing = fill(ts, lang)
        if missing:
            print(f"{ts.name}: {len(missing)} without translation:", *missing, sep="\n  ")
            status = 1 if args.check else status
        print(f"{lrelease(ts).relative_to(ROOT)} written")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
