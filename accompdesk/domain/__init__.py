"""What things are: records, vocabularies and validation. Standard library only."""
