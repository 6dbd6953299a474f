# Generated from accompdesk/resources/forms/report_options.ui by pyside6-uic. Do not edit:
# change the .ui file in Qt Designer, then run `python -m tools.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_options.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from accompdesk.gui.common.widgets.date_field import CompactDateField

class Ui_ReportOptions(object):
    def setupUi(self, ReportOptions):
        if not ReportOptions.objectName():
            ReportOptions.setObjectName(u"ReportOptions")
        ReportOptions.resize(520, 640)
        self.outerLayout = QVBoxLayout(ReportOptions)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.documentLabel = QLabel(ReportOptions)
        self.documentLabel.setObjectName(u"documentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentCombo = QComboBox(ReportOptions)
        self.documentCombo.setObjectName(u"documentCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.documentCombo)

        self.incidentLabel = QLabel(ReportOptions)
        self.incidentLabel.setObjectName(u"incidentLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.incidentLabel)

        self.incidentCombo = QComboBox(ReportOptions)
        self.incidentCombo.setObjectName(u"incidentCombo")
        self.incidentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.incidentCombo.setMinimumContentsLength(20)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.incidentCombo)

        self.followUpCheck = QCheckBox(ReportOptions)
        self.followUpCheck.setObjectName(u"followUpCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.followUpCheck)

        self.recipientLabel = QLabel(ReportOptions)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientEdit = QLineEdit(ReportOptions)
        self.recipientEdit.setObjectName(u"recipientEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recipientEdit)

        self.periodLabel = QLabel(ReportOptions)
        self.periodLabel.setObjectName(u"periodLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromDate = CompactDateField(ReportOptions)
        self.fromDate.setObjectName(u"fromDate")

        self.periodLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(ReportOptions)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toDate = CompactDateField(ReportOptions)
        self.toDate.setObjectName(u"toDate")

        self.periodLayout.addWidget(self.toDate)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.regionsLabel = QLabel(ReportOptions)
        self.regionsLabel.setObjectName(u"regionsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.regionsLabel)

        self.regionsEdit = QLineEdit(ReportOptions)
        self.regionsEdit.setObjectName(u"regionsEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.regionsEdit)

        self.audienceLabel = QLabel(ReportOptions)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.audienceLabel)

        self.audienceCombo = QComboBox(ReportOptions)
        self.audienceCombo.setObjectName(u"audienceCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.audienceCombo)

        self.languageLabel = QLabel(ReportOptions)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(ReportOptions)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.pageSizeLabel = QLabel(ReportOptions)
        self.pageSizeLabel.setObjectName(u"pageSizeLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.pageSizeLabel)

        self.pageSizeCombo = QComboBox(ReportOptions)
        self.pageSizeCombo.setObjectName(u"pageSizeCombo")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.pageSizeCombo)

        self.formatLabel = QLabel(ReportOptions)
        self.formatLabel.setObjectName(u"formatLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(ReportOptions)
        self.formatCombo.setObjectName(u"formatCombo")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.contextLabel = QLabel(ReportOptions)
        self.contextLabel.setObjectName(u"contextLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.contextLabel)

        self.contextEdit = QPlainTextEdit(ReportOptions)
        self.contextEdit.setObjectName(u"contextEdit")
        self.contextEdit.setTabChangesFocus(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.contextEdit)

        self.requestsLabel = QLabel(ReportOptions)
        self.requestsLabel.setObjectName(u"requestsLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.requestsLabel)

        self.requestsEdit = QPlainTextEdit(ReportOptions)
        self.requestsEdit.setObjectName(u"requestsEdit")
        self.requestsEdit.setTabChangesFocus(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.requestsEdit)

        self.concernsLabel = QLabel(ReportOptions)
        self.concernsLabel.setObjectName(u"concernsLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.concernsLabel)

        self.concernsEdit = QPlainTextEdit(ReportOptions)
        self.concernsEdit.setObjectName(u"concernsEdit")
        self.concernsEdit.setTabChangesFocus(True)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.concernsEdit)

        self.draftButton = QPushButton(ReportOptions)
        self.draftButton.setObjectName(u"draftButton")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.draftButton)

        self.actionsLabel = QLabel(ReportOptions)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.actionsLabel)

        self.actionsEdit = QPlainTextEdit(ReportOptions)
        self.actionsEdit.setObjectName(u"actionsEdit")
        self.actionsEdit.setTabChangesFocus(True)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.actionsEdit)

        self.changesLabel = QLabel(ReportOptions)
        self.changesLabel.setObjectName(u"changesLabel")

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.changesLabel)

        self.changesEdit = QPlainTextEdit(ReportOptions)
        self.changesEdit.setObjectName(u"changesEdit")
        self.changesEdit.setTabChangesFocus(True)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.changesEdit)


        self.outerLayout.addLayout(self.form)

#if QT_CONFIG(shortcut)
        self.documentLabel.setBuddy(self.documentCombo)
        self.incidentLabel.setBuddy(self.incidentCombo)
        self.recipientLabel.setBuddy(self.recipientEdit)
        self.periodLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.regionsLabel.setBuddy(self.regionsEdit)
        self.audienceLabel.setBuddy(self.audienceCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.pageSizeLabel.setBuddy(self.pageSizeCombo)
        self.formatLabel.setBuddy(self.formatCombo)
        self.contextLabel.setBuddy(self.contextEdit)
        self.requestsLabel.setBuddy(self.requestsEdit)
        self.concernsLabel.setBuddy(self.concernsEdit)
        self.actionsLabel.setBuddy(self.actionsEdit)
        self.changesLabel.setBuddy(self.changesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.documentCombo, self.incidentCombo)
        QWidget.setTabOrder(self.incidentCombo, self.followUpCheck)
        QWidget.setTabOrder(self.followUpCheck, self.recipientEdit)
        QWidget.setTabOrder(self.recipientEdit, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.regionsEdit)
        QWidget.setTabOrder(self.regionsEdit, self.audienceCombo)
        QWidget.setTabOrder(self.audienceCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.pageSizeCombo)
        QWidget.setTabOrder(self.pageSizeCombo, self.formatCombo)
        QWidget.setTabOrder(self.formatCombo, self.contextEdit)
        QWidget.setTabOrder(self.contextEdit, self.requestsEdit)
        QWidget.setTabOrder(self.requestsEdit, self.concernsEdit)
        QWidget.setTabOrder(self.concernsEdit, self.draftButton)
        QWidget.setTabOrder(self.draftButton, self.actionsEdit)
        QWidget.setTabOrder(self.actionsEdit, self.changesEdit)

        self.retranslateUi(ReportOptions)

        QMetaObject.connectSlotsByName(ReportOptions)
    # setupUi

    def retranslateUi(self, ReportOptions):
        ReportOptions.setWindowTitle(QCoreApplication.translate("ReportOptions", u"Document options", None))
        self.documentLabel.setText(QCoreApplication.translate("ReportOptions", u"&Document:", None))
        self.incidentLabel.setText(QCoreApplication.translate("ReportOptions", u"&Incident:", None))
        self.followUpCheck.setText(QCoreApplication.translate("ReportOptions", u"&Follow-up to the incident's first alert", None))
        self.recipientLabel.setText(QCoreApplication.translate("ReportOptions", u"&Recipient:", None))
        self.recipientEdit.setPlaceholderText(QCoreApplication.translate("ReportOptions", u"e.g. Embassy of Norway", None))
        self.periodLabel.setText(QCoreApplication.translate("ReportOptions", u"&Period:", None))
        self.toLabel.setText(QCoreApplication.translate("ReportOptions", u"to", None))
        self.regionsLabel.setText(QCoreApplication.translate("ReportOptions", u"Re&gions:", None))
        self.regionsEdit.setPlaceholderText(QCoreApplication.translate("ReportOptions", u"All regions (or several, separated by commas)", None))
        self.audienceLabel.setText(QCoreApplication.translate("ReportOptions", u"&Audience:", None))
        self.languageLabel.setText(QCoreApplication.translate("ReportOptions", u"&Language:", None))
        self.pageSizeLabel.setText(QCoreApplication.translate("ReportOptions", u"Pa&ge size:", None))
        self.formatLabel.setText(QCoreApplication.translate("ReportOptions", u"&Format:", None))
        self.contextLabel.setText(QCoreApplication.translate("ReportOptions", u"&Context:", None))
        self.contextEdit.setPlaceholderText(QCoreApplication.translate("ReportOptions", u"The situation in your words; left empty, the document leaves a marked place for it.", None))
        self.requestsLabel.setText(QCoreApplication.translate("ReportOptions", u"Re&quests:", None))
        self.requestsEdit.setPlaceholderText(QCoreApplication.translate("ReportOptions", u"What the office asks of the recipient.", None))
        self.concernsLabel.setText(QCoreApplication.translate("ReportOptions", u"Key co&ncerns:", None))
        self.concernsEdit.setPlaceholderText(QCoreApplication.translate("ReportOptions", u"One concern per line; left empty, drafted from the record.", None))
        self.draftButton.setText(QCoreApplication.translate("ReportOptions", u"&Draft concerns and requests from the record", None))
        self.actionsLabel.setText(QCoreApplication.translate("ReportOptions", u"Recommended a&ctions:", None))
        self.actionsEdit.setPlaceholderText(QCoreApplication.translate("ReportOptions", u"Left empty, the standard recommended actions.", None))
        self.changesLabel.setText(QCoreApplication.translate("ReportOptions", u"What c&hanged:", None))
        self.changesEdit.setPlaceholderText(QCoreApplication.translate("ReportOptions", u"Since the first alert, in your words.", None))
    # retranslateUi

