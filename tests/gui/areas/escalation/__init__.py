"""Tests of accompdesk/gui/areas/escalation."""
