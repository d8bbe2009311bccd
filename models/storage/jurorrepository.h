#pragma once

#include "result.h"
#include "round.h"

#include <QList>

class Database;

/// The jury: names, organisations, the chair, and each juror's secret key.
class JurorRepository
{
    Q_DECLARE_TR_FUNCTIONS(JurorRepository)

public:
    explicit JurorRepository(Database &db) : m_db(db) {}

    /// All jurors in the order they were added.
    Result<QList<Juror>> list() const;
    Result<Juror> find(const QUuid &uuid) const;
    /// Adds a juror with a new id and secret key; a new chair replaces the old one.
    Result<Juror> add(const QString &name, const QString &organisation, bool chair);
    /// Stores name, organisation and chair of an existing juror.
    Result<void> update(const Juror &juror);
    Result<void> remove(qint64 id);

private:
    Result<void> validate(const Juror &juror) const;
    Database &m_db;
};
