"""``event update`` keeps the ceremony's settings: the signing start shows in the plan, the script and the pack."""

from __future__ import annotations

import json

import docx

from protocol_app.cli.main import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def new_event(capsys, db: str) -> str:
    code, out, _ = run(
        capsys, "--db", db, "event", "create", "--title", "Визит", "--date", "2026-07-07", "--json"
    )
    assert code == 0
    return str(json.loads(out)["id"])


def test_event_update_stores_every_field_it_is_given(capsys, store_path):
    db = str(store_path)
    event = new_event(capsys, db)
    code, out, err = run(
        capsys, "--db", db, "event", "update", event, "--title-en", "Visit", "--end-date", "2026-07-08",
        "--city", "Екатеринбург", "--city-en", "Yekaterinburg", "--venue", "МВЦ", "--venue-en", "Expo",
        "--senior-side", "left", "--signing-start", "10:50", "--json",
    )  # fmt: skip
    assert code == 0, err
    shown = json.loads(run(capsys, "--db", db, "event", "show", event, "--json")[1])
    assert {k: shown[k] for k in ("title", "title_en", "end_date", "city", "city_en", "venue", "venue_en")} == {
        "title": "Визит", "title_en": "Visit", "end_date": "2026-07-08", "city": "Екатеринбург",
        "city_en": "Yekaterinburg", "venue": "МВЦ", "venue_en": "Expo",
    }  # fmt: skip
    assert (shown["senior_side"], shown["signing_start"]) == ("left", "10:50")
    assert json.loads(out)["signing_start"] == "10:50"


def test_a_wrong_value_is_one_line_exit_2_and_nothing_written(capsys, store_path):
    db = str(store_path)
    event = new_event(capsys, db)
    for args in (["--signing-start", "25:00"], ["--date", "07.07.2026"], ["--end-date", "2026-07-01"]):
        code, _, err = run(capsys, "--db", db, "event", "update", event, "--title", "Другое", *args)
        assert code == 2 and len(err.strip().splitlines()) == 1, err
        assert f"error: option {args[0]}: " in err, err  # the option that gave the value, not a store column
    shown = json.loads(run(capsys, "--db", db, "event", "show", event, "--json")[1])
    assert (shown["title"], shown["signing_start"], shown["date"]) == ("Визит", "", "2026-07-07")
    assert run(capsys, "--db", db, "event", "update", event)[0] == 2


def test_the_help_tells_every_option(capsys):
    assert main(["event", "update", "--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--title", "--title-en", "--date", "--end-date", "--city", "--city-en", "--venue", "--venue-en",
                   "--senior-side", "--signing-start", "--json"):  # fmt: skip
        assert option in out


def test_the_kept_start_times_the_plan_the_script_and_the_pack(capsys, store_path, tmp_path):
    db = str(store_path)
    run(capsys, "--db", db, "demo")
    event = json.loads(run(capsys, "--db", db, "events", "--json")[1])[0]["id"]
    assert run(capsys, "--db", db, "event", "update", str(event), "--signing-start", "12:00")[0] == 0
    plan = json.loads(run(capsys, "--db", db, "signing", "--event", str(event), "--json")[1])
    assert plan["start"] == "12:00" and plan["items"][0]["start"] == "12:00"
    assert not [p for p in plan["problems"] if p["code"] == "no_start"]
    once = json.loads(
        run(capsys, "--db", db, "signing", "--event", str(event), "--start", "09:00", "--json")[1]
    )
    assert once["start"] == "09:00"
    assert (
        json.loads(run(capsys, "--db", db, "signing", "--event", str(event), "--json")[1])["start"] == "12:00"
    )
    pack = tmp_path / "pack.docx"
    assert run(capsys, "--db", db, "pack", "--event", str(event), "--format", "docx", "-o", str(pack),
               "--sections", "signing")[0] == 0  # fmt: skip
    cells = [c.text for t in docx.Document(str(pack)).tables for row in t.rows for c in row.cells]
    assert any(text.startswith("12:00–12:03") for text in cells), cells[:12]
    papers = tmp_path / "signing.docx"
    run(capsys, "--db", db, "export", "signing", "--event", str(event), "--format", "docx", "-o", str(papers))
    text = "\n".join(p.text for p in docx.Document(str(papers)).paragraphs)
    assert "№ 1 · 12:00–12:03" in text


def test_the_settings_of_talks_of_several_delegations_are_kept(capsys, store_path):
    db = str(store_path)
    event = new_event(capsys, db)
    code, out, err = run(
        capsys, "--db", db, "event", "update", event, "--delegation-order", "alphabet",
        "--delegation-letter", "К", "--senior-guest", "opposite", "--json",
    )  # fmt: skip
    assert code == 0, err
    stored = json.loads(out)
    assert (stored["delegation_order"], stored["delegation_letter"], stored["senior_guest"]) == (
        "alphabet", "К", "opposite",
    )  # fmt: skip
    code, _, err = run(capsys, "--db", db, "event", "update", event, "--delegation-letter", "КЛ")
    assert code == 2 and "one letter" in err and len(err.strip().splitlines()) == 1
