#include "applicationtablemodel.h"

#include "screening/workrepository.h"
#include "storage/applicationrepository.h"
#include "storage/database.h"
#include "text/swedish.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

ApplicationTableModel::ApplicationTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](Database::Topic topic) {
        if (topic == Database::Topic::Applications) {
            if (auto r = reload(); !r)
                emit loadFailed(r.error());
        } else if (topic == Database::Topic::Work || topic == Database::Topic::Jurors) {
            if (auto r = reloadProgress(); !r)
                emit loadFailed(r.error());
        }
    });
    if (auto r = reload(); !r)
        emit loadFailed(r.error());
}

Result<void> ApplicationTableModel::reload()
{
    auto rows = ApplicationRepository(m_db).rows();
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = std::move(rows).value();
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
    m_titleKeys.clear();
    m_titleRanks.clear();
    rankMunicipalities();
    endResetModel();
    return reloadProgress();
}

void ApplicationTableModel::rankMunicipalities()
{
    // A round has at most 290 municipalities: their names are ordered once, and every row
    // takes the ranks of its municipality.
    QHash<QString, int> firstRowOf;
    for (int i = 0; i < m_rows.size(); ++i)
        firstRowOf.insert(m_rows.at(i).municipalityCode, i);
    const auto ranksOf = [this, &firstRowOf](QString ApplicationRow::*field) {
        QStringList keys;
        for (int row : std::as_const(firstRowOf))
            keys << cachedKey(m_rows.at(row).*field);
        keys.sort();
        keys.removeDuplicates();
        QHash<QString, int> rankByCode;
        for (auto it = firstRowOf.cbegin(); it != firstRowOf.cend(); ++it)
            rankByCode.insert(it.key(), int(std::lower_bound(keys.cbegin(), keys.cend(),
                                                             cachedKey(m_rows.at(*it).*field))
                                            - keys.cbegin()));
        return rankByCode;
    };
    const QHash<QString, int> municipality = ranksOf(&ApplicationRow::municipality);
    const QHash<QString, int> county = ranksOf(&ApplicationRow::county);
    const QHash<QString, int> group = ranksOf(&ApplicationRow::group);
    m_ranks.clear();
    m_ranks.reserve(m_rows.size());
    for (const ApplicationRow &row : std::as_const(m_rows))
        m_ranks.append({municipality.value(row.municipalityCode),
                        county.value(row.municipalityCode), group.value(row.municipalityCode)});
}

const QList<int> &ApplicationTableModel::titleRanks() const
{
    if (m_titleRanks.isEmpty() && !m_rows.isEmpty()) {
        QList<int> order(m_rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [this](int l, int r) { return titleKey(l) < titleKey(r); });
        m_titleRanks.resize(m_rows.size());
        int rank = 0;
        for (int i = 0; i < order.size(); ++i) {
            if (i > 0 && titleKey(order.at(i)) != titleKey(order.at(i - 1)))
                rank = i;
            m_titleRanks[order.at(i)] = rank;
        }
    }
    return m_titleRanks;
}

int ApplicationTableModel::progressRank(const ApplicationRow &row) const
{
    if (m_viewer.isOrganiser()) {
        loadAllScoredBy(); // sorting compares every row
        return m_scoredBy.value(row.id);
    }
    return int(m_progress.value(row.id, Progress::Unread));
}

QString ApplicationTableModel::progressKeyAt(int row) const
{
    if (m_viewer.isOrganiser())
        return QString();
    switch (m_progress.value(m_rows.at(row).id, Progress::Unread)) {
    case Progress::Unread:
        return QStringLiteral("unread");
    case Progress::Read:
        return QStringLiteral("read");
    case Progress::Scored:
        return QStringLiteral("scored");
    case Progress::Conflicted:
        return QStringLiteral("conflicted");
    }
    return QString();
}

int ApplicationTableModel::compare(int column, int leftRow, int rightRow) const
{
    const ApplicationRow &l = m_rows.at(leftRow);
    const ApplicationRow &r = m_rows.at(rightRow);
    const auto order = [](auto a, auto b) { return a < b ? -1 : (b < a ? 1 : 0); };
    switch (column) {
    case MunicipalityColumn:
        return order(m_ranks.at(leftRow).municipality, m_ranks.at(rightRow).municipality);
    case CountyColumn:
        return order(m_ranks.at(leftRow).county, m_ranks.at(rightRow).county);
    case GroupColumn:
        return order(m_ranks.at(leftRow).group, m_ranks.at(rightRow).group);
    case PopulationColumn:
        return order(l.population, r.population);
    case TitleColumn:
        return order(titleRanks().at(leftRow), titleRanks().at(rightRow));
    case StatusColumn:
        return order(int(l.status), int(r.status));
    case ProgressColumn:
        return order(progressRank(l), progressRank(r));
    }
    return 0;
}

