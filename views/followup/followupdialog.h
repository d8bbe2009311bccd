#pragma once

#include "result.h"
#include "vote/followuprepository.h"

#include <QDialog>

class Database;
class QCheckBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;

/// The organiser's follow-up questions, finalist by finalist: the jurors' proposals with
/// their authors, approved one by one or merged into one question; the finalist's question
/// list in the order of the letter with its reply-by date; the answers received; and the
/// question letters, all finalists at once. Every change is stored at once.
class FollowupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FollowupDialog(Database &db, QWidget *parent = nullptr);

    QListWidget *finalistList() const { return m_finalists; }
    QListWidget *proposalList() const { return m_proposals; }
    QListWidget *questionList() const { return m_questions; }
    QListWidget *answerList() const { return m_answers; }
    QDateEdit *replyByEdit() const { return m_replyBy; }
    QCheckBox *replyByCheck() const { return m_hasReplyBy; }
    qint64 currentFinalist() const;
    void setCurrentFinalist(qint64 applicationId);

    /// Approves the ticked proposals: each as its own question, or (@p merged) all as one
    /// question with @p text. Returns false, with the message shown, when refused.
    bool approveProposals(bool merged, const QString &text = QString());
    /// Adds a question the organiser wrote.
    bool addQuestion(const QString &text);
    bool editQuestion(int row, const QString &text);
    bool removeQuestion(int row);
    bool moveQuestion(int row, int delta);
    /// Writes the letters of every finalist with questions into @p folder.
    Result<QStringList> writeLetters(const QString &folder);
    QString statusText() const;

signals:
    void failed(const Error &error);
    void announced(const QString &text);

private:
    void fillFinalists();
    void refresh();
    void updateButtons();
    void report(const Error &error);
    QList<QuestionProposal> tickedProposals() const;
    void chooseMerge();
    void chooseAdd();
    void chooseEdit();
    void chooseAnswer();
    void chooseLetters();
    void storeReplyBy();
    bool editable() const;

    Database &m_db;
    QList<qint64> m_finalistIds;
    QList<QuestionProposal> m_proposalData;
    QList<FollowupQuestion> m_questionData;
    bool m_filling = false;
    QListWidget *m_finalists;
    QLabel *m_heading;
    QListWidget *m_proposals;
    QPushButton *m_approve;
    QPushButton *m_merge;
    QListWidget *m_questions;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QCheckBox *m_hasReplyBy;
    QDateEdit *m_replyBy;
    QListWidget *m_answers;
    QPushButton *m_answer;
    QPushButton *m_letters;
    QLabel *m_status;
};
