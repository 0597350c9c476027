"""The user interface language: Russian or English, from Qt Linguist files shipped in resources/i18n.

The source strings are English; ``protocol_desk_ru.qm`` translates them. Switching installs another
translator; Qt then sends every widget a LanguageChange event and the main window rebuilds its texts.
"""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("ru", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    """ "ru" on a Russian system, otherwise "en"."""
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def effective_language(chosen: str) -> str:
    """The language to show: the user's choice, or the system's when none was made."""
    return chosen if chosen in LANGUAGES else system_language()


def qm_file(lang: str) -> str:
    """The path of the compiled translation for ``lang`` (empty when none ships)."""
    resource = files("resources") / "i18n" / f"protocol_desk_{lang}.qm"
    with as_file(resource) as path:
        return str(path) if path.exists() else ""


def install_language(lang: str) -> bool:
    """Make ``lang`` the interface language of the running app; True when its translation loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Russian if lang == "ru" else QLocale.Language.English))
    loaded = lang == "en"
    own = QTranslator(app)
    path = qm_file(lang)
    if path and own.load(path):
        app.installTranslator(own)
        _installed.append(own)
        loaded = True
    qt = QTranslator(app)  # Qt's own words: OK, Cancel, Yes, No in dialogs
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
