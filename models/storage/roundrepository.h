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

private:
    Database &m_db;
};
