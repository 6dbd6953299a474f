"""The Possible duplicates view: pairs the finder proposes, Merge, Not the same, Undo."""
