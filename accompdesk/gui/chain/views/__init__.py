"""The areas of the chain of command: authorities, meetings, escalation, follow-up."""
