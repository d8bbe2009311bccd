#pragma once

#include "result.h"
#include "vote/ballotrepository.h"

#include <QAbstractTableModel>
#include <QHash>

class Database;

/// The count of the final vote, one row per finalist in the order of the Schulze ranking
/// (which decides): its place there, its place and points by Borda and by first places, and
/// its rank in the screening. Places are shared by ties (1, 1, 3). Read again on reload().
class TallyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SchulzePlaceColumn,
        MunicipalityColumn,
        BordaPlaceColumn,
        BordaPointsColumn,
        PluralityPlaceColumn,
        PluralityPointsColumn,
        ScreeningRankColumn,
        ColumnCount
    };

    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 application id
        PlaceRole,                 ///< int: the place in the column's method, 1 = best
        WinnerRole,                ///< bool: first in the Schulze ranking
    };

    explicit TallyModel(Database &db, QObject *parent = nullptr);

    /// Counts the ballots again.
    Result<void> reload();
    const VoteResult &result() const { return m_result; }
    /// The finalists in the order of the rows: the Schulze ranking, ties in screening order.
    const QList<qint64> &order() const { return m_order; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The place of @p id in @p ranking (groups of ties, best first); 0 when absent.
    static int place(const QList<QList<qint64>> &ranking, qint64 id);
    /// Whether @p id shares its place in @p ranking with another finalist.
    static bool shared(const QList<QList<qint64>> &ranking, qint64 id);

private:
    QString placeText(const QList<QList<qint64>> &ranking, qint64 id) const;

    Database &m_db;
    VoteResult m_result;
    QList<qint64> m_order;
    QHash<qint64, int> m_screeningRank;
};
