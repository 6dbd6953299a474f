"""Tests of accompdesk/gui/common/operations."""
