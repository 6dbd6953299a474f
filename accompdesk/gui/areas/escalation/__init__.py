"""The Escalation area: how far up the chain of command an incident, a defender, an organisation or a region was raised."""
