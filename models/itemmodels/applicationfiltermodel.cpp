#include "applicationfiltermodel.h"

#include "applicationtablemodel.h"

ApplicationFilterModel::ApplicationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ApplicationTableModel::SortKeyRole);
    setDynamicSortFilter(true);
}

void ApplicationFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_table = qobject_cast<ApplicationTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ApplicationFilterModel::setCounty(const QString &county)
{
    if (county == m_county)
        return;
    m_county = county;
    invalidateFilter();
}

void ApplicationFilterModel::setGroup(const QString &group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateFilter();
}

void ApplicationFilterModel::setStatus(const QString &statusKey)
{
    if (statusKey == m_status)
        return;
    m_status = statusKey;
    m_statusValue = applicationStatusFromKey(statusKey);
    invalidateFilter();
}

void ApplicationFilterModel::setProgress(const QString &progressKey)
{
    if (progressKey == m_progress)
        return;
    m_progress = progressKey;
    invalidateFilter();
}

void ApplicationFilterModel::setSearchHits(const std::optional<QList<SearchQuery::Hit>> &hits)
{
    if (!hits && !m_relevanceById)
        return;
    if (hits) {
        QHash<qint64, double> relevance;
        relevance.reserve(hits->size());
        for (const SearchQuery::Hit &hit : *hits)
            relevance.insert(hit.id, hit.relevance);
        m_relevanceById = std::move(relevance);
    } else {
        m_relevanceById.reset();
    }
    invalidateFilter();
    if (m_byRelevance)
        invalidate();
}

void ApplicationFilterModel::sortByRelevance()
{
    m_byRelevance = true;
    QSortFilterProxyModel::sort(ApplicationTableModel::MunicipalityColumn, Qt::AscendingOrder);
    invalidate();
}

void ApplicationFilterModel::sort(int column, Qt::SortOrder order)
{
    m_byRelevance = false;
    QSortFilterProxyModel::sort(column, order);
}

bool ApplicationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_table)
        return true;
    const ApplicationRow &row = m_table->applicationAt(sourceRow);
    if (m_relevanceById && !m_relevanceById->contains(row.id))
        return false;
    if (!m_county.isEmpty() && row.county != m_county)
        return false;
    if (!m_group.isEmpty() && row.group != m_group)
        return false;
    if (!m_status.isEmpty() && m_statusValue != row.status)
        return false;
    if (!m_progress.isEmpty()) {
        const QString progress = m_table->progressKeyAt(sourceRow);
        if (m_progress == QLatin1String("unscored"))
            return progress == QLatin1String("unread") || progress == QLatin1String("read");
        return progress == m_progress;
    }
    return true;
}

bool ApplicationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_table)
        return QSortFilterProxyModel::lessThan(left, right);
    const ApplicationRow &l = m_table->applicationAt(left.row());
    const ApplicationRow &r = m_table->applicationAt(right.row());
    int c = 0;
    if (m_byRelevance && m_relevanceById) {
        const double lr = m_relevanceById->value(l.id);
        const double rr = m_relevanceById->value(r.id);
        // Relevance is always best first, whatever order the header shows.
        if (lr != rr)
            return (lr > rr) == (sortOrder() == Qt::AscendingOrder);
        // Equally good hits in Swedish order of municipality (titles are ranked only when the
        // list is sorted by title: ranking 20 000 of them on a keystroke would be felt).
        c = m_table->compare(ApplicationTableModel::MunicipalityColumn, left.row(), right.row());
    } else {
        c = m_table->compare(left.column(), left.row(), right.row());
        // Equal keys: municipality, then row id, so the order never depends on the algorithm.
        if (c == 0)
            c = m_table->compare(ApplicationTableModel::MunicipalityColumn, left.row(), right.row());
    }
    if (c != 0)
        return c < 0;
    return l.id < r.id;
}
