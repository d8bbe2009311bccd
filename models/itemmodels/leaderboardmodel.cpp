#include "leaderboardmodel.h"

#include "reference/municipalityregistry.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "text/swedish.h"

#include <QLocale>
#include <QFont>
#include <QPointF>

LeaderboardModel::LeaderboardModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](Database::Topic) {
        if (auto r = reload(); !r)
            emit loadFailed(r.error());
    });
    (void)reload();
}

Result<void> LeaderboardModel::reload()
{
    auto board = Leaderboard::load(m_db);
    if (!board)
        return board.error();
    auto round = RoundRepository(m_db).load();
    if (!round)
        return round.error();
    auto jurors = JurorRepository(m_db).list();
    if (!jurors)
        return jurors.error();
    beginResetModel();
    m_board = board.value();
    m_suggestion = m_board.suggestion(round->settings.finalistCount);
    m_jurorNames.clear();
    m_jurorIndex.clear();
    for (const Juror &j : jurors.value()) {
        m_jurorIndex.insert(j.id, int(m_jurorNames.size()));
        m_jurorNames << j.name;
    }
    endResetModel();
    return {};
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_board.entries.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeaderboardEntry &e = m_board.entries.at(index.row());
    const QLocale locale;
    const auto number = [&](const std::optional<double> &v, int decimals) {
        return v ? locale.toString(*v, 'f', decimals) : QStringLiteral("–");
    };
    const auto rank = [](const std::optional<int> &r) {
        return r ? QString::number(*r) : QStringLiteral("–");
    };
    const auto jurorScoresText = [&] {
        QStringList parts;
        for (const auto &[juror, score] : e.jurorScores)
            parts << QStringLiteral("%1 %2").arg(m_jurorNames.value(m_jurorIndex.value(juror)),
                                                 locale.toString(score, 'f', 1));
        return parts.isEmpty() ? tr("No scores yet") : parts.join(QStringLiteral("; "));
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return rank(e.rank);
        case MunicipalityColumn:
            return e.municipality;
        case TitleColumn:
            return e.title;
        case ScoreColumn:
            return number(e.score, 2);
        case NormalizedColumn:
            return number(e.normalizedScore, 2);
        case PlotColumn:
            return QString();
        case RecommendationsColumn:
            return tr("%1 / %2 / %3").arg(e.yes).arg(e.maybe).arg(e.no);
        case JurorsColumn:
            return e.jurorsScored;
        case SpreadColumn:
            return number(e.spread, 2);
        case DiscussColumn:
            return e.discuss ? tr("Discuss") : QString();
        case GroupColumn:
            return e.group;
        case GroupRankColumn:
            return rank(e.groupRank);
        case ClassRankColumn:
            return rank(e.populationClassRank);
        }
        break;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (index.column() == PlotColumn)
            return jurorScoresText();
        if (index.column() == RecommendationsColumn)
            return tr("Yes %1, maybe %2, no %3").arg(e.yes).arg(e.maybe).arg(e.no);
        if (index.column() == ClassRankColumn)
            return MunicipalityRegistry::populationClassTitle(e.populationClass);
        if (role == Qt::AccessibleTextRole)
            return data(index, Qt::DisplayRole);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != MunicipalityColumn && index.column() != TitleColumn
            && index.column() != GroupColumn && index.column() != DiscussColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (m_suggestion.contains(e.applicationId)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case IdRole:
        return e.applicationId;
    case SuggestedRole:
        return m_suggestion.contains(e.applicationId);
    case JurorScoresRole: {
        QVariantList points;
        for (const auto &[juror, score] : e.jurorScores)
            points << QPointF(m_jurorIndex.value(juror), score);
        return points;
    }
    case SortKeyRole:
        switch (index.column()) {
        case RankColumn:
            return e.rank ? *e.rank : 1000000;
        case MunicipalityColumn:
            return Swedish::sortKey(e.municipality);
        case TitleColumn:
            return Swedish::sortKey(e.title);
        case ScoreColumn:
        case PlotColumn:
            return e.score.value_or(-1e9);
        case NormalizedColumn:
            return e.normalizedScore.value_or(-1e9);
        case RecommendationsColumn:
            return e.yes * 10000 + e.maybe * 100 - e.no;
        case JurorsColumn:
            return e.jurorsScored;
        case SpreadColumn:
            return e.spread.value_or(-1);
        case DiscussColumn:
            return int(e.discuss);
        case GroupColumn:
            return Swedish::sortKey(e.group);
        case GroupRankColumn:
            return e.groupRank.value_or(1000000);
        case ClassRankColumn:
            return e.populationClassRank.value_or(1000000);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NormalizedColumn:
            return tr("The score after evening out lenient and harsh jurors (mean of each "
                      "juror's standardised scores).");
        case SpreadColumn:
            return tr("Standard deviation of the jurors' scores.");
        case DiscussColumn:
            return tr("The jurors' scores lie at least 40 % of the scale apart.");
        case GroupRankColumn:
            return tr("Rank among applications from the same SKR municipality group.");
        case ClassRankColumn:
            return tr("Rank among municipalities of the same size.");
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case MunicipalityColumn:
        return tr("Municipality");
    case TitleColumn:
        return tr("Title");
    case ScoreColumn:
        return tr("Score");
    case NormalizedColumn:
        return tr("Normalised");
    case PlotColumn:
        return tr("Jurors' scores");
    case RecommendationsColumn:
        return tr("Yes / maybe / no");
    case JurorsColumn:
        return tr("Jurors");
    case SpreadColumn:
        return tr("Spread");
    case DiscussColumn:
        return tr("Discuss");
    case GroupColumn:
        return tr("Municipality group");
    case GroupRankColumn:
        return tr("Rank in group");
    case ClassRankColumn:
        return tr("Rank by size");
    }
    return {};
}
