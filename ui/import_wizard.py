"""The import wizard over ``protocol_app.importing``: choose the file, see and change how it is read (encoding,
separator, sheet) and which column fills which field, see the first rows, check every row (a dry run, off the
GUI thread), then import (off the GUI thread too, with progress; the last page shows what was done). Nothing is
written until the user presses Import; the import is one step of undo, undone from the change set it returns."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlite_utils import Database

from protocol_app.errors import UserError
from protocol_app.importing import (
    ImportReport,
    Preview,
    field_names,
    import_agreements,
    import_attendees,
    inspect,
)
from protocol_app.importing.headers import party_number
from protocol_app.store import events
from protocol_app.store.changes import Conflict
from ui.commands import written_command
from ui.context import AppContext
from ui.i18n import error_in_words
from ui.widgets import EventWindow, chosen_event
from ui.workers import Job, Progress, start

ENCODINGS = ("utf-8-sig", "utf-8", "cp1251", "koi8-r", "cp866", "utf-16")


def separators() -> list[tuple[str, str]]:
    """The separators a CSV file may use, with their names in the window's language."""
    return [
        (";", QCoreApplication.translate("ImportWizard", "; (semicolon)")),
        (",", QCoreApplication.translate("ImportWizard", ", (comma)")),
        ("\t", QCoreApplication.translate("ImportWizard", "Tab")),
        ("|", QCoreApplication.translate("ImportWizard", "| (vertical bar)")),
    ]


def field_words() -> dict[str, str]:
    """What each field of an import is called in the window's language (the core names them in codes)."""
    return {
        "full_name": QCoreApplication.translate("ImportWizard", "Full name (surname, name, patronymic)"),
        "surname": QCoreApplication.translate("ImportWizard", "Surname"),
        "given_name": QCoreApplication.translate("ImportWizard", "Given name"),
        "patronymic": QCoreApplication.translate("ImportWizard", "Patronymic"),
        "position": QCoreApplication.translate("ImportWizard", "Position (Russian)"),
        "position_en": QCoreApplication.translate("ImportWizard", "Position (English)"),
        "organisation": QCoreApplication.translate("ImportWizard", "Organisation"),
        "side": QCoreApplication.translate("ImportWizard", "Side"),
        "role": QCoreApplication.translate("ImportWizard", "Role"),
        "precedence": QCoreApplication.translate("ImportWizard", "Precedence"),
        "latin_name": QCoreApplication.translate("ImportWizard", "Name in Latin letters"),
        "latin_surname": QCoreApplication.translate("ImportWizard", "Latin surname"),
        "latin_given": QCoreApplication.translate("ImportWizard", "Latin given names"),
        "honorific": QCoreApplication.translate("ImportWizard", "Honorific"),
        "organisation_en": QCoreApplication.translate("ImportWizard", "Organisation (English)"),
        "phone": QCoreApplication.translate("ImportWizard", "Phone"),
        "email": QCoreApplication.translate("ImportWizard", "E-mail"),
        "gender": QCoreApplication.translate("ImportWizard", "Gender"),
        "language": QCoreApplication.translate("ImportWizard", "Language"),
        "notes": QCoreApplication.translate("ImportWizard", "Notes"),
        "passport": QCoreApplication.translate("ImportWizard", "Passport"),
        "birth_date": QCoreApplication.translate("ImportWizard", "Date of birth"),
        "title": QCoreApplication.translate("ImportWizard", "Title (Russian)"),
        "title_en": QCoreApplication.translate("ImportWizard", "Title (English)"),
        "level": QCoreApplication.translate("ImportWizard", "Level"),
        "witnesses": QCoreApplication.translate("ImportWizard", "Witnesses"),
        "originals": QCoreApplication.translate("ImportWizard", "Originals"),
        "languages": QCoreApplication.translate("ImportWizard", "Languages"),
        "order": QCoreApplication.translate("ImportWizard", "Order of signing"),
        "party1": QCoreApplication.translate("ImportWizard", "First party"),
        "signatory1": QCoreApplication.translate("ImportWizard", "Signatory of the first party"),
        "party2": QCoreApplication.translate("ImportWizard", "Second party"),
        "signatory2": QCoreApplication.translate("ImportWizard", "Signatory of the second party"),
        "power_of_attorney1": QCoreApplication.translate(
            "ImportWizard", "Power of attorney of the first party"
        ),
        "power_of_attorney2": QCoreApplication.translate(
            "ImportWizard", "Power of attorney of the second party"
        ),
    }


