"""Protocol Desk desktop app (PySide6): windows, pages, dialogs, Qt models over the core."""
