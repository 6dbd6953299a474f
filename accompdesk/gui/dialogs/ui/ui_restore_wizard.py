# Generated from accompdesk/resources/forms/restore_wizard.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizard, QWizardPage)

class Ui_RestoreWizard(object):
    def setupUi(self, RestoreWizard):
        if not RestoreWizard.objectName():
            RestoreWizard.setObjectName(u"RestoreWizard")
        RestoreWizard.resize(640, 520)
        self.source_page = QWizardPage()
        self.source_page.setObjectName(u"source_page")
        self.source_layout = QVBoxLayout(self.source_page)
        self.source_layout.setObjectName(u"source_layout")
        self.source_intro = QLabel(self.source_page)
        self.source_intro.setObjectName(u"source_intro")
        self.source_intro.setWordWrap(True)

        self.source_layout.addWidget(self.source_intro)

        self.found = QListWidget(self.source_page)
        self.found.setObjectName(u"found")

        self.source_layout.addWidget(self.found)

        self.source_row = QHBoxLayout()
        self.source_row.setObjectName(u"source_row")
        self.backup_path = QLineEdit(self.source_page)
        self.backup_path.setObjectName(u"backup_path")

        self.source_row.addWidget(self.backup_path)

        self.browse_backup = QPushButton(self.source_page)
        self.browse_backup.setObjectName(u"browse_backup")

        self.source_row.addWidget(self.browse_backup)


        self.source_layout.addLayout(self.source_row)

        self.source_info = QLabel(self.source_page)
        self.source_info.setObjectName(u"source_info")
        self.source_info.setWordWrap(True)

        self.source_layout.addWidget(self.source_info)

        RestoreWizard.addPage(self.source_page)
        self.where_page = QWizardPage()
        self.where_page.setObjectName(u"where_page")
        self.where_layout = QVBoxLayout(self.where_page)
        self.where_layout.setObjectName(u"where_layout")
        self.where_form = QFormLayout()
        self.where_form.setObjectName(u"where_form")
        self.folder_label = QLabel(self.where_page)
        self.folder_label.setObjectName(u"folder_label")

        self.where_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder_row = QHBoxLayout()
        self.folder_row.setObjectName(u"folder_row")
        self.folder = QLineEdit(self.where_page)
        self.folder.setObjectName(u"folder")

        self.folder_row.addWidget(self.folder)

        self.browse_folder = QPushButton(self.where_page)
        self.browse_folder.setObjectName(u"browse_folder")

        self.folder_row.addWidget(self.browse_folder)


        self.where_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folder_row)

        self.name_label = QLabel(self.where_page)
        self.name_label.setObjectName(u"name_label")

        self.where_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.target_name = QLabel(self.where_page)
        self.target_name.setObjectName(u"target_name")
        self.target_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.where_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.target_name)


        self.where_layout.addLayout(self.where_form)

        self.use_passphrase = QRadioButton(self.where_page)
        self.use_passphrase.setObjectName(u"use_passphrase")
        self.use_passphrase.setChecked(True)

        self.where_layout.addWidget(self.use_passphrase)

        self.passphrase_form = QFormLayout()
        self.passphrase_form.setObjectName(u"passphrase_form")
        self.user_label = QLabel(self.where_page)
        self.user_label.setObjectName(u"user_label")

        self.passphrase_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user = QComboBox(self.where_page)
        self.user.setObjectName(u"user")

        self.passphrase_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user)

        self.passphrase_label = QLabel(self.where_page)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.passphrase_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase = QLineEdit(self.where_page)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase)


        self.where_layout.addLayout(self.passphrase_form)

        self.use_recovery = QRadioButton(self.where_page)
        self.use_recovery.setObjectName(u"use_recovery")

        self.where_layout.addWidget(self.use_recovery)

        self.recovery_key = QLineEdit(self.where_page)
        self.recovery_key.setObjectName(u"recovery_key")
        self.recovery_key.setEnabled(False)
        self.recovery_key.setPlaceholderText(u"0000 0000 0000 \u2026")

        self.where_layout.addWidget(self.recovery_key)

        self.recovery_hint = QLabel(self.where_page)
        self.recovery_hint.setObjectName(u"recovery_hint")
        self.recovery_hint.setWordWrap(True)

        self.where_layout.addWidget(self.recovery_hint)

        self.where_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.where_layout.addItem(self.where_spacer)

        RestoreWizard.addPage(self.where_page)
        self.check_page = QWizardPage()
        self.check_page.setObjectName(u"check_page")
        self.check_layout = QVBoxLayout(self.check_page)
        self.check_layout.setObjectName(u"check_layout")
        self.progress = QProgressBar(self.check_page)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(100)
        self.progress.setValue(0)

        self.check_layout.addWidget(self.progress)

        self.check_status = QLabel(self.check_page)
        self.check_status.setObjectName(u"check_status")
        self.check_status.setWordWrap(True)

        self.check_layout.addWidget(self.check_status)

        self.checks = QListWidget(self.check_page)
        self.checks.setObjectName(u"checks")

        self.check_layout.addWidget(self.checks)

        self.check_error = QLabel(self.check_page)
        self.check_error.setObjectName(u"check_error")
        self.check_error.setWordWrap(True)
        self.check_error.setStyleSheet(u"color: #b3261e;")

        self.check_layout.addWidget(self.check_error)

        RestoreWizard.addPage(self.check_page)
        self.switch_page = QWizardPage()
        self.switch_page.setObjectName(u"switch_page")
        self.switch_layout = QVBoxLayout(self.switch_page)
        self.switch_layout.setObjectName(u"switch_layout")
        self.switch_intro = QLabel(self.switch_page)
        self.switch_intro.setObjectName(u"switch_intro")
        self.switch_intro.setWordWrap(True)

        self.switch_layout.addWidget(self.switch_intro)

        self.open_here = QRadioButton(self.switch_page)
        self.open_here.setObjectName(u"open_here")
        self.open_here.setChecked(True)

        self.switch_layout.addWidget(self.open_here)

        self.replace = QRadioButton(self.switch_page)
        self.replace.setObjectName(u"replace")

        self.switch_layout.addWidget(self.replace)

        self.replace_note = QLabel(self.switch_page)
        self.replace_note.setObjectName(u"replace_note")
        self.replace_note.setWordWrap(True)

        self.switch_layout.addWidget(self.replace_note)

        self.confirm = QCheckBox(self.switch_page)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEnabled(False)

        self.switch_layout.addWidget(self.confirm)

        self.switch_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.switch_layout.addItem(self.switch_spacer)

        RestoreWizard.addPage(self.switch_page)
