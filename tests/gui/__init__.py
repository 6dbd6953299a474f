"""Tests of accompdesk/gui."""
