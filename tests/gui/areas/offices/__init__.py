"""Tests of accompdesk/gui/areas/offices."""
