# Generated from accompdesk/resources/forms/checkin_schedule_form.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkin_schedule_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from accompdesk.gui.common.operations.fields import WeekdayCombo
from accompdesk.gui.common.widgets.link_field import LinkField
from accompdesk.gui.common.widgets.vocab_combo import VocabCombo

class Ui_CheckInScheduleForm(object):
    def setupUi(self, CheckInScheduleForm):
        if not CheckInScheduleForm.objectName():
            CheckInScheduleForm.setObjectName(u"CheckInScheduleForm")
        CheckInScheduleForm.resize(640, 520)
        CheckInScheduleForm.setWindowTitle(u"Check-in schedule")
        self.outer_layout = QVBoxLayout(CheckInScheduleForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.person_id_label = QLabel(CheckInScheduleForm)
        self.person_id_label.setObjectName(u"person_id_label")
        self.person_id_label.setText(u"person_id")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.person_id_label)

        self.person_id = LinkField(CheckInScheduleForm)
        self.person_id.setObjectName(u"person_id")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person_id)

        self.organisation_id_label = QLabel(CheckInScheduleForm)
        self.organisation_id_label.setObjectName(u"organisation_id_label")
        self.organisation_id_label.setText(u"organisation_id")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisation_id_label)

        self.organisation_id = LinkField(CheckInScheduleForm)
        self.organisation_id.setObjectName(u"organisation_id")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation_id)

        self.frequency_label = QLabel(CheckInScheduleForm)
        self.frequency_label.setObjectName(u"frequency_label")
        self.frequency_label.setText(u"frequency")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.frequency_label)

        self.frequency = VocabCombo(CheckInScheduleForm)
        self.frequency.setObjectName(u"frequency")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.frequency)

        self.weekday_label = QLabel(CheckInScheduleForm)
        self.weekday_label.setObjectName(u"weekday_label")
        self.weekday_label.setText(u"weekday_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.weekday_label)

        self.weekday_edit = WeekdayCombo(CheckInScheduleForm)
        self.weekday_edit.setObjectName(u"weekday_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.weekday_edit)

        self.at_time_label = QLabel(CheckInScheduleForm)
        self.at_time_label.setObjectName(u"at_time_label")
        self.at_time_label.setText(u"at_time")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.at_time_label)

        self.at_time = QLineEdit(CheckInScheduleForm)
        self.at_time.setObjectName(u"at_time")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.at_time)

        self.active = QCheckBox(CheckInScheduleForm)
        self.active.setObjectName(u"active")
        self.active.setText(u"active")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.active)

        self.notes_label = QLabel(CheckInScheduleForm)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setText(u"notes")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(CheckInScheduleForm)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes)


        self.outer_layout.addLayout(self.fields_layout)

#if QT_CONFIG(shortcut)
        self.person_id_label.setBuddy(self.person_id)
        self.organisation_id_label.setBuddy(self.organisation_id)
        self.frequency_label.setBuddy(self.frequency)
        self.weekday_label.setBuddy(self.weekday_edit)
        self.at_time_label.setBuddy(self.at_time)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person_id, self.organisation_id)
        QWidget.setTabOrder(self.organisation_id, self.frequency)
        QWidget.setTabOrder(self.frequency, self.weekday_edit)
        QWidget.setTabOrder(self.weekday_edit, self.at_time)
        QWidget.setTabOrder(self.at_time, self.active)
        QWidget.setTabOrder(self.active, self.notes)

        self.retranslateUi(CheckInScheduleForm)

        QMetaObject.connectSlotsByName(CheckInScheduleForm)
    # setupUi

    def retranslateUi(self, CheckInScheduleForm):
        pass
    # retranslateUi

