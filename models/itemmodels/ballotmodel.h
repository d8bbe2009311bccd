#pragma once

#include "result.h"
#include "vote/ballotrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QUuid>

class Database;

/// What a juror can do to a finalist on the ballot.
enum class BallotEdit {
    MoveUp,       ///< one step better: ahead of its ties, or past the group above
    MoveDown,     ///< one step worse: behind its ties, or past the group below
    TieWithAbove, ///< equal to the finalist above (an unranked one joins the last ranked)
    Untie,        ///< no longer equal to the finalist above
    Unrank,       ///< unranked: below every ranked finalist
};

/// One juror's ballot in the final vote, best first: the ranked finalists (groups of ties,
/// each in the order the juror made them equal), then the unranked ones, then those the
/// juror has a conflict of interest on, which cannot be ranked. Every edit, by keyboard or by
/// drag and drop, is stored at once with BallotRepository::setRanks; a refused edit changes
/// nothing.
class BallotModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, MunicipalityColumn, TitleColumn, ColumnCount };

    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 application id
        RankRole,                  ///< int: the rank, 1 = best; 0 when unranked or conflicted
        StandingRole,              ///< int: a BallotModel::Standing
        SharedRole,                ///< bool: ranked and tied with another finalist
    };

    enum class Standing { Ranked, Unranked, Conflicted };

    /// The drag-and-drop format: this model's token and the application id.
    static QString mimeType();

    explicit BallotModel(Database &db, QObject *parent = nullptr);

    /// Shows @p jurorId's ballot; 0 shows nothing (the organiser is no juror).
    void setJuror(qint64 jurorId);
    qint64 jurorId() const { return m_juror; }
    /// Reads the ballot and the round's phase again.
    Result<void> reload();

    /// Whether the ballot can change now: a juror is set and the round is in the vote.
    bool isEditable() const { return m_editable; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /// Whether @p edit would change the finalist on @p row.
    bool canEdit(BallotEdit edit, int row) const;
    /// Applies @p edit to the finalist on @p row and stores the ballot; doing nothing when it
    /// would change nothing, refused when the finalist cannot be ranked.
    Result<void> edit(BallotEdit edit, int row);
    /// Puts the finalist on @p row where a drop before @p targetRow puts it (rowCount(): at
    /// the end): between two finalists of different rank it gets a rank of its own, between
    /// two tied ones it joins their tie, below the ranked ones it is unranked, except directly
    /// below the last ranked, where it becomes the last ranked.
    Result<void> place(int row, int targetRow);

    int rowOf(qint64 applicationId) const { return int(m_rows.indexOf(applicationId)); }
    qint64 idAt(int row) const { return m_rows.value(row); }
    Standing standing(int row) const;
    /// The rank on @p row, 1 = best; 0 when unranked or conflicted.
    int rank(int row) const;
    /// The other finalists tied with the one on @p row.
    QList<qint64> tiedWith(int row) const;
    const BallotChoice &choice(qint64 applicationId) const;
    /// Finalists the juror can rank, and how many of them are ranked.
    int rankableCount() const;
    int rankedCount() const;

signals:
    /// A finalist was dropped in a new place (and stored).
    void dropped(qint64 applicationId);
    void editFailed(const Error &error);
    void loadFailed(const Error &error);

private:
    struct Layout
    {
        QList<QList<qint64>> groups; ///< ranked, best first; ties share a group
        QList<qint64> unranked;
        QList<qint64> conflicted;

        bool operator==(const Layout &o) const
        {
            return groups == o.groups && unranked == o.unranked && conflicted == o.conflicted;
        }
        bool operator!=(const Layout &o) const { return !(*this == o); }
        QList<qint64> rows() const;
        /// Where @p id is: group index and position in it; group -1 when not ranked.
        std::pair<int, int> find(qint64 id) const;
        /// Takes @p id out of its group or the unranked ones.
        void remove(qint64 id);
    };

    std::optional<Layout> edited(BallotEdit edit, qint64 id) const;
    Result<void> store(Layout next);
    void normalise(Layout &layout) const;
    static bool sameRanks(const Layout &a, const Layout &b);
    void apply(const Layout &next);
    Error conflictError(qint64 id) const;
    QString rankText(int row) const;

    Database &m_db;
    const QUuid m_token = QUuid::createUuid(); // drops only from this model's own list
    qint64 m_juror = 0;
    bool m_editable = false;
    bool m_storing = false;
    QHash<qint64, BallotChoice> m_choices;
    QHash<qint64, int> m_order; // Swedish order of the finalists
    Layout m_layout;
    QList<qint64> m_rows;
};
