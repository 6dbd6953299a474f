"""Reading a column's values as codes: "3" in Gravedad is high, "Amenazas" is a threat.

The same mapping as `--map-value` on the command line, saved with the profile.
Numeric scales (1–5) start from the suggested reading onto low … critical.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from ...exchange import mapping as mappings, matching
from ..common import i18n

MAX_VALUES = 60


def vocabulary_columns(plan) -> list:
    """The mapped columns whose field takes a code from a list."""
    targets = mappings.targets(plan.table)
    return [c for c in plan.mapping.columns
            if c.field and targets.get(c.field) is not None and targets[c.field].vocab is not None
            and targets[c.field].kind == "vocab"]


class ValueMapDialog(QDialog):
    def __init__(self, plan, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Read the values as"))
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Value in the file"),
                                              self.tr("Read as")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows: list[tuple[str, str, QComboBox]] = []  # (field, folded value, choice)
        language = i18n.language()
        targets = mappings.targets(plan.table)
        for column in vocabulary_columns(plan):
            spec = targets[column.field]
            values = []
            for cells in plan.sheet.rows:
                value = cells[column.index].strip() if column.index < len(cells) else ""
                if value and value not in values:
                    values.append(value)
                if len(values) >= MAX_VALUES:
                    break
            chosen = dict(plan.scale_suggestions.get(column.header, {}))
            chosen.update({k: v for k, v in plan.value_maps.get(column.field, {}).items()})
            for value in values:
                key = matching.name_key(value)
                box = QComboBox(self.table)
                box.addItem(self.tr("(as written)"), None)
                for term in spec.vocab:
                    box.addItem(f"{term.es if language == 'es' else term.en} ({term.code})", term.code)
                code = chosen.get(key) or chosen.get(value)
                if code is None:
                    term = spec.vocab.match(value)
                    code = term.code if term is not None else None
                box.setCurrentIndex(max(box.findData(code), 0))
                row = self.table.rowCount()
                self.table.insertRow(row)
                self.table.setItem(row, 0, QTableWidgetItem(column.header))
                self.table.setItem(row, 1, QTableWidgetItem(value))
                self.table.setCellWidget(row, 2, box)
                self.rows.append((column.field, key, box))
        self.empty = QLabel(self.tr("No column of the file is mapped to a field with a list of values."), self)
        self.empty.setVisible(not self.rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)

    def choose(self, field: str, value: str, code: str | None) -> None:
        """Pick what a value reads as, as a person would in its box."""
        key = matching.name_key(value)
        for name, folded, box in self.rows:
            if name == field and folded == key:
                box.setCurrentIndex(max(box.findData(code), 0))
                return
        raise KeyError(value)

    def value_maps(self) -> dict[str, dict[str, str]]:
        """Only values read differently from how the vocabulary reads them on its own."""
        targets = mappings.targets(self.plan.table)
        out: dict[str, dict[str, str]] = {}
        for name, key, box in self.rows:
            code = box.currentData()
            if code is None:
                continue
            plain = targets[name].vocab.match(key)
            if plain is None or plain.code != code:
                out.setdefault(name, {})[key] = code
        return out
