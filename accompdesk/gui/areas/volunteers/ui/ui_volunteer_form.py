# Generated from accompdesk/resources/forms/volunteer_form.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'volunteer_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from accompdesk.gui.common.widgets.date_field import DateField
from accompdesk.gui.common.widgets.vocab_combo import (CountriesField, VocabCombo)

class Ui_VolunteerForm(object):
    def setupUi(self, VolunteerForm):
        if not VolunteerForm.objectName():
            VolunteerForm.setObjectName(u"VolunteerForm")
        VolunteerForm.resize(640, 520)
        VolunteerForm.setWindowTitle(u"Volunteer")
        self.outer_layout = QVBoxLayout(VolunteerForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.warnings = QLabel(VolunteerForm)
        self.warnings.setObjectName(u"warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)

        self.outer_layout.addWidget(self.warnings)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.full_name_label = QLabel(VolunteerForm)
        self.full_name_label.setObjectName(u"full_name_label")
        self.full_name_label.setText(u"full_name")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name = QLineEdit(VolunteerForm)
        self.full_name.setObjectName(u"full_name")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.nationalities_label = QLabel(VolunteerForm)
        self.nationalities_label.setObjectName(u"nationalities_label")
        self.nationalities_label.setText(u"nationalities")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nationalities_label)

        self.nationalities_edit = CountriesField(VolunteerForm)
        self.nationalities_edit.setObjectName(u"nationalities_edit")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nationalities_edit)

        self.languages_label = QLabel(VolunteerForm)
        self.languages_label.setObjectName(u"languages_label")
        self.languages_label.setText(u"languages")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languages_label)

        self.languages = QLineEdit(VolunteerForm)
        self.languages.setObjectName(u"languages")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languages)

        self.team_label = QLabel(VolunteerForm)
        self.team_label.setObjectName(u"team_label")
        self.team_label.setText(u"team")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.team_label)

        self.team = QLineEdit(VolunteerForm)
        self.team.setObjectName(u"team")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.team)

        self.status_label = QLabel(VolunteerForm)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"status")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = VocabCombo(VolunteerForm)
        self.status.setObjectName(u"status")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status)

        self.arrival_on_label = QLabel(VolunteerForm)
        self.arrival_on_label.setObjectName(u"arrival_on_label")
        self.arrival_on_label.setText(u"arrival_on")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.arrival_on_label)

        self.arrival_on = DateField(VolunteerForm)
        self.arrival_on.setObjectName(u"arrival_on")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.arrival_on)

        self.departure_on_label = QLabel(VolunteerForm)
        self.departure_on_label.setObjectName(u"departure_on_label")
        self.departure_on_label.setText(u"departure_on")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.departure_on_label)

        self.departure_on = DateField(VolunteerForm)
        self.departure_on.setObjectName(u"departure_on")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.departure_on)

        self.visa_expires_on_label = QLabel(VolunteerForm)
        self.visa_expires_on_label.setObjectName(u"visa_expires_on_label")
        self.visa_expires_on_label.setText(u"visa_expires_on")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.visa_expires_on_label)

        self.visa_expires_on = DateField(VolunteerForm)
        self.visa_expires_on.setObjectName(u"visa_expires_on")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.visa_expires_on)

        self.emergency_contact_label = QLabel(VolunteerForm)
        self.emergency_contact_label.setObjectName(u"emergency_contact_label")
        self.emergency_contact_label.setText(u"emergency_contact")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emergency_contact_label)

        self.emergency_contact = QPlainTextEdit(VolunteerForm)
        self.emergency_contact.setObjectName(u"emergency_contact")
        self.emergency_contact.setTabChangesFocus(True)

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.emergency_contact)

        self.notes_label = QLabel(VolunteerForm)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setText(u"notes")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(VolunteerForm)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes)


        self.outer_layout.addLayout(self.fields_layout)

#if QT_CONFIG(shortcut)
        self.full_name_label.setBuddy(self.full_name)
        self.nationalities_label.setBuddy(self.nationalities_edit)
        self.languages_label.setBuddy(self.languages)
        self.team_label.setBuddy(self.team)
        self.status_label.setBuddy(self.status)
        self.arrival_on_label.setBuddy(self.arrival_on)
        self.departure_on_label.setBuddy(self.departure_on)
        self.visa_expires_on_label.setBuddy(self.visa_expires_on)
        self.emergency_contact_label.setBuddy(self.emergency_contact)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.full_name, self.nationalities_edit)
        QWidget.setTabOrder(self.nationalities_edit, self.languages)
        QWidget.setTabOrder(self.languages, self.team)
        QWidget.setTabOrder(self.team, self.status)
        QWidget.setTabOrder(self.status, self.arrival_on)
        QWidget.setTabOrder(self.arrival_on, self.departure_on)
        QWidget.setTabOrder(self.departure_on, self.visa_expires_on)
        QWidget.setTabOrder(self.visa_expires_on, self.emergency_contact)
        QWidget.setTabOrder(self.emergency_contact, self.notes)

        self.retranslateUi(VolunteerForm)

        QMetaObject.connectSlotsByName(VolunteerForm)
    # setupUi

    def retranslateUi(self, VolunteerForm):
        pass
    # retranslateUi

