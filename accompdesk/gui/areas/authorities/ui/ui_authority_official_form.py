# Generated from accompdesk/resources/forms/authority_official_form.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'authority_official_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from accompdesk.gui.common.widgets.date_field import DateField
from accompdesk.gui.common.widgets.link_field import LinkField

class Ui_OfficialForm(object):
    def setupUi(self, OfficialForm):
        if not OfficialForm.objectName():
            OfficialForm.setObjectName(u"OfficialForm")
        OfficialForm.resize(560, 420)
        OfficialForm.setWindowTitle(u"Official")
        self.outer_layout = QVBoxLayout(OfficialForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.official_layout = QFormLayout()
        self.official_layout.setObjectName(u"official_layout")
        self.official_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.full_name_label = QLabel(OfficialForm)
        self.full_name_label.setObjectName(u"full_name_label")
        self.full_name_label.setText(u"Full name")

        self.official_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name = QLineEdit(OfficialForm)
        self.full_name.setObjectName(u"full_name")

        self.official_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.authority_id_label = QLabel(OfficialForm)
        self.authority_id_label.setObjectName(u"authority_id_label")
        self.authority_id_label.setText(u"Authority")

        self.official_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authority_id_label)

        self.authority_id = LinkField(OfficialForm)
        self.authority_id.setObjectName(u"authority_id")

        self.official_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authority_id)

        self.position_label = QLabel(OfficialForm)
        self.position_label.setObjectName(u"position_label")
        self.position_label.setText(u"Position")

        self.official_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position = QLineEdit(OfficialForm)
        self.position.setObjectName(u"position")

        self.official_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.position)

        self.start_on_label = QLabel(OfficialForm)
        self.start_on_label.setObjectName(u"start_on_label")
        self.start_on_label.setText(u"In post from")

        self.official_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.start_on_label)

        self.dates_row = QHBoxLayout()
        self.dates_row.setObjectName(u"dates_row")
        self.start_on = DateField(OfficialForm)
        self.start_on.setObjectName(u"start_on")

        self.dates_row.addWidget(self.start_on)

        self.end_on_label = QLabel(OfficialForm)
        self.end_on_label.setObjectName(u"end_on_label")
        self.end_on_label.setText(u"In post until")

        self.dates_row.addWidget(self.end_on_label)

        self.end_on = DateField(OfficialForm)
        self.end_on.setObjectName(u"end_on")

        self.dates_row.addWidget(self.end_on)

        self.dates_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dates_row.addItem(self.dates_spacer)


        self.official_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dates_row)

        self.contact_label = QLabel(OfficialForm)
        self.contact_label.setObjectName(u"contact_label")
        self.contact_label.setText(u"Contact details")

        self.official_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contact_label)

        self.contact = QPlainTextEdit(OfficialForm)
        self.contact.setObjectName(u"contact")
        self.contact.setTabChangesFocus(True)

        self.official_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contact)

        self.postal_address_label = QLabel(OfficialForm)
        self.postal_address_label.setObjectName(u"postal_address_label")
        self.postal_address_label.setText(u"Postal address")

        self.official_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.postal_address_label)

        self.postal_address = QPlainTextEdit(OfficialForm)
        self.postal_address.setObjectName(u"postal_address")
        self.postal_address.setTabChangesFocus(True)

        self.official_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.postal_address)

        self.email_label = QLabel(OfficialForm)
        self.email_label.setObjectName(u"email_label")
        self.email_label.setText(u"Email")

        self.official_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(OfficialForm)
        self.email.setObjectName(u"email")

        self.official_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.email)

        self.salutation_label = QLabel(OfficialForm)
        self.salutation_label.setObjectName(u"salutation_label")
        self.salutation_label.setText(u"Salutation")

        self.official_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.salutation_label)

        self.salutation = QLineEdit(OfficialForm)
        self.salutation.setObjectName(u"salutation")

        self.official_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.salutation)

        self.notes_label = QLabel(OfficialForm)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setText(u"Notes")

        self.official_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(OfficialForm)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.official_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)


        self.outer_layout.addLayout(self.official_layout)

#if QT_CONFIG(shortcut)
        self.full_name_label.setBuddy(self.full_name)
        self.authority_id_label.setBuddy(self.authority_id)
        self.position_label.setBuddy(self.position)
        self.start_on_label.setBuddy(self.start_on)
        self.end_on_label.setBuddy(self.end_on)
        self.contact_label.setBuddy(self.contact)
        self.postal_address_label.setBuddy(self.postal_address)
        self.email_label.setBuddy(self.email)
        self.salutation_label.setBuddy(self.salutation)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.full_name, self.authority_id)
        QWidget.setTabOrder(self.authority_id, self.position)
        QWidget.setTabOrder(self.position, self.start_on)
        QWidget.setTabOrder(self.start_on, self.end_on)
        QWidget.setTabOrder(self.end_on, self.contact)
        QWidget.setTabOrder(self.contact, self.postal_address)
        QWidget.setTabOrder(self.postal_address, self.email)
        QWidget.setTabOrder(self.email, self.salutation)
        QWidget.setTabOrder(self.salutation, self.notes)

        self.retranslateUi(OfficialForm)

        QMetaObject.connectSlotsByName(OfficialForm)
    # setupUi

    def retranslateUi(self, OfficialForm):
        pass
    # retranslateUi

