"""The command line: exit codes, JSON on stdout, one line on stderr for a mistake, nothing written."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from protocol_app.cli.main import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_events_and_event_show(capsys, store_path):
    db = str(store_path)
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, out, _ = run(capsys, "--db", db, "events", "--json")
    assert code == 0
    events = json.loads(out)
    assert len(events) == 1 and events[0]["date"] == "2023-07-11"
    assert set(events[0]) >= {"id", "title", "title_en", "date", "end_date", "city", "venue"}
    code, out, _ = run(capsys, "--db", db, "event", "show", str(events[0]["id"]), "--json")
    shown = json.loads(out)
    assert [s["name"] for s in shown["sides"]] == ["Ульяновская область", "Республика Беларусь"]
    assert shown["sides"][0]["people"][0]["full_name"] == "Русских Алексей Юрьевич"
    assert shown["sides"][1]["people"][0]["surname"] == "Пархомчик"
    assert shown["agreement_count"] == len(shown["agreements"]) == 4
    by_title = run(capsys, "--db", db, "event", "show", events[0]["title"], "--json")[1]
    assert json.loads(by_title)["id"] == events[0]["id"]


def test_unknown_event_is_one_line_and_exit_2(capsys, store_path):
    run(capsys, "--db", str(store_path), "demo")
    code, out, err = run(capsys, "--db", str(store_path), "event", "show", "999")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "999" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["attendees", "--event", "999"], "option --event: no event with id 999"),
        (["attendees", "--event", "Нет такого"], "option --event: no event with id or title 'Нет такого'"),
        (["seating", "--event", "1", "--layout", "signing", "--agreement", "99"],
         "option --agreement: no agreement with id 99"),
        (["pack", "--event", "1", "--format", "pdf", "--sections", "cover,foo", "-o", "p.pdf"],
         "option --sections: unknown pack section 'foo'; the sections are cover, contents, purpose, programme, "
         "participants, seating, signing, contacts"),
        (["event", "show", "999"], "no event with id 999"),  # an argument, not an option
    ],
)  # fmt: skip
def test_a_value_an_option_gave_that_names_nothing_names_the_option(capsys, store_path, args, line):
    run(capsys, "--db", str(store_path), "demo")
    code, out, err = run(capsys, "--db", str(store_path), *args)
    assert (code, out, err) == (2, "", f"protocol-app: error: {line}\n")


def test_event_create_and_side_add(capsys, store_path):
    db = str(store_path)
    code, out, _ = run(
        capsys, "--db", db, "event", "create", "--title", "Визит", "--date", "2024-05-01", "--json"
    )
    event_id = json.loads(out)["id"]
    code, out, _ = run(
        capsys, "--db", db, "side", "add", "--event", str(event_id), "--name", "Гости", "--guest", "--json"
    )
    assert code == 0 and json.loads(out)["id"] > 0
    shown = json.loads(run(capsys, "--db", db, "event", "show", "Визит", "--json")[1])
    assert shown["sides"] == [
        {
            "id": json.loads(out)["id"],
            "name": "Гости",
            "name_en": "",
            "host": False,
            "country": "",
            "country_name": "",
            "country_name_en": "",
            "flag_image": False,
            "people": [],
        }
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["event", "create", "--title", "X", "--date", "11.07.2023"],
        ["event", "create", "--title", "  ", "--date", "2023-07-11"],
        ["side", "add", "--event", "42", "--name", "Гости", "--guest"],
        ["event", "create", "--date", "2023-07-11"],
    ],
)
def test_mistakes_write_nothing(capsys, store_path, args):
    run(capsys, "--db", str(store_path), "demo")
    before = run(capsys, "--db", str(store_path), "events", "--json")[1]
    code, out, err = run(capsys, "--db", str(store_path), *args)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert run(capsys, "--db", str(store_path), "events", "--json")[1] == before


def test_installed_console_script_runs(tmp_path):
    script = shutil.which("protocol-app")
    if script is None:
        pytest.skip("protocol-app is not installed in this environment (pip install .)")
    result = subprocess.run(
        [script, "--db", str(tmp_path / "s.sqlite"), "event", "show", "999"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == "protocol-app: error: no event with id 999"


def test_an_output_path_that_is_a_folder_is_the_users_mistake(capsys, store_path, tmp_path):
    run(capsys, "--db", str(store_path), "demo")
    code, out, err = run(capsys, "--db", str(store_path), "pack", "--event", "1", "--format", "pdf",
                         "-o", str(tmp_path))  # fmt: skip
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "is a folder" in err and "Traceback" not in err


def test_english_city_and_venue_are_kept(capsys, store_path):
    db = str(store_path)
    out = run(capsys, "--db", db, "event", "create", "--title", "Визит", "--date", "2024-05-01", "--city", "Казань",
              "--city-en", "Kazan", "--venue-en", "Kazan Expo", "--json")[1]  # fmt: skip
    shown = json.loads(run(capsys, "--db", db, "event", "show", str(json.loads(out)["id"]), "--json")[1])
    assert (shown["city"], shown["city_en"], shown["venue_en"]) == ("Казань", "Kazan", "Kazan Expo")


def test_a_store_in_a_folder_that_does_not_exist_is_refused(capsys, tmp_path):
    missing = tmp_path / "no-such-folder" / "s.sqlite"
    code, _, err = run(capsys, "--db", str(missing), "events")
    assert code == 2 and "does not exist" in err
    assert not missing.parent.exists()
