"""AccompDesk: the encrypted record of a protective-accompaniment field office."""

__version__ = "0.1.0"
