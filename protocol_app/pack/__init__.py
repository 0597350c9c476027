"""Briefing packs: cover, contents, purpose, programme, participants, seating, signing, contacts.

``build_pack(db, event_id, lang, sections)`` returns the pack as a document of the document model;
``write_pack(...)`` writes it as PDF or DOCX.
"""

from protocol_app.pack.builder import SECTIONS, build_pack, parse_sections, write_pack

__all__ = ["SECTIONS", "build_pack", "parse_sections", "write_pack"]
