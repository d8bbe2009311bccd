#include "workrepository.h"

#include "round.h"
#include "storage/database.h"
#include "storage/roundrepository.h"

#include <QSqlQuery>

namespace {

Comment commentFrom(const QSqlQuery &q)
{
    Comment c;
    c.id = q.value(0).toLongLong();
    c.uuid = QUuid(q.value(1).toString());
    c.jurorId = q.value(2).toLongLong();
    c.author = q.value(3).toString();
    c.applicationId = q.value(4).toLongLong();
    c.body = q.value(5).toString();
    c.shared = q.value(6).toBool();
    c.createdAt = q.value(7).toString();
    c.updatedAt = q.value(8).toString();
    c.version = q.value(9).toLongLong();
    return c;
}

const char *const SelectComment =
    "SELECT c.id, c.uuid, c.juror_id, j.name, c.application_id, c.body, c.shared, c.created_at, "
    "c.updated_at, c.version FROM comment c JOIN juror j ON j.id = c.juror_id ";

Conflict conflictFrom(const QSqlQuery &q)
{
    Conflict c;
    c.uuid = QUuid(q.value(0).toString());
    c.jurorId = q.value(1).toLongLong();
    c.jurorName = q.value(2).toString();
    c.applicationId = q.value(3).toLongLong();
    c.reason = q.value(4).toString();
    c.declaredByOrganiser = q.value(5).toString() == QLatin1String("organiser");
    return c;
}

const char *const SelectConflict =
    "SELECT k.uuid, k.juror_id, j.name, k.application_id, k.reason, k.declared_by "
    "FROM conflict k JOIN juror j ON j.id = k.juror_id WHERE k.withdrawn = 0 ";

} // namespace

Result<QUuid> WorkRepository::uuidOf(const char *table, qint64 id) const
{
    auto value = m_db.scalar(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?")
                                 .arg(QString::fromLatin1(table)),
                             {id});
    if (!value)
        return value.error();
    if (value.value().isNull())
        return Error(tr("The juror, application or criterion no longer exists."));
    return QUuid(value.value().toString());
}

Result<void> WorkRepository::requireWriter(qint64 jurorId) const
{
    auto owner = RoundRepository(m_db).packageJuror();
    if (!owner)
        return owner.error();
    if (owner.value() != 0 && owner.value() != jurorId)
        return Error(tr("This package belongs to another juror; only their own work can change "
                        "in it."));
    return {};
}

Result<void> WorkRepository::requireNotConflicted(qint64 jurorId, qint64 applicationId,
                                                  const QString &action) const
{
    auto declared = conflict(jurorId, applicationId);
    if (!declared)
        return declared.error();
    if (declared.value())
        return Error(tr("A conflict of interest is declared for this juror on this "
                        "application, so they cannot %1.")
                         .arg(action));
    return {};
}

// ---- Scores --------------------------------------------------------------------------------

Result<QHash<qint64, Score>> WorkRepository::scores(qint64 jurorId, qint64 applicationId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT uuid, criterion_id, value, note, version "
                                          "FROM score WHERE juror_id = ? AND application_id = ?"),
                           {jurorId, applicationId});
    if (!query)
        return query.error();
    QHash<qint64, Score> scores;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        Score s;
        s.uuid = QUuid(q.value(0).toString());
        s.jurorId = jurorId;
        s.applicationId = applicationId;
        s.criterionId = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            s.value = q.value(2).toInt();
        s.note = q.value(3).toString();
        s.version = q.value(4).toLongLong();
        scores.insert(s.criterionId, s);
    }
    return scores;
}

Result<QList<Score>> WorkRepository::scoresOn(qint64 applicationId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT uuid, juror_id, criterion_id, value, note, "
                                          "version FROM score WHERE application_id = ? "
                                          "ORDER BY juror_id, criterion_id"),
                           {applicationId});
    if (!query)
        return query.error();
    QList<Score> scores;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        Score s;
        s.uuid = QUuid(q.value(0).toString());
        s.jurorId = q.value(1).toLongLong();
        s.applicationId = applicationId;
        s.criterionId = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            s.value = q.value(3).toInt();
        s.note = q.value(4).toString();
        s.version = q.value(5).toLongLong();
        scores << s;
    }
    return scores;
}

