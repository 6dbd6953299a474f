"""Qt item models over the vault's repositories. They need no widget, so they are
tested on their own."""