def numbered_field_word(field: str) -> str:
    """What a party field beyond the second is called ("Signatory of party 3"); the field itself if none."""
    split = party_number(field)
    if split is None:
        return field
    name, number = split
    words = {
        "party": QCoreApplication.translate("ImportWizard", "Party %1"),
        "signatory": QCoreApplication.translate("ImportWizard", "Signatory of party %1"),
        "power_of_attorney": QCoreApplication.translate("ImportWizard", "Power of attorney of party %1"),
    }
    return words[name].replace("%1", str(number))


@dataclass(frozen=True)
class ImportChoices:
    """What the wizard's pages chose, as plain values a background job can use."""

    kind: str
    path: Path
    side: str | None
    options: dict[str, Any]

    def run(
        self, db: Database, event_id: int, *, dry_run: bool, progress: Progress | None = None
    ) -> ImportReport:
        """Import (or with ``dry_run`` only check) the file into the event through the import core; a job's
        ``progress`` hears how many rows are done."""
        rows = progress.step if progress is not None else None
        if self.kind == "attendees":
            return import_attendees(
                db, event_id, self.path, side=self.side, dry_run=dry_run, progress=rows, **self.options
            )
        return import_agreements(db, event_id, self.path, dry_run=dry_run, progress=rows, **self.options)


def wizard_size(width: int, height: int) -> tuple[int, int]:
    """The wizard's size on a screen of ``width`` x ``height`` free pixels: large enough to show a whole
    column mapping, never larger than the screen."""
    return min(1100, width - 40), min(760, height - 40)


class Window(EventWindow, Protocol):
    """What the wizard needs of the main window (which is the parent of the wizard)."""

    ctx: AppContext


def open_import_wizard(window: Window) -> None:
    """Open the wizard for the window's chosen event (or say why it cannot)."""
    event_id = chosen_event(window, QCoreApplication.translate("ImportWizard", "Import"))
    if event_id is None:
        return
    wizard = ImportWizard(window.ctx, event_id, window.window())
    wizard.exec()


