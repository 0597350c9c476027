"""Flags for every party (issue 11, item 5): countries by code or name, the flag-icons set in PDF and PNG, a
region's own image, and a neutral mark where there is no flag."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from threads import at_once

from protocol_app import flags
from protocol_app.cli.main import main
from protocol_app.errors import UserError
from protocol_app.seating.shapes import FlagImage, render_pdf, render_png


@pytest.mark.parametrize(
    ("text", "code"),
    [("BY", "BY"), ("by", "BY"), ("BLR", "BY"), ("Беларусь", "BY"), ("Республика Беларусь", "BY"),
     ("Belarus", "BY"), ("Китай", "CN"), ("Китайская Народная Республика", "CN"), ("Россия", "RU"),
     ("Российская Федерация", "RU"), ("Kazakhstan", "KZ"), ("Иран", "IR"), ("Iran", "IR")],
)  # fmt: skip
def test_a_country_by_its_code_or_its_name(text, code):
    assert flags.resolve_country(text) == code


def test_country_names_in_russian_and_english():
    assert flags.country_name("BY", "ru") == "Беларусь" and flags.country_name("BY", "en") == "Belarus"
    assert flags.country_name("CN", "ru") == "Китай"
    assert flags.country_name("US", "ru") == "Соединённые Штаты Америки"
    with pytest.raises(UserError, match="not a country"):
        flags.resolve_country("Нарния")


def test_every_country_has_a_flag_in_both_forms():
    import pycountry

    missing = [
        c.alpha_2
        for c in pycountry.countries
        if not (flags.svg_path(c.alpha_2) and flags.png_path(c.alpha_2))
    ]
    assert missing == []


def _pdf(marks) -> PdfReader:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(200, 100))
    shapes = [FlagImage(10 + 60 * i, 40, 40, 30, mark) for i, mark in enumerate(marks)]
    render_pdf(shapes, canvas, 0, 0, 200, 100, (200, 100))
    canvas.save()
    return PdfReader(io.BytesIO(out.getvalue()))


def _png(mark) -> Image.Image:
    return render_png([FlagImage(0, 0, 40, 30, mark)], (40, 30), 100).convert("RGB")


def test_a_flag_is_drawn_in_the_pdf_as_a_form_and_an_image_as_an_image():
    own = io.BytesIO()
    Image.new("RGB", (40, 30), "#00aa00").save(own, format="PNG")
    page = _pdf([flags.mark_of("BY"), flags.mark_of("", own.getvalue())]).pages[0]
    kinds = {str(x.get_object()["/Subtype"]) for x in page["/Resources"]["/XObject"].values()}
    assert kinds == {"/Form", "/Image"}


def test_a_png_plan_shows_the_flag_colours():
    image = _png(flags.mark_of("Беларусь"))  # red over green, the ornament at the hoist
    red, green = image.getpixel((100, 20)), image.getpixel((100, 100))
    assert red[0] > 180 and red[1] < 80 and green[1] > 120 and green[0] < 100


def test_no_flag_or_an_unknown_country_gets_the_neutral_mark_never_a_wrong_flag():
    assert flags.mark_of("Нарния").neutral and flags.mark_of("").neutral
    image = _png(flags.mark_of("Нарния"))
    colours = {c for _, c in image.getcolors(10000) or []}
    assert colours <= {(255, 255, 255), (238, 238, 238), (138, 138, 138)} | {
        c for c in colours if max(c) - min(c) < 8
    }  # greys only


def test_side_add_takes_a_country_name_and_a_flag_image(tmp_path, capsys):
    db = str(tmp_path / "s.sqlite")
    assert main(["--db", db, "event", "create", "--title", "Визит", "--date", "2026-07-07"]) == 0
    assert main(["--db", db, "side", "add", "--event", "1", "--name", "Гости", "--guest",
                 "--country", "Беларусь"]) == 0  # fmt: skip
    emblem = tmp_path / "emblem.png"
    Image.new("RGB", (300, 200), "#123456").save(emblem)
    assert main(["--db", db, "side", "add", "--event", "1", "--name", "Свердловская область", "--host",
                 "--country", "RU", "--flag-image", str(emblem)]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--db", db, "event", "show", "1", "--json"]) == 0
    sides = {s["name"]: s for s in json.loads(capsys.readouterr().out)["sides"]}
    assert sides["Гости"]["country"] == "BY" and sides["Гости"]["country_name_en"] == "Belarus"
    assert sides["Свердловская область"]["flag_image"] is True
    bad = tmp_path / "bad.png"
    bad.write_text("not a picture")
    assert main(["--db", db, "side", "add", "--event", "1", "--name", "Третьи", "--guest",
                 "--flag-image", str(bad)]) == 2  # fmt: skip
    assert "not an image" in capsys.readouterr().err
    assert main(["--db", db, "side", "add", "--event", "1", "--name", "Третьи", "--guest", "--country",
                 "Нарния"]) == 2  # fmt: skip


def test_side_update_changes_the_country_and_the_own_flag(tmp_path, capsys):
    db = str(tmp_path / "s.sqlite")
    assert main(["--db", db, "event", "create", "--title", "Визит", "--date", "2026-07-07"]) == 0
    assert main(["--db", db, "side", "add", "--event", "1", "--name", "Гости", "--guest"]) == 0
    emblem = tmp_path / "emblem.jpg"
    Image.new("RGB", (5000, 10), "#123456").save(emblem)
    assert main(["--db", db, "side", "update", "Гости", "--event", "1", "--flag-image", str(emblem)]) == 2
    assert "at most 4000" in capsys.readouterr().err  # nothing written
    capsys.readouterr()
    assert main(["--db", db, "side", "update", "1", "--country", "Kazakhstan", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["country"], record["country_name"], record["flag_image"]) == ("KZ", "Казахстан", False)


def test_an_ambiguous_name_is_no_country():
    assert flags.country_code("Корея") is None and flags.country_code("Южная Корея") == "KR"


def test_one_flag_drawn_by_two_documents_at_once():
    """The window makes a preview and writes a document in two threads at once: both draw the process's one
    copy of a country's flag, which reportlab marks as it walks it; neither may fail."""
    failures: list[BaseException] = []

    def draw(_number: int) -> None:
        try:
            for _ in range(10):
                flags.draw_pdf(Canvas(io.BytesIO()), flags.mark_of("BY"), 0, 0, 30, 20)
        except BaseException as error:  # recorded for the test to see
            failures.append(error)

    at_once(draw, switch=1e-5)
    assert failures == []
