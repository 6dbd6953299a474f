# Generated from accompdesk/resources/forms/alert_form.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'alert_form.ui'
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
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from accompdesk.gui.common.widgets.date_field import DateTimeField
from accompdesk.gui.common.widgets.link_field import LinkField
from accompdesk.gui.common.widgets.vocab_combo import VocabCombo

class Ui_AlertForm(object):
    def setupUi(self, AlertForm):
        if not AlertForm.objectName():
            AlertForm.setObjectName(u"AlertForm")
        AlertForm.resize(640, 520)
        AlertForm.setWindowTitle(u"Alert")
        self.outer_layout = QVBoxLayout(AlertForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.incident_id_label = QLabel(AlertForm)
        self.incident_id_label.setObjectName(u"incident_id_label")
        self.incident_id_label.setText(u"incident_id")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.incident_id_label)

        self.incident_id = LinkField(AlertForm)
        self.incident_id.setObjectName(u"incident_id")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.incident_id)

        self.activated_at_label = QLabel(AlertForm)
        self.activated_at_label.setObjectName(u"activated_at_label")
        self.activated_at_label.setText(u"activated_at_edit")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.activated_at_label)

        self.activated_at_edit = DateTimeField(AlertForm)
        self.activated_at_edit.setObjectName(u"activated_at_edit")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.activated_at_edit)

        self.status_label = QLabel(AlertForm)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"status")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = VocabCombo(AlertForm)
        self.status.setObjectName(u"status")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.status)

        self.alerted_label = QLabel(AlertForm)
        self.alerted_label.setObjectName(u"alerted_label")
        self.alerted_label.setText(u"alerted")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.alerted_label)

        self.alerted = QPlainTextEdit(AlertForm)
        self.alerted.setObjectName(u"alerted")
        self.alerted.setTabChangesFocus(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.alerted)

        self.response_label = QLabel(AlertForm)
        self.response_label.setObjectName(u"response_label")
        self.response_label.setText(u"response")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.response_label)

        self.response = QPlainTextEdit(AlertForm)
        self.response.setObjectName(u"response")
        self.response.setTabChangesFocus(True)

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.response)


        self.outer_layout.addLayout(self.fields_layout)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.open_incident_button = QPushButton(AlertForm)
        self.open_incident_button.setObjectName(u"open_incident_button")

        self.buttons_layout.addWidget(self.open_incident_button)

        self.alert_document_button = QPushButton(AlertForm)
        self.alert_document_button.setObjectName(u"alert_document_button")

        self.buttons_layout.addWidget(self.alert_document_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.outer_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.incident_id_label.setBuddy(self.incident_id)
        self.activated_at_label.setBuddy(self.activated_at_edit)
        self.status_label.setBuddy(self.status)
        self.alerted_label.setBuddy(self.alerted)
        self.response_label.setBuddy(self.response)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.incident_id, self.activated_at_edit)
        QWidget.setTabOrder(self.activated_at_edit, self.status)
        QWidget.setTabOrder(self.status, self.alerted)
        QWidget.setTabOrder(self.alerted, self.response)
        QWidget.setTabOrder(self.response, self.open_incident_button)
        QWidget.setTabOrder(self.open_incident_button, self.alert_document_button)

        self.retranslateUi(AlertForm)

        QMetaObject.connectSlotsByName(AlertForm)
    # setupUi

    def retranslateUi(self, AlertForm):
        self.open_incident_button.setText(QCoreApplication.translate("AlertForm", u"Open the &incident", None))
        self.alert_document_button.setText(QCoreApplication.translate("AlertForm", u"Urgent alert &document\u2026", None))
        pass
    # retranslateUi

