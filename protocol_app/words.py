"""The one words module: the language of a paper (``Lang``), the words for the codes of the model, the words
of documents, and the rule that an English text never silently prints a Russian word.

The core speaks in codes and facts; this module words them in Russian or English (the UI translates its own
window texts with Qt). A language choice enters once, as ``Lang.parse`` of a CLI option or a combo's value,
and travels as that value to the writers. In a bilingual paper Russian comes first and English below it, in
italics, everywhere: headings join both with a slash, paragraphs and table cells put the English under the
Russian.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from protocol_app.error_words import ERROR_WORDS
from protocol_app.errors import UserError
from protocol_app.names import icao_latin, is_cyrillic


class Lang(StrEnum):
    """The language of a paper: Russian, English, or both (Russian first)."""

    RU = "ru"
    EN = "en"
    RU_EN = "ru+en"

    @classmethod
    def parse(cls, value: str) -> Lang:
        """``"ru"``, ``"en"`` or ``"ru+en"`` (also ``"ru,en"``, ``"en+ru"``); anything else is refused."""
        parts = [p.strip().casefold() for p in str(value).replace(",", "+").split("+") if p.strip()]
        if not parts or any(p not in ("ru", "en") for p in parts):
            raise UserError(said("bad_language", value=value), column="lang")
        return cls.RU_EN if len(set(parts)) == 2 else cls(parts[0])

    @property
    def langs(self) -> list[str]:
        """The single languages of the paper in their order: ["ru"], ["en"] or ["ru", "en"]."""
        return ["ru", "en"] if self is Lang.RU_EN else [self.value]

    @property
    def english(self) -> bool:
        """True when the paper prints English (so every text needs its English form)."""
        return self is not Lang.RU


TRANSLITERATED = ("транслитерация", "transliterated")


def english(ru: str, en: str) -> str:
    """The English text where there is one; else a Russian text transliterated and marked as such
    ("Gubernator Ulianovskoi oblasti (transliterated)"), never a Russian word; else the text as it is."""
    if en.strip():
        return en
    if is_cyrillic(ru):
        latin = " ".join(icao_latin("", line) for line in ru.splitlines())
        return f"{latin} ({TRANSLITERATED[1]})"
    return ru


LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "role": {
        "principal": ("глава делегации", "head of delegation"),
        "member": ("член делегации", "member"),
        "signatory": ("подписант", "signatory"),
        "interpreter": ("переводчик", "interpreter"),
        "secretary": ("секретарь", "secretary"),
        "expert": ("эксперт", "expert"),
        "press": ("пресса", "press"),
        "security": ("охрана", "security"),
    },
    "level": {
        "interstate": ("межгосударственное", "interstate"),
        "intergovernmental": ("межправительственное", "intergovernmental"),
        "interagency": ("межведомственное", "interagency"),
        "interregional": ("межрегиональное", "interregional"),
        "scientific": ("научно-техническое", "scientific and technical"),
        "corporate": ("корпоративное", "corporate"),
    },
    "agreement_status": {
        "draft": ("проект", "draft"),
        "agreed": ("согласовано", "agreed"),
        "ready": ("готово к подписанию", "ready for signing"),
        "signed": ("подписано", "signed"),
    },
    "status": {
        "confirmed": ("подтверждён", "confirmed"),
        "tentative": ("не подтверждён", "tentative"),
        "cancelled": ("отменён", "cancelled"),
    },
    "press": {
        "open": ("открыто для прессы", "open to press"),
        "closed": ("закрыто для прессы", "closed to press"),
    },
    "side": {"host": ("принимающая сторона", "host side"), "guest": ("гостевая сторона", "guest side")},
    "english_field": {
        "event_title": ("название мероприятия", "the event's title"),
        "city": ("город", "the city"),
        "venue": ("место проведения", "the venue"),
        "purpose": ("цель встречи", "the purpose of the meeting"),
        "points": ("вопросы для обсуждения", "the points to raise"),
        "contacts": ("контакты", "the contacts"),
        "side": ("сторона", "a side"),
        "latin_name": ("имя латиницей", "the Latin spelling of a name"),
        "organisation": ("организация", "an organisation"),
        "position": ("должность", "the position"),
        "programme_title": ("пункт программы", "a programme item"),
        "programme_place": ("место пункта программы", "the place of a programme item"),
        "agreement_title": ("название документа", "a document's title"),
    },
}

WORDS: dict[str, tuple[str, str]] = {
    "pack": ("Справочные материалы", "Briefing pack"),
    "contents": ("Содержание", "Contents"),
    "date": ("Дата", "Date"),
    "place": ("Место проведения", "Venue"),
    "sides": ("Стороны", "Parties"),
    "head": ("Глава делегации", "Head of delegation"),
    "purpose": ("Цель встречи", "Purpose of the meeting"),
    "points": ("Вопросы для обсуждения", "Points to raise"),
    "programme": ("Программа и сценарий", "Programme and scenario"),
    "time": ("Время", "Time"),
    "item": ("Мероприятие", "Event"),
    "venue": ("Место", "Place"),
    "press": ("Пресса", "Press"),
    "with": ("Участвуют", "Participants"),
    "participants": ("Участники", "Participants"),
    "no": ("№", "No."),
    "name": ("Фамилия, имя, отчество", "Name"),
    "position": ("Должность, организация", "Position, organisation"),
    "role": ("Роль", "Role"),
    "biographies": ("Биографические справки", "Biographies"),
    "seating": ("Рассадка", "Seating plans"),
    "contacts": ("Контакты", "Contacts"),
    "tentative": ("участие не подтверждено", "not confirmed"),
    "more_sides": ("Делегации других сторон", "Delegations of other parties"),
    "no_signatory": ("подписант не назначен", "no signatory named"),  # stands where a name would be
    "card_fold": ("линия сгиба", "fold"),  # place cards
    "card_outer": ("сторона для собеседников", "face to the other side"),
    "card_inner": ("сторона для владельца", "face to the owner"),
}


def word(key: str, lang: str, table: dict[str, tuple[str, str]] | None = None) -> str:
    """The word of ``key`` in one language, from ``table`` (a paper's own words) or the common ``WORDS``."""
    ru, en = (WORDS if table is None else table)[key]
    return en if lang == "en" else ru


def w(key: str, langs: list[str], sep: str = " / ", table: dict[str, tuple[str, str]] | None = None) -> str:
    """The word of ``key`` in every language of the paper, joined: «Участники / Participants»; a word the same in
    both («№») once."""
    return sep.join(dict.fromkeys(word(key, lang, table) for lang in langs))


def pick(lang: str, ru: str, en: str) -> str:
    """The text in ``lang``: in English the English text, else the Russian marked as transliterated."""
    return english(ru, en) if lang == "en" else ru


def joined(langs: list[str], ru: str, en: str, sep: str = " / ") -> str:
    """The text in every language on one line: «Ульяновская область / Ulyanovsk Region»."""
    return sep.join(dict.fromkeys(t for t in (pick(lang, ru, en) for lang in langs) if t))


def label(kind: str, code: str, lang: str = "ru") -> str:
    """The word for ``code`` of ``kind`` (role, level, ...) in ``lang`` ("ru" or "en"); the code if unknown."""
    pair = LABELS.get(kind, {}).get(code)
    if pair is None:
        return code
    return pair[1] if lang == "en" else pair[0]


@dataclass(frozen=True)
class Label:
    """The word of a code (``label``) as a fact of a message, worded in the message's language."""

    kind: str
    code: str

    def text(self, lang: str = "en") -> str:
        return label(self.kind, self.code, lang)


@dataclass(frozen=True)
class InLanguage:
    """A fact of a message that has a Russian and an English form (a person's short name, a delegation's
    name), worded in the message's language."""

    ru: str
    en: str

    def text(self, lang: str = "en") -> str:
        return self.en if lang == "en" else self.ru


def code_for(kind: str, text: str) -> str | None:
    """The code whose Russian or English word (or the code itself) is ``text``, ignoring case."""
    key = text.strip().casefold()
    for code, (ru, en) in LABELS.get(kind, {}).items():
        if key in (code, ru.casefold(), en.casefold()):
            return code
    return None


# The words of each paper (signing papers, originals, diagrams, the change list, the script).
PAPER_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "list": {
        "title": ("Список участников", "List of participants"),
        "number": ("№", "No."),
        "side": ("Сторона", "Side"),
        "precedence": ("Приоритет", "Precedence"),
        "full_name": ("ФИО", "Full name"),
        "position": ("Должность", "Position"),
        "organisation": ("Организация", "Organisation"),
        "role": ("Роль", "Role"),
        "latin_name": ("Имя латиницей", "Latin name"),
        "passport": ("Паспорт", "Passport"),
        "birth_date": ("Дата рождения", "Date of birth"),
    },
    "signing": {
        "title": ("Церемония подписания соглашений", "Signing ceremony"),
        "order": ("Порядок подписания", "Signing order"),
        "time": ("Время", "Time"),
        "no": ("№", "№"),
        "agreement": ("Наименование документа", "Title of the document"),
        "parties": ("Стороны", "Parties"),
        "signatories": ("Подписанты", "Signatories"),
        "originals": ("Экз.", "Orig."),
        "witnesses": ("В присутствии", "In the presence of"),
        "problems": ("Замечания", "Problems"),
        "no_problems": ("Замечаний нет.", "No problems found."),
        "script": ("Сценарий для ведущего", "The announcer's script"),
        "alternat": ("Подлинные экземпляры (альтернат)", "Originals (the alternat)"),
        "alternat_note": (
            "В экземпляре каждой стороны эта сторона названа первой, а блок подписи её подписанта стоит на "
            "первом (левом) месте.",
            "In each party's own original that party is named first and its signatory's block stands in the "
            "first (left) place.",
        ),
        "original": ("Экземпляр", "Original"),
        "keeper": ("Хранится у стороны", "Kept by"),
        "language": ("Язык", "Language"),
        "blocks": ("Блоки подписи слева направо", "Signature blocks, left to right"),
        "folders": ("Папки подписантов", "Signatories' folders"),
        "folders_note": (
            "Папка кладётся перед подписантом; в ней экземпляры, которые хранит его сторона.",
            "The folder is laid before the signatory; it holds the originals his or her party keeps.",
        ),
        "folder_of": ("Папка", "Folder of"),
        "in_folder": ("Экземпляры в папке", "Originals in the folder"),
        "opening": ("Открытие церемонии", "Opening"),
        "closing": ("Фотографирование", "Group photo"),
        "no_time": ("время не задано", "no start time"),
        "chair": ("Место", "Chair"),
        "done": ("Отм.", "Done"),
        "by_hand": ("порядок задан вручную", "order set by hand"),
        "stored_originals": (
            "* Экземпляров указано {n} — меньше, чем сторон; готовится {count}, по одному каждой стороне.",
            "* Originals stored: {n}, fewer than the parties; {count} are prepared, one for each party.",
        ),
        "none": ("Соглашений к подписанию нет.", "No agreements to sign."),
    },
    "originals": {
        "heading": ("Тексты экземпляров", "The originals' texts"),
        "original": (
            "Экземпляр {label} — хранится у стороны: {keeper}",
            "Original {label}, kept by {keeper}",
        ),
        "signed_by": ("подписант — {who}", "signed by {who}"),
        "power": ("по доверенности: {text}", "under power of attorney: {text}"),
        "one_part": ("с одной стороны", "of the one part"),
        "other_part": ("с другой стороны", "of the other part"),
        "agreed": (
            "далее вместе именуемые «Стороны», заключили {kind} о нижеследующем:",
            "hereinafter together referred to as the Parties, have agreed as follows:",
        ),
        "kind": ("настоящее соглашение", "this agreement"),
        "for": ("За", "For"),
        "text_in": ("Текст {language}", "Text {language}"),
        "to_supply": (
            "[Текст на этом языке предоставляется стороной: программа его не составляет]",
            "[The text in this language is to be supplied by the party: the program does not write it]",
        ),
    },
    "diagrams": {
        "heading": ("Схемы стола подписания", "Signing table diagrams"),
        "too_many": (
            "Схемы не приложены: соглашений больше {n}. Схему одного соглашения можно напечатать отдельно, "
            "как план рассадки «подписание» для этого соглашения.",
            "Diagrams left out: more than {n} agreements. One agreement's table can be printed on its own, "
            "as the seating plan of the signing layout for that agreement.",
        ),
        "failed": (
            "№ {order}: схему нарисовать нельзя: {reason}",
            "No. {order}: no diagram can be drawn: {reason}",
        ),
    },
    "changes": {
        "title": ("Изменения в списке участников", "Changes to the list of participants"),
        "since": ("По сравнению со списком от {made}", "Since the list of {made}"),
        "for": (", отправленным: {recipient}", ", sent to: {recipient}"),
        "summary": (
            "Добавлены: {a} · Исключены: {r} · Изменены: {c}",
            "Added: {a} · Removed: {r} · Changed: {c}",
        ),
        "added": ("Добавлены", "Added"),
        "removed": ("Исключены", "Removed"),
        "changed": ("Изменены", "Changed"),
        "none": ("Изменений нет.", "No changes."),
        "field": ("Поле", "Field"),
        "was": ("Было", "Was"),
        "now": ("Стало", "Now"),
        "change": ("Изменение", "Change"),
    },
    "script": {
        "opening": ("Вступительное слово. Приветствие участников церемонии.", "Opening remarks. Welcome."),
        "closing": ("Общее фотографирование. Церемония завершена.", "Group photo. End of the ceremony."),
    },
}

