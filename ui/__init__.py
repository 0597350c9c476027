"""Protocol Desk desktop app (PySide6): windows, pages, dialogs, Qt models over the core."""

from ui.compat import guard_none_refcount

guard_none_refcount()
