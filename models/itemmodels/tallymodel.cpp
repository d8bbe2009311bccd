#include "tallymodel.h"

#include "screening/leaderboard.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace {

// Borda points are halves, first places may be thirds: as few decimals as they need.
QString points(double value)
{
    const QLocale locale;
    if (std::abs(value - std::round(value)) < 1e-9)
        return locale.toString(qlonglong(std::llround(value)));
    if (std::abs(value * 2 - std::round(value * 2)) < 1e-9)
        return locale.toString(value, 'f', 1);
    return locale.toString(value, 'f', 2);
}

} // namespace

TallyModel::TallyModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

int TallyModel::place(const QList<QList<qint64>> &ranking, qint64 id)
{
    int place = 1;
    for (const QList<qint64> &group : ranking) {
        if (group.contains(id))
            return place;
        place += int(group.size());
    }
    return 0;
}

bool TallyModel::shared(const QList<QList<qint64>> &ranking, qint64 id)
{
    for (const QList<qint64> &group : ranking) {
        if (group.contains(id))
            return group.size() > 1;
    }
    return false;
}

Result<void> TallyModel::reload()
{
    auto result = VoteResult::count(m_db);
    if (!result)
        return result.error();
    auto board = Leaderboard::load(m_db);
    if (!board)
        return board.error();
    beginResetModel();
    m_result = std::move(result).value();
    m_order.clear();
    for (const QList<qint64> &group : std::as_const(m_result.tally.ranking))
        m_order += group;
    m_screeningRank.clear();
    for (qint64 id : std::as_const(m_order)) {
        const LeaderboardEntry *entry = board->entry(id);
        if (entry && entry->rank)
            m_screeningRank.insert(id, *entry->rank);
    }
    endResetModel();
    return {};
}

int TallyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int TallyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TallyModel::placeText(const QList<QList<qint64>> &ranking, qint64 id) const
{
    const int p = place(ranking, id);
    if (p == 0)
        return QStringLiteral("–");
    return shared(ranking, id) ? tr("%1 (shared)").arg(p) : QString::number(p);
}

QVariant TallyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 id = m_order.at(index.row());
    const Tally &tally = m_result.tally;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case SchulzePlaceColumn:
            return placeText(tally.ranking, id);
        case MunicipalityColumn:
            return m_result.municipality.value(id);
        case BordaPlaceColumn:
            return placeText(tally.bordaRanking, id);
        case BordaPointsColumn:
            return points(tally.bordaPoints.value(id));
        case PluralityPlaceColumn:
            return placeText(tally.pluralityRanking, id);
        case PluralityPointsColumn:
            return points(tally.pluralityPoints.value(id));
        case ScreeningRankColumn:
            return m_screeningRank.contains(id) ? QString::number(m_screeningRank.value(id))
                                                : QStringLiteral("–");
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != MunicipalityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (tally.winners().contains(id)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case IdRole:
        return id;
    case WinnerRole:
        return tally.winners().contains(id);
    case PlaceRole:
        switch (index.column()) {
        case SchulzePlaceColumn:
            return place(tally.ranking, id);
        case BordaPlaceColumn:
        case BordaPointsColumn:
            return place(tally.bordaRanking, id);
        case PluralityPlaceColumn:
        case PluralityPointsColumn:
            return place(tally.pluralityRanking, id);
        case ScreeningRankColumn:
            return m_screeningRank.value(id);
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TallyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SchulzePlaceColumn:
            return tr("The place by the Schulze method, which decides the vote.");
        case BordaPlaceColumn:
        case BordaPointsColumn:
            return tr("Borda count: on each ballot a finalist gets a point for every finalist "
                      "ranked below it and half a point for every finalist tied with it.");
        case PluralityPlaceColumn:
        case PluralityPointsColumn:
            return tr("First places: how many jurors ranked the finalist first (tied first "
                      "places share the point).");
        case ScreeningRankColumn:
            return tr("The finalist's rank on the screening leaderboard.");
        default:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SchulzePlaceColumn:
        return tr("Place (Schulze)");
    case MunicipalityColumn:
        return tr("Municipality");
    case BordaPlaceColumn:
        return tr("Place (Borda)");
    case BordaPointsColumn:
        return tr("Borda points");
    case PluralityPlaceColumn:
        return tr("Place (first places)");
    case PluralityPointsColumn:
        return tr("First places");
    case ScreeningRankColumn:
        return tr("Screening rank");
    }
    return {};
}
