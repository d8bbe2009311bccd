#include "followupdialog.h"

#include "answerdialog.h"
#include "export/documents.h"
#include "round.h"
#include "storage/database.h"
#include "storage/roundrepository.h"
#include "vote/ballotrepository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace {

/// Asks for a question's text in an editor of a few lines; empty when cancelled.
QString askQuestion(QWidget *parent, const QString &title, const QString &initial)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *label = new QLabel(FollowupDialog::tr("&Question:"), &dialog);
    auto *editor = new QPlainTextEdit(initial, &dialog);
    editor->setAccessibleName(FollowupDialog::tr("Question"));
    editor->setTabChangesFocus(true);
    label->setBuddy(editor);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(editor);
    layout->addWidget(buttons);
    dialog.resize(560, 260);
    editor->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    return editor->toPlainText().trimmed();
}

QString longDate(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : iso;
}

QPushButton *button(const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAccessibleName(accessibleName);
    return b;
}

} // namespace

FollowupDialog::FollowupDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_finalists(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_proposals(new QListWidget(this))
    , m_approve(button(tr("A&pprove"), tr("Approve the ticked proposals, each as a question"), this))
    , m_merge(button(tr("&Merge into one…"), tr("Merge the ticked proposals into one question"), this))
    , m_questions(new QListWidget(this))
    , m_add(button(tr("&New question…"), tr("Write a new question"), this))
    , m_edit(button(tr("&Edit…"), tr("Edit the chosen question"), this))
    , m_remove(button(tr("&Remove"), tr("Remove the chosen question"), this))
    , m_up(button(tr("Move &up"), tr("Move the chosen question up"), this))
    , m_down(button(tr("Move do&wn"), tr("Move the chosen question down"), this))
    , m_hasReplyBy(new QCheckBox(tr("Reply &by:"), this))
    , m_replyBy(new QDateEdit(QDate::currentDate().addDays(14), this))
    , m_answers(new QListWidget(this))
    , m_answer(button(tr("Record an &answer…"), tr("Record an answer from the finalist"), this))
    , m_letters(button(tr("Write the &letters…"), tr("Write the question letters of all finalists"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Follow-up questions"));

    auto *finalistLabel = new QLabel(tr("&Finalists:"), this);
    finalistLabel->setBuddy(m_finalists);
    m_finalists->setAccessibleName(tr("Finalists"));

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);

    m_proposals->setAccessibleName(tr("The jurors' proposals"));
    m_proposals->setAccessibleDescription(tr("Space ticks a proposal. Approve the ticked proposals, "
                                             "or merge them into one question."));
    m_proposals->setWordWrap(true);
    m_questions->setAccessibleName(tr("Questions in the letter"));
    m_questions->setWordWrap(true);
    m_answers->setAccessibleName(tr("Answers received"));
    m_answers->setWordWrap(true);
    m_hasReplyBy->setAccessibleName(tr("The letter has a reply-by date"));
    m_replyBy->setCalendarPopup(true);
    m_replyBy->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_replyBy->setAccessibleName(tr("Reply-by date"));
    m_status->setWordWrap(true);

    auto *proposalBox = new QGroupBox(tr("Proposed by the jury"), this);
    auto *proposalButtons = new QHBoxLayout;
    proposalButtons->addWidget(m_approve);
    proposalButtons->addWidget(m_merge);
    proposalButtons->addStretch();
    auto *proposalLayout = new QVBoxLayout(proposalBox);
    proposalLayout->addWidget(m_proposals);
    proposalLayout->addLayout(proposalButtons);

    auto *questionBox = new QGroupBox(tr("Questions in the letter"), this);
    auto *questionButtons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_up, m_down})
        questionButtons->addWidget(b);
    questionButtons->addStretch();
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_hasReplyBy);
    replyRow->addWidget(m_replyBy);
    replyRow->addStretch();
    auto *questionLayout = new QVBoxLayout(questionBox);
    questionLayout->addWidget(m_questions);
    questionLayout->addLayout(questionButtons);
    questionLayout->addLayout(replyRow);

    auto *answerBox = new QGroupBox(tr("Answers"), this);
    auto *answerLayout = new QVBoxLayout(answerBox);
    answerLayout->addWidget(m_answers);
    auto *answerButtons = new QHBoxLayout;
    answerButtons->addWidget(m_answer);
    answerButtons->addStretch();
    answerLayout->addLayout(answerButtons);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(finalistLabel);
    leftLayout->addWidget(m_finalists);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(proposalBox, 3);
    rightLayout->addWidget(questionBox, 3);
    rightLayout->addWidget(answerBox, 2);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({fontMetrics().averageCharWidth() * 32, fontMetrics().averageCharWidth() * 90});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_letters, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_finalists, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    connect(m_proposals, &QListWidget::itemChanged, this, &FollowupDialog::updateButtons);
    connect(m_questions, &QListWidget::currentRowChanged, this, &FollowupDialog::updateButtons);
    connect(m_questions, &QListWidget::itemActivated, this, &FollowupDialog::chooseEdit);
    connect(m_approve, &QPushButton::clicked, this, [this] { approveProposals(false); });
    connect(m_merge, &QPushButton::clicked, this, &FollowupDialog::chooseMerge);
    connect(m_add, &QPushButton::clicked, this, &FollowupDialog::chooseAdd);
    connect(m_edit, &QPushButton::clicked, this, &FollowupDialog::chooseEdit);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeQuestion(m_questions->currentRow()); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveQuestion(m_questions->currentRow(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveQuestion(m_questions->currentRow(), +1); });
    connect(m_hasReplyBy, &QCheckBox::toggled, this, &FollowupDialog::storeReplyBy);
    connect(m_replyBy, &QDateEdit::editingFinished, this, &FollowupDialog::storeReplyBy);
    connect(m_answer, &QPushButton::clicked, this, &FollowupDialog::chooseAnswer);
    connect(m_letters, &QPushButton::clicked, this, &FollowupDialog::chooseLetters);

    resize(1000, 720);
    fillFinalists();
}

