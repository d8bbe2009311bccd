#include "jurorrepository.h"

#include "database.h"
#include "roundrepository.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace {

Juror jurorFrom(const QSqlQuery &q)
{
    Juror juror;
    juror.id = q.value(0).toLongLong();
    juror.uuid = QUuid(q.value(1).toString());
    juror.name = q.value(2).toString();
    juror.organisation = q.value(3).toString();
    juror.chair = q.value(4).toBool();
    return juror;
}

const char *const SelectJuror = "SELECT id, uuid, name, organisation, is_chair FROM juror ";

QByteArray newSecretKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                          key.size() / int(sizeof(quint32)));
    return key;
}

} // namespace

Result<QList<Juror>> JurorRepository::list() const
{
    auto query = m_db.exec(QString::fromLatin1(SelectJuror) + QStringLiteral("ORDER BY position, id"));
    if (!query)
        return query.error();
    QList<Juror> jurors;
    while (query.value().next())
        jurors.append(jurorFrom(query.value()));
    return jurors;
}

Result<Juror> JurorRepository::find(const QUuid &uuid) const
{
    auto query = m_db.exec(QString::fromLatin1(SelectJuror) + QStringLiteral("WHERE uuid = ?"),
                           {uuidText(uuid)});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(tr("There is no juror with the id %1 in this round.").arg(uuidText(uuid)));
    return jurorFrom(query.value());
}

Result<void> JurorRepository::validate(const Juror &juror) const
{
    if (juror.name.trimmed().isEmpty())
        return Error(tr("A juror needs a name."));
    return {};
}

Result<Juror> JurorRepository::add(const QString &name, const QString &organisation, bool chair)
{
    Juror juror;
    juror.uuid = QUuid::createUuid();
    juror.name = name.trimmed();
    juror.organisation = organisation.trimmed();
    juror.chair = chair;
    if (auto valid = validate(juror); !valid)
        return valid.error();
    if (auto open = RoundRepository(m_db).requireUnlocked(tr("change the jury")); !open)
        return open.error();
    if (auto organiser = RoundRepository(m_db).requireOrganiserFile(tr("change the jury")); !organiser)
        return organiser.error();

    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (chair) {
        if (auto r = m_db.exec(QStringLiteral("UPDATE juror SET is_chair = 0")); !r)
            return r.error();
    }
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO juror (uuid, name, organisation, is_chair, secret_key, "
                       "position) VALUES (?, ?, ?, ?, ?, "
                       "(SELECT coalesce(max(position) + 1, 0) FROM juror))"),
        {uuidText(juror.uuid), juror.name, juror.organisation, int(chair), newSecretKey()});
    if (!inserted)
        return inserted.error();
    juror.id = inserted.value().lastInsertId().toLongLong();
    m_db.notifyChanged(Database::Topic::Jurors);
    if (auto r = transaction.commit(); !r)
        return r.error();
    return juror;
}

Result<void> JurorRepository::update(const Juror &juror)
{
    if (auto valid = validate(juror); !valid)
        return valid;
    if (auto open = RoundRepository(m_db).requireUnlocked(tr("change the jury")); !open)
        return open.error();
    if (auto organiser = RoundRepository(m_db).requireOrganiserFile(tr("change the jury")); !organiser)
        return organiser.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (juror.chair) {
        if (auto r = m_db.exec(QStringLiteral("UPDATE juror SET is_chair = 0 WHERE id <> ?"),
                               {juror.id});
            !r)
            return r.error();
    }
    auto updated = m_db.exec(
        QStringLiteral("UPDATE juror SET name = ?, organisation = ?, is_chair = ? WHERE id = ?"),
        {juror.name.trimmed(), juror.organisation.trimmed(), int(juror.chair), juror.id});
    if (!updated)
        return updated.error();
    m_db.notifyChanged(Database::Topic::Jurors);
    return transaction.commit();
}

Result<void> JurorRepository::remove(qint64 id)
{
    if (auto open = RoundRepository(m_db).requireUnlocked(tr("change the jury")); !open)
        return open.error();
    if (auto organiser = RoundRepository(m_db).requireOrganiserFile(tr("change the jury")); !organiser)
        return organiser.error();
    auto work = m_db.scalar(QStringLiteral(
                                "SELECT (SELECT count(*) FROM score WHERE juror_id = ?) "
                                "+ (SELECT count(*) FROM recommendation WHERE juror_id = ?) "
                                "+ (SELECT count(*) FROM comment WHERE juror_id = ?) "
                                "+ (SELECT count(*) FROM conflict WHERE juror_id = ?)"),
                            {id, id, id, id});
    if (!work)
        return work.error();
    if (work.value().toInt() > 0)
        return Error(tr("The juror has already done work in this round (scores, comments or "
                        "conflicts of interest) and cannot be removed."));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM juror WHERE id = ?"), {id}); !r)
        return r.error();
    m_db.notifyChanged(Database::Topic::Jurors);
    return transaction.commit();
}
