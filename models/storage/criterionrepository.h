#pragma once

#include "result.h"
#include "round.h"

#include <QList>

class Database;

/// The criteria applications are scored on, in the order the jury reads them.
class CriterionRepository
{
    Q_DECLARE_TR_FUNCTIONS(CriterionRepository)

public:
    explicit CriterionRepository(Database &db) : m_db(db) {}

    Result<QList<Criterion>> list() const;
    Result<Criterion> find(const QUuid &uuid) const;
    /// Adds a criterion at the end with a new id.
    Result<Criterion> add(const Criterion &criterion);
    Result<void> update(const Criterion &criterion);
    Result<void> remove(qint64 id);
    /// Moves a criterion one place up (-1) or down (+1).
    Result<void> move(qint64 id, int delta);

    static Result<void> validate(const Criterion &criterion);

private:
    Result<void> requireEditable() const;

    Database &m_db;
};
