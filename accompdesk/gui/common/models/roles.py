"""Item data roles shared by every record model."""

from PySide6.QtCore import Qt

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the Record dataclass of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a Python value that sorts the way people expect
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the record id
TABLE_ROLE = Qt.ItemDataRole.UserRole + 4  # the table the row's record lives in