void ApplicationTableModel::setViewer(const Viewer &viewer)
{
    m_viewer = viewer;
    if (auto r = reloadProgress(); !r)
        emit loadFailed(r.error());
    headerDataChanged(Qt::Horizontal, ProgressColumn, ProgressColumn);
}

Result<void> ApplicationTableModel::reloadProgress()
{
    WorkRepository work(m_db);
    m_progress.clear();
    m_scoredBy.clear();
    m_scoredByComplete = false;
    m_conflictsOn.clear();
    if (!m_viewer.isOrganiser()) {
        auto progress = work.progress(m_viewer.jurorId);
        if (!progress)
            return progress.error();
        m_progress = progress.value();
    } else {
        // Opening a large round must not count every score: the counts are read as rows
        // are shown (see scoredBy()).
        m_scoredByComplete = false;
        auto conflicts = work.allConflicts();
        if (!conflicts)
            return conflicts.error();
        for (const Conflict &k : conflicts.value())
            ++m_conflictsOn[k.applicationId];
        auto jurors = m_db.scalar(QStringLiteral("SELECT count(*) FROM juror"));
        if (!jurors)
            return jurors.error();
        m_jurors = jurors.value().toInt();
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ProgressColumn), index(rowCount() - 1, ProgressColumn));
    return {};
}

int ApplicationTableModel::scoredBy(qint64 applicationId) const
{
    const auto it = m_scoredBy.constFind(applicationId);
    if (it != m_scoredBy.constEnd())
        return *it;
    if (m_scoredByComplete)
        return 0;
    auto count = WorkRepository(m_db).scoredByCountOn(applicationId);
    if (!count) {
        emit const_cast<ApplicationTableModel *>(this)->loadFailed(count.error());
        return 0;
    }
    m_scoredBy.insert(applicationId, count.value());
    return count.value();
}

void ApplicationTableModel::loadAllScoredBy() const
{
    if (m_scoredByComplete)
        return;
    auto all = WorkRepository(m_db).scoredByCount();
    if (!all) {
        emit const_cast<ApplicationTableModel *>(this)->loadFailed(all.error());
        return;
    }
    m_scoredBy = all.value();
    m_scoredByComplete = true;
}

int ApplicationTableModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

int ApplicationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApplicationTableModel::cachedKey(const QString &text) const
{
    auto it = m_keyCache.constFind(text);
    if (it == m_keyCache.constEnd())
        it = m_keyCache.insert(text, Swedish::sortKey(text));
    return *it;
}

QString ApplicationTableModel::titleKey(int row) const
{
    if (m_titleKeys.isEmpty()) {
        m_titleKeys.reserve(m_rows.size());
        for (const ApplicationRow &r : m_rows)
            m_titleKeys.append(Swedish::sortKey(r.title));
    }
    return m_titleKeys.at(row);
}

QVariant ApplicationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApplicationRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MunicipalityColumn:
            return row.municipality;
        case CountyColumn:
            return row.county;
        case GroupColumn:
            return row.group;
        case PopulationColumn:
            return QLocale().toString(row.population);
        case TitleColumn:
            return row.title.isEmpty() ? tr("(no title)") : row.title;
        case StatusColumn:
            return applicationStatusTitle(row.status);
        case ProgressColumn:
            if (m_viewer.isOrganiser())
                return tr("%1 of %2")
                    .arg(scoredBy(row.id))
                    .arg(m_jurors - m_conflictsOn.value(row.id));
            return progressTitle(m_progress.value(row.id, Progress::Unread));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PopulationColumn)
            return tr("%1 inhabitants (%2)")
                .arg(QLocale().toString(row.population))
                .arg(row.populationYear);
        if (index.column() == TitleColumn)
            return row.title;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PopulationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return row.id;
    case UuidRole:
        return row.uuid.toString(QUuid::WithoutBraces);
    case SortKeyRole:
        switch (index.column()) {
        case MunicipalityColumn:
            return cachedKey(row.municipality);
        case CountyColumn:
            return cachedKey(row.county);
        case GroupColumn:
            return cachedKey(row.group);
        case PopulationColumn:
            return row.population;
        case TitleColumn:
            return titleKey(index.row());
        case StatusColumn:
            return int(row.status);
        case ProgressColumn:
            return progressRank(row);
        }
        break;
    case CountyRole:
        return row.county;
    case GroupRole:
        return row.group;
    case StatusKeyRole:
        return applicationStatusKey(row.status);
    case MunicipalityCodeRole:
        return row.municipalityCode;
    case ProgressKeyRole:
        return progressKeyAt(index.row());
    default:
        break;
    }
    return {};
}

QVariant ApplicationTableModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MunicipalityColumn:
        return tr("Municipality");
    case CountyColumn:
        return tr("County");
    case GroupColumn:
        return tr("Municipality group");
    case PopulationColumn:
        return tr("Population");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return m_viewer.isOrganiser() ? tr("Scored by") : tr("My assessment");
    }
    return {};
}
