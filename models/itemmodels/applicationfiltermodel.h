#pragma once

#include "application.h"
#include "search/searchquery.h"

#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

/// Filters an ApplicationTableModel by county, municipality group, status and search hits, and
/// sorts it in Swedish order (…, Z, Å, Ä, Ö) or, while searching, by relevance.
class ApplicationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ApplicationFilterModel(QObject *parent = nullptr);

    /// Empty strings mean "all".
    void setCounty(const QString &county);
    void setGroup(const QString &group);
    void setStatus(const QString &statusKey);
    /// "unread", "read", "scored", "unscored" (not fully scored) or "" for all.
    void setProgress(const QString &progressKey);
    QString county() const { return m_county; }
    QString group() const { return m_group; }
    QString status() const { return m_status; }

    /// Limits the rows to search hits; std::nullopt shows every row. Sorted by relevance, the
    /// best come first, and equally good hits in Swedish order of municipality.
    void setSearchHits(const std::optional<QList<SearchQuery::Hit>> &hits);
    bool isSearching() const { return m_relevanceById.has_value(); }

    /// Sorts by search relevance until a column is chosen with sort().
    void sortByRelevance();
    bool sortedByRelevance() const { return m_byRelevance; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// The source: its rows are read and compared directly, not through item data.
    class ApplicationTableModel *m_table = nullptr;
    QString m_county;
    QString m_group;
    QString m_status;
    std::optional<ApplicationStatus> m_statusValue; ///< m_status parsed
    QString m_progress;
    std::optional<QHash<qint64, double>> m_relevanceById;
    bool m_byRelevance = false;
};
