#pragma once

#include "result.h"
#include "screening.h"

#include <QHash>
#include <QList>

class Database;
struct Round;

/// A juror's screening work on applications: scores with notes, recommendations,
/// comments, conflicts of interest and what has been read. Every write is one transaction,
/// refused with a message when the phase, a conflict of interest or the scale forbids it.
class WorkRepository
{
    Q_DECLARE_TR_FUNCTIONS(WorkRepository)

public:
    explicit WorkRepository(Database &db) : m_db(db) {}

    // Scores
    /// The juror's scores on an application, by criterion id (cleared scores included).
    Result<QHash<qint64, Score>> scores(qint64 jurorId, qint64 applicationId) const;
    /// Every juror's scores on an application.
    Result<QList<Score>> scoresOn(qint64 applicationId) const;
    /// Sets (or with no value clears) a score and its note.
    Result<void> setScore(qint64 jurorId, qint64 applicationId, qint64 criterionId,
                          std::optional<int> value, const QString &note);

    // Recommendations
    Result<std::optional<Recommendation>> recommendation(qint64 jurorId,
                                                         qint64 applicationId) const;
    /// Every juror's recommendation on an application, by juror id.
    Result<QHash<qint64, Recommendation>> recommendationsOn(qint64 applicationId) const;
    Result<void> setRecommendation(qint64 jurorId, qint64 applicationId,
                                   std::optional<Recommendation> value);

    // Comments
    /// The comments @p viewer may read on an application, oldest first.
    Result<QList<Comment>> comments(const Viewer &viewer, qint64 applicationId) const;
    Result<Comment> addComment(qint64 jurorId, qint64 applicationId, const QString &body,
                               bool shared);
    /// Changes a comment; only its author may.
    Result<void> editComment(qint64 jurorId, const QUuid &comment, const QString &body,
                             bool shared);
    /// Deletes a comment, keeping a tombstone so that the deletion can travel.
    Result<void> deleteComment(qint64 jurorId, const QUuid &comment);
    /// Brings back a deleted comment (undo), as its author.
    Result<void> restoreComment(qint64 jurorId, const QUuid &comment, const QString &body,
                                bool shared);

    // Conflicts of interest
    Result<std::optional<Conflict>> conflict(qint64 jurorId, qint64 applicationId) const;
    Result<QList<Conflict>> conflictsOn(qint64 applicationId) const;
    /// Every active conflict, for the decision record and the leaderboard.
    Result<QList<Conflict>> allConflicts() const;
    Result<void> declareConflict(qint64 jurorId, qint64 applicationId, const QString &reason,
                                 bool byOrganiser);
    Result<void> withdrawConflict(qint64 jurorId, qint64 applicationId);

    // Reading and progress
    Result<void> markRead(qint64 jurorId, qint64 applicationId);
    /// The juror's progress on every application, by application id.
    Result<QHash<qint64, Progress>> progress(qint64 jurorId) const;
    /// Applications the juror has fully scored and could score (not conflicted).
    struct Tally
    {
        int scored = 0;
        int total = 0;
    };
    Result<Tally> tally(qint64 jurorId) const;
    /// For the organiser: how many jurors have fully scored each application.
    Result<QHash<qint64, int>> scoredByCount() const;

private:
    Result<QUuid> uuidOf(const char *table, qint64 id) const;
    /// In a juror's package only that juror's work can change.
    Result<void> requireWriter(qint64 jurorId) const;
    Result<void> requireNotConflicted(qint64 jurorId, qint64 applicationId,
                                      const QString &action) const;
    Result<Comment> ownComment(qint64 jurorId, const QUuid &comment) const;

    Database &m_db;
};
