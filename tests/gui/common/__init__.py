"""Tests of accompdesk/gui/common."""
