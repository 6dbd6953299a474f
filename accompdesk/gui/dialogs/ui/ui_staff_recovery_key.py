# Generated from accompdesk/resources/forms/staff_recovery_key.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_recovery_key.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_StaffRecoveryKeyDialog(object):
    def setupUi(self, StaffRecoveryKeyDialog):
        if not StaffRecoveryKeyDialog.objectName():
            StaffRecoveryKeyDialog.setObjectName(u"StaffRecoveryKeyDialog")
        StaffRecoveryKeyDialog.resize(560, 360)
        self.layout = QVBoxLayout(StaffRecoveryKeyDialog)
        self.layout.setObjectName(u"layout")
        self.explain = QLabel(StaffRecoveryKeyDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.explain.setWordWrap(True)

        self.layout.addWidget(self.explain)

        self.key_label = QLabel(StaffRecoveryKeyDialog)
        self.key_label.setObjectName(u"key_label")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet(u"padding: 12px; border: 1px solid palette(mid);")

        self.layout.addWidget(self.key_label)

        self.print_row = QHBoxLayout()
        self.print_row.setObjectName(u"print_row")
        self.print_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.print_row.addItem(self.print_spacer)

        self.print_button = QPushButton(StaffRecoveryKeyDialog)
        self.print_button.setObjectName(u"print_button")

        self.print_row.addWidget(self.print_button)


        self.layout.addLayout(self.print_row)

        self.kept = QCheckBox(StaffRecoveryKeyDialog)
        self.kept.setObjectName(u"kept")

        self.layout.addWidget(self.kept)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(StaffRecoveryKeyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.button_box)


        self.retranslateUi(StaffRecoveryKeyDialog)

        QMetaObject.connectSlotsByName(StaffRecoveryKeyDialog)
    # setupUi

    def retranslateUi(self, StaffRecoveryKeyDialog):
        StaffRecoveryKeyDialog.setWindowTitle(QCoreApplication.translate("StaffRecoveryKeyDialog", u"The new recovery key", None))
        self.explain.setText(QCoreApplication.translate("StaffRecoveryKeyDialog", u"The vault has a new key. Every staff member's passphrase still opens it, but the old recovery key no longer does. This is the new recovery key, shown only this once: print it or write it down, and keep the paper somewhere safe, away from this computer. Anyone who has it can open the vault.", None))
#if QT_CONFIG(accessibility)
        self.key_label.setAccessibleName(QCoreApplication.translate("StaffRecoveryKeyDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("StaffRecoveryKeyDialog", u"&Print the recovery key\u2026", None))
        self.kept.setText(QCoreApplication.translate("StaffRecoveryKeyDialog", u"I have &printed or written down the new recovery key.", None))
    # retranslateUi

