# Generated from accompdesk/resources/forms/backup_damaged.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_damaged.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DamagedVaultDialog(object):
    def setupUi(self, DamagedVaultDialog):
        if not DamagedVaultDialog.objectName():
            DamagedVaultDialog.setObjectName(u"DamagedVaultDialog")
        DamagedVaultDialog.resize(600, 440)
        self.layout = QVBoxLayout(DamagedVaultDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(DamagedVaultDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.heading)

        self.message = QLabel(DamagedVaultDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.problem = QLabel(DamagedVaultDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.backup_box = QGroupBox(DamagedVaultDialog)
        self.backup_box.setObjectName(u"backup_box")
        self.backup_layout = QVBoxLayout(self.backup_box)
        self.backup_layout.setObjectName(u"backup_layout")
        self.backup_info = QLabel(self.backup_box)
        self.backup_info.setObjectName(u"backup_info")
        self.backup_info.setWordWrap(True)

        self.backup_layout.addWidget(self.backup_info)

        self.backup_row = QHBoxLayout()
        self.backup_row.setObjectName(u"backup_row")
        self.open_backup_button = QPushButton(self.backup_box)
        self.open_backup_button.setObjectName(u"open_backup_button")

        self.backup_row.addWidget(self.open_backup_button)

        self.choose_backup_button = QPushButton(self.backup_box)
        self.choose_backup_button.setObjectName(u"choose_backup_button")

        self.backup_row.addWidget(self.choose_backup_button)

        self.backup_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backup_row.addItem(self.backup_spacer)


        self.backup_layout.addLayout(self.backup_row)


        self.layout.addWidget(self.backup_box)

        self.recovery_box = QGroupBox(DamagedVaultDialog)
        self.recovery_box.setObjectName(u"recovery_box")
        self.recovery_layout = QVBoxLayout(self.recovery_box)
        self.recovery_layout.setObjectName(u"recovery_layout")
        self.recovery_explain = QLabel(self.recovery_box)
        self.recovery_explain.setObjectName(u"recovery_explain")
        self.recovery_explain.setWordWrap(True)

        self.recovery_layout.addWidget(self.recovery_explain)

        self.recovery_row = QHBoxLayout()
        self.recovery_row.setObjectName(u"recovery_row")
        self.recovery_button = QPushButton(self.recovery_box)
        self.recovery_button.setObjectName(u"recovery_button")

        self.recovery_row.addWidget(self.recovery_button)

        self.recovery_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recovery_row.addItem(self.recovery_spacer)


        self.recovery_layout.addLayout(self.recovery_row)


        self.layout.addWidget(self.recovery_box)

        self.button_box = QDialogButtonBox(DamagedVaultDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.button_box)


        self.retranslateUi(DamagedVaultDialog)

        self.open_backup_button.setDefault(True)


        QMetaObject.connectSlotsByName(DamagedVaultDialog)
    # setupUi

    def retranslateUi(self, DamagedVaultDialog):
        DamagedVaultDialog.setWindowTitle(QCoreApplication.translate("DamagedVaultDialog", u"The vault is damaged", None))
        self.heading.setText(QCoreApplication.translate("DamagedVaultDialog", u"The vault is damaged", None))
        self.message.setText(QCoreApplication.translate("DamagedVaultDialog", u"AccompDesk found that the vault does not pass its integrity checks. It has not changed it in any way: the file stays exactly as it was found, so that nothing more is lost and it can still be examined.", None))
        self.problem.setText("")
        self.backup_box.setTitle(QCoreApplication.translate("DamagedVaultDialog", u"Backups", None))
        self.backup_info.setText("")
        self.open_backup_button.setText(QCoreApplication.translate("DamagedVaultDialog", u"&Open the latest verified backup\u2026", None))
        self.choose_backup_button.setText(QCoreApplication.translate("DamagedVaultDialog", u"&Choose another backup\u2026", None))
        self.recovery_box.setTitle(QCoreApplication.translate("DamagedVaultDialog", u"The recovery key", None))
        self.recovery_explain.setText("")
        self.recovery_button.setText(QCoreApplication.translate("DamagedVaultDialog", u"Use the &recovery key", None))
    # retranslateUi