class ImportWizard(QWizard):
    """File → how it is read and mapped → check → import, with what was done."""

    def __init__(self, ctx: AppContext, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.ctx, self.event_id = ctx, event_id
        self.setWindowTitle(self.tr("Import a list"))
        self.preview: Preview | None = None
        self.report: ImportReport | None = None
        self.imported = False
        self.file_page = FilePage(self)
        self.reading_page = ReadingPage(self)
        self.check_page = CheckPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.reading_page, self.check_page, self.result_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        screen = self.screen().availableGeometry()
        self.resize(*wizard_size(screen.width(), screen.height()))

    # what the pages chose -------------------------------------------------------------------------------
    def import_options(self) -> dict[str, Any]:
        """The reading options as chosen: encoding, separator, sheet, mapping."""
        return self.reading_page.options()

    def kind(self) -> str:
        return self.file_page.kind.currentData()

    def path(self) -> Path:
        return Path(self.file_page.path.text().strip())

    def side(self) -> str | None:
        return self.file_page.side.currentData()

    def inspect(self, **options: Any) -> Preview:
        """Read the file as the import would (no store involved); raises ``UserError``."""
        return inspect(self.path(), kind=self.kind(), **options)

    def choices(self) -> ImportChoices:
        """Everything the user chose, read from the widgets (in the GUI thread) as plain values."""
        return ImportChoices(self.kind(), self.path(), self.side(), self.import_options())

    def reject(self) -> None:
        if self.result_page.job is not None:  # being written in one transaction: it ends by itself
            return
        super().reject()

    def push_import(self, report: ImportReport) -> None:
        """Put the written import on the undo stack (undone from its change set) and show it in the pages."""
        window = self.parentWidget()
        text = self.tr("Import %1").replace("%1", self.path().name)

        def conflicts(rows: list[Conflict]) -> None:  # the wizard lives on as the window's child
            QMessageBox.information(
                window,
                self.tr("Import"),
                self.tr(
                    "%n row(s) changed by someone else since the import were left as they are.", "", len(rows)
                ),
            )

        self.ctx.stack.push(
            written_command(self.ctx.db, text, report.change_set, self.ctx.refresh, conflicts)
        )
        self.imported = True


class FilePage(QWizardPage):
    """Which list, which file, and the side for rows that name none."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A list of participants or of agreements, as CSV or Excel (XLSX)."))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Participants"), "attendees")
        self.kind.addItem(self.tr("Agreements"), "agreements")
        self.path = QLineEdit()
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.side = QComboBox()
        self.side.addItem(self.tr("as the file says (column «Side»)"), None)
        for side in events.list_sides(wizard.ctx.db, wizard.event_id):
            self.side.addItem(side.name_in(wizard.ctx.language), side.name)
        self.error = QLabel()
        self.error.setObjectName("problems")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("List of"), self.kind)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Side of rows without one"), self.side)
        form.addRow(self.error)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        start_dir = self.wiz.ctx.settings.import_dir or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("File to import"), start_dir, self.tr("Tables (*.csv *.txt *.xlsx)")
        )
        if name:
            self.path.setText(name)
            self.wiz.ctx.settings.import_dir = str(Path(name).parent)

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:
        try:
            self.wiz.preview = self.wiz.inspect()
        except UserError as exc:
            text = error_in_words(exc)
            if exc.said is not None and getattr(exc.said, "code", "") == "no_header_row":
                # the core's words offer a mapping, which the wizard sets only once it has found the header
                text += "\n" + self.tr(
                    "Add a row naming the columns (for example «ФИО», «Должность», «Сторона») above the list "
                    "in the spreadsheet, then choose the file again."
                )
            self.error.setText(text)
            return False
        self.error.clear()
        return True


class ReadingPage(QWizardPage):
    """Encoding, separator and sheet as detected (changeable), the column mapping, and the first rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self._loading = False
        self.error = ""
        self.setTitle(self.tr("How the file is read"))
        self.setSubTitle(self.tr("Check the encoding and the separator, and which column fills which field."))
        self.format = QLabel()
        self.encoding = QComboBox()
        self.encoding.setObjectName("encoding")
        self.encoding.setEditable(True)
        self.encoding.addItems(ENCODINGS)
        self.separator = QComboBox()
        self.separator.setObjectName("separator")
        for code, text in separators():
            self.separator.addItem(text, code)
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        self.mapping = QTableWidget(0, 3)
        self.mapping.setObjectName("mapping")
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("First values"), self.tr("Field")]
        )
        header = self.mapping.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the samples give way, elided
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.mapping.setWordWrap(False)
        self.mapping.verticalHeader().hide()
        self.mapping.verticalHeader().setDefaultSectionSize(26)
        self.rows = QTableWidget()
        self.rows.setObjectName("rows")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setObjectName("notes")
        reading = QHBoxLayout()  # one line: the mapping below gets the height
        for text, widget in (
            (self.tr("Encoding"), self.encoding),
            (self.tr("Separator"), self.separator),
            (self.tr("Sheet"), self.sheet),
        ):
            reading.addWidget(QLabel(text))
            reading.addWidget(widget)
        reading.addStretch(1)
        self.rows.verticalHeader().setDefaultSectionSize(22)
        self.rows.setMaximumHeight(110)  # a few rows to check the reading; the mapping gets the room
        self.rows.setMinimumHeight(60)
        layout = QVBoxLayout(self)
        layout.addWidget(self.format)
        layout.addLayout(reading)
        layout.addWidget(QLabel(self.tr("Columns: which field each column of the file fills")))
        layout.addWidget(self.mapping, 3)
        layout.addWidget(QLabel(self.tr("First rows")))
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.notes)
        self.encoding.currentTextChanged.connect(self._reread)
        self.separator.currentIndexChanged.connect(self._reread)
        self.sheet.currentIndexChanged.connect(self._reread)

    def initializePage(self) -> None:
        self.error = ""
        if self.wiz.preview is not None:  # read by the file page before it lets the wizard on
            self.show_preview(self.wiz.preview)

    def show_preview(self, preview: Preview) -> None:
        self._loading = True
        try:
            csv = preview.format == "csv"
            self.format.setText(
                self.tr("%1 file, header in row %2, %3")
                .replace("%1", preview.format.upper())
                .replace("%2", str(preview.header_row))
                .replace("%3", self.tr("%n data row(s)", "", preview.row_count))
            )
            self.encoding.setEnabled(csv)
            self.separator.setEnabled(csv)
            self.sheet.setEnabled(not csv and len(preview.sheet_names) > 1)
            if preview.encoding:
                if self.encoding.findText(preview.encoding) < 0:
                    self.encoding.addItem(preview.encoding)
                self.encoding.setCurrentText(preview.encoding)
            if preview.separator:
                self.separator.setCurrentIndex(max(self.separator.findData(preview.separator), 0))
            self.sheet.clear()
            self.sheet.addItems(preview.sheet_names)
            if preview.sheet:
                self.sheet.setCurrentText(preview.sheet)
            numbered = [party_number(c.field) for c in preview.columns]
            parties = max([2, *(n + 1 for _name, n in filter(None, numbered))])  # and one more to map to
            fields, words = field_names(self.wiz.kind(), parties), field_words()
            self.mapping.setRowCount(len(preview.columns))
            for r, column in enumerate(preview.columns):
                self.mapping.setItem(r, 0, QTableWidgetItem(column.header))
                self.mapping.setItem(r, 1, QTableWidgetItem("; ".join(s for s in column.samples[:3] if s)))
                combo = QComboBox()
                combo.addItem(self.tr("— not imported —"), "ignore")
                for name in fields:
                    if name != "ignore":
                        combo.addItem(words.get(name) or numbered_field_word(name), name)
                combo.setCurrentIndex(max(combo.findData(column.field or "ignore"), 0))
                combo.setEnabled(bool(column.header))
                self.mapping.setCellWidget(r, 2, combo)
            self.mapping.resizeColumnsToContents()
            self._fit_mapping()
            self.rows.clear()
            self.rows.setColumnCount(len(preview.columns))
            self.rows.setHorizontalHeaderLabels([c.header for c in preview.columns])
            self.rows.setRowCount(len(preview.rows))
            self.rows.setVerticalHeaderLabels([str(n) for n, _ in preview.rows])
            for r, (_n, cells) in enumerate(preview.rows):
                for c, column in enumerate(preview.columns):
                    value = cells[column.index] if column.index < len(cells) else ""
                    self.rows.setItem(r, c, QTableWidgetItem(value))
            self.rows.resizeColumnsToContents()
            self.notes.setText("\n".join(w.text(self.wiz.ctx.language) for w in preview.warnings))
        finally:
            self._loading = False

    def _fit_mapping(self) -> None:
        """Make the mapping tall enough for all its rows (up to 20; the first rows give way)."""
        rows = min(self.mapping.rowCount(), 20)
        height = sum(self.mapping.rowHeight(r) for r in range(rows))
        header = self.mapping.horizontalHeader().sizeHint().height()
        self.mapping.setMinimumHeight(height + header + 2 * self.mapping.frameWidth() + 2)

    def options(self) -> dict[str, Any]:
        preview = self.wiz.preview
        options: dict[str, Any] = {}
        if preview is not None and preview.format == "csv":
            options["encoding"] = self.encoding.currentText().strip() or None
            options["separator"] = self.separator.currentData()
        elif self.sheet.currentText():
            options["sheet"] = self.sheet.currentText()
        mapping = {}
        for r in range(self.mapping.rowCount()):
            item = self.mapping.item(r, 0)
            header = item.text() if item else ""
            combo = self.mapping.cellWidget(r, 2)
            if header and isinstance(combo, QComboBox):
                mapping[header] = combo.currentData()
        if mapping:
            options["mapping"] = mapping
        return options

    def set_field(self, header: str, field: str) -> None:
        """Map the column ``header`` to ``field`` (as a user would with the combo box)."""
        for r in range(self.mapping.rowCount()):
            item, combo = self.mapping.item(r, 0), self.mapping.cellWidget(r, 2)
            if item and item.text() == header and isinstance(combo, QComboBox):
                combo.setCurrentIndex(combo.findData(field))

    def _reread(self) -> None:
        if self._loading or self.wiz.preview is None:
            return
        options = self.options()
        options.pop("mapping", None)  # a new reading recognises the columns again
        try:
            preview = self.wiz.inspect(**options)
        except UserError as exc:  # e.g. a wrong encoding: no header can be read; say so, show no rows
            self.error = error_in_words(exc)
            self.rows.setRowCount(0)
            self.mapping.setRowCount(0)
            self.notes.setText(self.error)
            self.completeChanged.emit()
            return
        self.error = ""
        self.wiz.preview = preview
        self.show_preview(preview)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.error


