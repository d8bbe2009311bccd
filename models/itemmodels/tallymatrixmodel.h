#pragma once

#include "vote/ballotrepository.h"

#include <QAbstractTableModel>

/// One of the Schulze count's matrices, read-only: rows and columns are the finalists in the
/// order of the ranking, headed by their municipalities; the diagonal is empty ("–").
class TallyMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind {
        Pairwise,    ///< how many jurors rank the row's finalist above the column's
        WidestPaths, ///< the strength of the strongest path from the row's to the column's
    };

    enum Role {
        ValueRole = Qt::UserRole + 1, ///< int, or nothing on the diagonal
        RowWinsRole,                  ///< bool: the value beats the mirrored one
    };

    explicit TallyMatrixModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// Shows @p result's matrix with the finalists in @p order.
    void setResult(const VoteResult &result, const QList<qint64> &order);
    /// The finalist on row (and column) @p section.
    qint64 idAt(int section) const { return m_order.value(section); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int value(int row, int column) const;

    Kind m_kind;
    QList<qint64> m_order;
    QList<int> m_position; // matrix index in the tally, by row
    QHash<qint64, QString> m_names;
    QList<QList<int>> m_matrix;
};
