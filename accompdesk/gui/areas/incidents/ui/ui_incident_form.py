# Generated from accompdesk/resources/forms/incident_form.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

from accompdesk.gui.common.widgets.affected_links import AffectedLinksEditor
from accompdesk.gui.common.widgets.attachments_panel import AttachmentsPanel
from accompdesk.gui.common.widgets.date_field import DateField
from accompdesk.gui.common.widgets.link_field import LinkField
from accompdesk.gui.common.widgets.vocab_combo import VocabCombo

class Ui_IncidentForm(object):
    def setupUi(self, IncidentForm):
        if not IncidentForm.objectName():
            IncidentForm.setObjectName(u"IncidentForm")
        IncidentForm.resize(640, 520)
        IncidentForm.setWindowTitle(u"Incident")
        self.outer_layout = QVBoxLayout(IncidentForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(IncidentForm)
        self.tabs.setObjectName(u"tabs")
        self.what_tab = QWidget()
        self.what_tab.setObjectName(u"what_tab")
        self.what_layout = QFormLayout(self.what_tab)
        self.what_layout.setObjectName(u"what_layout")
        self.what_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.summary_label = QLabel(self.what_tab)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"Summary")

        self.what_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary = QLineEdit(self.what_tab)
        self.summary.setObjectName(u"summary")

        self.what_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.summary)

        self.occurred_on_label = QLabel(self.what_tab)
        self.occurred_on_label.setObjectName(u"occurred_on_label")
        self.occurred_on_label.setText(u"Date")

        self.what_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.occurred_on_label)

        self.date_row = QHBoxLayout()
        self.date_row.setObjectName(u"date_row")
        self.occurred_on = DateField(self.what_tab)
        self.occurred_on.setObjectName(u"occurred_on")

        self.date_row.addWidget(self.occurred_on)

        self.date_precision = VocabCombo(self.what_tab)
        self.date_precision.setObjectName(u"date_precision")

        self.date_row.addWidget(self.date_precision)

        self.date_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.date_row.addItem(self.date_spacer)


        self.what_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.date_row)

        self.kind_label = QLabel(self.what_tab)
        self.kind_label.setObjectName(u"kind_label")
        self.kind_label.setText(u"Kind")

        self.what_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = VocabCombo(self.what_tab)
        self.kind.setObjectName(u"kind")

        self.what_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.severity_label = QLabel(self.what_tab)
        self.severity_label.setObjectName(u"severity_label")
        self.severity_label.setText(u"Severity")

        self.what_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.severity_label)

        self.severity = VocabCombo(self.what_tab)
        self.severity.setObjectName(u"severity")

        self.what_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.severity)

        self.place_label = QLabel(self.what_tab)
        self.place_label.setObjectName(u"place_label")
        self.place_label.setText(u"Place")

        self.what_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(self.what_tab)
        self.place.setObjectName(u"place")

        self.what_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place)

        self.region_label = QLabel(self.what_tab)
        self.region_label.setObjectName(u"region_label")
        self.region_label.setText(u"Region")

        self.what_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.region_label)

        self.region = QLineEdit(self.what_tab)
        self.region.setObjectName(u"region")

        self.what_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.region)

        self.description_label = QLabel(self.what_tab)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setText(u"Description")

        self.what_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(self.what_tab)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.what_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.description)

        self.tabs.addTab(self.what_tab, "")
        self.affected_tab = QWidget()
        self.affected_tab.setObjectName(u"affected_tab")
        self.affected_layout = QVBoxLayout(self.affected_tab)
        self.affected_layout.setObjectName(u"affected_layout")
        self.affected_persons_label = QLabel(self.affected_tab)
        self.affected_persons_label.setObjectName(u"affected_persons_label")
        self.affected_persons_label.setText(u"Persons affected")

        self.affected_layout.addWidget(self.affected_persons_label)

        self.affected_persons = AffectedLinksEditor(self.affected_tab)
        self.affected_persons.setObjectName(u"affected_persons")

        self.affected_layout.addWidget(self.affected_persons)

        self.affected_organisations_label = QLabel(self.affected_tab)
        self.affected_organisations_label.setObjectName(u"affected_organisations_label")
        self.affected_organisations_label.setText(u"Organisations affected")

        self.affected_layout.addWidget(self.affected_organisations_label)

        self.affected_organisations = AffectedLinksEditor(self.affected_tab)
        self.affected_organisations.setObjectName(u"affected_organisations")

        self.affected_layout.addWidget(self.affected_organisations)

        self.tabs.addTab(self.affected_tab, "")
        self.responsibility_tab = QWidget()
        self.responsibility_tab.setObjectName(u"responsibility_tab")
        self.responsibility_layout = QFormLayout(self.responsibility_tab)
        self.responsibility_layout.setObjectName(u"responsibility_layout")
        self.responsibility_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.perpetrator_type_label = QLabel(self.responsibility_tab)
        self.perpetrator_type_label.setObjectName(u"perpetrator_type_label")
        self.perpetrator_type_label.setText(u"Alleged perpetrator")

        self.responsibility_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.perpetrator_type_label)

        self.perpetrator_type = VocabCombo(self.responsibility_tab)
        self.perpetrator_type.setObjectName(u"perpetrator_type")

        self.responsibility_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.perpetrator_type)

        self.perpetrator_authority_id_label = QLabel(self.responsibility_tab)
        self.perpetrator_authority_id_label.setObjectName(u"perpetrator_authority_id_label")
        self.perpetrator_authority_id_label.setText(u"Perpetrator unit")

        self.responsibility_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.perpetrator_authority_id_label)

        self.perpetrator_authority_id = LinkField(self.responsibility_tab)
        self.perpetrator_authority_id.setObjectName(u"perpetrator_authority_id")

        self.responsibility_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.perpetrator_authority_id)

        self.perpetrator_description_label = QLabel(self.responsibility_tab)
        self.perpetrator_description_label.setObjectName(u"perpetrator_description_label")
        self.perpetrator_description_label.setText(u"Perpetrator details")

        self.responsibility_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.perpetrator_description_label)

        self.perpetrator_description = QLineEdit(self.responsibility_tab)
        self.perpetrator_description.setObjectName(u"perpetrator_description")

        self.responsibility_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.perpetrator_description)

        self.tabs.addTab(self.responsibility_tab, "")
        self.source_tab = QWidget()
        self.source_tab.setObjectName(u"source_tab")
        self.source_layout = QFormLayout(self.source_tab)
        self.source_layout.setObjectName(u"source_layout")
        self.source_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.source_kind_label = QLabel(self.source_tab)
        self.source_kind_label.setObjectName(u"source_kind_label")
        self.source_kind_label.setText(u"Source")

        self.source_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.source_kind_label)

        self.source_kind = VocabCombo(self.source_tab)
        self.source_kind.setObjectName(u"source_kind")

        self.source_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.source_kind)

        self.source_label = QLabel(self.source_tab)
        self.source_label.setObjectName(u"source_label")
        self.source_label.setText(u"Source details")

        self.source_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source = QLineEdit(self.source_tab)
        self.source.setObjectName(u"source")

        self.source_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.source)

        self.verification_label = QLabel(self.source_tab)
        self.verification_label.setObjectName(u"verification_label")
        self.verification_label.setText(u"Verification")

        self.source_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.verification_label)

        self.verification = VocabCombo(self.source_tab)
        self.verification.setObjectName(u"verification")

        self.source_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.verification)

        self.reported = QCheckBox(self.source_tab)
        self.reported.setObjectName(u"reported")
        self.reported.setText(u"Reported to authorities")

        self.source_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.reported)

        self.reported_to_label = QLabel(self.source_tab)
        self.reported_to_label.setObjectName(u"reported_to_label")
        self.reported_to_label.setText(u"Reported to")

        self.source_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reported_to_label)

        self.reported_to = QLineEdit(self.source_tab)
        self.reported_to.setObjectName(u"reported_to")

        self.source_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reported_to)

        self.follow_up_label = QLabel(self.source_tab)
        self.follow_up_label.setObjectName(u"follow_up_label")
        self.follow_up_label.setText(u"Follow-up")

        self.source_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.follow_up_label)

        self.follow_up = VocabCombo(self.source_tab)
        self.follow_up.setObjectName(u"follow_up")

        self.source_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.follow_up)

        self.tabs.addTab(self.source_tab, "")
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
        self.summary_label.setBuddy(self.summary)
        self.occurred_on_label.setBuddy(self.occurred_on)
        self.kind_label.setBuddy(self.kind)
        self.severity_label.setBuddy(self.severity)
        self.place_label.setBuddy(self.place)
        self.region_label.setBuddy(self.region)
        self.description_label.setBuddy(self.description)
        self.affected_persons_label.setBuddy(self.affected_persons)
        self.affected_organisations_label.setBuddy(self.affected_organisations)
        self.perpetrator_type_label.setBuddy(self.perpetrator_type)
        self.perpetrator_authority_id_label.setBuddy(self.perpetrator_authority_id)
        self.perpetrator_description_label.setBuddy(self.perpetrator_description)
        self.source_kind_label.setBuddy(self.source_kind)
        self.source_label.setBuddy(self.source)
        self.verification_label.setBuddy(self.verification)
        self.reported_to_label.setBuddy(self.reported_to)
        self.follow_up_label.setBuddy(self.follow_up)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.summary, self.occurred_on)
        QWidget.setTabOrder(self.occurred_on, self.date_precision)
        QWidget.setTabOrder(self.date_precision, self.kind)
        QWidget.setTabOrder(self.kind, self.severity)
        QWidget.setTabOrder(self.severity, self.place)
        QWidget.setTabOrder(self.place, self.region)
        QWidget.setTabOrder(self.region, self.description)
        QWidget.setTabOrder(self.description, self.affected_persons)
        QWidget.setTabOrder(self.affected_persons, self.affected_organisations)
        QWidget.setTabOrder(self.affected_organisations, self.perpetrator_type)
        QWidget.setTabOrder(self.perpetrator_type, self.perpetrator_authority_id)
        QWidget.setTabOrder(self.perpetrator_authority_id, self.perpetrator_description)
        QWidget.setTabOrder(self.perpetrator_description, self.source_kind)
        QWidget.setTabOrder(self.source_kind, self.source)
        QWidget.setTabOrder(self.source, self.verification)
        QWidget.setTabOrder(self.verification, self.reported)
        QWidget.setTabOrder(self.reported, self.reported_to)
        QWidget.setTabOrder(self.reported_to, self.follow_up)
        QWidget.setTabOrder(self.follow_up, self.attachments)

        self.retranslateUi(IncidentForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(IncidentForm)
    # setupUi

    def retranslateUi(self, IncidentForm):
        self.tabs.setTabText(self.tabs.indexOf(self.what_tab), QCoreApplication.translate("IncidentForm", u"&What happened", None))
        self.tabs.setTabText(self.tabs.indexOf(self.affected_tab), QCoreApplication.translate("IncidentForm", u"Who was &affected", None))
        self.tabs.setTabText(self.tabs.indexOf(self.responsibility_tab), QCoreApplication.translate("IncidentForm", u"&Responsibility", None))
        self.tabs.setTabText(self.tabs.indexOf(self.source_tab), QCoreApplication.translate("IncidentForm", u"Source and &follow-up", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachments_tab), QCoreApplication.translate("IncidentForm", u"A&ttachments", None))
        pass
    # retranslateUi

