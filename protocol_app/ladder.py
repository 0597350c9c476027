"""The rank ladder (docs/PROTOCOL.md section 4a): positions ranked across levels and states, and the matching
of a position as an officer writes it («Губернатора Свердловской обл.», «зам. министра», "Dep. Minister")
to a rung of the ladder.

Levels go in steps of ten, one step per rung of section 4a, so that an officer can rank a position between two
rungs (``ranks set "Атташе" 155``). From ``SUPPORT_LEVEL`` on, a position is support staff: it never outranks
an official.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import lru_cache

from protocol_app.ladder_words import WORD_FORMS
from protocol_app.model import NewRank
from protocol_app.name_forms import morph

SUPPORT_LEVEL = 160
FEDERAL, REGIONAL = "federal", "regional"

RUNGS: list[tuple[int, str, str]] = [
    (10, "глава государства", "head of state"),
    (20, "глава правительства", "head of government"),
    (30, "заместители главы правительства", "deputy heads of government"),
    (
        40,
        "федеральные министры, руководители федеральных органов",
        "federal ministers, heads of federal bodies",
    ),
    (50, "полномочный представитель Президента", "presidential envoy"),
    (60, "главы регионов", "heads of regions"),
    (70, "председатели региональных парламентов", "chairs of regional legislatures"),
    (80, "послы", "ambassadors"),
    (90, "первые заместители и заместители глав регионов", "first deputy and deputy heads of regions"),
    (
        100,
        "региональные министры, заместители федеральных министров",
        "regional ministers, deputy federal ministers",
    ),
    (110, "генеральные консулы", "consuls general"),
    (120, "мэры", "mayors"),
    (130, "руководители компаний и учреждений", "heads of companies and institutions"),
    (140, "директора", "directors"),
    (150, "советники и специалисты", "advisers and specialists"),
    (SUPPORT_LEVEL, "обслуживающий персонал", "support staff"),
]


def rung_name(level: int, lang: str = "en") -> str:
    """The rung of section 4a a level belongs to (the nearest one at or above it), in words."""
    name = RUNGS[0]
    for rung in RUNGS:
        if rung[0] <= level:
            name = rung
    return name[1] if lang == "ru" else name[2]


# (level, position, English position, tier, level when the position names a region, aliases "ru | en; ...")
_L = tuple[int, str, str, str, int | None, str]
LADDER: list[_L] = [
    (10, "Президент", "President", FEDERAL, 60, "Глава государства; Head of State"),
    (10, "Король", "King", FEDERAL, None, "Эмир; Султан; Emir; Sultan"),
    (20, "Председатель Правительства", "Prime Minister", FEDERAL, 90,
     "Премьер-министр; Chairman of the Government; Premier"),
    (30, "Заместитель Председателя Правительства", "Deputy Prime Minister", FEDERAL, 95,
     "Заместитель Премьер-министра; Вице-премьер; Vice-Premier; Vice Premier; Deputy Chairman of the Government"),
    (30, "Первый заместитель Председателя Правительства", "First Deputy Prime Minister", FEDERAL, 90,
     "Первый заместитель Премьер-министра; Первый вице-премьер; First Vice-Premier"),
    (30, "Председатель Государственной Думы", "Chairman of the State Duma", FEDERAL, None, "Speaker of the State Duma"),
    (30, "Председатель Совета Федерации", "Chairman of the Federation Council", FEDERAL, None, ""),
    (30, "Секретарь Совета Безопасности", "Secretary of the Security Council", FEDERAL, None, ""),
    (30, "Государственный секретарь Союзного государства", "State Secretary of the Union State", FEDERAL, None, ""),
    (40, "Министр", "Minister", FEDERAL, 100, "Secretary of State"),
    (40, "Руководитель федеральной службы", "Head of the Federal Service", FEDERAL, None,
     "Директор федеральной службы; Director of the Federal Service"),
    (40, "Руководитель федерального агентства", "Head of the Federal Agency", FEDERAL, None, ""),
    (50, "Полномочный представитель Президента", "Presidential Envoy", FEDERAL, None,
     "Полпред; Полномочный представитель Президента Российской Федерации; Plenipotentiary Envoy; "
     "Presidential Plenipotentiary Envoy; Plenipotentiary Representative of the President"),
    (60, "Губернатор", "Governor", REGIONAL, None, "Высшее должностное лицо"),
    (60, "Глава Республики", "Head of the Republic", REGIONAL, None, "Глава региона; Глава субъекта; Head of the Region"),
    (60, "Раис", "Rais", REGIONAL, None, ""),
    (60, "Аким", "Akim", REGIONAL, None, ""),
    (60, "Мэр Москвы", "Mayor of Moscow", REGIONAL, None, ""),
    (60, "Секретарь комитета КПК провинции", "Party Secretary of the Province", REGIONAL, None,
     "Секретарь парткома провинции; Provincial Party Secretary"),
    (70, "Председатель Законодательного Собрания", "Chairman of the Legislative Assembly", REGIONAL, None,
     "Chair of the Legislative Assembly; Speaker of the Legislative Assembly"),
    (70, "Председатель областной Думы", "Chairman of the Regional Duma", REGIONAL, None,
     "Председатель Законодательной Думы; Председатель краевой Думы; Chairman of the Legislative Duma"),
    (70, "Председатель Государственного Совета", "Chairman of the State Council", REGIONAL, None,
     "Председатель Государственного Собрания; Председатель Народного Хурала"),
    (70, "Председатель маслихата", "Chairman of the Maslikhat", REGIONAL, None, ""),
    (80, "Посол", "Ambassador", FEDERAL, None,
     "Чрезвычайный и Полномочный Посол; Ambassador Extraordinary and Plenipotentiary"),
    (90, "Первый заместитель Губернатора", "First Deputy Governor", REGIONAL, None,
     "Первый вице-губернатор; First Vice-Governor; First Vice Governor"),
    (90, "Первый заместитель Главы Республики", "First Deputy Head of the Republic", REGIONAL, None, ""),
    (90, "Первый заместитель акима", "First Deputy Akim", REGIONAL, None, ""),
    (95, "Заместитель Губернатора", "Deputy Governor", REGIONAL, None,
     "Вице-губернатор; Vice-Governor; Vice Governor"),
    (95, "Заместитель Главы Республики", "Deputy Head of the Republic", REGIONAL, None, ""),
    (95, "Заместитель акима", "Deputy Akim", REGIONAL, None, ""),
    (100, "Заместитель министра", "Deputy Minister", FEDERAL, 135, "Вице-министр; Vice-Minister; Vice Minister"),
    (100, "Статс-секретарь", "State Secretary", FEDERAL, 135, ""),
    (100, "Министр области", "Regional Minister", REGIONAL, None, "Региональный министр"),
    (100, "Руководитель агентства", "Head of agency", REGIONAL, None, ""),
    (110, "Генеральный консул", "Consul General", FEDERAL, None, "Генконсул; Consul-General"),
    (115, "Советник-посланник", "Minister-Counsellor", FEDERAL, None, "Minister-Counselor"),
    (115, "Посланник", "Envoy", FEDERAL, None, "Envoy Extraordinary and Minister Plenipotentiary"),
    (115, "Консул", "Consul", FEDERAL, None, ""),
    (120, "Мэр", "Mayor", REGIONAL, None, ""),
    (120, "Глава города", "Head of the City", REGIONAL, None,
     "Глава администрации города; Глава городского округа; Head of the City Administration"),
    (120, "Глава администрации", "Head of the Administration", REGIONAL, None,
     "Глава муниципального образования; Глава муниципального округа; Глава района; Head of the Municipality"),
    (130, "Генеральный директор", "Director General", "", None,
     "Гендиректор; General Director; Chief Executive Officer; CEO"),
    (130, "Президент компании", "President of the company", "", None,
     "Президент банка; Президент группы компаний; Президент корпорации; Президент ПАО; Президент АО; "
     "Президент ОАО; Президент ООО"),
    (130, "Президент ассоциации", "President of the Association", "", None,
     "Президент союза; Президент Торгово-промышленной палаты; Президент фонда"),
    (130, "Президент академии", "President of the Academy", "", None, "Президент Академии наук"),
    (130, "Президент университета", "President of the University", "", None, ""),
    (130, "Председатель правления", "Chairman of the Board", "", None, "Chairman of the Management Board"),
    (130, "Председатель совета директоров", "Chairman of the Board of Directors", "", None, ""),
    (130, "Генеральный секретарь", "Secretary General", "", None, "Secretary-General"),
    (130, "Ректор", "Rector", "", None, ""),
    (140, "Директор", "Director", "", None, ""),
    (140, "Исполнительный директор", "Executive Director", "", None, ""),
    (140, "Управляющий директор", "Managing Director", "", None, ""),
    (140, "Директор департамента", "Director of Department", "", None, ""),
    (140, "Вице-президент", "Vice President", "", None, "Vice-President"),
    (145, "Заместитель генерального директора", "Deputy Director General", "", None,
     "Deputy General Director; Deputy CEO"),
    (148, "Заместитель директора", "Deputy Director", "", None, ""),
    (148, "Начальник управления", "Head of department", "", None, "Начальник департамента"),
    (150, "Советник", "Adviser", "", None, "Advisor"),
    (150, "Помощник", "Assistant", "", None, ""),
    (150, "Консультант", "Consultant", "", None, ""),
    (150, "Референт", "Desk officer", "", None, ""),
    (150, "Атташе", "Attaché", FEDERAL, None, "Attache"),
    (150, "Первый секретарь", "First Secretary", FEDERAL, None, ""),
    (150, "Второй секретарь", "Second Secretary", FEDERAL, None, ""),
    (150, "Третий секретарь", "Third Secretary", FEDERAL, None, ""),
    (150, "Ответственный секретарь", "Executive Secretary", "", None, ""),
    (150, "Учёный секретарь", "Scientific Secretary", "", None, ""),
    (150, "Начальник отдела", "Head of Division", "", None, ""),
    (150, "Главный специалист", "Chief specialist", "", None, ""),
    (150, "Ведущий специалист", "Leading specialist", "", None, ""),
    (150, "Специалист", "Specialist", "", None, ""),
    (150, "Эксперт", "Expert", "", None, ""),
    (150, "Менеджер", "Manager", "", None, ""),
    (SUPPORT_LEVEL, "Переводчик", "Interpreter", "", None, "Translator"),
    (SUPPORT_LEVEL, "Секретарь", "Secretary", "", None, ""),
    (SUPPORT_LEVEL, "Стенографист", "Note-taker", "", None, "Протоколист"),
    (SUPPORT_LEVEL, "Сотрудник охраны", "Security officer", "", None, "Охрана; Security"),
    (SUPPORT_LEVEL, "Телохранитель", "Bodyguard", "", None, ""),
    (SUPPORT_LEVEL, "Пресс-секретарь", "Press secretary", "", None, ""),
    (SUPPORT_LEVEL, "Журналист", "Journalist", "", None, "Корреспондент; Correspondent; Пресса; Press"),
    (SUPPORT_LEVEL, "Фотограф", "Photographer", "", None, ""),
    (SUPPORT_LEVEL, "Оператор", "Camera operator", "", None, "Видеооператор"),
    (SUPPORT_LEVEL, "Водитель", "Driver", "", None, ""),
]  # fmt: skip


def shipped_ranks() -> list[NewRank]:
    """The ladder as shipped, as rows of the rank table."""
    return [
        NewRank(position=ru, position_en=en, level=level, tier=tier, regional_level=regional, aliases=aliases)
        for level, ru, en, tier, regional, aliases in LADDER
    ]


# --- reading a position as officers write it --------------------------------------------------------------------
_ACTING = re.compile(
    r"^(?:врио|вр\.?\s*и\.?\s*о\.?|и\.\s*о\.|и\.о\b|ио\b|(?:временно\s+)?исполняющ\w*\s+обязанност\w*|"
    r"acting|interim)\s*",
)
_ABBREVIATIONS = [
    (r"замминистра", "заместитель министра"),
    (r"замгубернатора", "заместитель губернатора"),
    (r"замглавы", "заместитель главы"),
    (r"зампред(?:седателя)?", "заместитель председателя"),
    (r"зам\.?", "заместитель"),
    (r"пред\.", "председатель"),
    (r"ген\.", "генеральный"),
    (r"нач\.", "начальник"),
    (r"рук\.", "руководитель"),
    (r"гл\.\s*спец\.?", "главный специалист"),
    (r"вед\.\s*спец\.?", "ведущий специалист"),
    (r"спец\.", "специалист"),
    (r"обл\.", "области"),
    (r"dep\.", "deputy"),
    (r"gov\.", "governor"),
    (r"min\.", "minister"),
    (r"amb\.", "ambassador"),
    (r"dir\.", "director"),
    (r"gen\.", "general"),
    (r"vp", "vice president"),
    (r"dg", "director general"),
    (r"h\.\s*e\.", ""),
]
_ABBREVIATION = [(re.compile(r"(?<![\w-])" + a + r"(?![\w-])"), full + " ") for a, full in _ABBREVIATIONS]
_TOKEN = re.compile(r"\w+(?:-\w+)*")
_OF = {"of", "to", "for", "at", "under", "with"}
# Words that say a position belongs to a region of a federation, not to a state: «области», "Region", or a
# Russian republic's name (the Republic of Belarus is a state, the Republic of Tatarstan a region).
_REGION_WORDS = set(
    [
        "область",
        "областной",
        "край",
        "краевой",
        "субъект",
        "регион",
        "региональный",
        "автономный",
        "округ",
        "москва",
        "санкт-петербург",
        "севастополь",
        "провинция",
        "адыгея",
        "алтай",
        "башкортостан",
        "бурятия",
        "дагестан",
        "ингушетия",
        "кабардино-балкарский",
        "кабардино-балкария",
        "калмыкия",
        "карачаево-черкесский",
        "карачаево-черкесия",
        "карелия",
        "коми",
        "крым",
        "марий",
        "мордовия",
        "саха",
        "якутия",
        "осетия",
        "алания",
        "татарстан",
        "тыва",
        "удмуртский",
        "удмуртия",
        "хакасия",
        "чеченский",
        "чечня",
        "чувашский",
        "чувашия",
        "region",
        "regional",
        "oblast",
        "krai",
        "okrug",
        "province",
        "provincial",
        "moscow",
        "petersburg",
        "sevastopol",
        "adygea",
        "altai",
        "bashkortostan",
        "buryatia",
        "dagestan",
        "ingushetia",
        "kabardino-balkaria",
        "kalmykia",
        "karachay-cherkessia",
        "karelia",
        "komi",
        "crimea",
        "mordovia",
        "sakha",
        "yakutia",
        "ossetia",
        "alania",
        "tatarstan",
        "tuva",
        "udmurtia",
        "khakassia",
        "chechnya",
        "chechen",
        "chuvashia",
    ]
)


@lru_cache(maxsize=16384)
def _word(token: str) -> tuple[str, bool]:
    """A token's dictionary form and whether it can be a nominative (Latin words: as they are). The words of
    the shipped ladder are known already (``ladder_words``): a process that reads positions against it does not
    look up its 240 words in the dictionary again (a third of the first import's extra time)."""
    if not re.search("[а-я]", token):
        return token, True
    return WORD_FORMS.get(token) or looked_up(token)


def looked_up(token: str) -> tuple[str, bool]:
    """``_word`` of a Cyrillic token, from the morphology dictionary (pymorphy3)."""
    parses = morph().parse(token)
    nominative = any(p.tag.case in (None, "nomn") for p in parses)
    return parses[0].normal_form.replace("ё", "е"), nominative


def ladder_tokens() -> list[str]:
    """Every Cyrillic token of the shipped ladder's phrases (positions, English names, aliases), in order."""
    phrases = [p for r in shipped_ranks() for p in (r.position, r.position_en, *r.alias_list())]
    tokens = (t for p in phrases for t in _TOKEN.findall(_normal(p)) if re.search("[а-я]", t))
    return list(dict.fromkeys(tokens))


def _normal(text: str) -> str:
    text = " ".join(text.casefold().replace("ё", "е").split())
    text = _ACTING.sub("", text)
    for pattern, full in _ABBREVIATION:
        text = pattern.sub(full, text)
    return text


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[tuple[str, bool], ...]:
    """The words of a position in dictionary form, each with whether it may be a nominative."""
    return tuple(_word(t) for t in _TOKEN.findall(_normal(text)))


@dataclass(frozen=True)
class RankMatch:
    """The rung a position stands on: the table row, and the level and tier for this position."""

    rank: NewRank
    level: int
    tier: str
    regional: bool  # the row's regional level applies (the position names a region)

    @property
    def support(self) -> bool:
        return self.level >= SUPPORT_LEVEL


class RankMatcher:
    """Finds the rank-table row a position belongs to: the table phrase (a position or one of its aliases) that
    starts earliest in it, the longest of those. The words of a phrase are compared in their dictionary forms
    (any case, «Губернатора»), in their order, with up to ``GAP`` other words among them («Президент Российской
    академии наук» is a President of the Academy). A phrase that names someone else's post is passed over:
    "Adviser to the Governor", «Представитель Губернатора» (a representative keeps his own rank, PROTOCOL.md
    section 3)."""

    GAP = 2

    def __init__(self, ranks: Sequence[NewRank]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], NewRank]]] = {}
        phrases = [(0, r.level, p, r) for r in ranks for p in (r.position, r.position_en)]
        phrases += [(1, r.level, p, r) for r in ranks for p in r.alias_list()]
        for _, _, phrase, rank in sorted(phrases, key=lambda e: e[:2]):  # a row's own name before an alias
            key = tuple(w for w, _ in words(phrase))
            if key:
                self._by_first.setdefault(key[0], []).append((key, rank))

    @lru_cache(maxsize=8192)  # noqa: B019 - a few matchers live, one per rank table (``matcher_for``)
    def match(self, position: str) -> RankMatch | None:
        found = words(position)
        lemmas = [w for w, _ in found]
        for start, (word, nominative) in enumerate(found):
            if start and (not nominative or _after_of(lemmas, start)):
                continue
            best: tuple[tuple[str, ...], NewRank] | None = None
            for key, rank in self._by_first.get(word, []):
                if _follows(key, lemmas, start, self.GAP) and (best is None or len(key) > len(best[0])):
                    best = (key, rank)
            if best is not None:
                return _placed(best[1], lemmas)
        return None


