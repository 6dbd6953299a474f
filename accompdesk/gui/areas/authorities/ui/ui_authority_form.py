# Generated from accompdesk/resources/forms/authority_form.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'authority_form.ui'
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

from accompdesk.gui.common.widgets.link_field import LinkField
from accompdesk.gui.common.widgets.vocab_combo import VocabCombo

class Ui_AuthorityForm(object):
    def setupUi(self, AuthorityForm):
        if not AuthorityForm.objectName():
            AuthorityForm.setObjectName(u"AuthorityForm")
        AuthorityForm.resize(560, 460)
        AuthorityForm.setWindowTitle(u"Authority")
        self.outer_layout = QVBoxLayout(AuthorityForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.authority_layout = QFormLayout()
        self.authority_layout.setObjectName(u"authority_layout")
        self.authority_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(AuthorityForm)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setText(u"Name")

        self.authority_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(AuthorityForm)
        self.name.setObjectName(u"name")

        self.authority_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kind_label = QLabel(AuthorityForm)
        self.kind_label.setObjectName(u"kind_label")
        self.kind_label.setText(u"Kind")

        self.authority_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_row = QHBoxLayout()
        self.kind_row.setObjectName(u"kind_row")
        self.kind = VocabCombo(AuthorityForm)
        self.kind.setObjectName(u"kind")

        self.kind_row.addWidget(self.kind)

        self.level_label = QLabel(AuthorityForm)
        self.level_label.setObjectName(u"level_label")
        self.level_label.setText(u"Level")

        self.kind_row.addWidget(self.level_label)

        self.level = VocabCombo(AuthorityForm)
        self.level.setObjectName(u"level")

        self.kind_row.addWidget(self.level)

        self.kind_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kind_row.addItem(self.kind_spacer)


        self.authority_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.kind_row)

        self.superior_id_label = QLabel(AuthorityForm)
        self.superior_id_label.setObjectName(u"superior_id_label")
        self.superior_id_label.setText(u"Superior")

        self.authority_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.superior_id_label)

        self.superior_id = LinkField(AuthorityForm)
        self.superior_id.setObjectName(u"superior_id")

        self.authority_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.superior_id)

        self.territory_label = QLabel(AuthorityForm)
        self.territory_label.setObjectName(u"territory_label")
        self.territory_label.setText(u"Territory")

        self.authority_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.territory_label)

        self.territory = QLineEdit(AuthorityForm)
        self.territory.setObjectName(u"territory")

        self.authority_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.territory)

        self.contact_label = QLabel(AuthorityForm)
        self.contact_label.setObjectName(u"contact_label")
        self.contact_label.setText(u"Contact details")

        self.authority_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contact_label)

        self.contact = QPlainTextEdit(AuthorityForm)
        self.contact.setObjectName(u"contact")
        self.contact.setTabChangesFocus(True)

        self.authority_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contact)

        self.postal_address_label = QLabel(AuthorityForm)
        self.postal_address_label.setObjectName(u"postal_address_label")
        self.postal_address_label.setText(u"Postal address")

        self.authority_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.postal_address_label)

        self.postal_address = QPlainTextEdit(AuthorityForm)
        self.postal_address.setObjectName(u"postal_address")
        self.postal_address.setTabChangesFocus(True)

        self.authority_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.postal_address)

        self.email_label = QLabel(AuthorityForm)
        self.email_label.setObjectName(u"email_label")
        self.email_label.setText(u"Email")

        self.authority_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(AuthorityForm)
        self.email.setObjectName(u"email")

        self.authority_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.email)

        self.salutation_label = QLabel(AuthorityForm)
        self.salutation_label.setObjectName(u"salutation_label")
        self.salutation_label.setText(u"Salutation")

        self.authority_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.salutation_label)

        self.salutation = QLineEdit(AuthorityForm)
        self.salutation.setObjectName(u"salutation")

        self.authority_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.salutation)

        self.notes_label = QLabel(AuthorityForm)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setText(u"Notes")

        self.authority_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(AuthorityForm)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.authority_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)


        self.outer_layout.addLayout(self.authority_layout)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.kind_label.setBuddy(self.kind)
        self.level_label.setBuddy(self.level)
        self.superior_id_label.setBuddy(self.superior_id)
        self.territory_label.setBuddy(self.territory)
        self.contact_label.setBuddy(self.contact)
        self.postal_address_label.setBuddy(self.postal_address)
        self.email_label.setBuddy(self.email)
        self.salutation_label.setBuddy(self.salutation)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.level)
        QWidget.setTabOrder(self.level, self.superior_id)
        QWidget.setTabOrder(self.superior_id, self.territory)
        QWidget.setTabOrder(self.territory, self.contact)
        QWidget.setTabOrder(self.contact, self.postal_address)
        QWidget.setTabOrder(self.postal_address, self.email)
        QWidget.setTabOrder(self.email, self.salutation)
        QWidget.setTabOrder(self.salutation, self.notes)

        self.retranslateUi(AuthorityForm)

        QMetaObject.connectSlotsByName(AuthorityForm)
    # setupUi

    def retranslateUi(self, AuthorityForm):
        pass
    # retranslateUi

