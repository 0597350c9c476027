"""Words for the codes of the model, in Russian and English, for documents (the UI translates its own)."""

from __future__ import annotations

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
}


def label(kind: str, code: str, lang: str = "ru") -> str:
    """The word for ``code`` of ``kind`` (role, level, ...) in ``lang`` ("ru" or "en"); the code if unknown."""
    pair = LABELS.get(kind, {}).get(code)
    if pair is None:
        return code
    return pair[1] if lang == "en" else pair[0]


def code_for(kind: str, text: str) -> str | None:
    """The code whose Russian or English word (or the code itself) is ``text``, ignoring case."""
    key = text.strip().casefold()
    for code, (ru, en) in LABELS.get(kind, {}).items():
        if key in (code, ru.casefold(), en.casefold()):
            return code
    return None