Result<void> WorkRepository::setScore(qint64 jurorId, qint64 applicationId, qint64 criterionId,
                                      std::optional<int> value, const QString &note)
{
    if (auto writer = requireWriter(jurorId); !writer)
        return writer;
    if (auto round = RoundRepository(m_db).requirePhase({Phase::Screening}, tr("change scores"));
        !round)
        return round.error();
    if (auto r = requireNotConflicted(jurorId, applicationId, tr("score it")); !r)
        return r;
    auto scale = m_db.exec(QStringLiteral("SELECT name, scale_min, scale_max, uuid FROM criterion "
                                          "WHERE id = ?"),
                           {criterionId});
    if (!scale)
        return scale.error();
    if (!scale.value().next())
        return Error(tr("The criterion no longer exists."));
    const QString name = scale.value().value(0).toString();
    const int min = scale.value().value(1).toInt();
    const int max = scale.value().value(2).toInt();
    if (value && (*value < min || *value > max))
        return Error(tr("%1 is outside the scale of “%2”, which goes from %3 to %4.")
                         .arg(*value)
                         .arg(name)
                         .arg(min)
                         .arg(max));

    auto existing = scores(jurorId, applicationId);
    if (!existing)
        return existing.error();
    const Score current = existing->value(criterionId);
    if (current.version > 0 && current.value == value && current.note == note)
        return {};
    if (current.version == 0 && !value && note.isEmpty())
        return {};

    auto juror = uuidOf("juror", jurorId);
    auto application = uuidOf("application", applicationId);
    if (!juror || !application)
        return juror ? application.error() : juror.error();
    const QUuid uuid = WorkIds::score(juror.value(), application.value(),
                                      QUuid(scale.value().value(3).toString()));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto written = m_db.exec(
        QStringLiteral("INSERT INTO score (uuid, juror_id, application_id, criterion_id, value, "
                       "note, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?) "
                       "ON CONFLICT (juror_id, application_id, criterion_id) DO UPDATE SET "
                       "value = excluded.value, note = excluded.note, "
                       "version = score.version + 1, updated_at = excluded.updated_at"),
        {uuidText(uuid), jurorId, applicationId, criterionId,
         value ? QVariant(*value) : QVariant(), note, workTimestamp()});
    if (!written)
        return written.error();
    m_db.notifyChanged(Database::Topic::Work);
    return transaction.commit();
}

// ---- Recommendations -----------------------------------------------------------------------

Result<std::optional<Recommendation>> WorkRepository::recommendation(qint64 jurorId,
                                                                     qint64 applicationId) const
{
    auto value = m_db.scalar(QStringLiteral("SELECT value FROM recommendation "
                                            "WHERE juror_id = ? AND application_id = ?"),
                             {jurorId, applicationId});
    if (!value)
        return value.error();
    if (value.value().isNull())
        return std::optional<Recommendation>();
    return recommendationFromKey(value.value().toString());
}

Result<QHash<qint64, Recommendation>> WorkRepository::recommendationsOn(qint64 applicationId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT juror_id, value FROM recommendation "
                                          "WHERE application_id = ? AND value IS NOT NULL"),
                           {applicationId});
    if (!query)
        return query.error();
    QHash<qint64, Recommendation> all;
    while (query.value().next()) {
        if (auto r = recommendationFromKey(query.value().value(1).toString()))
            all.insert(query.value().value(0).toLongLong(), *r);
    }
    return all;
}

Result<void> WorkRepository::setRecommendation(qint64 jurorId, qint64 applicationId,
                                               std::optional<Recommendation> value)
{
    if (auto writer = requireWriter(jurorId); !writer)
        return writer;
    if (auto round = RoundRepository(m_db).requirePhase({Phase::Screening},
                                                        tr("change recommendations"));
        !round)
        return round.error();
    if (auto r = requireNotConflicted(jurorId, applicationId, tr("recommend it")); !r)
        return r;
    auto current = recommendation(jurorId, applicationId);
    if (!current)
        return current.error();
    if (current.value() == value)
        return {};
    auto juror = uuidOf("juror", jurorId);
    auto application = uuidOf("application", applicationId);
    if (!juror || !application)
        return juror ? application.error() : juror.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto written = m_db.exec(
        QStringLiteral("INSERT INTO recommendation (uuid, juror_id, application_id, value, "
                       "version, updated_at) VALUES (?, ?, ?, ?, 1, ?) "
                       "ON CONFLICT (juror_id, application_id) DO UPDATE SET "
                       "value = excluded.value, version = recommendation.version + 1, "
                       "updated_at = excluded.updated_at"),
        {uuidText(WorkIds::recommendation(juror.value(), application.value())), jurorId,
         applicationId, value ? QVariant(recommendationKey(*value)) : QVariant(),
         workTimestamp()});
    if (!written)
        return written.error();
    m_db.notifyChanged(Database::Topic::Work);
    return transaction.commit();
}

