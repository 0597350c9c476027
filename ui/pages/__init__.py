"""The pages of an event: overview, sides, participants, agreements, programme, seating, signing, documents."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.pages.agreements import AgreementsPage
from ui.pages.base import EventPage
from ui.pages.documents import DocumentsPage
from ui.pages.overview import OverviewPage
from ui.pages.participants import ParticipantsPage
from ui.pages.programme import ProgrammePage
from ui.pages.seating import SeatingPage
from ui.pages.sides import SidesPage
from ui.pages.signing import SigningPage


def build_pages(ctx: AppContext, owner: QWidget | None = None) -> dict[str, tuple[str, EventPage]]:
    """Every page of an event, by key, with its title in the interface language, in navigation order."""
    return {
        "overview": (QCoreApplication.translate("Pages", "Overview"), OverviewPage(ctx)),
        "sides": (QCoreApplication.translate("Pages", "Sides and delegations"), SidesPage(ctx)),
        "participants": (QCoreApplication.translate("Pages", "Participants"), ParticipantsPage(ctx)),
        "agreements": (QCoreApplication.translate("Pages", "Agreements"), AgreementsPage(ctx)),
        "programme": (QCoreApplication.translate("Pages", "Programme"), ProgrammePage(ctx)),
        "seating": (QCoreApplication.translate("Pages", "Seating"), SeatingPage(ctx)),
        "signing": (QCoreApplication.translate("Pages", "Signing"), SigningPage(ctx)),
        "documents": (QCoreApplication.translate("Pages", "Documents"), DocumentsPage(ctx)),
    }
