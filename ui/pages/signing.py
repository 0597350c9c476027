"""Signing page (placeholder until its core is wired)."""

from __future__ import annotations

from ui.context import AppContext
from ui.pages.base import EventPage
from ui.pages.unavailable import UnavailablePage


def make_signing_page(ctx: AppContext) -> EventPage:
    return UnavailablePage(ctx, "Signing")