bool FollowupDialog::editable() const
{
    auto round = RoundRepository(m_db).load();
    return round && round->phase == Phase::Followup && RoundRepository(m_db).requireOrganiserFile(QString()).ok();
}

void FollowupDialog::fillFinalists()
{
    const qint64 current = currentFinalist();
    auto vote = VoteResult::count(m_db);
    if (!vote) {
        report(vote.error());
        return;
    }
    m_filling = true;
    m_finalists->clear();
    m_finalistIds.clear();
    FollowupRepository repository(m_db);
    for (qint64 id : vote->finalists) {
        const auto proposalList = repository.proposals(id);
        const auto questionList = repository.questions(id);
        const auto answerList = repository.answers(id);
        const int proposals = proposalList ? int(proposalList->size()) : 0;
        const int questions = questionList ? int(questionList->size()) : 0;
        const bool answered = answerList && !answerList->isEmpty();
        QString line = vote->municipality.value(id);
        QStringList facts;
        facts << tr("%n proposal(s)", nullptr, proposals) << tr("%n question(s)", nullptr, questions);
        if (answered)
            facts << tr("answered");
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(line, facts.join(QStringLiteral(", "))),
                                         m_finalists);
        item->setData(Qt::AccessibleTextRole, QStringLiteral("%1, %2").arg(line, facts.join(QStringLiteral(", "))));
        m_finalistIds << id;
    }
    int row = int(m_finalistIds.indexOf(current));
    m_finalists->setCurrentRow(row >= 0 ? row : (m_finalistIds.isEmpty() ? -1 : 0));
    m_filling = false;
    refresh();
}

qint64 FollowupDialog::currentFinalist() const
{
    const int row = m_finalists->currentRow();
    return row >= 0 && row < m_finalistIds.size() ? m_finalistIds.at(row) : 0;
}

void FollowupDialog::setCurrentFinalist(qint64 applicationId)
{
    const int row = int(m_finalistIds.indexOf(applicationId));
    if (row >= 0)
        m_finalists->setCurrentRow(row);
}

