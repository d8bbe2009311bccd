#pragma once

#include "vote/followuprepository.h"

#include <QDialog>

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

/// Records a finalist's answer: pasted text and/or a PDF, the date it was received, and
/// whether it answers the whole letter or one question.
class AnswerDialog : public QDialog
{
    Q_OBJECT

public:
    AnswerDialog(Database &db, qint64 applicationId, QWidget *parent = nullptr);

    QComboBox *questionChoice() const { return m_question; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *pdfField() const { return m_pdf; }
    QDateEdit *receivedEdit() const { return m_received; }
    QString errorText() const;

    /// Stores the answer; false, with the message shown in the dialog, when refused.
    bool store();

private:
    void choosePdf();

    Database &m_db;
    qint64 m_application;
    QList<FollowupQuestion> m_questions;
    QComboBox *m_question;
    QPlainTextEdit *m_text;
    QLineEdit *m_pdf;
    QDateEdit *m_received;
    QLabel *m_error;
};
