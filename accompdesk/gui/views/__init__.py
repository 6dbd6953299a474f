"""The areas of the main window: record lists, the trash, search results, pages."""
