#include "applicationfiltermodel.h"

#include "applicationtablemodel.h"

using Role = ApplicationTableModel::Role;

ApplicationFilterModel::ApplicationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Role::SortKeyRole);
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

bool ApplicationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_table && m_progress.isEmpty()) {
        const ApplicationRow &row = m_table->applicationAt(sourceRow);
        return (!m_rankById || m_rankById->contains(row.id))
               && (m_county.isEmpty() || row.county == m_county)
               && (m_group.isEmpty() || row.group == m_group)
               && (m_status.isEmpty() || applicationStatusKey(row.status) == m_status);
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_rankById && !m_rankById->contains(index.data(Role::IdRole).toLongLong()))
        return false;
    if (!m_county.isEmpty() && index.data(Role::CountyRole).toString() != m_county)
        return false;
    if (!m_group.isEmpty() && index.data(Role::GroupRole).toString() != m_group)
        return false;
    if (!m_status.isEmpty() && index.data(Role::StatusKeyRole).toString() != m_status)
        return false;
    if (!m_progress.isEmpty()) {
        const QString progress = index.data(Role::ProgressKeyRole).toString();
        if (m_progress == QLatin1String("unscored"))
            return progress == QLatin1String("unread") || progress == QLatin1String("read");
        return progress == m_progress;
    }
    return true;
}

bool ApplicationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_byRelevance && m_rankById) {
        const auto id = [this](const QModelIndex &index) {
            return m_table ? m_table->applicationAt(index.row()).id
                           : index.data(Role::IdRole).toLongLong();
        };
        const int l = m_rankById->value(id(left));
        const int r = m_rankById->value(id(right));
        // Relevance is always best first, whatever order the header shows.
        return sortOrder() == Qt::AscendingOrder ? l < r : l > r;
    }
    if (m_table) {
        // Equal keys: municipality, then row id, so the order never depends on the sort algorithm.
        int c = m_table->compare(left.column(), left.row(), right.row());
        if (c == 0)
            c = m_table->compare(ApplicationTableModel::MunicipalityColumn, left.row(), right.row());
        if (c != 0)
            return c < 0;
        return m_table->applicationAt(left.row()).id < m_table->applicationAt(right.row()).id;
    }
    const QVariant l = left.data(Role::SortKeyRole);
    const QVariant r = right.data(Role::SortKeyRole);
    if (l.typeId() == QMetaType::QString) {
        const int c = l.toString().compare(r.toString());
        if (c != 0)
            return c < 0;
    } else if (l != r) {
        return l.toLongLong() < r.toLongLong();
    }
    // Equal keys: municipality, then row id, so the order never depends on the sort algorithm.
    const QModelIndex lm = left.siblingAtColumn(ApplicationTableModel::MunicipalityColumn);
    const QModelIndex rm = right.siblingAtColumn(ApplicationTableModel::MunicipalityColumn);
    const int c = lm.data(Role::SortKeyRole).toString().compare(rm.data(Role::SortKeyRole).toString());
    if (c != 0)
        return c < 0;
    return left.data(Role::IdRole).toLongLong() < right.data(Role::IdRole).toLongLong();
}
