"""The warnings of ``export signing`` and ``pack``: a party whose signatory the paper lacks and a language
whose text the party supplies are said before the paper is printed, in the JSON and in the text output."""

from __future__ import annotations

import json

from signing_helpers import Ceremony

from protocol_app.cli.main import main
from protocol_app.store import open_store


def ceremony(store_path) -> None:
    """No. 1 without the guest's signatory; No. 2 without either, in Russian and Belarusian."""
    db = open_store(store_path)
    c = Ceremony(db)
    host, guest = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1)
    c.agreement("Первое", ("Центр", "host", host), ("Завод", "guest", None), order_no=1)
    c.agreement("Второе", ("Фонд", "host", None), ("Фабрика", "guest", None), languages="ru,be", order_no=2)
    c.bilateral("Третье", host, guest, order_no=3)
    db.close()


def run(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert err == ""
    return code, out


PAPERS = {
    "export signing": ["export", "signing", "--format", "docx", "-o"],
    "pack": ["pack", "--format", "docx", "-o"],
}


def test_each_party_without_a_signatory_and_each_language_to_supply_is_warned(capsys, store_path, tmp_path):
    ceremony(store_path)
    for name, command in PAPERS.items():
        target = str(tmp_path / f"{name.replace(' ', '_')}.docx")
        code, out = run(capsys, "--db", str(store_path), *command, target, "--event", "1", "--json")
        assert code == 0, name
        warnings = json.loads(out)["warnings"]
        assert [(w["code"], w["order"], w.get("party"), w.get("language")) for w in warnings] == [
            ("party_without_signatory", 1, 2, None),
            ("language_to_supply", 2, None, "be"),
            ("party_without_signatory", 2, 1, None),
            ("party_without_signatory", 2, 2, None),
        ], name
        assert warnings[0]["message"] == "№ 1 «Первое»: у стороны 2 (Завод) нет подписанта."
        assert "текст на белорусском языке предоставляется стороной" in warnings[1]["message"]
        code, out = run(capsys, "--db", str(store_path), *command, target, "--event", "1", "--lang", "en")
        lines = out.splitlines()
        assert lines[0] == f"wrote {target}"
        said = [x for x in lines if x.startswith("warning: No.")]
        assert said[0] == "warning: No. 1 “Первое (en)”: party 2 (Завод (en)) has no signatory.", name
        assert "the text in Belarusian is to be supplied by the party" in said[1] and len(said) == 4


def test_a_pack_without_the_signing_section_has_no_signing_warnings(capsys, store_path, tmp_path):
    ceremony(store_path)
    args = [
        "--db",
        str(store_path),
        "pack",
        "--format",
        "docx",
        "-o",
        str(tmp_path / "p.docx"),
        "--event",
        "1",
    ]
    code, out = run(capsys, *args, "--sections", "cover,participants", "--json")
    assert code == 0 and json.loads(out)["warnings"] == []
