#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <optional>

/// A juror's screening recommendation: should the application be a finalist?
enum class Recommendation { Yes, Maybe, No };

/// "ja", "kanske", "nej": the words in the round file, the scoring sheet and JSON.
QString recommendationKey(Recommendation recommendation);
/// Case and surrounding space ignored; std::nullopt for any other word.
std::optional<Recommendation> recommendationFromKey(const QString &key);
QString recommendationTitle(Recommendation recommendation);

/// Who is looking: the organiser (who sees all jurors' work but no one's private notes) or
/// one juror (who sees their own work and only what the round allows of the others').
struct Viewer
{
    static Viewer organiser() { return Viewer{}; }
    static Viewer juror(qint64 id) { return Viewer{id}; }

    qint64 jurorId = 0; ///< 0 for the organiser
    bool isOrganiser() const { return jurorId == 0; }
    bool operator==(const Viewer &o) const { return jurorId == o.jurorId; }
};

struct Score
{
    QUuid uuid;
    qint64 jurorId = 0;
    qint64 applicationId = 0;
    qint64 criterionId = 0;
    std::optional<int> value; ///< empty: not scored (a cleared score keeps its row)
    QString note;
    qint64 version = 0;
};

struct Comment
{
    QUuid uuid;
    qint64 id = 0;
    qint64 jurorId = 0;
    QString author;
    qint64 applicationId = 0;
    QString body;
    bool shared = false;
    QString createdAt;
    QString updatedAt;
    qint64 version = 0;
};

struct Conflict
{
    QUuid uuid;
    qint64 jurorId = 0;
    QString jurorName;
    qint64 applicationId = 0;
    QString reason;
    bool declaredByOrganiser = false;
};

/// How far the current juror has come with an application.
enum class Progress { Unread, Read, Scored, Conflicted };
QString progressTitle(Progress progress);

struct Round;

/// Independent judgement: what a viewer may see of other jurors' work on an application.
/// The organiser sees everyone's scores, recommendations and shared comments. A juror sees
/// nothing of the others' on an application they are conflicted on; elsewhere they see the
/// others' scores and recommendations once screening has closed, and their shared comments
/// then too, or at once when the round is in open deliberation. Private comments are seen by
/// their author alone.
namespace Visibility {
bool othersScores(const Round &round, const Viewer &viewer, bool viewerConflicted);
bool othersSharedComments(const Round &round, const Viewer &viewer, bool viewerConflicted);
} // namespace Visibility

/// Stable uuids for rows of which there is one per juror and application (and criterion):
/// the same on every laptop, so that copies of the same row meet when merged.
namespace WorkIds {
QUuid score(const QUuid &juror, const QUuid &application, const QUuid &criterion);
QUuid recommendation(const QUuid &juror, const QUuid &application);
QUuid conflict(const QUuid &juror, const QUuid &application);
QUuid ballot(const QUuid &juror, const QUuid &application);
} // namespace WorkIds

/// The time stored with every change: UTC, ISO 8601 with milliseconds.
QString workTimestamp();