void FollowupDialog::refresh()
{
    const qint64 id = currentFinalist();
    const int questionRow = m_questions->currentRow();
    m_proposals->clear();
    m_questions->clear();
    m_answers->clear();
    m_proposalData.clear();
    m_questionData.clear();
    if (id == 0) {
        m_heading->setText(tr("The round has no finalists yet."));
        updateButtons();
        return;
    }
    m_heading->setText(m_finalists->currentItem()->text().section(QLatin1Char('\n'), 0, 0));
    FollowupRepository repository(m_db);
    auto proposals = repository.proposals(id);
    auto questions = repository.questions(id);
    auto answers = repository.answers(id);
    auto replyBy = repository.replyBy(id);
    for (const Error *e : {proposals ? nullptr : &proposals.error(), questions ? nullptr : &questions.error(),
                           answers ? nullptr : &answers.error(), replyBy ? nullptr : &replyBy.error()}) {
        if (e) {
            report(*e);
            return;
        }
    }
    m_proposalData = proposals.value();
    m_questionData = questions.value();
    QSet<QUuid> approved;
    for (const FollowupQuestion &q : std::as_const(m_questionData))
        for (const QUuid &source : q.sources)
            approved.insert(source);

    m_proposals->blockSignals(true);
    for (const QuestionProposal &p : std::as_const(m_proposalData)) {
        QString text = tr("%1 — %2").arg(p.text, p.author);
        if (approved.contains(p.uuid))
            text += QStringLiteral(" ") + tr("(approved)");
        auto *item = new QListWidgetItem(text, m_proposals);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_proposalData.isEmpty())
        new QListWidgetItem(tr("No juror has proposed a question to this finalist."), m_proposals);
    m_proposals->blockSignals(false);

    for (int i = 0; i < m_questionData.size(); ++i)
        new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(m_questionData.at(i).text), m_questions);
    if (!m_questionData.isEmpty())
        m_questions->setCurrentRow(std::clamp(questionRow, 0, int(m_questionData.size()) - 1));

    const QSignalBlocker blockCheck(m_hasReplyBy);
    const QSignalBlocker blockDate(m_replyBy);
    const QDate date = QDate::fromString(replyBy.value(), Qt::ISODate);
    m_hasReplyBy->setChecked(date.isValid());
    if (date.isValid())
        m_replyBy->setDate(date);

    for (const Answer &a : answers.value()) {
        QString what = tr("The whole letter");
        for (int i = 0; i < m_questionData.size(); ++i)
            if (m_questionData.at(i).id == a.questionId)
                what = tr("Question %1").arg(i + 1);
        QStringList parts{tr("%1, received %2").arg(what, longDate(a.received))};
        if (!a.text.isEmpty())
            parts << a.text.left(240) + (a.text.size() > 240 ? QStringLiteral("…") : QString());
        if (!a.pdfName.isEmpty())
            parts << tr("PDF: %1").arg(a.pdfName);
        new QListWidgetItem(parts.join(QLatin1Char('\n')), m_answers);
    }
    if (answers->isEmpty())
        new QListWidgetItem(tr("No answer has been received yet."), m_answers);
    updateButtons();
}

void FollowupDialog::updateButtons()
{
    const bool edit = editable() && currentFinalist() != 0;
    auto round = RoundRepository(m_db).load();
    const bool answering = currentFinalist() != 0 && round
                           && (round->phase == Phase::Followup || round->phase == Phase::Vote)
                           && RoundRepository(m_db).requireOrganiserFile(QString()).ok();
    const int ticked = int(tickedProposals().size());
    const int row = m_questions->currentRow();
    m_approve->setEnabled(edit && ticked > 0);
    m_merge->setEnabled(edit && ticked > 1);
    m_add->setEnabled(edit);
    m_edit->setEnabled(edit && row >= 0);
    m_remove->setEnabled(edit && row >= 0);
    m_up->setEnabled(edit && row > 0);
    m_down->setEnabled(edit && row >= 0 && row < m_questionData.size() - 1);
    m_hasReplyBy->setEnabled(edit);
    m_replyBy->setEnabled(edit && m_hasReplyBy->isChecked());
    m_answer->setEnabled(answering);
    if (!round)
        return;
    if (round->phase == Phase::Followup)
        m_status->setText(tr("Tick proposals to approve them. Questions and the reply-by date are stored at once; "
                             "write the letters when every finalist's questions are ready."));
    else if (round->phase == Phase::Vote)
        m_status->setText(tr("The questions can no longer change in the final vote; answers can still be recorded."));
    else
        m_status->setText(tr("Questions can be changed in the phase “%1”.").arg(phaseTitle(Phase::Followup)));
}

QList<QuestionProposal> FollowupDialog::tickedProposals() const
{
    QList<QuestionProposal> list;
    for (int i = 0; i < m_proposalData.size() && i < m_proposals->count(); ++i)
        if (m_proposals->item(i)->checkState() == Qt::Checked)
            list << m_proposalData.at(i);
    return list;
}

void FollowupDialog::report(const Error &error)
{
    m_status->setText(error.toString());
    emit failed(error);
}

