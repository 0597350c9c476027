"""The command line of shared/CLI.md: the same core functions as the desktop app, for scripts."""