class ReportView(QWidget):
    """An import's report: a summary line, and every error, warning and change with its row and column."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language  # the window's language, in which the core's problems are worded
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 4)
        self.problems.setObjectName("problems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Kind"), self.tr("What")]
        )
        self.problems.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)

    def show_report(self, report: ImportReport) -> None:
        if report.written:
            text = (
                self.tr("Created %1, updated %2, skipped %3.")
                .replace("%1", str(report.created))
                .replace("%2", str(report.updated))
                .replace("%3", str(report.skipped))
            )
        else:
            text = (
                self.tr("Would create %1, update %2, skip %3.")
                .replace("%1", str(report.created))
                .replace("%2", str(report.updated))
                .replace("%3", str(report.skipped))
            )
        if report.errors:
            text += " " + self.tr(
                "%n error(s): fix the file or the mapping, then check again. Nothing will be written.",
                "",
                len(report.errors),
            )
        elif report.warnings:
            text += " " + self.tr("%n warning(s); the rows are imported.", "", len(report.warnings))
        self.summary.setText(text)
        entries = [
            *((p, self.tr("error")) for p in report.errors),
            *((p, self.tr("warning")) for p in report.warnings),
            # what the list updates in people already known
            *((p, self.tr("change")) for p in report.changes),
        ]
        self.problems.setRowCount(len(entries))
        for r, (problem, kind) in enumerate(entries):
            values = [str(problem.row or ""), problem.column or "", kind, problem.text(self.language)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.problems.setItem(r, c, item)
        self.problems.resizeColumnsToContents()

    def clear(self, text: str) -> None:
        self.summary.setText(text)
        self.problems.setRowCount(0)


class CheckPage(QWizardPage):
    """Every row checked by the import core (nothing written): counts, errors and warnings with row numbers.
    Its Import button writes the import (the next page)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.job: Job | None = None
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Nothing is written until you press Import."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.view = ReportView(wizard.ctx.language)
        self.summary, self.problems = self.view.summary, self.view.problems
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def initializePage(self) -> None:
        self.wiz.report = None
        self.view.clear(self.tr("Checking every row…"))
        wizard = self.wiz
        choices, event_id = wizard.choices(), wizard.event_id  # read here: the job must not touch widgets
        self.job = Job(lambda db, _progress: choices.run(db, event_id, dry_run=True), wizard.ctx.path)
        self.job.signals.finished.connect(self.show_report)
        self.job.signals.failed.connect(self._failed)
        start(self.job)
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.job = None
        self.summary.setText(self.tr("The file cannot be imported: %1").replace("%1", message))
        self.completeChanged.emit()

    def show_report(self, report: ImportReport) -> None:
        self.job = None
        self.wiz.report = report
        self.view.show_report(report)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        report = self.wiz.report
        return report is not None and report.ok and not self.wiz.ctx.read_only


