"""The app's remembered choices and window state, typed, over one QSettings; nothing else touches QSettings."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

MAX_RECENT = 8


class _Setting(Generic[T]):
    """One typed key of the settings file, read and written as an attribute."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    def __get__(self, obj: Settings | None, owner: type) -> Any:
        if obj is None:
            return self
        raw = obj.qsettings.value(self.key, None)
        if raw is None:
            return self.default
        return _coerce(raw, self.default)

    def __set__(self, obj: Settings, value: T) -> None:
        obj.qsettings.setValue(self.key, value)


def _coerce(raw: Any, default: Any) -> Any:
    """QSettings gives strings back from INI files; turn them into the default's type."""
    if isinstance(default, bool):
        return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
    if isinstance(default, int):
        try:
            return int(raw)
        except (TypeError, ValueError):
            return default
    if isinstance(default, list):
        if isinstance(raw, str):
            return [raw] if raw else []
        return [str(x) for x in raw]
    if isinstance(default, QByteArray):
        return raw if isinstance(raw, QByteArray) else QByteArray(raw)
    return str(raw)


class Settings:
    """What the app remembers between runs: language, store, recent files, window state, last choices."""

    language = _Setting("ui/language", "")  # "", "ru" or "en"; "" follows the system
    last_store = _Setting("store/last", "")
    recent_files = _Setting[list[str]]("store/recent", [])
    last_event_id = _Setting("event/last", 0)
    last_page = _Setting("event/page", 0)
    geometry = _Setting("window/geometry", QByteArray())
    window_state = _Setting("window/state", QByteArray())
    splitter_state = _Setting("window/splitter", QByteArray())
    export_dir = _Setting("documents/dir", "")
    document_language = _Setting("documents/language", "ru")
    export_format = _Setting("documents/format", "pdf")
    import_dir = _Setting("import/dir", "")

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings("ProtocolDesk", "Protocol Desk")

    def add_recent(self, path: str) -> None:
        """Put ``path`` first in the recent files, keeping at most MAX_RECENT."""
        files = [p for p in self.recent_files if p != path]
        self.recent_files = [path, *files][:MAX_RECENT]

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.qsettings.sync()
