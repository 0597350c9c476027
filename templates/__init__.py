"""Word base templates whose styles define the look of DOCX output. Read through importlib.resources."""
