"""Tests of accompdesk/gui/areas/checkins."""
