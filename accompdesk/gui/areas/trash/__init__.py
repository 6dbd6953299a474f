"""The Trash: records moved there, and Restore."""
