"""Tests of accompdesk/gui/dialogs."""
