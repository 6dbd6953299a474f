"""The window's own record forms (persons, organisations, incidents)."""

from __future__ import annotations

from .area_forms import AreaForms


class FormManager(AreaForms):
    def __init__(self, window):
        super().__init__(window, follow_session=False)

    def form_classes(self) -> dict:
        from .window_forms import FORMS

        return FORMS
