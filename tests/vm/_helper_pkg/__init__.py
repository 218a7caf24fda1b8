# Helper package for imports.py.
def top_func():
    return "top"
