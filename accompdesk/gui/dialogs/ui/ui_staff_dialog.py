# Generated from accompdesk/resources/forms/staff_dialog.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_StaffDialog(object):
    def setupUi(self, StaffDialog):
        if not StaffDialog.objectName():
            StaffDialog.setObjectName(u"StaffDialog")
        StaffDialog.resize(640, 420)
        self.layout = QVBoxLayout(StaffDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(StaffDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.staff_table = QTableWidget(StaffDialog)
        self.staff_table.setObjectName(u"staff_table")
        self.staff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staff_table.setAlternatingRowColors(True)

        self.layout.addWidget(self.staff_table)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.add_button = QPushButton(StaffDialog)
        self.add_button.setObjectName(u"add_button")

        self.actions.addWidget(self.add_button)

        self.remove_button = QPushButton(StaffDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.actions.addWidget(self.remove_button)

        self.actions_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actions_spacer)

        self.passphrase_button = QPushButton(StaffDialog)
        self.passphrase_button.setObjectName(u"passphrase_button")

        self.actions.addWidget(self.passphrase_button)

        self.recovery_button = QPushButton(StaffDialog)
        self.recovery_button.setObjectName(u"recovery_button")

        self.actions.addWidget(self.recovery_button)


        self.layout.addLayout(self.actions)

        self.role_note = QLabel(StaffDialog)
        self.role_note.setObjectName(u"role_note")
        self.role_note.setWordWrap(True)

        self.layout.addWidget(self.role_note)

        self.status = QLabel(StaffDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

        self.progress = QProgressBar(StaffDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)

        self.layout.addWidget(self.progress)

        self.button_box = QDialogButtonBox(StaffDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.button_box)


        self.retranslateUi(StaffDialog)

        QMetaObject.connectSlotsByName(StaffDialog)
    # setupUi

    def retranslateUi(self, StaffDialog):
        StaffDialog.setWindowTitle(QCoreApplication.translate("StaffDialog", u"Staff and key slots", None))
        self.intro.setText(QCoreApplication.translate("StaffDialog", u"Each staff member has a key slot: their own passphrase opens the vault. Roles are an office rule that AccompDesk follows, not encryption: every slot opens the whole vault, so give one only to people you trust.", None))
#if QT_CONFIG(accessibility)
        self.staff_table.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Staff members", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("StaffDialog", u"&Add a staff member\u2026", None))
        self.remove_button.setText(QCoreApplication.translate("StaffDialog", u"&Remove\u2026", None))
        self.passphrase_button.setText(QCoreApplication.translate("StaffDialog", u"Change &my passphrase\u2026", None))
        self.recovery_button.setText(QCoreApplication.translate("StaffDialog", u"Re-issue the recovery &key\u2026", None))
        self.role_note.setText("")
        self.status.setText("")
    # retranslateUi

