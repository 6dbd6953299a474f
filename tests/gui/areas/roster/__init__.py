"""Tests of accompdesk/gui/areas/roster."""
