#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

/// The phases a round moves through, in order; what may be edited follows the phase.
enum class Phase { Preparation, Screening, Followup, Vote, Decided };

/// Stable keys used in the round file, on the command line and in JSON.
QString phaseKey(Phase phase);
std::optional<Phase> phaseFromKey(const QString &key);
/// The phase's name for people, translated.
QString phaseTitle(Phase phase);
QList<Phase> allPhases();

/// Whether jurors see each other's work during screening.
enum class ScreeningMode { Independent, Open };
QString screeningModeKey(ScreeningMode mode);
std::optional<ScreeningMode> screeningModeFromKey(const QString &key);

/// What the organiser sets up for a round.
struct RoundSettings
{
    QString award;
    int year = 0;
    qint64 prizeSek = 0;
    int finalistCount = 5;
    QString organiserContact;
    ScreeningMode screeningMode = ScreeningMode::Independent;

    bool operator==(const RoundSettings &o) const;
};

/// One round of an award, as stored in the round file.
struct Round
{
    QUuid uuid;
    RoundSettings settings;
    Phase phase = Phase::Preparation;
};

struct Juror
{
    qint64 id = 0;
    QUuid uuid;
    QString name;
    QString organisation;
    bool chair = false;
};

struct Criterion
{
    qint64 id = 0;
    QUuid uuid;
    QString name;
    QString guidance;
    double weight = 1.0;
    int scaleMin = 1;
    int scaleMax = 5;
};

/// The criteria a new round starts with: the four LIKA areas and results given preconditions.
QList<Criterion> defaultCriteria();

/// UUIDs as written in files and JSON: lower case, no braces.
inline QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}
