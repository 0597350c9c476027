"""The pages of an event: overview, sides, participants, agreements, programme, seating, signing, documents."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.pages.agreements import AgreementsPage
from ui.pages.base import EventPage
from ui.pages.documents import DocumentsPage
from ui.pages.overview import OverviewPage
from ui.pages.participants import ParticipantsPage
from ui.pages.programme import ProgrammePage
from ui.pages.seating import SeatingPage
from ui.pages.sides import SidesPage
from ui.pages.signing import SigningPage

PAGES: dict[str, type[EventPage]] = {
    "overview": OverviewPage,
    "sides": SidesPage,
    "participants": ParticipantsPage,
    "agreements": AgreementsPage,
    "programme": ProgrammePage,
    "seating": SeatingPage,
    "signing": SigningPage,
    "documents": DocumentsPage,
}
"""Every page of an event by key, in navigation order: the window builds a page when it is first shown."""


def page_titles() -> dict[str, str]:
    """Every page's title in the interface language, by key, in navigation order."""
    return {
        "overview": QCoreApplication.translate("Pages", "Overview"),
        "sides": QCoreApplication.translate("Pages", "Sides and delegations"),
        "participants": QCoreApplication.translate("Pages", "Participants"),
        "agreements": QCoreApplication.translate("Pages", "Agreements"),
        "programme": QCoreApplication.translate("Pages", "Programme"),
        "seating": QCoreApplication.translate("Pages", "Seating"),
        "signing": QCoreApplication.translate("Pages", "Signing"),
        "documents": QCoreApplication.translate("Pages", "Documents"),
    }
