# Generated from accompdesk/resources/forms/staff_passphrase.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_passphrase.ui'
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
    QFormLayout, QLabel, QLineEdit, QProgressBar,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_StaffPassphraseDialog(object):
    def setupUi(self, StaffPassphraseDialog):
        if not StaffPassphraseDialog.objectName():
            StaffPassphraseDialog.setObjectName(u"StaffPassphraseDialog")
        self.layout = QVBoxLayout(StaffPassphraseDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(StaffPassphraseDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.current_label = QLabel(StaffPassphraseDialog)
        self.current_label.setObjectName(u"current_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_label)

        self.current = QLineEdit(StaffPassphraseDialog)
        self.current.setObjectName(u"current")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current)

        self.passphrase_label = QLabel(StaffPassphraseDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase = QLineEdit(StaffPassphraseDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.repeat_label = QLabel(StaffPassphraseDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat = QLineEdit(StaffPassphraseDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat)

        self.hint = QLabel(StaffPassphraseDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.hint)


        self.layout.addLayout(self.form)

        self.error = QLabel(StaffPassphraseDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b3261e;")

        self.layout.addWidget(self.error)

        self.busy = QProgressBar(StaffPassphraseDialog)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)

        self.layout.addWidget(self.busy)

        self.button_box = QDialogButtonBox(StaffPassphraseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.current_label.setBuddy(self.current)
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffPassphraseDialog)

        QMetaObject.connectSlotsByName(StaffPassphraseDialog)
    # setupUi

    def retranslateUi(self, StaffPassphraseDialog):
        StaffPassphraseDialog.setWindowTitle(QCoreApplication.translate("StaffPassphraseDialog", u"Change your passphrase", None))
        self.intro.setText("")
        self.current_label.setText(QCoreApplication.translate("StaffPassphraseDialog", u"&Current passphrase:", None))
#if QT_CONFIG(accessibility)
        self.current.setAccessibleName(QCoreApplication.translate("StaffPassphraseDialog", u"Current passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_label.setText(QCoreApplication.translate("StaffPassphraseDialog", u"&New passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("StaffPassphraseDialog", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("StaffPassphraseDialog", u"A&gain:", None))
#if QT_CONFIG(accessibility)
        self.repeat.setAccessibleName(QCoreApplication.translate("StaffPassphraseDialog", u"New passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.hint.setText("")
    # retranslateUi

