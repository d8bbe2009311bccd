#pragma once

#include "result.h"
#include "tally.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Database;

/// A finalist as it stands on one juror's ballot.
struct BallotChoice
{
    qint64 applicationId = 0;
    QString municipality;
    QString title;
    bool conflicted = false;  ///< the juror has a conflict of interest on it: cannot rank it
    std::optional<int> rank;  ///< the juror's rank, 1 = best; empty when unranked or conflicted
};

/// The final vote's ballots: each non-conflicted juror ranks the finalists, 1 = best.
class BallotRepository
{
    Q_DECLARE_TR_FUNCTIONS(BallotRepository)

public:
    explicit BallotRepository(Database &db) : m_db(db) {}

    /// The juror's ranks by finalist id (unranked finalists absent).
    Result<QHash<qint64, int>> ranks(qint64 jurorId) const;
    /// Stores the juror's whole ballot in one transaction: @p ranks by finalist id; a finalist
    /// missing from it (or without a rank) is unranked. Equal ranks are ties.
    Result<void> setRanks(qint64 jurorId, const QHash<qint64, std::optional<int>> &ranks);
    /// The finalists as they stand on the juror's ballot, in Swedish order of municipality and
    /// title (no other order, so that nothing hints at how anyone else ranked them).
    Result<QList<BallotChoice>> choices(qint64 jurorId) const;
    /// Every juror's ballot, with the finalists each is conflicted on, for the count.
    Result<QList<Ballot>> ballots() const;

private:
    Database &m_db;
};

/// The count of the final vote and what it is shown with.
struct VoteResult
{
    QList<qint64> finalists;          ///< in the screening's order
    QHash<qint64, QString> municipality;
    QHash<qint64, QUuid> uuid;
    Tally tally;
    int ballots = 0;                  ///< ballots that ranked at least one finalist
    QList<qint64> screeningWinners;   ///< the finalist(s) first on the leaderboard
    /// Borda, plurality or the screening scores name another winner than Schulze.
    bool disagreement = false;

    static Result<VoteResult> count(Database &db);
};