#if QT_CONFIG(shortcut)
        self.folder_label.setBuddy(self.folder)
        self.user_label.setBuddy(self.user)
        self.passphrase_label.setBuddy(self.passphrase)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RestoreWizard)

        QMetaObject.connectSlotsByName(RestoreWizard)
    # setupUi

    def retranslateUi(self, RestoreWizard):
        RestoreWizard.setWindowTitle(QCoreApplication.translate("RestoreWizard", u"Restore from a backup", None))
        self.source_page.setTitle(QCoreApplication.translate("RestoreWizard", u"Which backup", None))
        self.source_page.setSubTitle(QCoreApplication.translate("RestoreWizard", u"The newest backups found are listed first.", None))
        self.source_intro.setText(QCoreApplication.translate("RestoreWizard", u"Choose the backup to restore. It is copied to a new place and the copy is opened and checked; the backup itself is never changed.", None))
#if QT_CONFIG(accessibility)
        self.found.setAccessibleName(QCoreApplication.translate("RestoreWizard", u"Backups found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backup_path.setAccessibleName(QCoreApplication.translate("RestoreWizard", u"Backup file", None))
#endif // QT_CONFIG(accessibility)
        self.browse_backup.setText(QCoreApplication.translate("RestoreWizard", u"&Choose a file\u2026", None))
        self.source_info.setText("")
        self.where_page.setTitle(QCoreApplication.translate("RestoreWizard", u"Where and with which key", None))
        self.where_page.setSubTitle(QCoreApplication.translate("RestoreWizard", u"The backup's own key slots open the copy.", None))
        self.folder_label.setText(QCoreApplication.translate("RestoreWizard", u"Restore &into:", None))
#if QT_CONFIG(accessibility)
        self.folder.setAccessibleName(QCoreApplication.translate("RestoreWizard", u"Folder", None))
#endif // QT_CONFIG(accessibility)
        self.browse_folder.setText(QCoreApplication.translate("RestoreWizard", u"C&hoose\u2026", None))
        self.name_label.setText(QCoreApplication.translate("RestoreWizard", u"As:", None))
        self.target_name.setText("")
        self.use_passphrase.setText(QCoreApplication.translate("RestoreWizard", u"Open it with a &passphrase", None))
        self.user_label.setText(QCoreApplication.translate("RestoreWizard", u"&Staff member:", None))
#if QT_CONFIG(accessibility)
        self.user.setAccessibleName(QCoreApplication.translate("RestoreWizard", u"Staff member", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_label.setText(QCoreApplication.translate("RestoreWizard", u"P&assphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("RestoreWizard", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.use_recovery.setText(QCoreApplication.translate("RestoreWizard", u"Open it with the &recovery key", None))
#if QT_CONFIG(accessibility)
        self.recovery_key.setAccessibleName(QCoreApplication.translate("RestoreWizard", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.recovery_hint.setText(QCoreApplication.translate("RestoreWizard", u"The recovery key that was current when the backup was made opens it, even if the vault was rekeyed since.", None))
        self.check_page.setTitle(QCoreApplication.translate("RestoreWizard", u"Copying and checking", None))
        self.check_page.setSubTitle(QCoreApplication.translate("RestoreWizard", u"The copy is opened and every check is run.", None))
        self.check_status.setText("")
#if QT_CONFIG(accessibility)
        self.checks.setAccessibleName(QCoreApplication.translate("RestoreWizard", u"Checks", None))
#endif // QT_CONFIG(accessibility)
        self.switch_page.setTitle(QCoreApplication.translate("RestoreWizard", u"Switch to the restored vault", None))
        self.switch_page.setSubTitle(QCoreApplication.translate("RestoreWizard", u"Nothing is overwritten.", None))
        self.switch_intro.setText("")
        self.open_here.setText(QCoreApplication.translate("RestoreWizard", u"&Open the restored copy where it is", None))
        self.replace.setText(QCoreApplication.translate("RestoreWizard", u"&Make it the office vault", None))
        self.replace_note.setText("")
        self.confirm.setText(QCoreApplication.translate("RestoreWizard", u"I &understand: the current vault is set aside under the safety name, unchanged.", None))
    # retranslateUi

