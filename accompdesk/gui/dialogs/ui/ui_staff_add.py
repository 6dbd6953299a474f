# Generated from accompdesk/resources/forms/staff_add.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_add.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QProgressBar, QSizePolicy, QVBoxLayout, QWidget)

class Ui_StaffAddDialog(object):
    def setupUi(self, StaffAddDialog):
        if not StaffAddDialog.objectName():
            StaffAddDialog.setObjectName(u"StaffAddDialog")
        self.layout = QVBoxLayout(StaffAddDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(StaffAddDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(StaffAddDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(StaffAddDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.role_label = QLabel(StaffAddDialog)
        self.role_label.setObjectName(u"role_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QComboBox(StaffAddDialog)
        self.role.setObjectName(u"role")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role)

        self.passphrase_label = QLabel(StaffAddDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase = QLineEdit(StaffAddDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.repeat_label = QLabel(StaffAddDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat = QLineEdit(StaffAddDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeat)

        self.strength_label = QLabel(StaffAddDialog)
        self.strength_label.setObjectName(u"strength_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.strength_label)

        self.strength = QProgressBar(StaffAddDialog)
        self.strength.setObjectName(u"strength")
        self.strength.setMaximum(4)
        self.strength.setTextVisible(False)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.strength)

        self.hint = QLabel(StaffAddDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.hint)


        self.layout.addLayout(self.form)

        self.error = QLabel(StaffAddDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b3261e;")

        self.layout.addWidget(self.error)

        self.busy = QProgressBar(StaffAddDialog)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)

        self.layout.addWidget(self.busy)

        self.button_box = QDialogButtonBox(StaffAddDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.role_label.setBuddy(self.role)
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffAddDialog)

        QMetaObject.connectSlotsByName(StaffAddDialog)
    # setupUi

    def retranslateUi(self, StaffAddDialog):
        StaffAddDialog.setWindowTitle(QCoreApplication.translate("StaffAddDialog", u"Add a staff member", None))
        self.intro.setText(QCoreApplication.translate("StaffAddDialog", u"The new staff member types their own passphrase here, on this computer: hand them the keyboard. No one else needs to know it.", None))
        self.name_label.setText(QCoreApplication.translate("StaffAddDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("StaffAddDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("StaffAddDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.role.setAccessibleName(QCoreApplication.translate("StaffAddDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_label.setText(QCoreApplication.translate("StaffAddDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("StaffAddDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("StaffAddDialog", u"A&gain:", None))
#if QT_CONFIG(accessibility)
        self.repeat.setAccessibleName(QCoreApplication.translate("StaffAddDialog", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.strength_label.setText(QCoreApplication.translate("StaffAddDialog", u"Strength:", None))
#if QT_CONFIG(accessibility)
        self.strength.setAccessibleName(QCoreApplication.translate("StaffAddDialog", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.hint.setText("")
    # retranslateUi

