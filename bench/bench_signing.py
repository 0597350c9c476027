"""Bench: an Innoprom-scale signing ceremony (400 agreements, 800 signatories) ordered, timed and
written to DOCX and PDF. Prints the time of each step and the total against the 10 s target.

Run: python bench/bench_signing.py [--agreements N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from protocol_app.model import Level, NewAgreement, NewEvent, NewParticipant, NewPerson, NewSide, Party
from protocol_app.signing import signing_document, signing_plan
from protocol_app.signing.diagrams import diagram_blocks
from protocol_app.signing.records import signing_record
from protocol_app.store import agreements, directory, events, open_store, participants

TARGET_S = 10.0
POSITIONS = ["Генеральный директор", "Директор", "Министр", "Заместитель министра", "Ректор", "Председатель"]


def build(db, count: int) -> int:
    """An event with ``count`` bilateral agreements, each with its own two organisations and signatories."""
    rnd = random.Random(407)
    with db.atomic():
        event_id = events.create_event(
            db,
            NewEvent(
                title="Иннопром — церемония", date="2024-07-09", signing_start="09:00", closing_minutes=10
            ),
        )
        sides = [
            events.add_side(db, NewSide(event_id, "Свердловская область", True)),
            events.add_side(db, NewSide(event_id, "Республика Беларусь", False)),
        ]
        principals = []
        for n, side in enumerate(sides):
            person = directory.add_person(
                db, NewPerson(surname=f"Глава{n}", given_name="Иван", position="Губернатор")
            )
            principals.append(
                participants.add_participant(db, NewParticipant(event_id, person, side, role="principal"))
            )
        for k in range(count):
            parties = []
            for n, side in enumerate(sides):
                org_id = directory.get_or_add_organisation(db, f"ООО «Предприятие {k}-{n}»").id
                person = directory.add_person(
                    db,
                    NewPerson(
                        surname=f"Подписант{k:03d}{'АБ'[n]}",
                        given_name="Пётр",
                        patronymic="Сергеевич",
                        position=rnd.choice(POSITIONS),
                        organisation_id=org_id,
                    ),
                )
                signatory = participants.add_participant(
                    db, NewParticipant(event_id, person, side, role="signatory")
                )
                parties.append(Party(org_id or 0, side, signatory))
            agreements.add_agreement(
                db,
                NewAgreement(
                    event_id=event_id,
                    title=f"Соглашение о сотрудничестве № {k + 1} в области промышленной кооперации",
                    title_en=f"Cooperation Agreement No. {k + 1} on Industrial Cooperation",
                    level=rnd.choice(list(Level)).value,
                    originals=rnd.choice([2, 2, 2, 4]),
                    languages=rnd.choice(["ru", "ru,en"]),
                    parties=parties,
                    witness_ids=principals,
                ),
            )
    return event_id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agreements", type=int, default=400)
    parser.add_argument("--keep", metavar="DIR", help="write the files into DIR and keep them")
    args = parser.parse_args()
    out = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench_signing_"))
    out.mkdir(parents=True, exist_ok=True)
    db = open_store(memory=True)
    t0 = time.perf_counter()
    event_id = build(db, args.agreements)
    setup = time.perf_counter() - t0

    from protocol_app.documents.docx import write_docx
    from protocol_app.documents.pdf import write_pdf

    steps: list[tuple[str, float]] = []

    def step(name: str, fn):
        start = time.perf_counter()
        result = fn()
        steps.append((name, time.perf_counter() - start))
        return result

    plan = step("order + time + problems", lambda: signing_plan(db, event_id))
    step("JSON record", lambda: signing_record(plan))
    extra = step("table diagrams (a note over 40)", lambda: diagram_blocks(db, plan, ["ru"]))
    doc = step("document model (ru)", lambda: signing_document(plan, ["ru"], extra))
    step("DOCX", lambda: write_docx(doc, out / "signing.docx"))
    step("PDF", lambda: write_pdf(doc, out / "signing.pdf"))
    total = sum(s for _, s in steps)
    signatories = sum(1 for i in plan.items for p in i.parties if p.signatory)
    print(f"ceremony: {len(plan.items)} agreements, {signatories} signatories, {len(plan.problems)} problems")
    print(f"setup (store, not counted): {setup:6.2f} s")
    for name, seconds in steps:
        print(f"{name:<32} {seconds:6.2f} s")
    print(f"{'total':<32} {total:6.2f} s  (target {TARGET_S:.0f} s: {total / TARGET_S:.0%} of it)")
    for f in ("signing.docx", "signing.pdf"):
        print(f"{f}: {(out / f).stat().st_size / 1024:.0f} KiB in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
