"""Tests of accompdesk/gui/areas/duplicates."""