# Messages of the core: a code and its facts, worded here (Russian, English); the refusals are in ERROR_WORDS.
MESSAGES: dict[str, tuple[str, str]] = {
    "no_start": (
        "Не задано время начала церемонии: укажите его в настройках мероприятия.",
        "The ceremony has no start time: set it in the event.",
    ),
    "overruns_programme": (
        "Церемония ({start}–{end}) не укладывается в программу: «{step}» {step_start}–{step_end}.",
        "The ceremony ({start}–{end}) does not fit its step of the programme: “{step}” {step_start}–{step_end}.",
    ),
    "past_midnight": (
        "Церемония заканчивается после полуночи ({end}).",
        "The ceremony runs past midnight (it ends at {end}).",
    ),
    "order_clash": (
        "Номер {number} в порядке подписания задан вручную нескольким соглашениям.",
        "Order number {number} is set by hand for several agreements.",
    ),
    "too_few_parties": (
        "№ {order} «{title}»: сторон меньше двух ({count}).",
        "No. {order} “{title}”: fewer than two parties ({count}).",
    ),
    "party_without_signatory": (
        "№ {order} «{title}»: у стороны {party} ({organisation}) нет подписанта.",
        "No. {order} “{title}”: party {party} ({organisation}) has no signatory.",
    ),
    "signatory_not_participant": (
        "№ {order} «{title}»: подписант стороны {party} ({organisation}) не участвует в мероприятии.",
        "No. {order} “{title}”: the signatory of party {party} ({organisation}) is not a participant "
        "of the event.",
    ),
    "signatory_not_confirmed": (
        "№ {order} «{title}»: подписант {name} ({organisation}) — статус участия «{status}».",
        "No. {order} “{title}”: the signatory {name} ({organisation}) is {status}, not confirmed.",
    ),
    "signatory_other_side": (
        "№ {order} «{title}»: {name} подписывает за сторону «{side}», а входит в делегацию «{own_side}».",
        "No. {order} “{title}”: {name} signs for the side “{side}” but belongs to “{own_side}”.",
    ),
    "signatory_other_organisation": (
        "№ {order} «{title}»: {name} подписывает за {organisation}, а на мероприятии представляет "
        "{own_organisation}; укажите доверенность или замените подписанта.",
        "No. {order} “{title}”: {name} signs for {organisation} but represents {own_organisation} at the "
        "event; record a power of attorney or change the signatory.",
    ),
    "two_roles": (
        "{name} на церемонии и {first}, и {second} (№ {orders}): одному человеку — одна роль.",
        "{name} is both {first} and {second} at the ceremony (No. {orders}): one person, one role.",
    ),
    "same_signatory": (
        "№ {order} «{title}»: {name} подписывает за несколько сторон одного соглашения.",
        "No. {order} “{title}”: {name} signs for more than one party of the same agreement.",
    ),
    "back_to_back": (
        "№ {order} и № {next}: {name} подписывает два соглашения подряд и должен пересесть {place} {next_place}.",
        "No. {order} and No. {next}: {name} signs two agreements back to back and must move {place} {next_place}.",
    ),
    "witness_not_participant": (
        "№ {order} «{title}»: присутствующий при подписании не участвует в мероприятии.",
        "No. {order} “{title}”: a witness is not a participant of the event.",
    ),
    "witness_absent": (
        "№ {order} «{title}»: присутствующий при подписании {name} — статус участия «{status}».",
        "No. {order} “{title}”: the witness {name} is {status}, not confirmed.",
    ),
    "witness_signs": (
        "№ {order} «{title}»: {name} указан и подписантом, и присутствующим.",
        "No. {order} “{title}”: {name} is both a signatory and a witness.",
    ),
    "few_originals": (
        "№ {order} «{title}»: указано экземпляров {originals} — меньше, чем сторон ({count}); готовится "
        "{count}, по одному для каждой стороны. Исправьте число экземпляров в соглашении.",
        "No. {order} “{title}”: {originals} original(s) stored, fewer than the parties ({count}); {count} are "
        "prepared, one for each party. Correct the number of originals in the agreement.",
    ),
    "not_ready": (
        "№ {order} «{title}»: статус «{status}», а не «готово к подписанию».",
        "No. {order} “{title}”: the status is “{status}”, not “ready for signing”.",
    ),
    "language_to_supply": (
        "№ {order} «{title}»: текст {in_language} предоставляется стороной (программа его не составляет).",
        "No. {order} “{title}”: the text {in_language} is to be supplied by the party (the program does not "
        "write it).",
    ),
    "one_name_column": (
        "в файле только один столбец с именем: он прочитан как ФИО",
        "the file has one name column only; it is read as the full name",
    ),
    "only_initials": (
        "только инициалы у {surname}: для документов и карточек нужно полное имя",
        "only initials for {surname}: documents and cards need the full name",
    ),
    "precedence_repeated": (
        "старшинство {precedence} стороны «{side}» указано и в строке {other}",
        "precedence {precedence} in {side} is also given in row {other}",
    ),
    "no_name": ("нет имени: в строке нужна фамилия", "no name: the row needs a surname"),
    "digits_in_name": (
        "не имя: в «{text}» есть цифры; напишите имя человека буквами",
        "not a name: {text!r} holds digits; write the person's name in letters",
    ),
    "mixed_letters": (
        "{column}: в «{text}» латинские буквы среди русских (или наоборот), похожие на них; прочитано "
        "русскими (латинскими) буквами: проверьте раскладку клавиатуры в файле",
        "{column}: {text!r} has Latin letters among Cyrillic ones (or the other way round) that look alike; "
        "read in one alphabet: check the keyboard layout of the file",
    ),
    "formula_in_name": (
        "{column}: «{text}» похоже на формулу таблицы; сохранено и выгружается как текст, не как формула: "
        "проверьте имя",
        "{column}: {text!r} looks like a spreadsheet formula; it is kept as text and exported as text, never as "
        "a formula: check the name",
    ),
    "no_latin_name": (
        "у «{name}» нет написания латиницей (имя не русскими и не латинскими буквами): английские документы "
        "напечатают имя как оно написано и предупредят об этом; дайте написание из паспорта в столбце "
        "«Имя латиницей»",
        "{name!r} has no Latin spelling (the name is in neither Latin nor Cyrillic letters): English papers "
        "print the name as it is written and warn of it; give the passport's spelling in a Latin name column "
        "(Имя латиницей)",
    ),
    "latin_surname_unsure": (
        "какое слово латинского имени «{text}» — фамилия? Принято «{surname}»; напишите фамилию заглавными "
        "буквами или дайте латинские фамилию и имя в двух столбцах (Фамилия (лат.), Имя (лат.))",
        "which word of the Latin name {text!r} is the surname? Taken as {surname!r}; write the surname in "
        "capitals, or give the Latin surname and given names in two columns (Фамилия (лат.), Имя (лат.))",
    ),
    "unknown_side": (
        "у мероприятия нет стороны «{text}»; его стороны: {sides} (добавьте сторону или исправьте название)",
        "the event has no side {text!r}; its sides are: {sides} (add the side to the event, or correct the "
        "name)",
    ),
    "no_side": ("для этого человека не указана сторона", "no side given for this person"),
    "repeated_row": (
        "{written} повторяет строку {other}; строки объединены в одного человека",
        "{written} repeats row {other}; the rows are merged into one person",
    ),
    "ambiguous_person": (
        "в справочнике {count} человек с именем {name}; строка отнесена к человеку с id {id}",
        "{count} people in the directory are named {name}; the row is taken for the one with id {id}",
    ),
    "spelling_slip": (
        "{written} отнесено к {name} из справочника (id {id}) как опечатка ({score}%); если это два человека, "
        "исправьте имя в файле или дайте имя латиницей в списке участников",
        "{written} is taken for {name} of the directory (id {id}), a spelling slip ({score}%); if they are two "
        "people, correct the name in the file, or give the Latin name in the attendee list",
    ),
    "patronymic_slip": (
        "{written} отнесено к {name} из справочника (id {id}): отчество написано иначе ({score}%); если это два "
        "человека, исправьте отчество в файле",
        "{written} is taken for {name} of the directory (id {id}), the patronymic spelt otherwise ({score}%); if "
        "they are two people, correct the patronymic in the file",
    ),
    "side_moves": (
        "{name} переходит со стороны «{old}» на сторону «{new}» в этом мероприятии",
        "{name} moves from the side {old!r} to {new!r} at this event",
    ),
    "position_changes": (
        "{name}: должность в этом мероприятии меняется с «{old}» на «{new}»",
        "{name}: the position at this event changes from {old!r} to {new!r}",
    ),
    "family_name_mended": (
        "{name}: фамилия — «{surname}», с артиклем (прежний импорт отрезал его к имени)",
        "{name}: the family name is {surname!r}, with its article (an earlier import cut it off into the given "
        "names)",
    ),
    "honorific_added": (
        "{name}: обращение «{new}» (его не было)",
        "{name}: the honorific {new!r} is added (there was none)",
    ),
    "honorific_changes": (
        "{name}: обращение меняется с «{old}» на «{new}»",
        "{name}: the honorific changes from {old!r} to {new!r}",
    ),
    "position_en_changes": (
        "{name}: английская должность в этом мероприятии меняется с «{old}» на «{new}»",
        "{name}: the English position at this event changes from {old!r} to {new!r}",
    ),
    "nothing_imported": ("ничего не загружено", "nothing was imported"),
    # seating: who, where, and the breaches of the rules
    "who": ("{name} ({side}, {number})", "{name} ({side}, {number})"),
    "who_of": ("{name} ({delegation}, {side}, {number})", "{name} ({delegation}, {side}, {number})"),
    "host": ("принимающая сторона", "host"),
    "guest": ("гости", "guest"),
    "right": ("правую", "right"),
    "left": ("левую", "left"),
    "right_of": ("правой", "right"),
    "left_of": ("левой", "left"),
    "of_head": ("главы", "head"),
    "of_centre": ("центра", "centre"),
    "of_block": ("главы блока", "block"),
    "seat_unknown": (
        "место {seat}: участник {aid} в мероприятии не участвует",
        "seat {seat}: participant {aid} does not take part",
    ),
    "two_seats": ("{who}: два места — {first} и {second}", "{who} has two seats: {first} and {second}"),
    "no_seat": ("{who}: нет места", "{who} has no seat"),
    "other_block": (
        "{who} сидит в блоке другой делегации ({delegation}); каждая делегация сидит одним блоком",
        "{who} sits in the block of another delegation ({delegation}); each delegation sits as one block",
    ),
    "wrong_side": ("{who} сидит {where}{extra}", "{who} sits {where}{extra}"),
    "row_host": ("в ряду принимающей стороны", "in the host row"),
    "row_guest": ("в ряду гостей", "in the guest row"),
    "place_host": ("на месте принимающей стороны", "in a host place"),
    "place_guest": ("на месте гостей", "in a guest place"),
    "entrance": (
        " (гости сидят лицом ко входу, принимающая сторона — спиной к нему)",
        " (guests face the entrance, hosts sit with their backs to it)",
    ),
    "centre_of_row": ("в центре ряда {row}", "in the centre of row {row}"),
    "middle_of_block": ("в середине блока делегации", "in the middle of the delegation's block"),
    "centre_opposite": ("в центре, напротив другого главы", "in the centre, opposite the other head"),
    "at_hand": ("по {hand} руку от {of}", "at the {of}'s {hand}"),
    "seats_to_hand": ("через {n} мест(а) по {hand} руку от {of}", "{n} seats to the {of}'s {hand}"),
    "in_row": ("в ряду {row}, {near}", "in row {row}, {near}"),
    "not_at": ("{who} сидит не {goal} (сидит {now})", "{who} is not {goal} (sits {now})"),
    # breaches by cause: a hand placement, and the people it displaces
    "placed": (
        "{who} посажен(а) вручную {now}; по правилам — {goal}",
        "{who} is placed by hand {now}; the rules seat him or her {goal}",
    ),
    "placed_why": ("{who} посажен(а) вручную {now}: {why}", "{who} is placed by hand {now}: {why}"),
    "displaced": (
        "{count} {shift}, чем требует ранг, — из-за места, заданного вручную: {by}",
        "{count} {shift} than their rank asks because of the hand placement of {by}",
    ),
    "displaced_both": (
        "{n} чел. сидят не на местах по рангу ({lower} ниже, {higher} выше) — из-за места, заданного вручную: {by}",
        "{n} people sit away from the places their rank asks ({lower} lower, {higher} higher) because of the "
        "hand placement of {by}",
    ),
    "taken_by_hand": (
        "{who} сидит не {goal}: там вручную посажен(а) {by}",
        "{who} is not {goal}: {by} is placed there by hand",
    ),
    "one_sits": ("1 человек сидит", "1 person sits"),
    "many_sit": ("{n} чел. сидят", "{n} people sit"),
    "one_place_lower": ("на одно место ниже", "one place lower"),
    "one_place_higher": ("на одно место выше", "one place higher"),
    "lower": ("ниже", "lower"),
    "higher": ("выше", "higher"),
    "at_table_seat": ("за столом {table}, на месте {number}", "at table {table}, seat {number}"),
    "at_seat": ("на месте {number}", "at seat {number}"),
    "chair_behind": ("{where}, на стуле сзади", "{where}, on the chair behind"),
    "in_block_of": (
        "в блоке своей делегации ({delegation})",
        "in the block of his or her delegation ({delegation})",
    ),
    "at_table_end": ("в торце стола", "at a table end"),
    "at_block_edge": ("с края блока своей делегации", "at the edge of his or her delegation's block"),
    "presiding_seat": ("на месте председателя, лицом ко входу", "in the presiding seat, facing the entrance"),
    "at_table": ("за столом {table}, {words}", "at table {table}, {words}"),
    "note_taker_end": (
        "{who} ведёт запись и должен сидеть в торце стола",
        "{who} takes notes and should sit at a table end",
    ),
    "note_taker_edge": (
        "{who} ведёт запись и должен сидеть с края блока делегации",
        "{who} takes notes and should sit at the edge of the delegation's block",
    ),
    "delegation_order": (
        "делегация {name} должна сидеть в блоке {block}, считая вокруг стола от {hand} руки главы принимающей "
        "стороны ({rule})",
        "the delegation {name} should sit in block {block} going round the table from the host head's {hand} "
        "hand ({rule})",
    ),
    "by_alphabet": ("по алфавиту", "alphabetically"),
    "by_rank": ("по рангу её главы", "by the rank of its head"),
    "presides": (
        "{who} возглавляет принимающую делегацию и должен председательствовать, сидя лицом ко входу",
        "{who} heads the host delegation and should preside, facing the entrance",
    ),
    "no_flag": ("у делегации {name} нет флага на плане", "the delegation {name} has no flag on the plan"),
    "signs_not_at": ("{who} подписывает и сидит не {words}", "{who} signs and is not {words}"),
    "host_signatory_chair": (
        "в кресле подписанта принимающей стороны (слева, если смотреть от кресел)",
        "in the host signatory's chair (on the left, seen from the chairs)",
    ),
    "at_host_signatory": (
        "по {hand} руку от подписанта принимающей стороны",
        "at the host signatory's {hand}",
    ),
    "signs_no_flag": (
        "{who} подписывает, а флага его стороны на столе нет",
        "{who} signs and his or her party has no flag on the table",
    ),
    "assists_other": (
        "{who} стоит у папок подписанта другой делегации: {signer}",
        "{who} stands at the folders of another delegation's signatory: {signer}",
    ),
    "no_assistant": (
        "у папок подписанта {signer} нет ассистента его делегации{why}",
        "{signer} has no assistant of his or her delegation at the folders{why}",
    ),
    "no_secretary": (
        " (в делегации нет секретаря или помощника)",
        " (the delegation has no secretary or assistant)",
    ),
    "host_seat_table_1": ("на месте хозяина за столом 1", "in the host's seat at table 1"),
    "opposite_host": ("напротив хозяина (на месте второго хозяина)", "opposite the host (co-host's seat)"),
    "at_host": ("по {hand} руку от хозяина", "at the host's {hand}"),
    "at_cohost": ("по {hand} руку от второго хозяина", "at the co-host's {hand}"),
    "centre_head_table": ("в центре главного стола", "in the centre of the head table"),
    "at_table_host": ("по {hand} руку от хозяина стола", "at the table host's {hand}"),
    "is_not": ("{who} сидит не {words}", "{who} is not {words}"),
    "table_host": (
        "за столом {table} нет хозяина стола от принимающей стороны на месте 1{few}",
        "table {table} has no host-side table host at seat 1{few}",
    ),
    "fewer_hosts": (
        " (у принимающей стороны меньше людей, чем столов)",
        " (the host side has fewer people than there are tables)",
    ),
    "table_guest": (
        "стол {table}: {who} — {rank} гость за этим столом и сидит не {words}",
        "table {table}: {who} is {rank} guest there and is not {words}",
    ),
    "most_senior": ("самый старший", "the most senior"),
    "second": ("второй", "the second"),
    "spouses": ("{a} и {b} — супруги и сидят рядом", "{a} and {b} are spouses and sit side by side"),
    "sides_mixed": (
        "стол {table}: {a} и {b} — соседи из одной делегации",
        "table {table}: {a} and {b} are neighbours from the same delegation",
    ),
    "alternate": (
        "стол {table}: {a} и {b} — соседи одного пола (мужчины и женщины чередуются)",
        "table {table}: {a} and {b} are neighbours of one gender (men and women are to alternate)",
    ),
    "interprets_not": ("{who} переводит и сидит не {words}", "{who} interprets and is not {words}"),
    "at_hand_of": ("по {hand} руку от {name}", "at the {hand} of {name}"),
    "behind": ("на стуле позади {name}", "on a chair behind {name}"),
    "together": (
        "{a} и {b} должны сидеть рядом, но не соседи",
        "{a} and {b} are to sit together and are not neighbours",
    ),
    "apart": (
        "{a} и {b} должны сидеть порознь, но соседи",
        "{a} and {b} are to be kept apart and are neighbours",
    ),
    "no_language": (
        "{who}: нет переводчика и нет соседа, говорящего на языке {lang}",
        "{who} has no interpreter and no neighbour speaking {lang}",
    ),
    "needs_surname": ("у человека должна быть фамилия", "a person needs a surname"),
    "bad_person_gender": (
        "пол — m, f или пусто, а не «{value}»",
        "gender must be m, f or empty, not {value!r}",
    ),
    "bad_email": ("«{value}» — не адрес электронной почты", "{value!r} is not an e-mail address"),
    "bad_name_order": (
        "порядок имени — surname_first, given_first или пусто, а не «{value}»",
        "name order must be surname_first, given_first or empty, not {value!r}",
    ),
    "bad_latin_name": (
        "имя латиницей пишется латинскими буквами, без букв других алфавитов и без цифр, а не «{value}»",
        "a Latin name is written in Latin letters, with no letter of another script and no digit, not {value!r}",
    ),
    "bad_person_date": ("«{value}» — не дата ГГГГ-ММ-ДД", "{value!r} is not a date YYYY-MM-DD"),
    "organisation_needs_name": ("у организации должно быть название", "an organisation needs a name"),
    "takes_part": (
        "{name} участвует в мероприятии: сначала исключите его или её из мероприятия",
        "{name} takes part in an event; remove the participation first",
    ),
    "item_needs_title": ("у пункта программы должно быть название", "a programme item needs a title"),
    "bad_time": ("{what}: нужно время ЧЧ:ММ, а не «{value}»", "{what} must be a time HH:MM, not {value!r}"),
    "ends_before_start": (
        "пункт заканчивается ({end}) раньше, чем начинается ({start})",
        "the item ends ({end}) before it starts ({start})",
    ),
    "bad_language": (
        "язык — ru, en или ru+en, а не «{value}»",
        "language must be ru, en or ru+en, not {value!r}",
    ),
    "unknown_role": ("неизвестная роль «{text}»; роли: {words}", "unknown role {text!r}; roles are: {words}"),
    "unknown_language": (
        "неизвестный язык «{text}»; пишите языки словами или кодами через запятую: «русский, английский», "
        "ru, en",
        "unknown language {text!r}; write the languages as words or codes with commas: Russian, English; ru, en",
    ),
    "unknown_level": (
        "неизвестный уровень «{text}»; уровни: {words}",
        "unknown level {text!r}; levels are: {words}",
    ),
    "bad_gender": ("пол пишется м/ж или m/f, а не «{text}»", "gender must be м/ж or m/f, not {text!r}"),
    "bad_number": (
        "нужно целое число от 1 до {most}, а не «{text}»",
        "must be a whole number from 1 to {most}, not {text!r}",
    ),
    "bad_date": (
        "«{text}» — не дата (пишите ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)",
        "{text!r} is not a date (write DD.MM.YYYY or YYYY-MM-DD)",
    ),
    "no_title": ("у документа нет названия", "the agreement has no title"),
    "agreement_rows_differ": (
        "документ «{title}» между {between} — и в строке {other}, и в строке {row}, но строки различаются "
        "(строка {other} -> строка {row}: {what}): оставьте одну из строк или исправьте её",
        "the agreement {title!r} between {between} is in rows {other} and {row}, and the rows differ "
        "(row {other} -> row {row}: {what}): keep one of the rows, or correct it",
    ),
    "agreement_changes": ("«{title}» между {between}: {what}", "{title!r} between {between}: {what}"),
    "agreement_value_changes": ("{field}: {old} -> {new}", "{field}: {old} -> {new}"),
    "agreement_title": ("название", "title"),
    "agreement_title_en": ("название на английском", "English title"),
    "agreement_level": ("уровень", "level"),
    "agreement_originals": ("экземпляров", "originals"),
    "agreement_languages": ("языки", "languages"),
    "agreement_order": ("порядок", "order"),
    "agreement_notes": ("примечание", "notes"),
    "party_signatory_changes": (
        "подписант стороны {number} ({organisation}): {old} -> {new}",
        "the signatory of party {number} ({organisation}): {old} -> {new}",
    ),
    "party_side_changes": (
        "сторона мероприятия у стороны документа {number} ({organisation}): «{old}» -> «{new}»",
        "the side of party {number} ({organisation}): {old!r} -> {new!r}",
    ),
    "party_power_changes": (
        "доверенность стороны {number} ({organisation}): {old} -> {new}",
        "the power of attorney of party {number} ({organisation}): {old} -> {new}",
    ),
    "witnesses_change": ("в присутствии: {names}", "the witnesses: {names}"),
    "no_one": ("никого", "none"),
    "participant_number": ("участник № {id}", "participant {id}"),
    "quoted": ("«{text}»", "{text!r}"),
    "no_text": ("нет", "none"),
    "names_and": ("{first} и {last}", "{first} and {last}"),
    "sheets_not_read": (
        "прочитан только лист {sheet}; в листах {others} тоже есть данные, они не прочитаны: импортируйте каждый "
        "лист отдельно",
        "only the sheet {sheet} was read; the sheets {others} hold values too and were not read: import each "
        "sheet on its own",
    ),
    "new_party_organisation": (
        "«{name}» нет в справочнике: организация добавляется; если это известная организация, написанная иначе, "
        "исправьте название",
        "{name!r} is not in the directory: it is added as a new organisation; if it is one the directory knows, "
        "spelt otherwise, correct the name",
    ),
    "repeated_agreement": (
        "документ «{title}» между {between} повторяет строку {other}; строка пропущена",
        "the agreement {title!r} between {between} repeats row {other}; the row is skipped",
    ),
    "party_no_organisation": ("у стороны {number} нет организации", "party {number} has no organisation"),
    "no_party": ("в документе не названа ни одна сторона", "the agreement names no party"),
    "one_party": (
        "в документе названа одна сторона, а в соглашении их не меньше двух: сторона {number} не заполнена",
        "the agreement names one party, and an agreement has at least two: party {number} is blank",
    ),
    "party_blank": (
        "сторона {number} не заполнена, а сторона {later} заполнена: заполните стороны по порядку, без пропусков",
        "party {number} is blank while party {later} is filled: fill in the parties in order, without gaps",
    ),
    "party_repeated": (
        "сторона {number} — та же организация, что и сторона {first} ({organisation}): организация — сторона "
        "документа один раз",
        "party {number} is the same organisation as party {first} ({organisation}): an organisation is a party "
        "to an agreement once",
    ),
    "no_languages": (
        "не указаны языки текстов документа",
        "the agreement names none of the languages of its texts",
    ),
    "party_side_unknown": (
        "не ясно, к какой стороне относится сторона документа {number} ({organisation}): назовите подписанта",
        "cannot tell which side party {number} ({organisation}) belongs to: name its signatory",
    ),
    "party_side_taken": (
        "сторона документа {number} ({organisation}) отнесена к стороне «{side}»",
        "party {number} ({organisation}) is taken for the side {side}",
    ),
    "not_attending": (
        "«{text}» не участвует в мероприятии: сначала загрузите или добавьте человека в список участников",
        "{text!r} takes no part in the event: import or add the person to the attendees first",
    ),
    "ambiguous_attendee": (
        "«{text}» может быть любым из: {who}; напишите полное имя",
        "{text!r} may be any of: {who}; write the full name",
    ),
}