bool FollowupDialog::approveProposals(bool merged, const QString &text)
{
    const QList<QuestionProposal> ticked = tickedProposals();
    if (ticked.isEmpty())
        return false;
    FollowupRepository repository(m_db);
    if (merged) {
        QList<QUuid> sources;
        for (const QuestionProposal &p : ticked)
            sources << p.uuid;
        if (auto r = repository.addQuestion(currentFinalist(), text, sources); !r) {
            report(r.error());
            return false;
        }
    } else {
        // All or nothing: one transaction around the questions.
        Transaction transaction(m_db);
        if (!transaction.ok()) {
            report(transaction.error());
            return false;
        }
        for (const QuestionProposal &p : ticked) {
            if (auto r = repository.addQuestion(currentFinalist(), p.text, {p.uuid}); !r) {
                report(r.error());
                return false;
            }
        }
        if (auto r = transaction.commit(); !r) {
            report(r.error());
            return false;
        }
    }
    emit announced(tr("%n question(s) added to the letter.", nullptr, merged ? 1 : int(ticked.size())));
    fillFinalists();
    return true;
}

void FollowupDialog::chooseMerge()
{
    QStringList texts;
    for (const QuestionProposal &p : tickedProposals())
        texts << p.text;
    const QString text = askQuestion(this, tr("Merge into one question"), texts.join(QLatin1Char('\n')));
    if (!text.isEmpty())
        approveProposals(true, text);
}

bool FollowupDialog::addQuestion(const QString &text)
{
    if (auto r = FollowupRepository(m_db).addQuestion(currentFinalist(), text); !r) {
        report(r.error());
        return false;
    }
    fillFinalists();
    m_questions->setCurrentRow(m_questions->count() - 1);
    return true;
}

void FollowupDialog::chooseAdd()
{
    const QString text = askQuestion(this, tr("New question"), QString());
    if (!text.isEmpty())
        addQuestion(text);
}

bool FollowupDialog::editQuestion(int row, const QString &text)
{
    if (row < 0 || row >= m_questionData.size())
        return false;
    if (auto r = FollowupRepository(m_db).editQuestion(m_questionData.at(row).id, text); !r) {
        report(r.error());
        return false;
    }
    refresh();
    return true;
}

void FollowupDialog::chooseEdit()
{
    const int row = m_questions->currentRow();
    if (row < 0 || row >= m_questionData.size() || !editable())
        return;
    const QString text = askQuestion(this, tr("Edit the question"), m_questionData.at(row).text);
    if (!text.isEmpty())
        editQuestion(row, text);
}

bool FollowupDialog::removeQuestion(int row)
{
    if (row < 0 || row >= m_questionData.size())
        return false;
    if (auto r = FollowupRepository(m_db).removeQuestion(m_questionData.at(row).id); !r) {
        report(r.error());
        return false;
    }
    emit announced(tr("The question is removed."));
    fillFinalists();
    return true;
}

bool FollowupDialog::moveQuestion(int row, int delta)
{
    if (row < 0 || row >= m_questionData.size() || row + delta < 0 || row + delta >= m_questionData.size())
        return false;
    if (auto r = FollowupRepository(m_db).moveQuestion(m_questionData.at(row).id, delta); !r) {
        report(r.error());
        return false;
    }
    refresh();
    m_questions->setCurrentRow(row + delta);
    m_questions->setFocus();
    emit announced(tr("The question is now number %1.").arg(row + delta + 1));
    return true;
}

void FollowupDialog::storeReplyBy()
{
    const qint64 id = currentFinalist();
    if (id == 0)
        return;
    m_replyBy->setEnabled(m_hasReplyBy->isChecked());
    const QString date = m_hasReplyBy->isChecked() ? m_replyBy->date().toString(Qt::ISODate) : QString();
    if (auto r = FollowupRepository(m_db).setReplyBy(id, date); !r)
        report(r.error());
}

void FollowupDialog::chooseAnswer()
{
    const qint64 id = currentFinalist();
    if (id == 0)
        return;
    AnswerDialog dialog(m_db, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit announced(tr("The answer is recorded."));
        fillFinalists();
    }
}

Result<QStringList> FollowupDialog::writeLetters(const QString &folder)
{
    return Documents::exportQuestionLetters(m_db, folder);
}

void FollowupDialog::chooseLetters()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for the question letters"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    auto files = writeLetters(folder);
    if (!files) {
        report(files.error());
        return;
    }
    const QString text = tr("%n letter(s) written to %1.", nullptr, int(files->size())).arg(QDir::toNativeSeparators(folder));
    m_status->setText(text);
    emit announced(text);
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

QString FollowupDialog::statusText() const
{
    return m_status->text();
}