// ---- Comments ------------------------------------------------------------------------------

Result<QList<Comment>> WorkRepository::comments(const Viewer &viewer, qint64 applicationId) const
{
    auto round = RoundRepository(m_db).load();
    if (!round)
        return round.error();
    bool conflicted = false;
    if (!viewer.isOrganiser()) {
        auto declared = conflict(viewer.jurorId, applicationId);
        if (!declared)
            return declared.error();
        conflicted = declared.value().has_value();
    }
    const bool othersVisible = Visibility::othersSharedComments(round.value(), viewer, conflicted);
    auto query = m_db.exec(QString::fromLatin1(SelectComment)
                               + QStringLiteral("WHERE c.application_id = ? AND c.deleted = 0 "
                                                "AND (c.juror_id = ? OR (c.shared = 1 AND ?)) "
                                                "ORDER BY c.created_at, c.id"),
                           {applicationId, viewer.jurorId, othersVisible});
    if (!query)
        return query.error();
    QList<Comment> comments;
    while (query.value().next())
        comments << commentFrom(query.value());
    return comments;
}

Result<Comment> WorkRepository::addComment(qint64 jurorId, qint64 applicationId,
                                           const QString &body, bool shared)
{
    if (auto writer = requireWriter(jurorId); !writer)
        return writer.error();
    if (auto round = RoundRepository(m_db).requireUnlocked(tr("write comments")); !round)
        return round.error();
    if (body.trimmed().isEmpty())
        return Error(tr("The comment is empty."));
    const QUuid uuid = QUuid::createUuid();
    const QString now = workTimestamp();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO comment (uuid, juror_id, application_id, "
                                             "body, shared, created_at, version, updated_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?, 1, ?)"),
                              {uuidText(uuid), jurorId, applicationId, body.trimmed(),
                               int(shared), now, now});
    if (!inserted)
        return inserted.error();
    m_db.notifyChanged(Database::Topic::Work);
    if (auto r = transaction.commit(); !r)
        return r.error();
    return ownComment(jurorId, uuid);
}

Result<Comment> WorkRepository::ownComment(qint64 jurorId, const QUuid &comment) const
{
    auto query = m_db.exec(QString::fromLatin1(SelectComment) + QStringLiteral("WHERE c.uuid = ?"),
                           {uuidText(comment)});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(tr("The comment no longer exists."));
    Comment c = commentFrom(query.value());
    if (c.jurorId != jurorId)
        return Error(tr("Only the author of a comment can change or delete it."));
    return c;
}

Result<void> WorkRepository::editComment(qint64 jurorId, const QUuid &comment,
                                         const QString &body, bool shared)
{
    if (auto writer = requireWriter(jurorId); !writer)
        return writer;
    if (auto round = RoundRepository(m_db).requireUnlocked(tr("change comments")); !round)
        return round.error();
    if (body.trimmed().isEmpty())
        return Error(tr("The comment is empty; delete it instead."));
    auto own = ownComment(jurorId, comment);
    if (!own)
        return own.error();
    if (own->body == body.trimmed() && own->shared == shared)
        return {};
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto updated = m_db.exec(QStringLiteral("UPDATE comment SET body = ?, shared = ?, deleted = 0, "
                                            "version = version + 1, updated_at = ? WHERE uuid = ?"),
                             {body.trimmed(), int(shared), workTimestamp(), uuidText(comment)});
    if (!updated)
        return updated.error();
    m_db.notifyChanged(Database::Topic::Work);
    return transaction.commit();
}

Result<void> WorkRepository::deleteComment(qint64 jurorId, const QUuid &comment)
{
    if (auto writer = requireWriter(jurorId); !writer)
        return writer;
    if (auto round = RoundRepository(m_db).requireUnlocked(tr("delete comments")); !round)
        return round.error();
    auto own = ownComment(jurorId, comment);
    if (!own)
        return own.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto updated = m_db.exec(QStringLiteral("UPDATE comment SET body = '', deleted = 1, "
                                            "version = version + 1, updated_at = ? "
                                            "WHERE uuid = ? AND deleted = 0"),
                             {workTimestamp(), uuidText(comment)});
    if (!updated)
        return updated.error();
    m_db.notifyChanged(Database::Topic::Work);
    return transaction.commit();
}

