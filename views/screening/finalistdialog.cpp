#include "finalistdialog.h"

#include "screening/finalistrepository.h"
#include "screening/leaderboard.h"
#include "storage/database.h"
#include "storage/roundrepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { ChosenColumn, RankColumn, MunicipalityColumn, TitleColumn, ScoreColumn, YesColumn, SuggestedColumn };
}

FinalistDialog::FinalistDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_reasonLabel(new QLabel(this))
{
    setWindowTitle(tr("Choose the finalists"));
    auto round = RoundRepository(db).load();
    auto board = Leaderboard::load(db);
    auto previous = FinalistRepository(db).load();
    if (round)
        m_wanted = round->settings.finalistCount;
    QSet<QUuid> previouslyChosen;
    if (previous && previous.value()) {
        for (const QUuid &uuid : previous.value()->chosen)
            previouslyChosen.insert(uuid);
        m_reason->setPlainText(previous.value()->reason);
    }

    auto *intro = new QLabel(tr("The suggestion is the %n highest scored application(s); ties "
                                "go to more “yes”, then to Swedish alphabetical order. Tick the "
                                "finalists. A choice that differs from the suggestion needs a "
                                "reason, which is kept in the round and printed in the protocol.",
                                nullptr, m_wanted),
                             this);
    intro->setWordWrap(true);

    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Finalist"), tr("Rank"), tr("Municipality"), tr("Title"),
                                        tr("Score"), tr("Yes"), tr("Suggestion")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Applications by rank"));
    m_table->setAccessibleDescription(tr("Space ticks or unticks the chosen application."));
    const QLocale locale;
    if (board) {
        const QList<qint64> suggestion = board->suggestion(m_wanted);
        m_suggestion = QSet<qint64>(suggestion.cbegin(), suggestion.cend());
        m_table->setRowCount(int(board->entries.size()));
        for (int row = 0; row < board->entries.size(); ++row) {
            const LeaderboardEntry &e = board->entries.at(row);
            const bool suggested = m_suggestion.contains(e.applicationId);
            // The tick says it all on screen; a screen reader hears "Finalist".
            auto *check = new QTableWidgetItem();
            check->setData(Qt::AccessibleTextRole, tr("Finalist"));
            check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            const bool ticked = previouslyChosen.isEmpty() ? suggested : previouslyChosen.contains(e.uuid);
            check->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
            check->setData(Qt::UserRole, e.applicationId);
            m_table->setItem(row, ChosenColumn, check);
            m_table->setItem(row, RankColumn, new QTableWidgetItem(e.rank ? QString::number(*e.rank) : QStringLiteral("–")));
            m_table->setItem(row, MunicipalityColumn, new QTableWidgetItem(e.municipality));
            m_table->setItem(row, TitleColumn, new QTableWidgetItem(e.title));
            m_table->setItem(row, ScoreColumn, new QTableWidgetItem(e.score ? locale.toString(*e.score, 'f', 2) : QStringLiteral("–")));
            m_table->setItem(row, YesColumn, new QTableWidgetItem(QString::number(e.yes)));
            m_table->setItem(row, SuggestedColumn, new QTableWidgetItem(suggested ? tr("Suggested") : QString()));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(TitleColumn, std::min(m_table->columnWidth(TitleColumn), 320));
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemChanged, this, &FinalistDialog::updateState);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        QTableWidgetItem *check = m_table->item(item->row(), ChosenColumn);
        check->setCheckState(check->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Choice"));
    m_reason->setAccessibleName(tr("Reason for the choice"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(fontMetrics().height() * 5);
    m_reasonLabel->setBuddy(m_reason);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &FinalistDialog::updateState);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_choose = buttons->addButton(tr("&Choose these finalists"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        if (store())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(860, 620);
    updateState();
}

QList<qint64> FinalistDialog::chosen() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, ChosenColumn);
        if (item && item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void FinalistDialog::setChosen(int row, bool chosen)
{
    m_table->item(row, ChosenColumn)->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
}

QString FinalistDialog::statusText() const
{
    return m_status->text();
}

void FinalistDialog::updateState()
{
    const QList<qint64> ids = chosen();
    const bool deviates = QSet<qint64>(ids.cbegin(), ids.cend()) != m_suggestion;
    const bool reasoned = !m_reason->toPlainText().trimmed().isEmpty();
    QString status = tr("%1 of %2 finalists chosen.").arg(ids.size()).arg(m_wanted);
    if (deviates)
        status += QLatin1Char(' ') + tr("The choice differs from the suggestion.");
    else
        status += QLatin1Char(' ') + tr("The choice follows the suggestion.");
    m_status->setText(status);
    m_reasonLabel->setText(deviates ? tr("&Reason for the choice (required):")
                                    : tr("&Reason for the choice (optional):"));
    // Fewer scored than finalists wanted: the shorter suggestion may be chosen as it is.
    const bool countOk = ids.size() == m_wanted || !deviates;
    m_choose->setEnabled(!ids.isEmpty() && countOk && (!deviates || reasoned));
}

bool FinalistDialog::store()
{
    auto result = FinalistRepository(m_db).choose(chosen(), m_reason->toPlainText());
    if (!result) {
        m_status->setText(result.error().toString());
        return false;
    }
    return true;
}
