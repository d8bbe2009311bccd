#include "tallyview.h"

#include "itemmodels/tallymatrixmodel.h"
#include "itemmodels/tallymodel.h"
#include "round.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "votetext.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A framed notice with a warning sign; the returned label's parent is the frame.
QLabel *notice(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFrameShadow(QFrame::Plain);
    frame->setLineWidth(2);
    auto *icon = new QLabel(frame);
    const int size = frame->style()->pixelMetric(QStyle::PM_LargeIconSize);
    icon->setPixmap(frame->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto *text = wrapped(frame);
    QFont bold = text->font();
    bold.setBold(true);
    text->setFont(bold);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    return text;
}

void setUpTable(QTableView *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

// The tables hold a handful of finalists: as tall as their rows, so that none scrolls.
void fitHeight(QTableView *table)
{
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->length()
                 + 2 * table->frameWidth();
    if (table->horizontalScrollBar()->isVisible())
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(height);
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

TallyView::TallyView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new TallyModel(db, this))
    , m_pairwise(new TallyMatrixModel(TallyMatrixModel::Kind::Pairwise, this))
    , m_widestPaths(new TallyMatrixModel(TallyMatrixModel::Kind::WidestPaths, this))
    , m_ballots(wrapped(this))
    , m_tie(notice(this))
    , m_disagreement(notice(this))
    , m_table(new QTableView(this))
    , m_pairwiseTable(new QTableView(this))
    , m_widestPathsTable(new QTableView(this))
    , m_refresh(new QPushButton(tr("Count &again"), this))
    , m_decide(new QPushButton(this))
{
    setWindowTitle(tr("Count of the final vote"));
    auto *title = wrapped(this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    title->setText(tr("Count of the final vote"));
    auto *intro = wrapped(this);
    intro->setText(tr("The Schulze method decides. Borda, first places and the screening are "
                      "shown beside it for comparison; the winner is in bold."));

    setUpTable(m_table);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("The finalists by the count"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();

    const auto matrixBox = [this](const QString &heading, const QString &explanation,
                                  QTableView *table, TallyMatrixModel *model) {
        auto *box = new QGroupBox(heading, this);
        auto *text = wrapped(box);
        text->setText(explanation);
        setUpTable(table);
        table->setModel(model);
        table->setAccessibleName(heading);
        table->setAccessibleDescription(explanation);
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(text);
        layout->addWidget(table, 0, Qt::AlignLeft);
        layout->addStretch();
        return box;
    };
    auto *matrices = new QHBoxLayout;
    matrices->addWidget(matrixBox(tr("Pairwise preferences"),
                                  tr("How many jurors rank the row's finalist above the "
                                     "column's."),
                                  m_pairwiseTable, m_pairwise));
    matrices->addWidget(matrixBox(tr("Strongest paths"),
                                  tr("The strength of the strongest chain of majorities from "
                                     "the row's finalist to the column's; the row comes first "
                                     "when its number is larger than the mirrored one."),
                                  m_widestPathsTable, m_widestPaths));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    buttons->addWidget(m_decide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_ballots);
    layout->addWidget(m_tie->parentWidget());
    layout->addWidget(m_disagreement->parentWidget());
    layout->addWidget(m_table, 0, Qt::AlignLeft);
    layout->addLayout(matrices);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &TallyView::refresh);
    connect(m_decide, &QPushButton::clicked, this, &TallyView::decisionRequested);
    connect(&m_db, &Database::changed, this, [this](Database::Topic topic) {
        if (topic == Database::Topic::Criteria)
            return;
        m_stale = true;
        if (isVisible())
            refresh();
    });
    resize(1000, 720);
    refresh();
}

void TallyView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TallyView::refresh()
{
    m_stale = false;
    if (auto r = m_model->reload(); !r) {
        emit failed(r.error());
        return;
    }
    m_pairwise->setResult(m_model->result(), m_model->order());
    m_widestPaths->setResult(m_model->result(), m_model->order());
    showCount();
}

void TallyView::showCount()
{
    const VoteResult &vote = m_model->result();
    const auto names = [&](const QList<qint64> &ids) {
        QStringList list;
        for (qint64 id : ids)
            list << vote.municipality.value(id);
        return VoteText::list(list);
    };
    m_ballots->setText(vote.ballots == 0 ? tr("No juror has ranked the finalists yet.")
                                         : tr("%n ballot(s) counted.", nullptr, vote.ballots));

    const QList<qint64> winners = vote.tally.winners();
    QString tie;
    if (vote.ballots > 0 && winners.size() > 1) {
        QString chair;
        if (auto jurors = JurorRepository(m_db).list()) {
            for (const Juror &j : jurors.value()) {
                if (j.chair)
                    chair = j.name;
            }
        }
        tie = chair.isEmpty()
                  ? tr("Schulze ties for first place between %1. The chair's casting vote "
                       "decides, but the jury has no chair: mark the chair in the round's "
                       "settings.")
                        .arg(names(winners))
                  : tr("Schulze ties for first place between %1. The chair's casting vote "
                       "decides (the chair: %2).")
                        .arg(names(winners), chair);
    }
    m_tie->setText(tie);
    m_tie->parentWidget()->setVisible(!tie.isEmpty());

    QString disagreement;
    if (vote.ballots > 0 && vote.disagreement) {
        QStringList parts;
        parts
            << tr("The methods do not agree on the winner. Schulze, which decides, puts %1 first.")
                   .arg(names(winners));
        const QList<qint64> borda = vote.tally.bordaRanking.value(0);
        const QList<qint64> plurality = vote.tally.pluralityRanking.value(0);
        if (sorted(borda) != sorted(winners))
            parts << tr("Borda puts %1 first.").arg(names(borda));
        if (sorted(plurality) != sorted(winners))
            parts << tr("Most first places: %1.").arg(names(plurality));
        if (sorted(vote.screeningWinners) != sorted(winners))
            parts << tr("The screening put %1 first.").arg(names(vote.screeningWinners));
        disagreement = parts.join(u' ');
    }
    m_disagreement->setText(disagreement);
    m_disagreement->parentWidget()->setVisible(!disagreement.isEmpty());

    Phase phase = Phase::Vote;
    if (auto round = RoundRepository(m_db).load())
        phase = round->phase;
    m_decide->setText(phase == Phase::Decided ? tr("Show the &decision…")
                                              : tr("Record the &decision…"));
    m_decide->setEnabled(phase == Phase::Decided || (phase == Phase::Vote && vote.ballots > 0));
    for (QTableView *table : {m_table, m_pairwiseTable, m_widestPathsTable})
        fitHeight(table);
}

QString TallyView::ballotsText() const
{
    return m_ballots->text();
}

QString TallyView::disagreementText() const
{
    return m_disagreement->parentWidget()->isHidden() ? QString() : m_disagreement->text();
}

QString TallyView::tieText() const
{
    return m_tie->parentWidget()->isHidden() ? QString() : m_tie->text();
}
