#include "decisiondialog.h"

#include "round.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "vote/ballotrepository.h"
#include "votetext.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace {

// The length of the jury motivations published over the years.
constexpr int ShortestUsual = 80;
constexpr int LongestUsual = 150;

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

DecisionDialog::DecisionDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_intro(wrapped(this))
    , m_winnerLabel(new QLabel(this))
    , m_winner(new QComboBox(this))
    , m_winnerFixed(new QLabel(this))
    , m_winnerText(wrapped(this))
    , m_motivation(new QPlainTextEdit(this))
    , m_wordCount(new QLabel(this))
    , m_wordHint(wrapped(this))
    , m_finalistForm(nullptr)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_place(new QLineEdit(this))
    , m_error(wrapped(this))
{
    setWindowTitle(tr("The jury's decision"));
    auto *content = new QWidget;

    m_winnerLabel->setBuddy(m_winner);
    m_winner->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *motivationLabel = new QLabel(tr("The jury's &motivation:"), content);
    motivationLabel->setBuddy(m_motivation);
    m_motivation->setAccessibleName(tr("The jury's motivation"));
    m_motivation->setTabChangesFocus(true);
    m_motivation->setPlaceholderText(tr("Why the winner won: results given the municipality's "
                                        "preconditions, in 80–150 words."));
    m_motivation->setMinimumHeight(fontMetrics().height() * 9);
    m_wordHint->setForegroundRole(QPalette::PlaceholderText);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_wordCount);
    countRow->addWidget(m_wordHint, 1);
    connect(m_motivation, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateWordCount);

    auto *finalists
        = new QGroupBox(tr("Short motivations for the other finalists (optional)"), content);
    m_finalistForm = new QFormLayout(finalists);
    m_finalistForm->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Date of the decision"));
    m_place->setAccessibleName(tr("Place of the decision"));
    m_place->setPlaceholderText(tr("For example Stockholm"));

    // The winner fixed by the vote reads as text; a disabled box would be grey and hard to read.
    QFont bold = m_winnerFixed->font();
    bold.setBold(true);
    m_winnerFixed->setFont(bold);
    m_winnerFixed->setTextFormat(Qt::PlainText);
    m_winnerFixed->hide();
    auto *winnerRow = new QHBoxLayout;
    winnerRow->addWidget(m_winnerFixed);
    winnerRow->addWidget(m_winner);
    winnerRow->addStretch();
    auto *winnerForm = new QFormLayout;
    winnerForm->addRow(m_winnerLabel, winnerRow);

    m_place->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    auto *when = new QFormLayout;
    when->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    when->addRow(tr("&Date:"), m_date);
    when->addRow(tr("&Place:"), m_place);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_intro);
    contentLayout->addLayout(winnerForm);
    contentLayout->addWidget(m_winnerText);
    contentLayout->addWidget(motivationLabel);
    contentLayout->addWidget(m_motivation, 1);
    contentLayout->addLayout(countRow);
    contentLayout->addWidget(finalists);
    contentLayout->addLayout(when);
    // At 200 % text the dialog outgrows a laptop screen: it scrolls instead of clipping.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setContentsMargins(8, 6, 8, 6);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_decide = buttons->addButton(tr("&Record the decision…"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setText(tr("Close"));
    connect(m_decide, &QPushButton::clicked, this, &DecisionDialog::confirmAndDecide);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(780, 760);
    load();
    updateWordCount();
}

