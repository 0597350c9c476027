"""The user interface language: Russian or English, from Qt Linguist files shipped in resources/i18n.

The source strings are English; ``protocol_desk_ru.qm`` translates them. Switching installs another
translator; Qt then sends every widget a LanguageChange event and the main window rebuilds its texts.
"""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from protocol_app.errors import UserError
from protocol_app.words import error_text

LANGUAGES = ("ru", "en")
_installed: list[QTranslator] = []
_installed_as: tuple[QCoreApplication, str, bool] | None = None  # the app, the language, whether it loaded


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


def current_language() -> str:
    """The interface language now in use: "ru" or "en"."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


def error_in_words(exc: BaseException) -> str:
    """A refusal of the core (or a file's failure) as the window shows it: in the interface language, with
    where it is when it is in a file (file, row, column). A refusal of a value given in the window names
    only the program's own field ("seat", "name"), which the window does not show: the message alone."""
    if not isinstance(exc, UserError):
        return str(exc)
    lang = current_language()
    return error_text(exc, lang) if exc.file or exc.row is not None else exc.text(lang)


def install_language(lang: str) -> bool:
    """Make ``lang`` the interface language of the running app; True when its translation loaded. The language
    already installed is kept as it is: installing it again would send every widget a LanguageChange."""
    global _installed_as
    app = QCoreApplication.instance()
    if app is None:
        return False
    if _installed_as is not None and _installed_as[:2] == (app, lang):
        return _installed_as[2]
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
    # Qt's own words (OK, Cancel, the file and print dialogs): qtbase_ru.qm ships in PySide6-Essentials
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    if lang == "ru":
        gaps = QtGaps(app)
        app.installTranslator(gaps)
        _installed.append(gaps)
    _installed_as = (app, lang, loaded)
    return loaded


QT_GAPS_RU = {
    ("QFileDialog", "&Look in:"): "&Папка:",
    ("QFileDialog", "Files of &type:"): "&Тип файлов:",
}


class QtGaps(QTranslator):
    """The few words of Qt's own dialogs that qtbase_ru.qm (Qt 6.11) leaves in English."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return QT_GAPS_RU.get((context, source))  # None: not ours, the next translator answers

    def isEmpty(self) -> bool:
        return False
