"""The Alerts area: activations of the emergency network; the alert form."""
