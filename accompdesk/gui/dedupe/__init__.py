"""Possible duplicates: two records side by side, merged or marked as two."""
