"""Bench: the rank ladder and the flags. Prints the time to derive precedence for N participants of eight
delegations (positions as officers write them, a third unknown to the ladder), and the time and size of flags
drawn into a PDF and a PNG.

Run: python bench/bench_ladder_flags.py [--people N]
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from protocol_app import flags
from protocol_app.ladder import shipped_ranks
from protocol_app.model import Attendee, Participant, Person, Side
from protocol_app.precedence import compute_standings

POSITIONS = [
    "Губернатор Свердловской области", "Министр промышленности Свердловской области",
    "Генеральный директор АО «Завод №{}»", "зам. министра", "Директор департамента {}", "Советник",
    "Переводчик", "Главный специалист отдела {}", "Стажёр {}", "Vice-Minister of Commerce",
]  # fmt: skip
COUNTRIES = ["BY", "RU", "CN", "KZ", "IN", "DE", "AE", "SA", "BR", "US"]


def people(count: int) -> list[Attendee]:
    rnd = random.Random(11)
    sides = [Side(1, f"S{i}", i == 0, country=COUNTRIES[i], id=i + 1) for i in range(8)]
    return [
        Attendee(
            Participant(1, n, 1, id=n + 1),
            Person(surname=f"Ф{n}", position=rnd.choice(POSITIONS).format(rnd.randint(1, 3000)), id=n + 1),
            rnd.choice(sides),
        )
        for n in range(count)
    ]


def timed(label: str, action) -> None:
    """Run ``action`` and print its time; a text it returns is printed after the time."""
    start = time.perf_counter()
    extra = action()
    print(f"{label:<52} {time.perf_counter() - start:7.3f} s {extra if isinstance(extra, str) else ''}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=10_000)
    args = parser.parse_args()
    crowd = people(args.people)
    for when in ("first, cold", "again"):
        timed(
            f"precedence of {args.people} people ({when})", lambda: compute_standings(crowd, shipped_ranks())
        )

    def pdf() -> str:
        out = io.BytesIO()
        canvas = Canvas(out)
        for i in range(100):
            flags.draw_pdf(
                canvas, flags.mark_of(COUNTRIES[i % 10]), 20 + i % 10 * 55, 20 + i // 10 * 70, 40, 30
            )
        canvas.save()
        return f"({len(out.getvalue()) // 1024} KB: one form XObject per country)"

    def png() -> None:
        image = Image.new("RGB", (2000, 1000), "white")
        for i in range(100):
            flags.draw_pil(image, flags.mark_of(COUNTRIES[i % 10]), i % 10 * 190, i // 10 * 95, 160, 90)

    timed("100 flags of 10 countries into a PDF (first)", pdf)
    timed("100 flags of 10 countries into a PDF (again)", pdf)
    timed("100 flags of 10 countries into a PNG", png)
    root = Path(__file__).resolve().parents[1] / "resources" / "flags"
    for folder in ("4x3", "png"):
        files = list((root / folder).iterdir())
        print(
            f"resources/flags/{folder}: {len(files)} files, {sum(f.stat().st_size for f in files) // 1024} KB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
