#pragma once

#include "result.h"
#include "screening/leaderboard.h"

#include <QAbstractTableModel>
#include <QHash>

class Database;

/// The screening leaderboard as a table, best first.
class LeaderboardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        MunicipalityColumn,
        TitleColumn,
        ScoreColumn,
        NormalizedColumn,
        PlotColumn,
        RecommendationsColumn,
        JurorsColumn,
        SpreadColumn,
        DiscussColumn,
        GroupColumn,
        GroupRankColumn,
        ClassRankColumn,
        ColumnCount
    };

    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 application id
        SortKeyRole,               ///< a number or a Swedish collation key
        JurorScoresRole,           ///< QVariantList of QPointF(juror index, score)
        SuggestedRole,             ///< bool: among the suggested finalists
    };

    explicit LeaderboardModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Result<void> reload();
    const Leaderboard &leaderboard() const { return m_board; }
    double scaleMin() const { return m_board.scaleMin; }
    double scaleMax() const { return m_board.scaleMax; }
    /// Jurors in the order of their plot markers.
    const QStringList &jurorNames() const { return m_jurorNames; }

signals:
    void loadFailed(const Error &error);

private:
    Database &m_db;
    Leaderboard m_board;
    QList<qint64> m_suggestion;
    QStringList m_jurorNames;
    QHash<qint64, int> m_jurorIndex;
};
