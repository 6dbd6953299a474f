"""Field widgets that the Designer forms promote to (see ui/*.ui)."""
