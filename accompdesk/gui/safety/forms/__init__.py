"""Python modules generated from the safety forms in ui/ (see compile.py).

Widgets compose them: ``self.ui = Ui_StaffDialog(); self.ui.setupUi(self)``.
"""
