"""Generated forms of the Reports area (see compile.py)."""
