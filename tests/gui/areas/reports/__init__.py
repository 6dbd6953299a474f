"""Tests of accompdesk/gui/areas/reports."""
