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

void ApplicationFilterModel::setSearchHits(const std::optional<QList<qint64>> &rankedIds)
{
    if (!rankedIds && !m_rankById)
        return;
    if (rankedIds) {
        QHash<qint64, int> ranks;
        ranks.reserve(rankedIds->size());
        for (int i = 0; i < rankedIds->size(); ++i)
            ranks.insert(rankedIds->at(i), i);
        m_rankById = std::move(ranks);
    } else {
        m_rankById.reset();
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
    if (m_rankById && !m_rankById->contains(row.id))
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
    if (m_byRelevance && m_rankById) {
        const int lr = m_rankById->value(l.id);
        const int rr = m_rankById->value(r.id);
        // Relevance is always best first, whatever order the header shows.
        return sortOrder() == Qt::AscendingOrder ? lr < rr : lr > rr;
    }
    // Equal keys: municipality, then row id, so the order never depends on the sort algorithm.
    int c = m_table->compare(left.column(), left.row(), right.row());
    if (c == 0)
        c = m_table->compare(ApplicationTableModel::MunicipalityColumn, left.row(), right.row());
    if (c != 0)
        return c < 0;
    return l.id < r.id;
}
