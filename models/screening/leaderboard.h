#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

class Database;

/// What the leaderboard is computed from: each non-conflicted juror's weighted mean per
/// application (already on the common scale), and the recommendation counts.
struct LeaderboardInput
{
    double scaleMin = 1;
    double scaleMax = 5;

    struct Application
    {
        qint64 id = 0;
        QUuid uuid;
        QString municipality;
        QString title;
        QString group;
        int population = 0;
    };
    QList<Application> applications;

    /// Each non-conflicted juror's score (weighted mean over the criteria they scored), kept
    /// both ways the computation reads it: by application (juror id, score) and by juror.
    QHash<qint64, QList<QPair<qint64, double>>> scoresByApplication;
    QHash<qint64, QList<double>> scoresByJuror;

    struct Votes
    {
        int yes = 0;
        int maybe = 0;
        int no = 0;
    };
    QHash<qint64, Votes> recommendations;
    /// Every application of the round: false for a part, which gets no ranks and no
    /// normalised scores (both compare with every application).
    bool whole = true;
};

/// One application's line on the leaderboard.
struct LeaderboardEntry
{
    qint64 applicationId = 0;
    QUuid uuid;
    QString municipality;
    QString title;
    QString group;
    int population = 0;
    int populationClass = 0;

    std::optional<double> score;           ///< mean over jurors of their weighted means
    std::optional<double> normalizedScore; ///< the same over each juror's z-scores
    std::optional<double> spread;          ///< standard deviation of the jurors' scores
    int yes = 0;
    int maybe = 0;
    int no = 0;
    int jurorsScored = 0;
    bool discuss = false; ///< the jurors' scores span at least 40 % of the scale

    std::optional<int> rank;
    std::optional<int> groupRank;
    std::optional<int> populationClassRank;

    /// Each juror's score (on the common scale), by juror id, for the plot.
    QList<QPair<qint64, double>> jurorScores;
};

/// The screening leaderboard, best first.
///
/// Each juror's score for an application is the weighted mean of the criteria they scored
/// (weights normalised over those criteria; criteria with different scales are first mapped
/// linearly onto the common scale, from the lowest minimum to the highest maximum). The
/// application's score is the mean over its non-conflicted jurors. The normalised score does
/// the same with each juror's scores standardised (z-scores over every application that juror
/// scored, population standard deviation; a juror whose scores are all equal contributes 0).
/// Order: score, then more "ja", then Swedish alphabetical order of municipality and title.
/// Applications no one has scored come last, without rank.
struct Leaderboard
{
    double scaleMin = 1;
    double scaleMax = 5;
    QList<LeaderboardEntry> entries;
    QHash<qint64, int> indexById; ///< position in entries, by application id

    static Leaderboard compute(LeaderboardInput input);
    /// Reads the input from the round file and computes.
    static Result<Leaderboard> load(Database &db);
    /// Only the applications @p ids, in the order of the whole leaderboard, with their scores
    /// and votes but without ranks or normalised scores. Quick on a large round.
    static Result<Leaderboard> loadOnly(Database &db, const QSet<qint64> &ids);

    /// The first @p count scored applications: the suggested finalists.
    QList<qint64> suggestion(int count) const;
    const LeaderboardEntry *entry(qint64 applicationId) const;

private:
    static Result<Leaderboard> load(Database &db, const QSet<qint64> *only);
};
