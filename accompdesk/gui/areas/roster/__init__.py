"""The Roster area: the week's plan as a grid, its cards, the accompaniment form, the printed roster."""
