# Generated from accompdesk/resources/forms/meeting_form.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_form.ui'
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
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

from accompdesk.gui.areas.meetings.commitments_panel import CommitmentsPanel
from accompdesk.gui.areas.meetings.officials_editor import OfficialsEditor
from accompdesk.gui.common.widgets.date_field import DateField
from accompdesk.gui.common.widgets.link_field import LinkField
from accompdesk.gui.common.widgets.links_editor import LinksEditor
from accompdesk.gui.common.widgets.vocab_combo import VocabCombo

class Ui_MeetingForm(object):
    def setupUi(self, MeetingForm):
        if not MeetingForm.objectName():
            MeetingForm.setObjectName(u"MeetingForm")
        MeetingForm.resize(680, 560)
        MeetingForm.setWindowTitle(u"Meeting")
        self.outer_layout = QVBoxLayout(MeetingForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(MeetingForm)
        self.tabs.setObjectName(u"tabs")
        self.meeting_tab = QWidget()
        self.meeting_tab.setObjectName(u"meeting_tab")
        self.meeting_layout = QFormLayout(self.meeting_tab)
        self.meeting_layout.setObjectName(u"meeting_layout")
        self.meeting_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.held_on_label = QLabel(self.meeting_tab)
        self.held_on_label.setObjectName(u"held_on_label")
        self.held_on_label.setText(u"Date")

        self.meeting_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_on_label)

        self.date_row = QHBoxLayout()
        self.date_row.setObjectName(u"date_row")
        self.held_on = DateField(self.meeting_tab)
        self.held_on.setObjectName(u"held_on")

        self.date_row.addWidget(self.held_on)

        self.status = VocabCombo(self.meeting_tab)
        self.status.setObjectName(u"status")

        self.date_row.addWidget(self.status)

        self.date_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.date_row.addItem(self.date_spacer)


        self.meeting_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.date_row)

        self.authority_id_label = QLabel(self.meeting_tab)
        self.authority_id_label.setObjectName(u"authority_id_label")
        self.authority_id_label.setText(u"Authority")

        self.meeting_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authority_id_label)

        self.authority_id = LinkField(self.meeting_tab)
        self.authority_id.setObjectName(u"authority_id")

        self.meeting_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authority_id)

        self.place_label = QLabel(self.meeting_tab)
        self.place_label.setObjectName(u"place_label")
        self.place_label.setText(u"Place")

        self.meeting_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(self.meeting_tab)
        self.place.setObjectName(u"place")

        self.meeting_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place)

        self.purpose_label = QLabel(self.meeting_tab)
        self.purpose_label.setObjectName(u"purpose_label")
        self.purpose_label.setText(u"Purpose")

        self.meeting_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose = QLineEdit(self.meeting_tab)
        self.purpose.setObjectName(u"purpose")

        self.meeting_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.officials_label = QLabel(self.meeting_tab)
        self.officials_label.setObjectName(u"officials_label")
        self.officials_label.setText(u"Officials present")

        self.meeting_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.officials_label)

        self.officials_list = OfficialsEditor(self.meeting_tab)
        self.officials_list.setObjectName(u"officials_list")

        self.meeting_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.officials_list)

        self.volunteers_label = QLabel(self.meeting_tab)
        self.volunteers_label.setObjectName(u"volunteers_label")
        self.volunteers_label.setText(u"Volunteers in the delegation")

        self.meeting_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.volunteers_label)

        self.volunteers_list = LinksEditor(self.meeting_tab)
        self.volunteers_list.setObjectName(u"volunteers_list")

        self.meeting_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.volunteers_list)

        self.delegation_label = QLabel(self.meeting_tab)
        self.delegation_label.setObjectName(u"delegation_label")
        self.delegation_label.setText(u"Office delegation")

        self.meeting_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.delegation_label)

        self.delegation = QLineEdit(self.meeting_tab)
        self.delegation.setObjectName(u"delegation")

        self.meeting_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.delegation)

        self.tabs.addTab(self.meeting_tab, "")
        self.raised_tab = QWidget()
        self.raised_tab.setObjectName(u"raised_tab")
        self.raised_layout = QVBoxLayout(self.raised_tab)
        self.raised_layout.setObjectName(u"raised_layout")
        self.incidents_label = QLabel(self.raised_tab)
        self.incidents_label.setObjectName(u"incidents_label")
        self.incidents_label.setText(u"Incidents raised")

        self.raised_layout.addWidget(self.incidents_label)

        self.incidents_list = LinksEditor(self.raised_tab)
        self.incidents_list.setObjectName(u"incidents_list")

        self.raised_layout.addWidget(self.incidents_list)

        self.persons_label = QLabel(self.raised_tab)
        self.persons_label.setObjectName(u"persons_label")
        self.persons_label.setText(u"Persons raised")

        self.raised_layout.addWidget(self.persons_label)

        self.persons_list = LinksEditor(self.raised_tab)
        self.persons_list.setObjectName(u"persons_list")

        self.raised_layout.addWidget(self.persons_list)

        self.organisations_label = QLabel(self.raised_tab)
        self.organisations_label.setObjectName(u"organisations_label")
        self.organisations_label.setText(u"Organisations raised")

        self.raised_layout.addWidget(self.organisations_label)

        self.organisations_list = LinksEditor(self.raised_tab)
        self.organisations_list.setObjectName(u"organisations_list")

        self.raised_layout.addWidget(self.organisations_list)

        self.tabs.addTab(self.raised_tab, "")
        self.said_tab = QWidget()
        self.said_tab.setObjectName(u"said_tab")
        self.said_layout = QVBoxLayout(self.said_tab)
        self.said_layout.setObjectName(u"said_layout")
        self.notes_label = QLabel(self.said_tab)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setText(u"What was said")

        self.said_layout.addWidget(self.notes_label)

        self.notes = QPlainTextEdit(self.said_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.said_layout.addWidget(self.notes)

        self.tabs.addTab(self.said_tab, "")
        self.commitments_tab = QWidget()
        self.commitments_tab.setObjectName(u"commitments_tab")
        self.commitments_layout = QVBoxLayout(self.commitments_tab)
        self.commitments_layout.setObjectName(u"commitments_layout")
        self.commitments = CommitmentsPanel(self.commitments_tab)
        self.commitments.setObjectName(u"commitments")

        self.commitments_layout.addWidget(self.commitments)

        self.follow_up_layout = QFormLayout()
        self.follow_up_layout.setObjectName(u"follow_up_layout")
        self.follow_up_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.next_meeting_on_label = QLabel(self.commitments_tab)
        self.next_meeting_on_label.setObjectName(u"next_meeting_on_label")
        self.next_meeting_on_label.setText(u"Next meeting")

        self.follow_up_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.next_meeting_on_label)

        self.next_row = QHBoxLayout()
        self.next_row.setObjectName(u"next_row")
        self.next_meeting_on = DateField(self.commitments_tab)
        self.next_meeting_on.setObjectName(u"next_meeting_on")

        self.next_row.addWidget(self.next_meeting_on)

        self.plan_next_button = QPushButton(self.commitments_tab)
        self.plan_next_button.setObjectName(u"plan_next_button")

        self.next_row.addWidget(self.plan_next_button)

        self.next_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.next_row.addItem(self.next_spacer)


        self.follow_up_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.next_row)

        self.follows_meeting_id_label = QLabel(self.commitments_tab)
        self.follows_meeting_id_label.setObjectName(u"follows_meeting_id_label")
        self.follows_meeting_id_label.setText(u"Follows the meeting")

        self.follow_up_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.follows_meeting_id_label)

        self.follows_meeting_id = LinkField(self.commitments_tab)
        self.follows_meeting_id.setObjectName(u"follows_meeting_id")

        self.follow_up_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.follows_meeting_id)


        self.commitments_layout.addLayout(self.follow_up_layout)

        self.tabs.addTab(self.commitments_tab, "")

        self.outer_layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.held_on_label.setBuddy(self.held_on)
        self.authority_id_label.setBuddy(self.authority_id)
        self.place_label.setBuddy(self.place)
        self.purpose_label.setBuddy(self.purpose)
        self.officials_label.setBuddy(self.officials_list)
        self.volunteers_label.setBuddy(self.volunteers_list)
        self.delegation_label.setBuddy(self.delegation)
        self.incidents_label.setBuddy(self.incidents_list)
        self.persons_label.setBuddy(self.persons_list)
        self.organisations_label.setBuddy(self.organisations_list)
        self.notes_label.setBuddy(self.notes)
        self.next_meeting_on_label.setBuddy(self.next_meeting_on)
        self.follows_meeting_id_label.setBuddy(self.follows_meeting_id)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.held_on)
        QWidget.setTabOrder(self.held_on, self.status)
        QWidget.setTabOrder(self.status, self.authority_id)
        QWidget.setTabOrder(self.authority_id, self.place)
        QWidget.setTabOrder(self.place, self.purpose)
        QWidget.setTabOrder(self.purpose, self.officials_list)
        QWidget.setTabOrder(self.officials_list, self.volunteers_list)
        QWidget.setTabOrder(self.volunteers_list, self.delegation)
        QWidget.setTabOrder(self.delegation, self.incidents_list)
        QWidget.setTabOrder(self.incidents_list, self.persons_list)
        QWidget.setTabOrder(self.persons_list, self.organisations_list)
        QWidget.setTabOrder(self.organisations_list, self.notes)
        QWidget.setTabOrder(self.notes, self.commitments)
        QWidget.setTabOrder(self.commitments, self.next_meeting_on)
        QWidget.setTabOrder(self.next_meeting_on, self.plan_next_button)
        QWidget.setTabOrder(self.plan_next_button, self.follows_meeting_id)

        self.retranslateUi(MeetingForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MeetingForm)
    # setupUi

    def retranslateUi(self, MeetingForm):
        self.tabs.setTabText(self.tabs.indexOf(self.meeting_tab), QCoreApplication.translate("MeetingForm", u"&Meeting", None))
        self.tabs.setTabText(self.tabs.indexOf(self.raised_tab), QCoreApplication.translate("MeetingForm", u"What was &raised", None))
        self.tabs.setTabText(self.tabs.indexOf(self.said_tab), QCoreApplication.translate("MeetingForm", u"What was sai&d", None))
        self.plan_next_button.setText(QCoreApplication.translate("MeetingForm", u"Plan the ne&xt meeting\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.commitments_tab), QCoreApplication.translate("MeetingForm", u"&Commitments and follow-up", None))
        pass
    # retranslateUi

