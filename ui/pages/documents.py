"""Documents page (placeholder)."""

from ui.pages.unavailable import UnavailablePage


class DocumentsPage(UnavailablePage):
    def __init__(self, ctx):
        super().__init__(ctx, "Documents")
