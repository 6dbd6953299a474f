"""The Volunteers area: who is in the field, until when; the volunteer form."""
