"""The store: one SQLite file of events, people, agreements and plans. All SQL of the program lives here."""

from protocol_app.store.connection import backup_store, default_store_path, open_store

__all__ = ["backup_store", "default_store_path", "open_store"]
