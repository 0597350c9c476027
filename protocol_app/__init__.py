"""Protocol Desk core: the program without Qt (store, precedence, seating, signing, documents, CLI)."""

__version__ = "0.1.0"
