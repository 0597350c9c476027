"""Data shipped with Protocol Desk: fonts, translations, icons. Read through importlib.resources."""
