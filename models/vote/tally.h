#pragma once

#include <QHash>
#include <QList>
#include <QSet>

/// One juror's ranking of the finalists in the final vote.
struct Ballot
{
    qint64 jurorId = 0; ///< who cast it; the count itself does not need it
    /// Candidate id → rank, 1 = best; equal ranks are ties and only the order of the values
    /// matters (1, 1, 3 is the same as 1, 1, 2). A candidate without a rank, or with a rank
    /// below 1, is unranked: below every ranked candidate, tied with the other unranked ones.
    QHash<qint64, int> ranks;
    /// The candidates this juror is conflicted on: the ballot is read as if they did not exist.
    QSet<qint64> conflicts;
};

/// The count of the final vote by the Schulze method, with Borda and plurality beside it.
///
/// Only the candidates a juror is not conflicted on take part in that juror's ballot; a ballot
/// that ranks none of them contributes nothing to any method. Ranks of ids that are not
/// candidates are ignored. Every ranking is a list of groups of tied candidates, best first,
/// each group in the order of the candidates.
///
/// - Schulze: pairwise[i][j] is the number of jurors who rank i strictly above j. A link i→j
///   has strength pairwise[i][j] when pairwise[i][j] > pairwise[j][i], otherwise 0;
///   widestPaths[i][j] is the strength of the strongest path from i to j (a path is as
///   strong as its weakest link). i is better than j when widestPaths[i][j] >
///   widestPaths[j][i]; the ranking repeatedly takes the remaining candidates that no other
///   remaining candidate is better than.
/// - Borda: per ballot, a candidate gets 1 point for every candidate ranked strictly below it
///   and 0.5 for every other candidate tied with it (the unranked ones are tied below the
///   ranked ones); a candidate the juror is conflicted on gets nothing from that ballot.
/// - Plurality: per ballot, the best-ranked candidates share 1 point (1/k each when k tie).
struct Tally
{
    QList<qint64> candidates;          ///< the order of the matrices (duplicate ids count once)
    QList<QList<qint64>> ranking;      ///< Schulze ranking, groups of ties, best first
    QList<QList<int>> pairwise;        ///< d[i][j]: jurors ranking candidate i above candidate j
    QList<QList<int>> widestPaths;     ///< p[i][j]: strength of the strongest path from i to j
    QList<QList<qint64>> bordaRanking; ///< groups of equal Borda points, best first
    QHash<qint64, double> bordaPoints; ///< Borda points by candidate id
    QList<QList<qint64>> pluralityRanking; ///< groups of equal plurality points, best first
    QHash<qint64, double> pluralityPoints; ///< plurality points by candidate id

    /// Counts @p ballots over @p candidates, kept in the given order.
    static Tally count(const QList<qint64> &candidates, const QList<Ballot> &ballots);

    /// The first group of the Schulze ranking; more than one candidate is a tie for first.
    QList<qint64> winners() const;
    /// Whether Borda's or plurality's first group differs from Schulze's.
    bool methodsDisagree() const;
};
