"""Models of the chain-of-command area."""
