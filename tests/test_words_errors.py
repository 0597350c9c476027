"""Every refusal of the core is a code worded in Russian and English: the words table is whole, no core module
raises an English sentence of its own, and the CLI and the window word a refusal with where it is."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterable
from pathlib import Path

import pytest

from protocol_app.errors import NotFound, UserError
from protocol_app.store import open_store
from protocol_app.store.events import get_event
from protocol_app.words import MESSAGES, error_text, said
from tests.cli_helpers import run_main, visit_store
from tests.sources import nodes, python_files

CORE = Path(__file__).parent.parent / "protocol_app"


def _error_classes(paths: list[Path]) -> set[str]:
    """``UserError`` and every class of the core derived from it, however deep."""
    found = {"UserError"}
    classes = [n for path in paths for n in nodes(path) if isinstance(n, ast.ClassDef)]
    while True:
        more = {c.name for c in classes if any(getattr(b, "id", None) in found for b in c.bases)} - found
        if not more:
            return found
        found |= more


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_code_has_russian_and_english_with_the_same_facts(code):
    ru, en = MESSAGES[code]
    assert ru.strip() and en.strip()
    assert _fields(ru) == _fields(en), code
    facts = {name: f"<{name}>" for name in _fields(en)}
    assert said(code, **facts).text("ru") and said(code, **facts).text("en")  # formats without KeyError


def _calls(walked: Iterable[ast.AST]):
    for node in walked:
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            yield name, node


def test_no_core_refusal_is_an_english_sentence_of_its_own():
    """``UserError("...")`` with a literal text is allowed only where the CLI names its own options."""
    paths = python_files("protocol_app")
    errors = _error_classes(paths)
    assert {"NotFound", "StoreError"} <= errors
    found = []
    for path in paths:
        if "cli" in path.relative_to(CORE).parts:
            continue
        for name, node in _calls(nodes(path)):
            literal = node.args and isinstance(node.args[0], ast.Constant | ast.JoinedStr | ast.BinOp)
            if name in errors and literal:
                found.append(f"{path.relative_to(CORE)}:{node.lineno}")
    assert not found, found


def test_every_code_the_core_says_has_words():
    missing = []
    for path in python_files("protocol_app"):
        for name, node in _calls(nodes(path)):
            code = node.args[0] if name == "said" and node.args else None
            if isinstance(code, ast.Constant) and code.value not in MESSAGES:
                missing.append(f"{path.relative_to(CORE)}:{node.lineno} {code.value}")
    assert not missing, missing


def test_a_refusal_is_worded_with_where_it_is_in_either_language():
    exc = UserError(said("no_sheets"), file="list.xlsx", row=3, column="Пол")
    assert error_text(exc, "ru") == "list.xlsx, строка 3, столбец «Пол»: в книге нет листов"
    assert error_text(exc, "en") == str(exc) == "list.xlsx, row 3, column 'Пол': the workbook has no sheets"
    option = UserError(said("bad_count", what=said("count_seats")), column="--seats")  # named by the CLI
    assert error_text(option, "ru") == "параметр --seats: число мест: нужно целое число от 1"
    assert (
        error_text(option, "en")
        == str(option)
        == "option --seats: the number of seats must be a whole number from 1"
    )


def test_an_unknown_id_is_refused_in_russian_too(tmp_path):
    db = open_store(tmp_path / "s.sqlite")
    with pytest.raises(NotFound) as caught:
        get_event(db, 404)
    assert caught.value.text("ru") == "нет мероприятия с id 404"
    assert caught.value.text("en") == "no event with id 404"


def test_the_cli_error_line_follows_lang(tmp_path):
    store = visit_store(tmp_path / "s.sqlite")
    out = tmp_path / "list.pdf"
    russian = run_main(
        store, "export", "attendees", "--event", "404", "--format", "pdf", "-o", str(out), "--lang", "ru"
    )
    assert russian.returncode == 2 and "нет мероприятия с id 404" in russian.stderr
    english = run_main(store, "export", "attendees", "--event", "404", "--format", "pdf", "-o", str(out))
    assert english.returncode == 2 and "no event with id 404" in english.stderr