Result<void> WorkRepository::restoreComment(qint64 jurorId, const QUuid &comment,
                                            const QString &body, bool shared)
{
    if (auto writer = requireWriter(jurorId); !writer)
        return writer;
    if (auto round = RoundRepository(m_db).requireUnlocked(tr("change comments")); !round)
        return round.error();
    auto owner = m_db.scalar(QStringLiteral("SELECT juror_id FROM comment WHERE uuid = ?"),
                             {uuidText(comment)});
    if (!owner)
        return owner.error();
    if (owner.value().toLongLong() != jurorId)
        return Error(tr("Only the author of a comment can change or delete it."));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto updated = m_db.exec(QStringLiteral("UPDATE comment SET body = ?, shared = ?, deleted = 0, "
                                            "version = version + 1, updated_at = ? WHERE uuid = ?"),
                             {body, int(shared), workTimestamp(), uuidText(comment)});
    if (!updated)
        return updated.error();
    m_db.notifyChanged(Database::Topic::Work);
    return transaction.commit();
}

// ---- Conflicts of interest -----------------------------------------------------------------

Result<std::optional<Conflict>> WorkRepository::conflict(qint64 jurorId, qint64 applicationId) const
{
    auto query = m_db.exec(QString::fromLatin1(SelectConflict)
                               + QStringLiteral("AND k.juror_id = ? AND k.application_id = ?"),
                           {jurorId, applicationId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<Conflict>();
    return std::optional<Conflict>(conflictFrom(query.value()));
}

Result<QList<Conflict>> WorkRepository::conflictsOn(qint64 applicationId) const
{
    auto query = m_db.exec(QString::fromLatin1(SelectConflict)
                               + QStringLiteral("AND k.application_id = ? ORDER BY j.position"),
                           {applicationId});
    if (!query)
        return query.error();
    QList<Conflict> all;
    while (query.value().next())
        all << conflictFrom(query.value());
    return all;
}

Result<QList<Conflict>> WorkRepository::allConflicts() const
{
    auto query = m_db.exec(QString::fromLatin1(SelectConflict)
                           + QStringLiteral("ORDER BY j.position, k.application_id"));
    if (!query)
        return query.error();
    QList<Conflict> all;
    while (query.value().next())
        all << conflictFrom(query.value());
    return all;
}

Result<void> WorkRepository::declareConflict(qint64 jurorId, qint64 applicationId,
                                             const QString &reason, bool byOrganiser)
{
    if (auto writer = requireWriter(jurorId); !writer)
        return writer;
    if (auto round = RoundRepository(m_db).requireUnlocked(tr("declare conflicts of interest"));
        !round)
        return round.error();
    if (reason.trimmed().isEmpty())
        return Error(tr("Give a reason for the conflict of interest."));
    if (byOrganiser) {
        if (auto organiser = RoundRepository(m_db).requireOrganiserFile(tr("register conflicts of interest for jurors"));
            !organiser)
            return organiser;
    }
    auto current = conflict(jurorId, applicationId);
    if (!current)
        return current.error();
    if (current.value() && current.value()->reason == reason.trimmed()
        && current.value()->declaredByOrganiser == byOrganiser)
        return {};
    auto juror = uuidOf("juror", jurorId);
    auto application = uuidOf("application", applicationId);
    if (!juror || !application)
        return juror ? application.error() : juror.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto written = m_db.exec(
        QStringLiteral("INSERT INTO conflict (uuid, juror_id, application_id, reason, declared_by, "
                       "withdrawn, version, updated_at) VALUES (?, ?, ?, ?, ?, 0, 1, ?) "
                       "ON CONFLICT (juror_id, application_id) DO UPDATE SET "
                       "reason = excluded.reason, declared_by = excluded.declared_by, "
                       "withdrawn = 0, version = conflict.version + 1, "
                       "updated_at = excluded.updated_at"),
        {uuidText(WorkIds::conflict(juror.value(), application.value())), jurorId, applicationId,
         reason.trimmed(), byOrganiser ? QStringLiteral("organiser") : QStringLiteral("juror"),
         workTimestamp()});
    if (!written)
        return written.error();
    m_db.notifyChanged(Database::Topic::Work);
    return transaction.commit();
}

Result<void> WorkRepository::withdrawConflict(qint64 jurorId, qint64 applicationId)
{
    if (auto writer = requireWriter(jurorId); !writer)
        return writer;
    if (auto round = RoundRepository(m_db).requireUnlocked(tr("withdraw conflicts of interest"));
        !round)
        return round.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto updated = m_db.exec(QStringLiteral("UPDATE conflict SET withdrawn = 1, version = version + 1, "
                                            "updated_at = ? WHERE juror_id = ? "
                                            "AND application_id = ? AND withdrawn = 0"),
                             {workTimestamp(), jurorId, applicationId});
    if (!updated)
        return updated.error();
    m_db.notifyChanged(Database::Topic::Work);
    return transaction.commit();
}

// ---- Reading and progress ------------------------------------------------------------------

Result<void> WorkRepository::markRead(qint64 jurorId, qint64 applicationId)
{
    if (auto writer = requireWriter(jurorId); !writer)
        return writer;
    auto known = m_db.scalar(QStringLiteral("SELECT 1 FROM reading WHERE juror_id = ? "
                                            "AND application_id = ?"),
                             {jurorId, applicationId});
    if (!known)
        return known.error();
    if (!known.value().isNull())
        return {};
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto inserted = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO reading (juror_id, "
                                             "application_id, read_at) VALUES (?, ?, ?)"),
                              {jurorId, applicationId, workTimestamp()});
    if (!inserted)
        return inserted.error();
    m_db.notifyChanged(Database::Topic::Work);
    return transaction.commit();
}

Result<QHash<qint64, Progress>> WorkRepository::progress(qint64 jurorId) const
{
    QHash<qint64, Progress> progress;
    auto read = m_db.exec(QStringLiteral("SELECT application_id FROM reading WHERE juror_id = ?"),
                          {jurorId});
    if (!read)
        return read.error();
    while (read.value().next())
        progress.insert(read.value().value(0).toLongLong(), Progress::Read);
    auto scored = m_db.exec(QStringLiteral("SELECT application_id FROM score "
                                           "WHERE juror_id = ? AND value IS NOT NULL "
                                           "GROUP BY application_id "
                                           "HAVING count(*) = (SELECT count(*) FROM criterion)"),
                            {jurorId});
    if (!scored)
        return scored.error();
    while (scored.value().next())
        progress.insert(scored.value().value(0).toLongLong(), Progress::Scored);
    auto conflicted = m_db.exec(QStringLiteral("SELECT application_id FROM conflict "
                                               "WHERE juror_id = ? AND withdrawn = 0"),
                                {jurorId});
    if (!conflicted)
        return conflicted.error();
    while (conflicted.value().next())
        progress.insert(conflicted.value().value(0).toLongLong(), Progress::Conflicted);
    return progress;
}

Result<WorkRepository::Tally> WorkRepository::tally(qint64 jurorId) const
{
    auto query = m_db.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM application) - "
                       "  (SELECT count(*) FROM conflict WHERE juror_id = ? AND withdrawn = 0), "
                       "(SELECT count(*) FROM (SELECT s.application_id FROM score s "
                       "  WHERE s.juror_id = ? AND s.value IS NOT NULL AND NOT EXISTS "
                       "  (SELECT 1 FROM conflict k WHERE k.juror_id = ? "
                       "   AND k.application_id = s.application_id AND k.withdrawn = 0) "
                       "  GROUP BY s.application_id "
                       "  HAVING count(*) = (SELECT count(*) FROM criterion)))"),
        {jurorId, jurorId, jurorId});
    if (!query)
        return query.error();
    Tally t;
    if (query.value().next()) {
        t.total = query.value().value(0).toInt();
        t.scored = query.value().value(1).toInt();
    }
    return t;
}

Result<QHash<qint64, int>> WorkRepository::scoredByCount() const
{
    auto query = m_db.exec(QStringLiteral(
        "SELECT application_id, count(*) FROM (SELECT s.juror_id, s.application_id FROM score s "
        "WHERE s.value IS NOT NULL AND NOT EXISTS (SELECT 1 FROM conflict k "
        "WHERE k.juror_id = s.juror_id AND k.application_id = s.application_id "
        "AND k.withdrawn = 0) GROUP BY s.juror_id, s.application_id "
        "HAVING count(*) = (SELECT count(*) FROM criterion)) GROUP BY application_id"));
    if (!query)
        return query.error();
    QHash<qint64, int> counts;
    while (query.value().next())
        counts.insert(query.value().value(0).toLongLong(), query.value().value(1).toInt());
    return counts;
}
