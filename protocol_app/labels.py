"""Kept only for seating/drawing.py, which another change rewrites: the words live in ``protocol_app.words``."""

from protocol_app.words import label

__all__ = ["label"]
