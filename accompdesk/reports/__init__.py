"""Documents for advocacy: one document model, rendered to Word and PDF.

Heavy libraries (reportlab, python-docx, pandas, matplotlib) are imported inside the
modules that use them, never here, so that importing the package costs nothing.
"""