void DecisionDialog::load()
{
    auto vote = VoteResult::count(m_db);
    auto round = RoundRepository(m_db).load();
    auto decision = DecisionRepository(m_db).load();
    auto motivations = DecisionRepository(m_db).finalistMotivations();
    auto jurors = JurorRepository(m_db).list();
    if (!vote || !round || !decision || !motivations || !jurors) {
        showError(!vote          ? vote.error()
                  : !round       ? round.error()
                  : !decision    ? decision.error()
                  : !motivations ? motivations.error()
                                 : jurors.error());
        m_readOnly = true;
        m_decide->hide();
        return;
    }
    m_names = vote->municipality;
    QString chair;
    for (const Juror &j : jurors.value()) {
        if (j.chair)
            chair = j.name;
    }

    QList<qint64> order;
    for (const QList<qint64> &group : vote->tally.ranking)
        order += group;
    for (qint64 id : std::as_const(order)) {
        FinalistRow row;
        row.id = id;
        row.stored = motivations->value(id);
        row.label = new QLabel(m_names.value(id), this);
        row.editor = new QPlainTextEdit(row.stored, this);
        row.editor->setAccessibleName(tr("Short motivation for %1").arg(m_names.value(id)));
        row.editor->setTabChangesFocus(true);
        row.editor->setFixedHeight(fontMetrics().height() * 3 + 12);
        row.editor->installEventFilter(this);
        row.label->setBuddy(row.editor);
        m_finalistForm->addRow(row.label, row.editor);
        m_finalists << row;
    }

    if (decision->has_value()) {
        showDecision(*decision.value());
        return;
    }

    const QList<qint64> winners = vote->tally.winners();
    m_tie = vote->ballots > 0 && winners.size() > 1;
    QStringList tied;
    for (qint64 id : winners)
        tied << m_names.value(id);
    m_intro->setText(tr("%n ballot(s) counted. Recording the decision locks the round.", nullptr,
                        vote->ballots));
    if (vote->ballots == 0) {
        m_winnerLabel->setText(tr("Winner:"));
        m_winner->setAccessibleName(tr("Winner"));
        m_winner->setEnabled(false);
        m_winner->hide();
        m_winnerFixed->setText(QStringLiteral("–"));
        m_winnerFixed->show();
        m_winnerText->setText(tr("No juror has ranked the finalists yet; the decision can be "
                                 "recorded once the jury has voted."));
    } else if (!m_tie) {
        m_winnerLabel->setText(tr("Winner:"));
        m_winner->setAccessibleName(tr("Winner"));
        m_winner->addItem(m_names.value(winners.first()), winners.first());
        m_winner->setCurrentIndex(0);
        m_winner->setEnabled(false);
        m_winner->hide();
        m_winnerFixed->setText(m_names.value(winners.first()));
        m_winnerFixed->show();
        m_winnerText->setText(tr("The vote names %1 the winner (the Schulze method).")
                                  .arg(m_names.value(winners.first())));
    } else {
        m_winnerLabel->setText(tr("&Casting vote:"));
        m_winner->setAccessibleName(chair.isEmpty()
                                        ? tr("The chair's casting vote")
                                        : tr("The chair's casting vote (%1)").arg(chair));
        m_winner->setPlaceholderText(tr("Choose the winner…"));
        for (qint64 id : winners)
            m_winner->addItem(m_names.value(id), id);
        m_winner->setCurrentIndex(-1);
        m_winnerText->setText(
            chair.isEmpty()
                ? tr("The vote ties for first place between %1, and the jury has no chair to "
                     "give the casting vote. Mark the chair in the round's settings.")
                      .arg(VoteText::list(tied))
                : tr("The vote ties for first place between %1. The chair's casting vote "
                     "decides: %2 chooses the winner among them.")
                      .arg(VoteText::list(tied), chair));
    }
    connect(m_winner, &QComboBox::currentIndexChanged, this, &DecisionDialog::updateFinalistRows);

    if (round->phase != Phase::Vote) {
        m_intro->setText(tr("The decision is recorded during the final vote; the round is in "
                            "the phase “%1”.")
                             .arg(phaseTitle(round->phase)));
        m_decide->setEnabled(false);
    }
    m_decide->setEnabled(m_decide->isEnabled() && vote->ballots > 0);
    updateFinalistRows();
}

void DecisionDialog::showDecision(const Decision &decision)
{
    m_readOnly = true;
    const QLocale locale;
    const QDateTime confirmed = QDateTime::fromString(decision.confirmedAt, Qt::ISODateWithMs);
    QString intro = tr("The decision was recorded %1 and the round is locked.")
                        .arg(confirmed.isValid()
                                 ? locale.toString(confirmed.toLocalTime(), QLocale::ShortFormat)
                                 : decision.confirmedAt);
    m_intro->setText(intro);
    m_winnerLabel->setText(tr("Winner:"));
    m_winner->setAccessibleName(tr("Winner"));
    m_winner->clear();
    m_winner->addItem(m_names.value(decision.winnerId), decision.winnerId);
    m_winner->setCurrentIndex(0);
    m_winner->setEnabled(false);
    m_winner->hide();
    m_winnerFixed->setText(m_names.value(decision.winnerId));
    m_winnerFixed->show();
    m_winnerText->setText(
        decision.castingJurorName.isEmpty()
            ? tr("The vote named %1 the winner.").arg(m_names.value(decision.winnerId))
            : tr("The vote tied for first place; the chair, %1, gave the "
                 "casting vote.")
                  .arg(decision.castingJurorName));
    m_motivation->setPlainText(decision.motivation);
    m_motivation->setReadOnly(true);
    m_date->setDate(QDate::fromString(decision.date, Qt::ISODate));
    m_date->setReadOnly(true);
    m_date->setCalendarPopup(false);
    m_date->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_place->setText(decision.place);
    m_place->setReadOnly(true);
    m_place->setPlaceholderText(QString());
    m_motivation->setPlaceholderText(QString());
    for (FinalistRow &row : m_finalists)
        row.editor->setReadOnly(true);
    m_decide->hide();
    m_error->hide();
    updateFinalistRows();
    updateWordCount();
}

