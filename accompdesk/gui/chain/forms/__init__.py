"""Python modules generated from the chain-of-command forms in ui/ (see compile.py).

Forms compose them: ``self.ui = Ui_MeetingForm(); self.ui.setupUi(self)``.
"""
