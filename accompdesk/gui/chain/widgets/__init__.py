"""Field widgets that the chain-of-command forms promote to (see ui/meeting_form.ui)."""
