#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

class Database;

/// The jury's decision: the winner, the motivation, date and place; confirming it locks
/// the round.
struct Decision
{
    qint64 winnerId = 0;
    QString motivation;
    QString date;  ///< ISO date
    QString place;
    qint64 castingJurorId = 0; ///< the chair, when a tie for first place was settled
    QString castingJurorName;
    QString confirmedAt;
    QString recordSha256; ///< SHA-256 of the decision record (see DecisionRepository::record)
};

class DecisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(DecisionRepository)

public:
    explicit DecisionRepository(Database &db) : m_db(db) {}

    Result<std::optional<Decision>> load() const;

    /// Records the decision and locks the round. The winner is the vote's; in a tie for
    /// first place it is @p winner, the chair's casting vote, recorded with the chair.
    Result<Decision> decide(std::optional<qint64> winner, const QString &motivation,
                            const QString &date, const QString &place);

    /// Short motivations for the finalists who did not win (optional).
    Result<QHash<qint64, QString>> finalistMotivations() const;
    Result<void> setFinalistMotivation(qint64 applicationId, const QString &text);

    /// The decision record: everything the decision PDF states, as canonical compact JSON
    /// (keys sorted). Its SHA-256 is printed on every page of the PDF, so a printed copy can
    /// be checked against the round file.
    Result<QByteArray> record() const;

    static int wordCount(const QString &text);

private:
    Database &m_db;
};
