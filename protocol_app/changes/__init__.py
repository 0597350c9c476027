"""The list of changes: every attendee list exported is remembered, and what changed since one of them is told.

``exporting.remember`` keeps what each exported attendee list said; ``changes_since`` compares the
list as it would be written now with a remembered one (the last, or the last sent on or before a date) and
returns who was added, who was removed and which fields changed; ``export_changes`` writes that as a document.
"""

from protocol_app.changes.compare import Changed, ChangeList, changes_since
from protocol_app.changes.export import CHANGE_FORMATS, export_changes

__all__ = ["CHANGE_FORMATS", "ChangeList", "Changed", "changes_since", "export_changes"]
