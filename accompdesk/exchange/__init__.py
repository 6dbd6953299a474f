"""Import and export of tables."""
