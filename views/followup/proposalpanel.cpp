#include "proposalpanel.h"

#include "storage/applicationrepository.h"
#include "storage/database.h"
#include "storage/roundrepository.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

ProposalPanel::ProposalPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_editorLabel(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_propose(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Ca&ncel"), this))
    , m_edit(new QPushButton(tr("Change"), this))
    , m_withdraw(new QPushButton(tr("Withdraw"), this))
    , m_manage(new QPushButton(tr("Approve &questions…"), this))
{
    auto *heading = new QLabel(tr("Follow-up questions"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_intro->setWordWrap(true);

    m_list->setAccessibleName(tr("Proposed questions"));
    m_list->setAccessibleDescription(tr("Enter changes the chosen question, Delete withdraws it."));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_editor->setAccessibleName(tr("New question"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(fontMetrics().height() * 5);
    m_editor->setPlaceholderText(tr("Write one question to the finalist…"));
    m_editorLabel->setBuddy(m_editor);

    m_propose->setAccessibleName(tr("Propose the question"));
    m_propose->setToolTip(tr("Stores the question for the organiser (Ctrl+Enter)"));
    m_edit->setAccessibleName(tr("Change the chosen question"));
    m_withdraw->setAccessibleName(tr("Withdraw the chosen question"));
    m_cancel->setAccessibleName(tr("Cancel the change"));
    m_manage->setAccessibleName(tr("Approve the questions for the letters"));

    auto *submitKey = new QShortcut(QKeySequence(tr("Ctrl+Return")), m_editor);
    submitKey->setContext(Qt::WidgetShortcut);
    connect(submitKey, &QShortcut::activated, this, [this] { submit(); });
    connect(m_propose, &QPushButton::clicked, this, [this] { submit(); });
    connect(m_cancel, &QPushButton::clicked, this, &ProposalPanel::cancelEditing);
    connect(m_edit, &QPushButton::clicked, this, &ProposalPanel::editSelected);
    connect(m_withdraw, &QPushButton::clicked, this, &ProposalPanel::withdrawSelected);
    connect(m_manage, &QPushButton::clicked, this, &ProposalPanel::manageRequested);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProposalPanel::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &ProposalPanel::editSelected);
    // Delete withdraws the chosen proposal; Escape in the editor drops a change.
    auto *withdrawKey = new QShortcut(QKeySequence::Delete, m_list);
    withdrawKey->setContext(Qt::WidgetShortcut);
    connect(withdrawKey, &QShortcut::activated, this, [this] {
        if (m_withdraw->isVisible() && m_withdraw->isEnabled())
            withdrawSelected();
    });
    auto *cancelKey = new QShortcut(QKeySequence(Qt::Key_Escape), m_editor);
    cancelKey->setContext(Qt::WidgetShortcut);
    connect(cancelKey, &QShortcut::activated, this, &ProposalPanel::cancelEditing);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ProposalPanel::updateButtons);

    auto *editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_propose);
    editorButtons->addWidget(m_cancel);
    editorButtons->addStretch();
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_edit);
    listButtons->addWidget(m_withdraw);
    listButtons->addStretch();
    listButtons->addWidget(m_manage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addLayout(listButtons);
    layout->addWidget(m_editorLabel);
    layout->addWidget(m_editor);
    layout->addLayout(editorButtons);

    connect(&m_db, &Database::changed, this, [this](Database::Topic topic) {
        if (topic == Database::Topic::Work || topic == Database::Topic::Round)
            refresh();
    });
    refresh();
}

void ProposalPanel::setViewer(const Viewer &viewer)
{
    if (m_viewer == viewer)
        return;
    m_viewer = viewer;
    m_editing = QUuid();
    refresh();
}

void ProposalPanel::setApplication(qint64 applicationId)
{
    if (m_application == applicationId)
        return;
    m_application = applicationId;
    m_editing = QUuid();
    m_editor->clear();
    refresh();
}

void ProposalPanel::refresh()
{
    m_relevant = false;
    m_proposals.clear();
    m_list->clear();
    QString municipality;
    bool finalist = false;
    if (m_application != 0) {
        if (auto application = ApplicationRepository(m_db).load(m_application)) {
            municipality = application->row.municipality;
            finalist = application->row.status == ApplicationStatus::Finalist;
        }
    }
    auto round = RoundRepository(m_db).load();
    m_relevant = finalist && round && round->phase == Phase::Followup;
    if (!m_relevant) {
        updateButtons();
        return;
    }

    // The organiser sees every juror's proposals with their authors; a juror only their own.
    auto proposals = FollowupRepository(m_db).proposals(m_application, m_viewer.jurorId);
    if (!proposals) {
        emit failed(proposals.error());
        return;
    }
    m_proposals = proposals.value();
    const QUuid selected = m_editing;
    for (const QuestionProposal &p : std::as_const(m_proposals)) {
        auto *item = new QListWidgetItem(m_viewer.isOrganiser() ? tr("%1 (%2)").arg(p.text, p.author) : p.text,
                                         m_list);
        item->setData(Qt::UserRole, p.uuid);
        if (p.uuid == selected)
            m_list->setCurrentItem(item);
    }
    if (m_proposals.isEmpty()) {
        auto *item = new QListWidgetItem(m_viewer.isOrganiser() ? tr("No juror has proposed a question yet.")
                                                                : tr("You have not proposed any question yet."),
                                         m_list);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_intro->setText(m_viewer.isOrganiser()
                         ? tr("The jurors' proposals of questions to %1. Approve them, edited and merged, "
                              "into the letter to the finalist.")
                               .arg(municipality)
                         : tr("Propose questions the jury could ask %1. The organiser collects the "
                              "proposals of all jurors and sends the approved questions.")
                               .arg(municipality));
    // As tall as its proposals, within reason.
    const int lines = std::clamp(int(m_list->count()) * 2, 2, 9);
    m_list->setFixedHeight(fontMetrics().height() * lines + 2 * m_list->frameWidth() + 4);
    updateButtons();
}

void ProposalPanel::updateButtons()
{
    const bool juror = m_relevant && !m_viewer.isOrganiser();
    const bool selected = juror && !selectedProposal().isNull();
    for (QWidget *w : {static_cast<QWidget *>(m_editorLabel), static_cast<QWidget *>(m_editor),
                       static_cast<QWidget *>(m_propose), static_cast<QWidget *>(m_edit),
                       static_cast<QWidget *>(m_withdraw)})
        w->setVisible(juror);
    m_cancel->setVisible(juror && !m_editing.isNull());
    m_manage->setVisible(m_relevant && m_viewer.isOrganiser());
    m_edit->setEnabled(selected);
    m_withdraw->setEnabled(selected);
    m_propose->setEnabled(juror && !m_editor->toPlainText().trimmed().isEmpty());
    m_propose->setText(m_editing.isNull() ? tr("&Propose") : tr("&Save the change"));
    m_editorLabel->setText(m_editing.isNull() ? tr("New &question:") : tr("Change the &question:"));
    m_editor->setAccessibleName(m_editing.isNull() ? tr("New question") : tr("Changed question"));
}

QUuid ProposalPanel::selectedProposal() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toUuid() : QUuid();
}

void ProposalPanel::startProposal()
{
    cancelEditing();
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

bool ProposalPanel::submit()
{
    const QString text = m_editor->toPlainText().trimmed();
    if (!m_relevant || m_viewer.isOrganiser() || text.isEmpty())
        return false;
    FollowupRepository repository(m_db);
    if (m_editing.isNull()) {
        if (auto r = repository.propose(m_viewer.jurorId, m_application, text); !r) {
            emit failed(r.error());
            return false;
        }
        emit announced(tr("The question is proposed."));
    } else {
        if (auto r = repository.editProposal(m_viewer.jurorId, m_editing, text); !r) {
            emit failed(r.error());
            return false;
        }
        emit announced(tr("The question is changed."));
    }
    m_editing = QUuid();
    m_editor->clear();
    refresh();
    return true;
}

void ProposalPanel::editSelected()
{
    const QUuid uuid = selectedProposal();
    if (uuid.isNull() || m_viewer.isOrganiser())
        return;
    for (const QuestionProposal &p : std::as_const(m_proposals)) {
        if (p.uuid == uuid) {
            m_editing = uuid;
            m_editor->setPlainText(p.text);
            updateButtons();
            m_editor->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void ProposalPanel::withdrawSelected()
{
    const QUuid uuid = selectedProposal();
    if (uuid.isNull())
        return;
    if (auto r = FollowupRepository(m_db).withdrawProposal(m_viewer.jurorId, uuid); !r) {
        emit failed(r.error());
        return;
    }
    if (m_editing == uuid)
        cancelEditing();
    emit announced(tr("The question is withdrawn."));
    refresh();
}

void ProposalPanel::cancelEditing()
{
    m_editing = QUuid();
    m_editor->clear();
    updateButtons();
}
