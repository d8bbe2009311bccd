#pragma once

#include "result.h"
#include "round.h"

class Database;

/// Reads and writes the round's own settings and phase.
class RoundRepository
{
    Q_DECLARE_TR_FUNCTIONS(RoundRepository)

public:
    explicit RoundRepository(Database &db) : m_db(db) {}

    Result<Round> load() const;
    /// Validates and stores the settings in one transaction.
    Result<void> updateSettings(const RoundSettings &settings);
    /// Checks settings as a user typed them; the error names the field.
    static Result<void> validate(const RoundSettings &settings);

    /// Moves the round to @p target: forward past every step whose conditions hold, or back
    /// one step while nothing depends on the phase being left. A decided round stays decided.
    Result<void> setPhase(Phase target);
    /// Why the round cannot move to @p target now; ok when it can.
    Result<void> canMoveTo(Phase target) const;

    /// Refuses @p action (a phrase such as "change scores") unless the round is in one of
    /// @p allowed; the message names the current phase.
    Result<Round> requirePhase(std::initializer_list<Phase> allowed, const QString &action) const;
    /// Refuses any change to a decided (locked) round.
    Result<Round> requireUnlocked(const QString &action) const;
    /// Refuses @p action in a juror's package: only the organiser's round file may do it.
    Result<void> requireOrganiserFile(const QString &action) const;
    /// The juror a package belongs to; 0 in the organiser's round file.
    Result<qint64> packageJuror() const;

private:
    Result<void> canStep(Phase from, Phase to) const;
    Result<int> count(const QString &sql) const;

    Database &m_db;
};
