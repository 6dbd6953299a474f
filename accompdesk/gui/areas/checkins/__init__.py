"""The Check-ins area: the safety calls due, their schedules, and the watch for missed calls."""
