# Generated from accompdesk/resources/forms/commitment_form.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commitment_form.ui'
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
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from accompdesk.gui.areas.meetings.commitment_history import CommitmentHistory
from accompdesk.gui.common.widgets.date_field import DateField
from accompdesk.gui.common.widgets.link_field import LinkField
from accompdesk.gui.common.widgets.vocab_combo import VocabCombo

class Ui_CommitmentForm(object):
    def setupUi(self, CommitmentForm):
        if not CommitmentForm.objectName():
            CommitmentForm.setObjectName(u"CommitmentForm")
        CommitmentForm.resize(560, 520)
        CommitmentForm.setWindowTitle(u"Commitment")
        self.outer_layout = QVBoxLayout(CommitmentForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.commitment_layout = QFormLayout()
        self.commitment_layout.setObjectName(u"commitment_layout")
        self.commitment_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.meeting_id_label = QLabel(CommitmentForm)
        self.meeting_id_label.setObjectName(u"meeting_id_label")
        self.meeting_id_label.setText(u"Meeting")

        self.commitment_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meeting_id_label)

        self.meeting_id = LinkField(CommitmentForm)
        self.meeting_id.setObjectName(u"meeting_id")

        self.commitment_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meeting_id)

        self.text_label = QLabel(CommitmentForm)
        self.text_label.setObjectName(u"text_label")
        self.text_label.setText(u"Commitment")

        self.commitment_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text = QPlainTextEdit(CommitmentForm)
        self.text.setObjectName(u"text")
        self.text.setTabChangesFocus(True)

        self.commitment_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.text)

        self.due_on_label = QLabel(CommitmentForm)
        self.due_on_label.setObjectName(u"due_on_label")
        self.due_on_label.setText(u"Due")

        self.commitment_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.due_on_label)

        self.due_row = QHBoxLayout()
        self.due_row.setObjectName(u"due_row")
        self.due_on = DateField(CommitmentForm)
        self.due_on.setObjectName(u"due_on")

        self.due_row.addWidget(self.due_on)

        self.due_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.due_row.addItem(self.due_spacer)


        self.commitment_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.due_row)

        self.status_label = QLabel(CommitmentForm)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"Status")

        self.commitment_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_row = QHBoxLayout()
        self.status_row.setObjectName(u"status_row")
        self.status = VocabCombo(CommitmentForm)
        self.status.setObjectName(u"status")

        self.status_row.addWidget(self.status)

        self.status_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.status_row.addItem(self.status_spacer)


        self.commitment_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.status_row)

        self.status_note_label = QLabel(CommitmentForm)
        self.status_note_label.setObjectName(u"status_note_label")
        self.status_note_label.setText(u"Note on status")

        self.commitment_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.status_note_label)

        self.status_note = QPlainTextEdit(CommitmentForm)
        self.status_note.setObjectName(u"status_note")
        self.status_note.setTabChangesFocus(True)

        self.commitment_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status_note)

        self.history_label = QLabel(CommitmentForm)
        self.history_label.setObjectName(u"history_label")

        self.commitment_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.history_label)

        self.history = CommitmentHistory(CommitmentForm)
        self.history.setObjectName(u"history")

        self.commitment_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.history)


        self.outer_layout.addLayout(self.commitment_layout)

#if QT_CONFIG(shortcut)
        self.meeting_id_label.setBuddy(self.meeting_id)
        self.text_label.setBuddy(self.text)
        self.due_on_label.setBuddy(self.due_on)
        self.status_label.setBuddy(self.status)
        self.status_note_label.setBuddy(self.status_note)
        self.history_label.setBuddy(self.history)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.meeting_id, self.text)
        QWidget.setTabOrder(self.text, self.due_on)
        QWidget.setTabOrder(self.due_on, self.status)
        QWidget.setTabOrder(self.status, self.status_note)
        QWidget.setTabOrder(self.status_note, self.history)

        self.retranslateUi(CommitmentForm)

        QMetaObject.connectSlotsByName(CommitmentForm)
    # setupUi

    def retranslateUi(self, CommitmentForm):
        self.history_label.setText(QCoreApplication.translate("CommitmentForm", u"History of its status", None))
        pass
    # retranslateUi

