# Generated from accompdesk/resources/forms/audit_log.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_log.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from accompdesk.gui.common.widgets.date_field import CompactDateField

class Ui_AuditLogDialog(object):
    def setupUi(self, AuditLogDialog):
        if not AuditLogDialog.objectName():
            AuditLogDialog.setObjectName(u"AuditLogDialog")
        AuditLogDialog.resize(980, 600)
        self.layout = QVBoxLayout(AuditLogDialog)
        self.layout.setObjectName(u"layout")
        self.filters = QGridLayout()
        self.filters.setObjectName(u"filters")
        self.user_label = QLabel(AuditLogDialog)
        self.user_label.setObjectName(u"user_label")

        self.filters.addWidget(self.user_label, 0, 0, 1, 1)

        self.user = QComboBox(AuditLogDialog)
        self.user.setObjectName(u"user")

        self.filters.addWidget(self.user, 0, 1, 1, 1)

        self.action_label = QLabel(AuditLogDialog)
        self.action_label.setObjectName(u"action_label")

        self.filters.addWidget(self.action_label, 0, 2, 1, 1)

        self.action = QComboBox(AuditLogDialog)
        self.action.setObjectName(u"action")

        self.filters.addWidget(self.action, 0, 3, 1, 1)

        self.table_label = QLabel(AuditLogDialog)
        self.table_label.setObjectName(u"table_label")

        self.filters.addWidget(self.table_label, 0, 4, 1, 1)

        self.table = QComboBox(AuditLogDialog)
        self.table.setObjectName(u"table")

        self.filters.addWidget(self.table, 0, 5, 1, 1)

        self.since_check = QCheckBox(AuditLogDialog)
        self.since_check.setObjectName(u"since_check")

        self.filters.addWidget(self.since_check, 1, 0, 1, 1)

        self.since = CompactDateField(AuditLogDialog)
        self.since.setObjectName(u"since")
        self.since.setEnabled(False)

        self.filters.addWidget(self.since, 1, 1, 1, 1)

        self.until_check = QCheckBox(AuditLogDialog)
        self.until_check.setObjectName(u"until_check")

        self.filters.addWidget(self.until_check, 1, 2, 1, 1)

        self.until = CompactDateField(AuditLogDialog)
        self.until.setObjectName(u"until")
        self.until.setEnabled(False)

        self.filters.addWidget(self.until, 1, 3, 1, 1)

        self.record_label = QLabel(AuditLogDialog)
        self.record_label.setObjectName(u"record_label")

        self.filters.addWidget(self.record_label, 1, 4, 1, 1)

        self.record = QLineEdit(AuditLogDialog)
        self.record.setObjectName(u"record")
        self.record.setClearButtonEnabled(True)

        self.filters.addWidget(self.record, 1, 5, 1, 1)


        self.layout.addLayout(self.filters)

        self.entries = QTableView(AuditLogDialog)
        self.entries.setObjectName(u"entries")
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries.setAlternatingRowColors(True)
        self.entries.setSortingEnabled(False)

        self.layout.addWidget(self.entries)

        self.count_label = QLabel(AuditLogDialog)
        self.count_label.setObjectName(u"count_label")

        self.layout.addWidget(self.count_label)

        self.verify_result = QLabel(AuditLogDialog)
        self.verify_result.setObjectName(u"verify_result")
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_result.setWordWrap(True)

        self.layout.addWidget(self.verify_result)

        self.busy = QProgressBar(AuditLogDialog)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)

        self.layout.addWidget(self.busy)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.open_button = QPushButton(AuditLogDialog)
        self.open_button.setObjectName(u"open_button")
        self.open_button.setEnabled(False)

        self.actions.addWidget(self.open_button)

        self.actions_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actions_spacer)

        self.verify_button = QPushButton(AuditLogDialog)
        self.verify_button.setObjectName(u"verify_button")

        self.actions.addWidget(self.verify_button)

        self.export_button = QPushButton(AuditLogDialog)
        self.export_button.setObjectName(u"export_button")

        self.actions.addWidget(self.export_button)

        self.button_box = QDialogButtonBox(AuditLogDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actions.addWidget(self.button_box)


        self.layout.addLayout(self.actions)

#if QT_CONFIG(shortcut)
        self.user_label.setBuddy(self.user)
        self.action_label.setBuddy(self.action)
        self.table_label.setBuddy(self.table)
        self.record_label.setBuddy(self.record)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditLogDialog)

        QMetaObject.connectSlotsByName(AuditLogDialog)
    # setupUi

    def retranslateUi(self, AuditLogDialog):
        AuditLogDialog.setWindowTitle(QCoreApplication.translate("AuditLogDialog", u"Audit log", None))
        self.user_label.setText(QCoreApplication.translate("AuditLogDialog", u"&Staff member:", None))
#if QT_CONFIG(accessibility)
        self.user.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"Staff member", None))
#endif // QT_CONFIG(accessibility)
        self.action_label.setText(QCoreApplication.translate("AuditLogDialog", u"&Action:", None))
#if QT_CONFIG(accessibility)
        self.action.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.table_label.setText(QCoreApplication.translate("AuditLogDialog", u"&Kind of record:", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"Kind of record", None))
#endif // QT_CONFIG(accessibility)
        self.since_check.setText(QCoreApplication.translate("AuditLogDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.since.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.until_check.setText(QCoreApplication.translate("AuditLogDialog", u"&Until:", None))
#if QT_CONFIG(accessibility)
        self.until.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"Until", None))
#endif // QT_CONFIG(accessibility)
        self.record_label.setText(QCoreApplication.translate("AuditLogDialog", u"Re&cord:", None))
#if QT_CONFIG(accessibility)
        self.record.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"Record identifier", None))
#endif // QT_CONFIG(accessibility)
        self.record.setPlaceholderText(QCoreApplication.translate("AuditLogDialog", u"Any record", None))
#if QT_CONFIG(accessibility)
        self.entries.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"Audit log entries", None))
#endif // QT_CONFIG(accessibility)
        self.count_label.setText("")
        self.verify_result.setText("")
        self.open_button.setText(QCoreApplication.translate("AuditLogDialog", u"&Open the record as it is now", None))
        self.verify_button.setText(QCoreApplication.translate("AuditLogDialog", u"&Verify the chain", None))
        self.export_button.setText(QCoreApplication.translate("AuditLogDialog", u"&Export as PDF\u2026", None))
    # retranslateUi

