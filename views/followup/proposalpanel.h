#pragma once

#include "result.h"
#include "screening/screening.h"
#include "vote/followuprepository.h"

#include <QWidget>

class Database;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

/// A juror's follow-up questions to the finalist being read (phase followup): write a
/// proposal, change or withdraw one's own. The organiser sees every juror's proposals here
/// and approves them in the follow-up questions dialog. Each change is stored at once.
class ProposalPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProposalPanel(Database &db, QWidget *parent = nullptr);

    void setViewer(const Viewer &viewer);
    void setApplication(qint64 applicationId);
    /// Whether the panel has anything to offer for the current application and viewer:
    /// the round is in phase followup and the application is a finalist.
    bool isRelevant() const { return m_relevant; }

    QListWidget *list() const { return m_list; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *proposeButton() const { return m_propose; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *manageButton() const { return m_manage; }

    /// Moves the keyboard to the editor for a new proposal.
    void startProposal();
    /// Stores the editor's text as a new proposal or as the change of the one being edited.
    bool submit();

signals:
    void failed(const Error &error);
    void announced(const QString &text);
    /// The organiser wants to approve the proposals into question letters.
    void manageRequested();

private:
    void refresh();
    void updateButtons();
    void editSelected();
    void withdrawSelected();
    void cancelEditing();
    QUuid selectedProposal() const;

    Database &m_db;
    Viewer m_viewer;
    qint64 m_application = 0;
    bool m_relevant = false;
    QUuid m_editing;
    QList<QuestionProposal> m_proposals;
    QLabel *m_intro;
    QListWidget *m_list;
    QLabel *m_editorLabel;
    QPlainTextEdit *m_editor;
    QPushButton *m_propose;
    QPushButton *m_cancel;
    QPushButton *m_edit;
    QPushButton *m_withdraw;
    QPushButton *m_manage;
};