MESSAGES.update(ERROR_WORDS)


@dataclass(frozen=True)
class Said:
    """A message of the core as a code and its facts; ``text(lang)`` words it in Russian or English."""

    code: str
    facts: tuple[tuple[str, object], ...] = ()

    def text(self, lang: str = "en") -> str:
        """The message in ``lang``; facts that are messages themselves (or tuples of them) are worded in it too."""
        ru, en = MESSAGES[self.code]
        facts = {k: _worded(v, lang) for k, v in self.facts}
        return (en if lang == "en" else ru).format(**facts)

    def __str__(self) -> str:
        return self.text("en")


class WordedError(ValueError):
    """A wrong value, with the message as a code and facts (its ``str`` is the English text)."""

    def __init__(self, message: Said) -> None:
        super().__init__(message.text("en"))
        self.said = message


def _worded(fact: object, lang: str) -> object:
    """A fact as it stands in a message: a message (anything with ``text(lang)``) worded, a tuple of them
    joined with semicolons, anything else as it is."""
    if isinstance(fact, tuple):
        return "; ".join(str(_worded(f, lang)) for f in fact)
    text = getattr(fact, "text", None)
    return text(lang) if callable(text) else fact


def error_text(exc: UserError, lang: str = "en") -> str:
    """A refusal in ``lang`` with where it is: «list.csv, строка 3, столбец «Пол»: ...». The CLI prints
    it and the window shows it; ``str(exc)`` is the same in English, for logs."""
    where = [str(exc.file)] if exc.file else []
    if exc.row is not None:
        where.append(said("where_row", row=exc.row).text(lang))
    if exc.column:
        place = "where_option" if exc.column.startswith("--") else "where_column"
        where.append(said(place, column=exc.column).text(lang))
    message = exc.text(lang)
    return f"{', '.join(where)}: {message}" if where else message


def said(code: str, **facts: object) -> Said:
    """The message ``code`` with its facts: ``said("no_side")``, ``said("only_initials", surname="Ли")``."""
    if code not in MESSAGES:
        raise KeyError(f"no words for the message {code!r}")
    return Said(code, tuple(facts.items()))
