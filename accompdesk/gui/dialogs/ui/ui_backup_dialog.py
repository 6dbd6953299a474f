# Generated from accompdesk/resources/forms/backup_dialog.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_BackupDialog(object):
    def setupUi(self, BackupDialog):
        if not BackupDialog.objectName():
            BackupDialog.setObjectName(u"BackupDialog")
        BackupDialog.resize(560, 340)
        self.layout = QVBoxLayout(BackupDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(BackupDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.last_backup = QLabel(BackupDialog)
        self.last_backup.setObjectName(u"last_backup")
        self.last_backup.setWordWrap(True)

        self.layout.addWidget(self.last_backup)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.drive_label = QLabel(BackupDialog)
        self.drive_label.setObjectName(u"drive_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.drive_label)

        self.drive = QComboBox(BackupDialog)
        self.drive.setObjectName(u"drive")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.drive)

        self.folder_label = QLabel(BackupDialog)
        self.folder_label.setObjectName(u"folder_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder_row = QHBoxLayout()
        self.folder_row.setObjectName(u"folder_row")
        self.folder = QLineEdit(BackupDialog)
        self.folder.setObjectName(u"folder")

        self.folder_row.addWidget(self.folder)

        self.browse_button = QPushButton(BackupDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.folder_row.addWidget(self.browse_button)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.folder_row)

        self.reminder_label = QLabel(BackupDialog)
        self.reminder_label.setObjectName(u"reminder_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reminder_label)

        self.reminder_days = QSpinBox(BackupDialog)
        self.reminder_days.setObjectName(u"reminder_days")
        self.reminder_days.setMinimum(1)
        self.reminder_days.setMaximum(365)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reminder_days)


        self.layout.addLayout(self.form)

        self.progress = QProgressBar(BackupDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(100)
        self.progress.setValue(0)
        self.progress.setVisible(False)

        self.layout.addWidget(self.progress)

        self.status = QLabel(BackupDialog)
        self.status.setObjectName(u"status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

        self.bottom_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottom_spacer)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.actions_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actions_spacer)

        self.start_button = QPushButton(BackupDialog)
        self.start_button.setObjectName(u"start_button")

        self.actions.addWidget(self.start_button)

        self.button_box = QDialogButtonBox(BackupDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actions.addWidget(self.button_box)


        self.layout.addLayout(self.actions)

#if QT_CONFIG(shortcut)
        self.drive_label.setBuddy(self.drive)
        self.folder_label.setBuddy(self.folder)
        self.reminder_label.setBuddy(self.reminder_days)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BackupDialog)

        self.start_button.setDefault(True)


        QMetaObject.connectSlotsByName(BackupDialog)
    # setupUi

    def retranslateUi(self, BackupDialog):
        BackupDialog.setWindowTitle(QCoreApplication.translate("BackupDialog", u"Back up the vault", None))
        self.intro.setText(QCoreApplication.translate("BackupDialog", u"A backup is an encrypted copy of the vault with its key slots: the same passphrases and the same recovery key open it. It is checked by opening it before it counts.", None))
        self.last_backup.setText("")
        self.drive_label.setText(QCoreApplication.translate("BackupDialog", u"&Removable drive:", None))
#if QT_CONFIG(accessibility)
        self.drive.setAccessibleName(QCoreApplication.translate("BackupDialog", u"Removable drive", None))
#endif // QT_CONFIG(accessibility)
        self.folder_label.setText(QCoreApplication.translate("BackupDialog", u"&Folder:", None))
#if QT_CONFIG(accessibility)
        self.folder.setAccessibleName(QCoreApplication.translate("BackupDialog", u"Folder", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("BackupDialog", u"&Choose\u2026", None))
        self.reminder_label.setText(QCoreApplication.translate("BackupDialog", u"Re&mind after:", None))
#if QT_CONFIG(accessibility)
        self.reminder_days.setAccessibleName(QCoreApplication.translate("BackupDialog", u"Remind after days", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
        self.start_button.setText(QCoreApplication.translate("BackupDialog", u"&Back up now", None))
    # retranslateUi

