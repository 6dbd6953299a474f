# Generated from accompdesk/resources/forms/accompaniment_form.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accompaniment_form.ui'
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

from accompdesk.gui.common.operations.fields import VolunteersField
from accompdesk.gui.common.widgets.date_field import DateTimeField
from accompdesk.gui.common.widgets.link_field import LinkField
from accompdesk.gui.common.widgets.vocab_combo import VocabCombo

class Ui_AccompanimentForm(object):
    def setupUi(self, AccompanimentForm):
        if not AccompanimentForm.objectName():
            AccompanimentForm.setObjectName(u"AccompanimentForm")
        AccompanimentForm.resize(640, 520)
        AccompanimentForm.setWindowTitle(u"Accompaniment")
        self.outer_layout = QVBoxLayout(AccompanimentForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.conflicts = QLabel(AccompanimentForm)
        self.conflicts.setObjectName(u"conflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setTextFormat(Qt.TextFormat.PlainText)

        self.outer_layout.addWidget(self.conflicts)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.person_id_label = QLabel(AccompanimentForm)
        self.person_id_label.setObjectName(u"person_id_label")
        self.person_id_label.setText(u"person_id")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.person_id_label)

        self.person_id = LinkField(AccompanimentForm)
        self.person_id.setObjectName(u"person_id")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person_id)

        self.organisation_id_label = QLabel(AccompanimentForm)
        self.organisation_id_label.setObjectName(u"organisation_id_label")
        self.organisation_id_label.setText(u"organisation_id")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisation_id_label)

        self.organisation_id = LinkField(AccompanimentForm)
        self.organisation_id.setObjectName(u"organisation_id")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation_id)

        self.kind_label = QLabel(AccompanimentForm)
        self.kind_label.setObjectName(u"kind_label")
        self.kind_label.setText(u"kind")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = VocabCombo(AccompanimentForm)
        self.kind.setObjectName(u"kind")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.status_label = QLabel(AccompanimentForm)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"status")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = VocabCombo(AccompanimentForm)
        self.status.setObjectName(u"status")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status)

        self.starts_at_label = QLabel(AccompanimentForm)
        self.starts_at_label.setObjectName(u"starts_at_label")
        self.starts_at_label.setText(u"starts_at_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.starts_at_label)

        self.starts_at_edit = DateTimeField(AccompanimentForm)
        self.starts_at_edit.setObjectName(u"starts_at_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.starts_at_edit)

        self.ends_at_label = QLabel(AccompanimentForm)
        self.ends_at_label.setObjectName(u"ends_at_label")
        self.ends_at_label.setText(u"ends_at_edit")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ends_at_label)

        self.ends_at_edit = DateTimeField(AccompanimentForm)
        self.ends_at_edit.setObjectName(u"ends_at_edit")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ends_at_edit)

        self.place_label = QLabel(AccompanimentForm)
        self.place_label.setObjectName(u"place_label")
        self.place_label.setText(u"place")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(AccompanimentForm)
        self.place.setObjectName(u"place")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.place)

        self.meeting_point_label = QLabel(AccompanimentForm)
        self.meeting_point_label.setObjectName(u"meeting_point_label")
        self.meeting_point_label.setText(u"meeting_point")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.meeting_point_label)

        self.meeting_point = QLineEdit(AccompanimentForm)
        self.meeting_point.setObjectName(u"meeting_point")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.meeting_point)

        self.volunteers_label = QLabel(AccompanimentForm)
        self.volunteers_label.setObjectName(u"volunteers_label")
        self.volunteers_label.setText(u"volunteers_edit")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.volunteers_label)

        self.volunteers_edit = VolunteersField(AccompanimentForm)
        self.volunteers_edit.setObjectName(u"volunteers_edit")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.volunteers_edit)

        self.notes_label = QLabel(AccompanimentForm)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setText(u"notes")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(AccompanimentForm)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes)


        self.outer_layout.addLayout(self.fields_layout)

#if QT_CONFIG(shortcut)
        self.person_id_label.setBuddy(self.person_id)
        self.organisation_id_label.setBuddy(self.organisation_id)
        self.kind_label.setBuddy(self.kind)
        self.status_label.setBuddy(self.status)
        self.starts_at_label.setBuddy(self.starts_at_edit)
        self.ends_at_label.setBuddy(self.ends_at_edit)
        self.place_label.setBuddy(self.place)
        self.meeting_point_label.setBuddy(self.meeting_point)
        self.volunteers_label.setBuddy(self.volunteers_edit)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person_id, self.organisation_id)
        QWidget.setTabOrder(self.organisation_id, self.kind)
        QWidget.setTabOrder(self.kind, self.status)
        QWidget.setTabOrder(self.status, self.starts_at_edit)
        QWidget.setTabOrder(self.starts_at_edit, self.ends_at_edit)
        QWidget.setTabOrder(self.ends_at_edit, self.place)
        QWidget.setTabOrder(self.place, self.meeting_point)
        QWidget.setTabOrder(self.meeting_point, self.volunteers_edit)
        QWidget.setTabOrder(self.volunteers_edit, self.notes)

        self.retranslateUi(AccompanimentForm)

        QMetaObject.connectSlotsByName(AccompanimentForm)
    # setupUi

    def retranslateUi(self, AccompanimentForm):
        pass
    # retranslateUi

