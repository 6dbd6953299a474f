"""Developer tools, run from the repository root; not part of the installed program.

    python -m tools.forms           # Designer forms (.ui) -> accompdesk/gui/**/ui/ui_*.py
    python -m tools.translations    # .ts catalogues from the sources, then the .qm files
"""
