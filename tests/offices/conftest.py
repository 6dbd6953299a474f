from __future__ import annotations

import pytest

from .alias_data import open_pair


@pytest.fixture
def alias_pair(tmp_path, on_day):
    """(here, there): two offices that trust each other, for the aliases' tests."""
    here, there = open_pair(tmp_path, on_day)
    yield here, there
    here.close()
    there.close()
