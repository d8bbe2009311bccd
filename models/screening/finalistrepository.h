#pragma once

#include "result.h"

#include <QList>
#include <QSet>
#include <QUuid>

#include <optional>

class Database;

/// The organiser's choice of finalists, kept with the suggestion it was made from.
struct FinalistChoice
{
    QList<QUuid> suggested; ///< the top of the leaderboard when the choice was made
    QList<QUuid> chosen;    ///< in leaderboard order
    QString reason;         ///< required when the choice differs from the suggestion
    QString chosenAt;

    bool followsSuggestion() const;
};

/// Chooses the finalists: the suggestion is the top N of the leaderboard; a different
/// choice needs a written reason. Chosen applications become finalists, the rest do not
/// advance.
class FinalistRepository
{
    Q_DECLARE_TR_FUNCTIONS(FinalistRepository)

public:
    explicit FinalistRepository(Database &db) : m_db(db) {}

    Result<std::optional<FinalistChoice>> load() const;
    /// The leaderboard's suggestion now, best first.
    Result<QList<qint64>> suggestion() const;
    /// The applications that are finalists now.
    Result<QSet<qint64>> finalistIds() const;
    /// Chooses @p applicationIds (empty: the suggestion).
    Result<FinalistChoice> choose(QList<qint64> applicationIds, const QString &reason);

private:
    Database &m_db;
};
