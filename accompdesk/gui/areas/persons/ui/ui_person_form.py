# Generated from accompdesk/resources/forms/person_form.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_form.ui'
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
    QPlainTextEdit, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

from accompdesk.gui.common.widgets.attachments_panel import AttachmentsPanel
from accompdesk.gui.common.widgets.link_field import LinkField
from accompdesk.gui.common.widgets.vocab_combo import VocabCombo

class Ui_PersonForm(object):
    def setupUi(self, PersonForm):
        if not PersonForm.objectName():
            PersonForm.setObjectName(u"PersonForm")
        PersonForm.resize(640, 520)
        PersonForm.setWindowTitle(u"Person")
        self.outer_layout = QVBoxLayout(PersonForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(PersonForm)
        self.tabs.setObjectName(u"tabs")
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.general_layout = QFormLayout(self.general_tab)
        self.general_layout.setObjectName(u"general_layout")
        self.general_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.full_name_label = QLabel(self.general_tab)
        self.full_name_label.setObjectName(u"full_name_label")
        self.full_name_label.setText(u"Full name")

        self.general_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name = QLineEdit(self.general_tab)
        self.full_name.setObjectName(u"full_name")

        self.general_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.alias_label = QLabel(self.general_tab)
        self.alias_label.setObjectName(u"alias_label")
        self.alias_label.setText(u"Alias for publication")

        self.general_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.alias_label)

        self.alias = QLineEdit(self.general_tab)
        self.alias.setObjectName(u"alias")

        self.general_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.alias)

        self.kind_label = QLabel(self.general_tab)
        self.kind_label.setObjectName(u"kind_label")
        self.kind_label.setText(u"Kind")

        self.general_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = VocabCombo(self.general_tab)
        self.kind.setObjectName(u"kind")

        self.general_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.organisation_id_label = QLabel(self.general_tab)
        self.organisation_id_label.setObjectName(u"organisation_id_label")
        self.organisation_id_label.setText(u"Organisation")

        self.general_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organisation_id_label)

        self.organisation_id = LinkField(self.general_tab)
        self.organisation_id.setObjectName(u"organisation_id")

        self.general_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisation_id)

        self.region_label = QLabel(self.general_tab)
        self.region_label.setObjectName(u"region_label")
        self.region_label.setText(u"Region")

        self.general_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.region_label)

        self.region = QLineEdit(self.general_tab)
        self.region.setObjectName(u"region")

        self.general_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.region)

        self.risk_level_label = QLabel(self.general_tab)
        self.risk_level_label.setObjectName(u"risk_level_label")
        self.risk_level_label.setText(u"Risk level")

        self.general_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.risk_level_label)

        self.risk_level = VocabCombo(self.general_tab)
        self.risk_level.setObjectName(u"risk_level")

        self.general_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.risk_level)

        self.accompaniment_status_label = QLabel(self.general_tab)
        self.accompaniment_status_label.setObjectName(u"accompaniment_status_label")
        self.accompaniment_status_label.setText(u"Accompaniment status")

        self.general_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.accompaniment_status_label)

        self.accompaniment_status = VocabCombo(self.general_tab)
        self.accompaniment_status.setObjectName(u"accompaniment_status")

        self.general_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.accompaniment_status)

        self.consent_level_label = QLabel(self.general_tab)
        self.consent_level_label.setObjectName(u"consent_level_label")
        self.consent_level_label.setText(u"Consent level")

        self.general_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.consent_level_label)

        self.consent_level = VocabCombo(self.general_tab)
        self.consent_level.setObjectName(u"consent_level")

        self.general_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.consent_level)

        self.gender_label = QLabel(self.general_tab)
        self.gender_label.setObjectName(u"gender_label")
        self.gender_label.setText(u"Gender")

        self.general_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender = VocabCombo(self.general_tab)
        self.gender.setObjectName(u"gender")

        self.general_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.gender)

        self.tabs.addTab(self.general_tab, "")
        self.safety_tab = QWidget()
        self.safety_tab.setObjectName(u"safety_tab")
        self.safety_layout = QFormLayout(self.safety_tab)
        self.safety_layout.setObjectName(u"safety_layout")
        self.safety_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.checkin_protocol_label = QLabel(self.safety_tab)
        self.checkin_protocol_label.setObjectName(u"checkin_protocol_label")
        self.checkin_protocol_label.setText(u"Safety check-in protocol")

        self.safety_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.checkin_protocol_label)

        self.checkin_protocol = QPlainTextEdit(self.safety_tab)
        self.checkin_protocol.setObjectName(u"checkin_protocol")
        self.checkin_protocol.setTabChangesFocus(True)

        self.safety_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.checkin_protocol)

        self.contact_label = QLabel(self.safety_tab)
        self.contact_label.setObjectName(u"contact_label")
        self.contact_label.setText(u"Contact details")

        self.safety_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contact_label)

        self.contact = QPlainTextEdit(self.safety_tab)
        self.contact.setObjectName(u"contact")
        self.contact.setTabChangesFocus(True)

        self.safety_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contact)

        self.notes_label = QLabel(self.safety_tab)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setText(u"Notes")

        self.safety_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.safety_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.safety_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notes)

        self.aka_label = QLabel(self.safety_tab)
        self.aka_label.setObjectName(u"aka_label")
        self.aka_label.setText(u"Also known as")

        self.safety_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.aka_label)

        self.aka = QPlainTextEdit(self.safety_tab)
        self.aka.setObjectName(u"aka")
        self.aka.setTabChangesFocus(True)

        self.safety_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.aka)

        self.tabs.addTab(self.safety_tab, "")
        self.attachments_tab = QWidget()
        self.attachments_tab.setObjectName(u"attachments_tab")
        self.attachments_layout = QVBoxLayout(self.attachments_tab)
        self.attachments_layout.setObjectName(u"attachments_layout")
        self.attachments = AttachmentsPanel(self.attachments_tab)
        self.attachments.setObjectName(u"attachments")

        self.attachments_layout.addWidget(self.attachments)

        self.tabs.addTab(self.attachments_tab, "")

        self.outer_layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.full_name_label.setBuddy(self.full_name)
        self.alias_label.setBuddy(self.alias)
        self.kind_label.setBuddy(self.kind)
        self.organisation_id_label.setBuddy(self.organisation_id)
        self.region_label.setBuddy(self.region)
        self.risk_level_label.setBuddy(self.risk_level)
        self.accompaniment_status_label.setBuddy(self.accompaniment_status)
        self.consent_level_label.setBuddy(self.consent_level)
        self.gender_label.setBuddy(self.gender)
        self.checkin_protocol_label.setBuddy(self.checkin_protocol)
        self.contact_label.setBuddy(self.contact)
        self.notes_label.setBuddy(self.notes)
        self.aka_label.setBuddy(self.aka)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.full_name, self.alias)
        QWidget.setTabOrder(self.alias, self.kind)
        QWidget.setTabOrder(self.kind, self.organisation_id)
        QWidget.setTabOrder(self.organisation_id, self.region)
        QWidget.setTabOrder(self.region, self.risk_level)
        QWidget.setTabOrder(self.risk_level, self.accompaniment_status)
        QWidget.setTabOrder(self.accompaniment_status, self.consent_level)
        QWidget.setTabOrder(self.consent_level, self.gender)
        QWidget.setTabOrder(self.gender, self.checkin_protocol)
        QWidget.setTabOrder(self.checkin_protocol, self.contact)
        QWidget.setTabOrder(self.contact, self.notes)
        QWidget.setTabOrder(self.notes, self.aka)
        QWidget.setTabOrder(self.aka, self.attachments)

        self.retranslateUi(PersonForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PersonForm)
    # setupUi

    def retranslateUi(self, PersonForm):
        self.tabs.setTabText(self.tabs.indexOf(self.general_tab), QCoreApplication.translate("PersonForm", u"&General", None))
        self.tabs.setTabText(self.tabs.indexOf(self.safety_tab), QCoreApplication.translate("PersonForm", u"&Safety, contact and notes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachments_tab), QCoreApplication.translate("PersonForm", u"A&ttachments", None))
        pass
    # retranslateUi

