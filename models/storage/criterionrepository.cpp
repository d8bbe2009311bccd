#include "criterionrepository.h"

#include "database.h"
#include "roundrepository.h"

#include <QSqlQuery>

namespace {

const char *const SelectCriterion =
    "SELECT id, uuid, name, guidance, weight, scale_min, scale_max FROM criterion ";

Criterion criterionFrom(const QSqlQuery &q)
{
    Criterion c;
    c.id = q.value(0).toLongLong();
    c.uuid = QUuid(q.value(1).toString());
    c.name = q.value(2).toString();
    c.guidance = q.value(3).toString();
    c.weight = q.value(4).toDouble();
    c.scaleMin = q.value(5).toInt();
    c.scaleMax = q.value(6).toInt();
    return c;
}

} // namespace

Result<QList<Criterion>> CriterionRepository::list() const
{
    auto query = m_db.exec(QString::fromLatin1(SelectCriterion)
                           + QStringLiteral("ORDER BY position, id"));
    if (!query)
        return query.error();
    QList<Criterion> criteria;
    while (query.value().next())
        criteria.append(criterionFrom(query.value()));
    return criteria;
}

Result<Criterion> CriterionRepository::find(const QUuid &uuid) const
{
    auto query = m_db.exec(QString::fromLatin1(SelectCriterion) + QStringLiteral("WHERE uuid = ?"),
                           {uuidText(uuid)});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(tr("There is no criterion with the id %1 in this round.").arg(uuidText(uuid)));
    return criterionFrom(query.value());
}

Result<void> CriterionRepository::requireEditable() const
{
    if (auto organiser = RoundRepository(m_db).requireOrganiserFile(tr("change the criteria")); !organiser)
        return organiser;
    auto round = RoundRepository(m_db).requirePhase({Phase::Preparation}, tr("change the criteria"));
    if (!round)
        return round.error();
    return {};
}

Result<void> CriterionRepository::validate(const Criterion &c)
{
    if (c.name.trimmed().isEmpty())
        return Error(tr("A criterion needs a name."));
    if (!(c.weight > 0) || c.weight > 1000)
        return Error(tr("The weight must be a number greater than 0."));
    if (c.scaleMin >= c.scaleMax)
        return Error(tr("The scale's lowest value must be less than its highest."));
    if (c.scaleMin < -1000 || c.scaleMax > 1000)
        return Error(tr("The scale must lie between -1000 and 1000."));
    return {};
}

Result<Criterion> CriterionRepository::add(const Criterion &criterion)
{
    if (auto editable = requireEditable(); !editable)
        return editable.error();
    Criterion c = criterion;
    c.name = c.name.trimmed();
    c.uuid = QUuid::createUuid();
    if (auto valid = validate(c); !valid)
        return valid.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO criterion (uuid, name, guidance, weight, scale_min, "
                       "scale_max, position) VALUES (?, ?, ?, ?, ?, ?, "
                       "(SELECT coalesce(max(position) + 1, 0) FROM criterion))"),
        {uuidText(c.uuid), c.name, c.guidance, c.weight, c.scaleMin, c.scaleMax});
    if (!inserted)
        return inserted.error();
    c.id = inserted.value().lastInsertId().toLongLong();
    m_db.notifyChanged(Database::Topic::Criteria);
    if (auto r = transaction.commit(); !r)
        return r.error();
    return c;
}

Result<void> CriterionRepository::update(const Criterion &criterion)
{
    if (auto editable = requireEditable(); !editable)
        return editable;
    if (auto valid = validate(criterion); !valid)
        return valid;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto updated = m_db.exec(
        QStringLiteral("UPDATE criterion SET name = ?, guidance = ?, weight = ?, scale_min = ?, "
                       "scale_max = ? WHERE id = ?"),
        {criterion.name.trimmed(), criterion.guidance, criterion.weight, criterion.scaleMin,
         criterion.scaleMax, criterion.id});
    if (!updated)
        return updated.error();
    m_db.notifyChanged(Database::Topic::Criteria);
    return transaction.commit();
}

Result<void> CriterionRepository::remove(qint64 id)
{
    if (auto editable = requireEditable(); !editable)
        return editable;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM criterion WHERE id = ?"), {id}); !r)
        return r.error();
    m_db.notifyChanged(Database::Topic::Criteria);
    return transaction.commit();
}

Result<void> CriterionRepository::move(qint64 id, int delta)
{
    if (auto editable = requireEditable(); !editable)
        return editable;
    auto all = list();
    if (!all)
        return all.error();
    QList<Criterion> criteria = all.value();
    int from = -1;
    for (int i = 0; i < criteria.size(); ++i) {
        if (criteria.at(i).id == id)
            from = i;
    }
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= criteria.size())
        return {};
    criteria.move(from, to);
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    for (int i = 0; i < criteria.size(); ++i) {
        if (auto r = m_db.exec(QStringLiteral("UPDATE criterion SET position = ? WHERE id = ?"),
                               {i, criteria.at(i).id});
            !r)
            return r.error();
    }
    m_db.notifyChanged(Database::Topic::Criteria);
    return transaction.commit();
}
