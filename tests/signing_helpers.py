"""A small ceremony builder shared by the signing tests (no tests here)."""

from __future__ import annotations

from protocol_app.model import NewAgreement, NewEvent, NewParticipant, NewPerson, NewSide, Party
from protocol_app.names import icao_latin
from protocol_app.signing import signing_plan
from protocol_app.store import agreements, directory, events, participants


class Ceremony:
    """An event with a host and a guest side, and helpers to add people, organisations and agreements."""

    def __init__(self, db, start: str = "10:00", **event_fields) -> None:
        self.db = db
        self.event_id = events.create_event(
            db, NewEvent(title="Церемония", date="2024-07-09", signing_start=start, **event_fields)
        )
        self.sides = {
            "host": events.add_side(db, NewSide(self.event_id, "Хозяева", True, name_en="Hosts")),
            "guest": events.add_side(db, NewSide(self.event_id, "Гости", False, name_en="Guests")),
        }
        self.orgs: dict[str, int] = {}

    def org(self, name: str) -> int:
        if name not in self.orgs:
            self.orgs[name] = directory.get_or_add_organisation(self.db, name, name_en=f"{name} (en)").id
        return self.orgs[name]

    def person(
        self,
        surname: str,
        side: str = "host",
        precedence: int | None = None,
        status: str = "confirmed",
        position: str = "Директор",
        given: str = "Иван",
        patronymic: str = "Петрович",
    ) -> int:
        person_id = directory.add_person(
            self.db,
            NewPerson(
                surname=surname,
                given_name=given,
                patronymic=patronymic,
                position=position,
                position_en="Director",
                latin_name=f"Ivan {icao_latin('', surname.rstrip('0123456789'))}",
            ),
        )
        return participants.add_participant(
            self.db,
            NewParticipant(
                event_id=self.event_id,
                person_id=person_id,
                side_id=self.sides[side],
                role="signatory",
                precedence=precedence,
                status=status,
            ),
        )

    def someone(self, person: NewPerson, side: str = "guest", precedence: int | None = None) -> int:
        """A participant whose name is given whole (a Chinese, Arabic or Indian name)."""
        return participants.add_participant(
            self.db,
            NewParticipant(
                event_id=self.event_id,
                person_id=directory.add_person(self.db, person),
                side_id=self.sides[side],
                role="signatory",
                precedence=precedence,
                status="confirmed",
            ),
        )

    def agreement(
        self,
        title: str,
        *parties: tuple[str, str, int | None],
        witnesses: list[int] | None = None,
        attorney: bool = True,
        **fields,
    ) -> int:
        """``parties``: (organisation name, "host"|"guest", signatory participant id or None); a signatory
        of no organisation yet represents the party he or she signs for; one who represents another signs
        under a power of attorney unless ``attorney`` is False."""
        stored = []
        for org, side, signatory in parties:
            part = participants.get_participant(self.db, signatory) if signatory is not None else None
            if part is not None and part.organisation_id is None:
                part.organisation_id = self.org(org)
                participants.update_participant(self.db, part)
            power = "доверенность № 1" if attorney and part and part.organisation_id != self.org(org) else ""
            stored.append(Party(self.org(org), self.sides[side], signatory, power_of_attorney=power))
        return agreements.add_agreement(
            self.db,
            NewAgreement(
                event_id=self.event_id,
                title=title,
                parties=stored,
                witness_ids=witnesses or [],
                **{"title_en": f"{title} (en)", **fields},
            ),
        )

    def plan(self, start: str | None = None):
        return signing_plan(self.db, self.event_id, start)

    def bilateral(self, title: str, host_signatory: int, guest_signatory: int, **fields) -> int:
        return self.agreement(
            title, (f"{title} А", "host", host_signatory), (f"{title} Б", "guest", guest_signatory), **fields
        )
