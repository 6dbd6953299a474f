"""Tests of accompdesk/gui/common/chain."""
