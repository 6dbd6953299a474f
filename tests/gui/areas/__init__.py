"""Tests of accompdesk/gui/areas."""
