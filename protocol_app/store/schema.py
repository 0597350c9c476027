"""Schema versions of the store, as sqlite-utils migrations.

Append new migrations at the end; never edit one that has shipped. A store that has applied a migration
this program does not know was written by a newer version and is refused (see ``connection.py``).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from protocol_app.flags import country_code
from protocol_app.ladder import shipped_ranks

MIGRATION_SET = "protocol_app"
migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_initial(db: Database) -> None:
    """Events, sides, the directory of organisations and people, participation, agreements,
    programme, seating plans and the rank table."""
    db.executescript(
        """
        CREATE TABLE organisations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_en TEXT NOT NULL DEFAULT '',
            short_name TEXT NOT NULL DEFAULT '',
            short_name_en TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX organisations_name ON organisations(name);

        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            surname TEXT NOT NULL,
            given_name TEXT NOT NULL DEFAULT '',
            patronymic TEXT NOT NULL DEFAULT '',
            latin_name TEXT NOT NULL DEFAULT '',
            latin_suggested INTEGER NOT NULL DEFAULT 0,
            gender TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            position_en TEXT NOT NULL DEFAULT '',
            organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
            biography TEXT NOT NULL DEFAULT '',
            biography_en TEXT NOT NULL DEFAULT '',
            photo BLOB,
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            seniority_date TEXT,
            passport TEXT NOT NULL DEFAULT '',
            birth_date TEXT,
            sample INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX people_surname ON people(surname);

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            title_en TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL,
            end_date TEXT,
            city TEXT NOT NULL DEFAULT '',
            city_en TEXT NOT NULL DEFAULT '',
            venue TEXT NOT NULL DEFAULT '',
            venue_en TEXT NOT NULL DEFAULT '',
            languages TEXT NOT NULL DEFAULT 'ru,en',
            senior_side TEXT NOT NULL DEFAULT 'right' CHECK (senior_side IN ('right', 'left')),
            interpreter_seat TEXT NOT NULL DEFAULT 'right' CHECK (interpreter_seat IN ('right', 'behind')),
            signing_minutes INTEGER NOT NULL DEFAULT 3 CHECK (signing_minutes > 0),
            signing_start TEXT NOT NULL DEFAULT '',
            opening_minutes INTEGER NOT NULL DEFAULT 0 CHECK (opening_minutes >= 0),
            closing_minutes INTEGER NOT NULL DEFAULT 0 CHECK (closing_minutes >= 0),
            purpose TEXT NOT NULL DEFAULT '',
            purpose_en TEXT NOT NULL DEFAULT '',
            points TEXT NOT NULL DEFAULT '',
            points_en TEXT NOT NULL DEFAULT '',
            contacts TEXT NOT NULL DEFAULT '',
            contacts_en TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE sides (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            name_en TEXT NOT NULL DEFAULT '',
            host INTEGER NOT NULL DEFAULT 0,
            country TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            UNIQUE (event_id, name)
        );

        CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
            side_id INTEGER NOT NULL REFERENCES sides(id) ON DELETE RESTRICT,
            role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('principal', 'member', 'signatory',
                'interpreter', 'secretary', 'expert', 'press', 'security')),
            precedence INTEGER CHECK (precedence IS NULL OR precedence >= 1),
            status TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'tentative', 'cancelled')),
            interprets_for INTEGER REFERENCES participants(id) ON DELETE SET NULL,
            notes TEXT NOT NULL DEFAULT '',
            UNIQUE (event_id, person_id)
        );
        CREATE INDEX participants_side ON participants(side_id);

        CREATE TABLE agreements (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            title_en TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL DEFAULT 'corporate' CHECK (level IN ('intergovernmental', 'interregional',
                'scientific', 'corporate')),
            originals INTEGER NOT NULL DEFAULT 2 CHECK (originals >= 1),
            languages TEXT NOT NULL DEFAULT 'ru',
            status TEXT NOT NULL DEFAULT 'ready' CHECK (status IN ('draft', 'agreed', 'ready', 'signed')),
            duration_min INTEGER CHECK (duration_min IS NULL OR duration_min > 0),
            order_no INTEGER,
            programme_order INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX agreements_event ON agreements(event_id);

        CREATE TABLE agreement_parties (
            id INTEGER PRIMARY KEY,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
            side_id INTEGER NOT NULL REFERENCES sides(id) ON DELETE RESTRICT,
            signatory_id INTEGER REFERENCES participants(id) ON DELETE SET NULL,
            UNIQUE (agreement_id, position)
        );

        CREATE TABLE agreement_witnesses (
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (agreement_id, participant_id)
        );

        CREATE TABLE programme_items (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            start TEXT NOT NULL,
            "end" TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            title_en TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            place_en TEXT NOT NULL DEFAULT '',
            press TEXT NOT NULL DEFAULT 'closed' CHECK (press IN ('open', 'closed')),
            participants TEXT NOT NULL DEFAULT '',
            participants_en TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE seating_plans (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            name TEXT NOT NULL DEFAULT '',
            layout TEXT NOT NULL CHECK (layout IN ('negotiation', 'banquet', 'presidium', 'theatre', 'signing')),
            senior_side TEXT NOT NULL DEFAULT 'right' CHECK (senior_side IN ('right', 'left')),
            agreement_id INTEGER REFERENCES agreements(id) ON DELETE CASCADE,
            params TEXT NOT NULL DEFAULT '{}',
            updated TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE seat_assignments (
            plan_id INTEGER NOT NULL REFERENCES seating_plans(id) ON DELETE CASCADE,
            seat TEXT NOT NULL,
            participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
            locked INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (plan_id, seat)
        );

        CREATE TABLE seating_constraints (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('together', 'apart')),
            first_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            second_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            CHECK (first_id != second_id),
            UNIQUE (event_id, kind, first_id, second_id)
        );

        CREATE TABLE ranks (
            id INTEGER PRIMARY KEY,
            position TEXT NOT NULL UNIQUE,
            position_en TEXT NOT NULL DEFAULT '',
            level INTEGER NOT NULL CHECK (level >= 1)
        );
        """
    )
    db.table("ranks").insert_all(
        [{"position": ru, "position_en": en, "level": level} for level, ru, en in DEFAULT_RANKS]
    )


DEFAULT_RANKS: list[tuple[int, str, str]] = [
    (1, "Президент", "President"),
    (2, "Председатель Правительства", "Prime Minister"),
    (2, "Премьер-министр", "Prime Minister"),
    (3, "Заместитель Председателя Правительства", "Deputy Prime Minister"),
    (3, "Заместитель Премьер-министра", "Deputy Prime Minister"),
    (4, "Губернатор", "Governor"),
    (4, "Министр", "Minister"),
    (4, "Посол", "Ambassador"),
    (5, "Вице-губернатор", "Vice-Governor"),
    (5, "Заместитель Председателя Правительства области", "Deputy Chairman of the Regional Government"),
    (6, "Заместитель министра", "Deputy Minister"),
    (6, "Министр области", "Regional Minister"),
    (7, "Руководитель агентства", "Head of agency"),
    (7, "Генеральный консул", "Consul General"),
    (8, "Генеральный директор", "Director General"),
    (8, "Президент академии", "President of the Academy"),
    (9, "Директор", "Director"),
    (10, "Заместитель генерального директора", "Deputy Director General"),
    (11, "Заместитель директора", "Deputy Director"),
    (12, "Начальник управления", "Head of department"),
    (13, "Советник", "Adviser"),
    (14, "Главный специалист", "Chief specialist"),
    (15, "Переводчик", "Interpreter"),
]


_LEVELS_CHECK = "'interstate', 'intergovernmental', 'interagency', 'interregional', 'scientific', 'corporate'"


@migrations(transactional=False)
def m002_event_facts(db: Database) -> None:
    """Facts of one event kept with the participation (position, organisation), a power of attorney on an
    agreement's party, and the six agreement levels of Federal Law No. 101-FZ.

    The level's CHECK can only change by rebuilding ``agreements``: foreign keys are switched off for the
    rebuild (dropping the old table would otherwise cascade to its parties, witnesses and plans), checked
    before the commit, and switched back on. Each step looks before it acts, so a rerun after a crash
    between the commit and the record of the migration does no harm.
    """
    conn = db.conn
    enforced = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            _event_facts(db)
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:  # pragma: no cover - the rebuild keeps every id
                raise RuntimeError(f"the migration would break foreign keys: {broken[:3]}")
    finally:
        conn.execute(f"PRAGMA foreign_keys = {'ON' if enforced else 'OFF'}")


def _event_facts(db: Database) -> None:
    """The schema changes of ``m002_event_facts``, inside its transaction."""
    parts = {c.name for c in db["participants"].columns}
    if "position" not in parts:
        _run(
            db,
            """
            ALTER TABLE participants ADD COLUMN position TEXT NOT NULL DEFAULT '';
            ALTER TABLE participants ADD COLUMN position_en TEXT NOT NULL DEFAULT '';
            ALTER TABLE participants ADD COLUMN organisation_id INTEGER
                REFERENCES organisations(id) ON DELETE SET NULL;
            UPDATE participants SET
                position = (SELECT position FROM people WHERE people.id = participants.person_id),
                position_en = (SELECT position_en FROM people WHERE people.id = participants.person_id),
                organisation_id = (SELECT organisation_id FROM people WHERE people.id = participants.person_id);
            """,
        )
    if "power_of_attorney" not in {c.name for c in db["agreement_parties"].columns}:
        db.execute("ALTER TABLE agreement_parties ADD COLUMN power_of_attorney TEXT NOT NULL DEFAULT ''")
    if "'interstate'" in db["agreements"].schema:
        return
    _run(
        db,
        f"""
        CREATE TABLE agreements_m002 (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            title_en TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL DEFAULT 'corporate' CHECK (level IN ({_LEVELS_CHECK})),
            originals INTEGER NOT NULL DEFAULT 2 CHECK (originals >= 1),
            languages TEXT NOT NULL DEFAULT 'ru',
            status TEXT NOT NULL DEFAULT 'ready' CHECK (status IN ('draft', 'agreed', 'ready', 'signed')),
            duration_min INTEGER CHECK (duration_min IS NULL OR duration_min > 0),
            order_no INTEGER,
            programme_order INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO agreements_m002 (id, event_id, title, title_en, level, originals, languages, status,
            duration_min, order_no, programme_order, notes)
        SELECT id, event_id, title, title_en, level, originals, languages, status, duration_min, order_no,
            programme_order, notes FROM agreements;
        DROP TABLE agreements;
        ALTER TABLE agreements_m002 RENAME TO agreements;
        CREATE INDEX agreements_event ON agreements(event_id);
        """,
    )


def _run(db: Database, script: str) -> None:
    """Run statements one by one in the open transaction (``executescript`` would commit it first)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m003_rank_ladder(db: Database) -> None:
    """The rank ladder of PROTOCOL.md section 4a: the rank table gains a tier, a level for regional posts and
    aliases; the first shipped rows give way to the ladder, rows the officer added or changed are kept on the new
    scale of levels. Sides gain their own flag image (a region's flag or emblem), and a country written as a
    name becomes its ISO code."""
    db.executescript(
        """
        ALTER TABLE ranks ADD COLUMN tier TEXT NOT NULL DEFAULT ''
            CHECK (tier IN ('', 'federal', 'regional'));
        ALTER TABLE ranks ADD COLUMN regional_level INTEGER CHECK (regional_level IS NULL OR regional_level >= 1);
        ALTER TABLE ranks ADD COLUMN aliases TEXT NOT NULL DEFAULT '';
        ALTER TABLE sides ADD COLUMN flag_image BLOB;
        """
    )
    shipped = {(ru, en, level) for level, ru, en in DEFAULT_RANKS}
    for row in list(db.table("ranks").rows):
        if (row["position"], row["position_en"], row["level"]) in shipped:
            db.table("ranks").delete(row["id"])
        else:
            db.table("ranks").update(row["id"], {"level": _OLD_LEVELS.get(row["level"], row["level"] * 10)})
    kept = {r["position"] for r in db.table("ranks").rows}
    db.table("ranks").insert_all(
        {"position": r.position, "position_en": r.position_en, "level": r.level, "tier": r.tier,
         "regional_level": r.regional_level, "aliases": r.aliases}
        for r in shipped_ranks()
        if r.position not in kept
    )  # fmt: skip
    for side_id, country in db.execute("SELECT id, country FROM sides WHERE country != ''").fetchall():
        db.execute("UPDATE sides SET country = ? WHERE id = ?", [country_code(country) or country, side_id])


# Levels of the first rank table (1-15) on the ladder's scale (rungs of ten).
_OLD_LEVELS = {1: 10, 2: 20, 3: 30, 4: 40, 5: 95, 6: 100, 7: 110, 8: 130, 9: 140, 10: 145, 11: 148, 12: 148,
               13: 150, 14: 150, 15: 160}  # fmt: skip


@migrations()
def m004_list_exports(db: Database) -> None:
    """Every attendee list exported is remembered: when, for whom, and what it said about whom (a snapshot
    of each row's fields as JSON), so that the changes since the last list sent can be told."""
    db.executescript(
        """
        CREATE TABLE list_exports (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            made TEXT NOT NULL,
            recipient TEXT NOT NULL DEFAULT '',
            lang TEXT NOT NULL DEFAULT 'ru',
            format TEXT NOT NULL DEFAULT '',
            file TEXT NOT NULL DEFAULT '',
            columns TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX list_exports_event ON list_exports(event_id, made);

        CREATE TABLE list_export_rows (
            export_id INTEGER NOT NULL REFERENCES list_exports(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            fields TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (export_id, position)
        );
        """
    )


@migrations()
def m005_seating_delegations(db: Database) -> None:
    """Seating across delegations: how guest delegations are placed at talks of three or more (by the rank
    of their heads or alphabetically from a letter drawn by lot; the senior guest at the host's right or
    opposite him), and a spouse's link to his or her partner (who lends the spouse his or her rank).
    Each step looks before it acts."""
    events = {c.name for c in db["events"].columns}
    if "delegation_order" not in events:
        _run(
            db,
            """
            ALTER TABLE events ADD COLUMN delegation_order TEXT NOT NULL DEFAULT 'rank'
                CHECK (delegation_order IN ('rank', 'alphabet'));
            ALTER TABLE events ADD COLUMN delegation_letter TEXT NOT NULL DEFAULT '';
            ALTER TABLE events ADD COLUMN senior_guest TEXT NOT NULL DEFAULT 'right'
                CHECK (senior_guest IN ('right', 'opposite'))
            """,
        )
    if "partner_id" not in {c.name for c in db["participants"].columns}:
        db.execute(
            "ALTER TABLE participants ADD COLUMN partner_id INTEGER REFERENCES participants(id) ON DELETE SET NULL"
        )


@migrations()
def m006_names_and_texts(db: Database) -> None:
    """Names by culture (PROTOCOL.md 4b): the passport's Latin surname and given names apart, a name order,
    an honorific apart from the name, and the Cyrillic form Russian papers print (Palladius's system).
    Each column is added only when missing."""
    columns = {c.name for c in db["people"].columns}
    added = {
        "latin_surname": "TEXT NOT NULL DEFAULT ''",
        "latin_given": "TEXT NOT NULL DEFAULT ''",
        "name_order": "TEXT NOT NULL DEFAULT '' CHECK (name_order IN ('', 'surname_first', 'given_first'))",
        "honorific": "TEXT NOT NULL DEFAULT ''",
        "name_cyrillic": "TEXT NOT NULL DEFAULT ''",
    }
    for name, kind in added.items():
        if name not in columns:
            db.execute(f"ALTER TABLE people ADD COLUMN {name} {kind}")


LINK_INDEXES: list[tuple[str, str]] = [
    ("people", "organisation_id"),
    ("participants", "person_id"),
    ("participants", "organisation_id"),
    ("participants", "interprets_for"),
    ("participants", "partner_id"),
    ("agreement_parties", "organisation_id"),
    ("agreement_parties", "side_id"),
    ("agreement_parties", "signatory_id"),
    ("agreement_witnesses", "participant_id"),
    ("programme_items", "event_id"),
    ("seating_plans", "event_id"),
    ("seating_plans", "agreement_id"),
    ("seat_assignments", "participant_id"),
    ("seating_constraints", "first_id"),
    ("seating_constraints", "second_id"),
    ("list_export_rows", "person_id"),
]
"""Every link (foreign key) that had no index of its own. Without one, deleting a row makes SQLite scan the
whole linking table for each row deleted: undoing an import of 10,000 people took 20 s."""


@migrations()
def m007_link_indexes(db: Database) -> None:
    """An index on every link, so deleting (an undone import, a removed event) checks links in an index."""
    for table, column in LINK_INDEXES:
        db.execute(f"CREATE INDEX IF NOT EXISTS {table}_{column} ON {table}({column})")


MOSTLY_EMPTY_LINKS: list[tuple[str, str]] = [
    ("participants", "interprets_for"),
    ("participants", "partner_id"),
]
"""Links (m007's indexes) that almost every row leaves empty: their indexes hold the rows that link only
(partial indexes). A link of NULL refers to nothing, so a delete's look-up ``column = id`` finds all it must
in them, and an import of 10,000 participants does not add 20,000 index entries of NULL."""


@migrations()
def m008_imp10(db: Database) -> None:
    """The indexes of links almost every row leaves empty (``MOSTLY_EMPTY_LINKS``) hold only rows that link."""
    for table, column in MOSTLY_EMPTY_LINKS:
        db.execute(f"DROP INDEX IF EXISTS {table}_{column}")
        db.execute(f"CREATE INDEX {table}_{column} ON {table}({column}) WHERE {column} IS NOT NULL")


@migrations()
def m009_participant_honorific(db: Database) -> None:
    """An honorific (H.E., Sheikh, Dr) is a fact of an event, as a position is: each participation keeps its
    own, first the person's (the directory's keeps the latest as the default for the next event)."""
    if "honorific" not in {c.name for c in db["participants"].columns}:
        _run(
            db,
            """
            ALTER TABLE participants ADD COLUMN honorific TEXT NOT NULL DEFAULT '';
            UPDATE participants SET
                honorific = (SELECT honorific FROM people WHERE people.id = participants.person_id)
            """,
        )
