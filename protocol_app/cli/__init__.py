"""The command line of docs/CLI.md: the same core functions as the desktop app, for scripts."""
