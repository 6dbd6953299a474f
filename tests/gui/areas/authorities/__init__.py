"""Tests of accompdesk/gui/areas/authorities."""
