"""Python modules generated from the Designer forms in ui/*.ui (see compile.py).

Widgets compose them: ``self.ui = Ui_IncidentForm(); self.ui.setupUi(self)``.
"""
