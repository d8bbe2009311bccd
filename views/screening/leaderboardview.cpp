#include "leaderboardview.h"

#include "itemmodels/leaderboardmodel.h"
#include "scoreplotdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QPixmap markerPixmap(int juror, const QPalette &palette, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette.color(QPalette::WindowText), 1.4));
    ScorePlotDelegate::drawMarker(&painter, juror, QPointF(size / 2.0, size / 2.0), size / 2.0 - 2);
    return pixmap;
}

} // namespace

LeaderboardView::LeaderboardView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_model(new LeaderboardModel(db, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_legend(new QWidget(this))
{
    setWindowTitle(tr("Leaderboard"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LeaderboardModel::SortKeyRole);

    auto *delegate = new ScorePlotDelegate(this);
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(LeaderboardModel::PlotColumn, delegate);
    m_table->setAccessibleName(tr("Leaderboard"));
    m_table->setAccessibleDescription(tr("Applications by score, best first. The suggested "
                                         "finalists are in bold. Enter opens the application."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->sortByColumn(LeaderboardModel::RankColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(LeaderboardModel::TitleColumn,
                            m_table->fontMetrics().averageCharWidth() * 28);
    m_table->setColumnWidth(LeaderboardModel::PlotColumn,
                            m_table->fontMetrics().averageCharWidth() * 26);

    m_summary->setWordWrap(true);
    auto *choose = new QPushButton(tr("Choose &finalists…"), this);
    auto *open = new QPushButton(tr("&Read the application"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addStretch();
    buttons->addWidget(choose);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_legend);
    layout->addLayout(buttons);
    resize(1200, 640);

    const auto activate = [this] {
        const QModelIndex index = m_table->currentIndex();
        if (index.isValid())
            emit applicationActivated(index.data(LeaderboardModel::IdRole).toLongLong());
    };
    connect(m_table, &QTableView::activated, this, activate);
    connect(open, &QPushButton::clicked, this, activate);
    connect(choose, &QPushButton::clicked, this, &LeaderboardView::chooseFinalistsRequested);
    connect(m_model, &LeaderboardModel::loadFailed, this, &LeaderboardView::failed);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, delegate] {
        delegate->setScale(m_model->scaleMin(), m_model->scaleMax());
        updateLegend();
    });
    delegate->setScale(m_model->scaleMin(), m_model->scaleMax());
    updateLegend();
}

void LeaderboardView::updateLegend()
{
    const QLocale locale;
    int scored = 0;
    for (const LeaderboardEntry &e : m_model->leaderboard().entries)
        scored += e.score.has_value();
    m_summary->setText(tr("%1 of %n application(s) have scores. Scores are on the scale %2–%3; "
                          "the suggested finalists are in bold.",
                          nullptr, int(m_model->leaderboard().entries.size()))
                           .arg(scored)
                           .arg(locale.toString(m_model->scaleMin()))
                           .arg(locale.toString(m_model->scaleMax())));
    delete m_legend->layout();
    for (QWidget *child : m_legend->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        delete child;
    auto *row = new QHBoxLayout(m_legend);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Markers:"), m_legend));
    const int size = fontMetrics().height();
    for (int i = 0; i < m_model->jurorNames().size(); ++i) {
        auto *icon = new QLabel(m_legend);
        icon->setPixmap(markerPixmap(i, palette(), size));
        row->addWidget(icon);
        row->addWidget(new QLabel(m_model->jurorNames().at(i), m_legend));
        row->addSpacing(10);
    }
    row->addWidget(new QLabel(tr("| line: mean"), m_legend));
    row->addStretch();
}
