"""Python modules generated from the operations forms in ui/ (see compile.py).

Forms compose them: ``self.ui = Ui_AccompanimentForm(); self.ui.setupUi(self)``.
"""