qint64 DecisionDialog::chosenWinner() const
{
    return m_winner->currentIndex() >= 0 ? m_winner->currentData().toLongLong() : 0;
}

void DecisionDialog::updateFinalistRows()
{
    const qint64 winner = chosenWinner();
    for (const FinalistRow &row : std::as_const(m_finalists)) {
        const bool other = row.id != winner;
        m_finalistForm->setRowVisible(row.editor, other);
    }
}

void DecisionDialog::updateWordCount()
{
    const int words = DecisionRepository::wordCount(m_motivation->toPlainText());
    m_wordCount->setText(tr("%n word(s)", nullptr, words));
    QString hint;
    if (words == 0)
        hint = tr("Published motivations are usually 80–150 words.");
    else if (words < ShortestUsual)
        hint = tr("Shorter than published motivations usually are (80–150 words).");
    else if (words > LongestUsual)
        hint = tr("Longer than published motivations usually are (80–150 words).");
    m_wordHint->setText(hint);
    m_wordHint->setVisible(!hint.isEmpty() && !m_readOnly);
    // A screen reader hears the count with the editor, not only from a label beside it.
    m_motivation->setAccessibleDescription(hint.isEmpty() || m_readOnly
                                               ? m_wordCount->text()
                                               : m_wordCount->text() + QStringLiteral(". ") + hint);
}

QPlainTextEdit *DecisionDialog::finalistMotivationEditor(qint64 applicationId) const
{
    for (const FinalistRow &row : m_finalists) {
        if (row.id == applicationId)
            return row.editor;
    }
    return nullptr;
}

QString DecisionDialog::wordCountText() const
{
    return m_wordCount->text();
}

QString DecisionDialog::wordCountHint() const
{
    return m_wordHint->isHidden() ? QString() : m_wordHint->text();
}

QString DecisionDialog::fixedWinner() const
{
    return m_winnerFixed->isHidden() ? QString() : m_winnerFixed->text();
}

QString DecisionDialog::winnerText() const
{
    return m_winnerText->text();
}

QString DecisionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DecisionDialog::showError(const Error &error)
{
    m_error->setText(error.toString());
    m_error->setVisible(!error.message.isEmpty());
}

bool DecisionDialog::storeFinalistMotivation(FinalistRow &row)
{
    const QString text = row.editor->toPlainText().trimmed();
    if (m_readOnly || text == row.stored || row.id == chosenWinner())
        return true;
    if (auto r = DecisionRepository(m_db).setFinalistMotivation(row.id, text); !r) {
        showError(r.error());
        return false;
    }
    row.stored = text;
    return true;
}

bool DecisionDialog::storeFinalistMotivations()
{
    for (FinalistRow &row : m_finalists) {
        if (!storeFinalistMotivation(row))
            return false;
    }
    return true;
}

void DecisionDialog::done(int result)
{
    // A field left by closing the dialog gets no focus-out: store what it holds first.
    storeFinalistMotivations();
    QDialog::done(result);
}

bool DecisionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        for (FinalistRow &row : m_finalists) {
            if (row.editor == watched)
                storeFinalistMotivation(row);
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool DecisionDialog::confirmAndDecide()
{
    if (m_readOnly)
        return false;
    const qint64 winner = chosenWinner();
    // What the round file would refuse anyway is refused at once, without asking to lock.
    if (winner == 0 || m_motivation->toPlainText().trimmed().isEmpty())
        return decide();
    QMessageBox box(QMessageBox::Question, tr("Record the decision"),
                    tr("The decision locks the round: after it no ballot, score or motivation "
                       "can change. Record %1 as the winner?")
                        .arg(m_names.value(winner)),
                    QMessageBox::NoButton, this);
    QPushButton *yes = box.addButton(tr("Record and lock"), QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    if (box.clickedButton() != yes)
        return false;
    return decide();
}

bool DecisionDialog::decide()
{
    if (m_readOnly)
        return false;
    // Before the lock: afterwards no motivation can change.
    if (!storeFinalistMotivations())
        return false;
    const qint64 winner = chosenWinner();
    auto result = DecisionRepository(m_db).decide(
        winner ? std::optional<qint64>(winner) : std::nullopt, m_motivation->toPlainText(),
        m_date->date().toString(Qt::ISODate), m_place->text());
    if (!result) {
        showError(result.error());
        return false;
    }
    showError(Error());
    showDecision(result.value());
    emit decided(result.value());
    return true;
}