class ResultPage(QWizardPage):
    """The import written off the GUI thread on its own connection, with progress; then what it did."""

    done = Signal(object)  # the report, once the import has ended (written or not)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.job: Job | None = None
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Written in one step: Undo takes the whole import back."))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.view = ReportView(wizard.ctx.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:
        wizard = self.wiz
        wizard.setOption(QWizard.WizardOption.NoCancelButton, True)  # written or being written: only Close
        self.progress.setValue(0)
        self.view.clear(self.tr("Importing…"))
        choices, event_id = wizard.choices(), wizard.event_id  # read here: the job must not touch widgets
        self.job = Job(
            lambda db, progress: choices.run(db, event_id, dry_run=False, progress=progress), wizard.ctx.path
        )
        self.job.signals.progress.connect(lambda percent, _text: self.progress.setValue(percent))
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.cancelled.connect(lambda: self._failed(self.tr("cancelled")))
        start(self.job)
        self.completeChanged.emit()

    def _finished(self, report: ImportReport) -> None:
        self.job = None
        self.wiz.report = report
        self.progress.setValue(100)
        if report.written:
            self.wiz.push_import(report)
        self.view.show_report(report)
        self.completeChanged.emit()
        self.done.emit(report)

    def _failed(self, message: str) -> None:
        self.job = None
        self.view.clear(self.tr("The file cannot be imported: %1").replace("%1", message))
        self.completeChanged.emit()
        self.done.emit(None)

    def isComplete(self) -> bool:
        return self.job is None
