"""Command modules: each has ``register(cli)`` and is found by ``protocol_app.cli.main``."""
