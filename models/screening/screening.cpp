#include "screening.h"

#include "round.h"

#include <QDateTime>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Screening)
};

// The namespace of Jurybench's derived row ids (a random constant, never to change).
const QUuid WorkNamespace(QStringLiteral("{5b0f3c1e-7a52-4d3b-9a4e-2f6c8d1e9b70}"));

QUuid derived(const char *kind, std::initializer_list<QUuid> parts)
{
    QString key = QString::fromLatin1(kind);
    for (const QUuid &part : parts)
        key += QLatin1Char(':') + part.toString(QUuid::WithoutBraces);
    return QUuid::createUuidV5(WorkNamespace, key);
}

} // namespace

QString recommendationKey(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::Yes:
        return QStringLiteral("ja");
    case Recommendation::Maybe:
        return QStringLiteral("kanske");
    case Recommendation::No:
        return QStringLiteral("nej");
    }
    return {};
}

std::optional<Recommendation> recommendationFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (auto r : {Recommendation::Yes, Recommendation::Maybe, Recommendation::No}) {
        if (recommendationKey(r) == k)
            return r;
    }
    return std::nullopt;
}

QString recommendationTitle(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::Yes:
        return Tr::tr("Yes");
    case Recommendation::Maybe:
        return Tr::tr("Maybe");
    case Recommendation::No:
        return Tr::tr("No");
    }
    return {};
}

QString progressTitle(Progress progress)
{
    switch (progress) {
    case Progress::Unread:
        return Tr::tr("Unread");
    case Progress::Read:
        return Tr::tr("Read");
    case Progress::Scored:
        return Tr::tr("Scored");
    case Progress::Conflicted:
        return Tr::tr("Conflict of interest");
    }
    return {};
}

namespace Visibility {

bool othersScores(const Round &round, const Viewer &viewer, bool viewerConflicted)
{
    if (viewer.isOrganiser())
        return true;
    return !viewerConflicted && round.phase > Phase::Screening;
}

bool othersSharedComments(const Round &round, const Viewer &viewer, bool viewerConflicted)
{
    if (viewer.isOrganiser())
        return true;
    return !viewerConflicted
           && (round.phase > Phase::Screening
               || round.settings.screeningMode == ScreeningMode::Open);
}

} // namespace Visibility

namespace WorkIds {

QUuid score(const QUuid &juror, const QUuid &application, const QUuid &criterion)
{
    return derived("score", {juror, application, criterion});
}

QUuid recommendation(const QUuid &juror, const QUuid &application)
{
    return derived("recommendation", {juror, application});
}

QUuid conflict(const QUuid &juror, const QUuid &application)
{
    return derived("conflict", {juror, application});
}

QUuid ballot(const QUuid &juror, const QUuid &application)
{
    return derived("ballot", {juror, application});
}

} // namespace WorkIds

QString workTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
