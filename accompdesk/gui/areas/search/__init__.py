"""Results of a search of the whole vault (Ctrl+F)."""