_RANK_FIELDS = tuple(f.name for f in fields(NewRank))  # every field: a new one is part of the key


def matcher_for(ranks: Sequence[NewRank]) -> RankMatcher:
    """The matcher of a rank table, made once and kept for the next computation on the same table: the
    standings are computed again on every change of a list, and a matcher reads the table's phrases (about
    600) and remembers its matches. A table that differs in any field is another matcher."""
    return _matcher(tuple(tuple(getattr(rank, f) for f in _RANK_FIELDS) for rank in ranks))


@lru_cache(maxsize=8)
def _matcher(table: tuple[tuple, ...]) -> RankMatcher:
    return RankMatcher([NewRank(**dict(zip(_RANK_FIELDS, row, strict=True))) for row in table])


def _follows(key: tuple[str, ...], lemmas: list[str], start: int, gap: int) -> bool:
    """Whether the words of ``key`` follow one another from ``start``, with at most ``gap`` others among them."""
    at, skipped = start + 1, 0
    for word in key[1:]:
        while at < len(lemmas) and lemmas[at] != word:
            at, skipped = at + 1, skipped + 1
        if at >= len(lemmas) or skipped > gap:
            return False
        at += 1
    return True


def _after_of(lemmas: list[str], start: int) -> bool:
    """Whether the word at ``start`` follows "of", "to", "for" ("Adviser to the Governor")."""
    before = lemmas[start - 1]
    return before in _OF or (before == "the" and start > 1 and lemmas[start - 2] in _OF)


def _placed(rank: NewRank, lemmas: list[str]) -> RankMatch:
    if rank.regional_level is not None and _REGION_WORDS.intersection(lemmas):
        return RankMatch(rank, rank.regional_level, REGIONAL, True)
    return RankMatch(rank, rank.level, rank.tier, False)
