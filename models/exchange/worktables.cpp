#include "worktables.h"

#include "screening/screening.h"
#include "storage/database.h"
#include "storage/roundrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <cmath>

namespace Exchange {

namespace {

using Type = Column::Type;

constexpr double MaxVersion = 9007199254740992.0; // 2^53

const QList<Phase> Unlocked = {Phase::Preparation, Phase::Screening, Phase::Followup, Phase::Vote};

QString referenceColumn(const QString &reference)
{
    return reference + QStringLiteral("_id");
}

QJsonValue toJson(const QVariant &value, Type type)
{
    switch (type) {
    case Type::Integer:
        return value.toLongLong();
    case Type::OptionalInteger:
        return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
    case Type::Text:
        return value.toString();
    case Type::OptionalText:
        return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
    case Type::Boolean:
        return value.toInt() != 0;
    }
    return {};
}

bool validJson(const QJsonValue &value, Type type)
{
    switch (type) {
    case Type::Integer:
        return value.isDouble();
    case Type::OptionalInteger:
        return value.isNull() || value.isDouble();
    case Type::Text:
        return value.isString();
    case Type::OptionalText:
        return value.isNull() || value.isString();
    case Type::Boolean:
        return value.isBool();
    }
    return false;
}

QVariant toSql(const QJsonValue &value, Type type)
{
    switch (type) {
    case Type::Integer:
        return qint64(value.toDouble());
    case Type::OptionalInteger:
        return value.isNull() ? QVariant() : QVariant(qint64(value.toDouble()));
    case Type::Text:
        return value.toString();
    case Type::OptionalText:
        return value.isNull() ? QVariant() : QVariant(value.toString());
    case Type::Boolean:
        return value.toBool() ? 1 : 0;
    }
    return {};
}

// toSql() for a bound value: a null QString would be bound as SQL NULL, and text columns are
// NOT NULL.
QVariant sqlValue(const QJsonValue &value, Type type)
{
    const QVariant v = toSql(value, type);
    if (type == Type::Text && v.toString().isNull())
        return QVariant(QStringLiteral(""));
    return v;
}

// Binds a row's content, version and timestamp from position @p i on.
void bindContent(QSqlQuery &query, int &i, const QJsonObject &row, const WorkTable &table)
{
    for (const Column &c : table.columns)
        query.bindValue(i++, sqlValue(row.value(c.name), c.type));
    query.bindValue(i++, qint64(row.value(QStringLiteral("version")).toDouble()));
    query.bindValue(i++, row.value(QStringLiteral("updated_at")).toString());
}

QByteArray content(const QJsonObject &row, const WorkTable &table)
{
    QJsonObject c;
    for (const Column &column : table.columns)
        c.insert(column.name, row.value(column.name));
    return QJsonDocument(c).toJson(QJsonDocument::Compact);
}

QString kindTitle(const QString &kind)
{
    if (kind == QLatin1String("scores"))
        return RowMerger::tr("score");
    if (kind == QLatin1String("recommendations"))
        return RowMerger::tr("recommendation");
    if (kind == QLatin1String("comments"))
        return RowMerger::tr("comment");
    if (kind == QLatin1String("conflicts"))
        return RowMerger::tr("conflict of interest");
    if (kind == QLatin1String("proposals"))
        return RowMerger::tr("follow-up question");
    if (kind == QLatin1String("ballots"))
        return RowMerger::tr("ballot");
    return kind;
}

} // namespace

const QList<WorkTable> &workTables()
{
    static const QList<WorkTable> tables = {
        {QStringLiteral("conflicts"), QStringLiteral("conflict"), {QStringLiteral("application")},
         {{QStringLiteral("reason"), Type::Text},
          {QStringLiteral("declared_by"), Type::Text},
          {QStringLiteral("withdrawn"), Type::Boolean}},
         true, Unlocked, false},
        {QStringLiteral("scores"), QStringLiteral("score"),
         {QStringLiteral("application"), QStringLiteral("criterion")},
         {{QStringLiteral("value"), Type::OptionalInteger}, {QStringLiteral("note"), Type::Text}},
         true, {Phase::Screening}, true},
        {QStringLiteral("recommendations"), QStringLiteral("recommendation"),
         {QStringLiteral("application")},
         {{QStringLiteral("value"), Type::OptionalText}},
         true, {Phase::Screening}, true},
        {QStringLiteral("comments"), QStringLiteral("comment"), {QStringLiteral("application")},
         {{QStringLiteral("body"), Type::Text},
          {QStringLiteral("shared"), Type::Boolean},
          {QStringLiteral("deleted"), Type::Boolean},
          {QStringLiteral("created_at"), Type::Text}},
         false, Unlocked, false},
        {QStringLiteral("proposals"), QStringLiteral("question_proposal"), {QStringLiteral("application")},
         {{QStringLiteral("text"), Type::Text},
          {QStringLiteral("deleted"), Type::Boolean},
          {QStringLiteral("created_at"), Type::Text}},
         false, {Phase::Followup}, true},
        {QStringLiteral("ballots"), QStringLiteral("ballot"), {QStringLiteral("application")},
         {{QStringLiteral("rank"), Type::OptionalInteger}},
         true, {Phase::Vote}, true},
    };
    return tables;
}

int compareRows(const QJsonObject &incoming, const QJsonObject &local, const WorkTable &table)
{
    const qint64 vi = qint64(incoming.value(QStringLiteral("version")).toDouble());
    const qint64 vl = qint64(local.value(QStringLiteral("version")).toDouble());
    if (vi != vl)
        return vi > vl ? 1 : -1;
    const QByteArray ci = content(incoming, table);
    const QByteArray cl = content(local, table);
    if (ci == cl)
        return 0;
    const int t = incoming.value(QStringLiteral("updated_at")).toString().compare(
        local.value(QStringLiteral("updated_at")).toString());
    if (t != 0)
        return t;
    return ci > cl ? 1 : -1;
}

Result<QJsonObject> exportWork(Database &db, const QUuid &juror)
{
    auto jurorId = db.scalar(QStringLiteral("SELECT id FROM juror WHERE uuid = ?"), {uuidText(juror)});
    if (!jurorId)
        return jurorId.error();
    QJsonObject work;
    for (const WorkTable &t : workTables()) {
        QStringList select = {QStringLiteral("t.uuid")};
        QString joins;
        for (const QString &reference : t.references) {
            select << QStringLiteral("%1.uuid").arg(reference);
            joins += QStringLiteral(" JOIN %1 %1 ON %1.id = t.%2").arg(reference, referenceColumn(reference));
        }
        for (const Column &c : t.columns)
            select << QStringLiteral("t.") + c.name;
        select << QStringLiteral("t.version") << QStringLiteral("t.updated_at");
        auto query = db.exec(QStringLiteral("SELECT %1 FROM %2 t%3 WHERE t.juror_id = ? ORDER BY t.uuid")
                                 .arg(select.join(QStringLiteral(", ")), t.table, joins),
                             {jurorId.value()});
        if (!query)
            return query.error();
        QJsonArray rows;
        while (query.value().next()) {
            const QSqlQuery &q = query.value();
            QJsonObject row;
            int i = 0;
            row.insert(QStringLiteral("uuid"), q.value(i++).toString());
            row.insert(QStringLiteral("juror"), uuidText(juror));
            for (const QString &reference : t.references)
                row.insert(reference, q.value(i++).toString());
            for (const Column &c : t.columns)
                row.insert(c.name, toJson(q.value(i++), c.type));
            row.insert(QStringLiteral("version"), q.value(i++).toLongLong());
            row.insert(QStringLiteral("updated_at"), q.value(i++).toString());
            rows.append(row);
        }
        work.insert(t.kind, rows);
    }
    return work;
}

Result<int> insertWork(Database &db, const QUuid &juror, const QJsonObject &work)
{
    Q_ASSERT(db.inTransaction());
    auto jurorId = db.scalar(QStringLiteral("SELECT id FROM juror WHERE uuid = ?"), {uuidText(juror)});
    if (!jurorId)
        return jurorId.error();
    if (jurorId.value().isNull())
        return Error(RowMerger::tr("The juror %1 is not on this round's jury.").arg(uuidText(juror)));
    QHash<QString, QHash<QString, qint64>> ids;
    for (const char *table : {"application", "criterion"}) {
        auto query = db.exec(QStringLiteral("SELECT uuid, id FROM %1").arg(QLatin1String(table)));
        if (!query)
            return query.error();
        QHash<QString, qint64> &byUuid = ids[QLatin1String(table)];
        while (query.value().next())
            byUuid.insert(query.value().value(0).toString(), query.value().value(1).toLongLong());
    }

    int rows = 0;
    for (const WorkTable &t : workTables()) {
        const QJsonArray list = work.value(t.kind).toArray();
        if (list.isEmpty())
            continue;
        QStringList columns = {QStringLiteral("uuid"), QStringLiteral("juror_id")};
        for (const QString &reference : t.references)
            columns << referenceColumn(reference);
        for (const Column &c : t.columns)
            columns << c.name;
        columns << QStringLiteral("version") << QStringLiteral("updated_at");
        QSqlQuery insert(db.connection());
        if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (?%3)")
                                .arg(t.table, columns.join(QStringLiteral(", ")),
                                     QStringLiteral(", ?").repeated(columns.size() - 1))))
            return Database::sqlError(insert);
        for (const QJsonValue &value : list) {
            const QJsonObject row = value.toObject();
            int i = 0;
            insert.bindValue(i++, row.value(QStringLiteral("uuid")).toString());
            insert.bindValue(i++, jurorId.value());
            for (const QString &reference : t.references) {
                const qint64 id = ids.value(reference).value(row.value(reference).toString());
                if (id == 0)
                    return Error(RowMerger::tr("A %1 row names a %2 this round does not have (%3).")
                                     .arg(kindTitle(t.kind), reference, row.value(reference).toString()));
                insert.bindValue(i++, id);
            }
            bindContent(insert, i, row, t);
            if (!insert.exec())
                return Database::sqlError(insert);
            ++rows;
        }
    }
    if (rows > 0)
        db.notifyChanged(Database::Topic::Work);
    return rows;
}

RowMerger::RowMerger(Database &db, const QUuid &juror, bool enforceRules)
    : m_db(db)
    , m_juror(juror)
    , m_enforce(enforceRules)
{}

Result<MergeCounts> RowMerger::check(const QJsonObject &work)
{
    return run(work, false);
}

Result<MergeCounts> RowMerger::apply(const QJsonObject &work)
{
    // One pass that checks and writes; a refused row rolls back what the pass wrote.
    Transaction savepoint(m_db);
    if (!savepoint.ok())
        return savepoint.error();
    auto counts = run(work, true);
    if (!counts)
        return counts;
    if (auto r = savepoint.commit(); !r)
        return r.error();
    return counts;
}

Result<MergeCounts> RowMerger::run(const QJsonObject &work, bool write)
{
    auto jurorId = m_db.scalar(QStringLiteral("SELECT id FROM juror WHERE uuid = ?"), {uuidText(m_juror)});
    if (!jurorId)
        return jurorId.error();
    if (jurorId.value().isNull())
        return Error(tr("The juror %1 is not on this round's jury.").arg(uuidText(m_juror)));
    const qint64 juror = jurorId.value().toLongLong();
    auto round = RoundRepository(m_db).load();
    if (!round)
        return round.error();
    if (m_enforce && round->phase == Phase::Decided)
        return Error(tr("The round is decided and locked; no more work can be merged into it."));

    struct Reference
    {
        qint64 id = 0;
        QString name;
        int min = 0;
        int max = 0;
    };
    QHash<QString, QHash<QString, Reference>> references;
    auto apps = m_db.exec(QStringLiteral("SELECT a.uuid, a.id, m.name FROM application a "
                                         "JOIN municipality m ON m.code = a.municipality_code"));
    if (!apps)
        return apps.error();
    while (apps.value().next())
        references[QStringLiteral("application")].insert(apps.value().value(0).toString(),
                                                         {apps.value().value(1).toLongLong(),
                                                          apps.value().value(2).toString()});
    auto criteria = m_db.exec(QStringLiteral("SELECT uuid, id, name, scale_min, scale_max FROM criterion"));
    if (!criteria)
        return criteria.error();
    while (criteria.value().next()) {
        const QSqlQuery &q = criteria.value();
        references[QStringLiteral("criterion")].insert(
            q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toInt()});
    }
    QSet<qint64> finalists;
    auto chosen = m_db.exec(QStringLiteral("SELECT id FROM application WHERE status = 'finalist'"));
    if (!chosen)
        return chosen.error();
    while (chosen.value().next())
        finalists.insert(chosen.value().value(0).toLongLong());
    QSet<qint64> conflicted;
    auto active = m_db.exec(QStringLiteral("SELECT application_id FROM conflict WHERE juror_id = ? "
                                           "AND withdrawn = 0"),
                            {juror});
    if (!active)
        return active.error();
    while (active.value().next())
        conflicted.insert(active.value().value(0).toLongLong());

    MergeCounts counts;
    const QString jurorText = uuidText(m_juror);
    for (const WorkTable &t : workTables()) {
        const QJsonValue list = work.value(t.kind);
        if (list.isUndefined())
            continue;
        if (!list.isArray())
            return Error(tr("The part “%1” is not a list.").arg(t.kind));
        const QString what = kindTitle(t.kind);
        // Both statements are prepared once for all the rows of a kind.
        QStringList columns;
        for (const Column &c : t.columns)
            columns << c.name;
        QSqlQuery local(m_db.connection());
        local.setForwardOnly(true);
        if (!local.prepare(QStringLiteral("SELECT juror_id, %1, version, updated_at FROM %2 WHERE uuid = ?")
                               .arg(columns.join(QStringLiteral(", ")), t.table)))
            return Database::sqlError(local);
        QStringList insertColumns = {QStringLiteral("uuid"), QStringLiteral("juror_id")};
        for (const QString &reference : t.references)
            insertColumns << referenceColumn(reference);
        QStringList updates;
        for (const Column &c : t.columns) {
            insertColumns << c.name;
            updates << QStringLiteral("%1 = excluded.%1").arg(c.name);
        }
        insertColumns << QStringLiteral("version") << QStringLiteral("updated_at");
        updates << QStringLiteral("version = excluded.version")
                << QStringLiteral("updated_at = excluded.updated_at");
        QSqlQuery written(m_db.connection());
        if (write
            && !written.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (?%3) ON CONFLICT (uuid) "
                                               "DO UPDATE SET %4")
                                    .arg(t.table, insertColumns.join(QStringLiteral(", ")),
                                         QStringLiteral(", ?").repeated(insertColumns.size() - 1),
                                         updates.join(QStringLiteral(", ")))))
            return Database::sqlError(written);
        for (const QJsonValue &value : list.toArray()) {
            if (!value.isObject())
                return Error(tr("A %1 row is not an object.").arg(what));
            const QJsonObject row = value.toObject();
            const QUuid uuid(row.value(QStringLiteral("uuid")).toString());
            if (uuid.isNull())
                return Error(tr("A %1 row has no valid id.").arg(what));
            if (row.value(QStringLiteral("juror")).toString() != jurorText)
                return Error(tr("A %1 row belongs to another juror (%2).")
                                 .arg(what, row.value(QStringLiteral("juror")).toString()));
            QList<Reference> refs;
            QList<QUuid> refUuids;
            for (const QString &reference : t.references) {
                const QString key = row.value(reference).toString();
                const auto found = references.value(reference).constFind(key);
                if (found == references.value(reference).constEnd())
                    return Error(tr("A %1 row names a %2 this round does not have (%3).")
                                     .arg(what, reference, key));
                refs << *found;
                refUuids << QUuid(key);
            }
            const QString place = refs.first().name;
            for (const Column &c : t.columns) {
                if (!validJson(row.value(c.name), c.type))
                    return Error(tr("The %1 on %2 has an invalid “%3”.").arg(what, place, c.name));
            }
            // A whole number a double holds exactly: larger ones would not survive the cast to
            // a 64-bit integer (undefined behaviour) nor the comparison of versions.
            const double version = row.value(QStringLiteral("version")).toDouble(-1);
            if (!row.value(QStringLiteral("version")).isDouble() || version < 1
                || version > MaxVersion || version != std::floor(version)
                || !row.value(QStringLiteral("updated_at")).isString())
                return Error(tr("The %1 on %2 has no valid version.").arg(what, place));
            if (t.derivedUuid) {
                QUuid expected;
                if (t.kind == QLatin1String("scores"))
                    expected = WorkIds::score(m_juror, refUuids.at(0), refUuids.at(1));
                else if (t.kind == QLatin1String("recommendations"))
                    expected = WorkIds::recommendation(m_juror, refUuids.at(0));
                else if (t.kind == QLatin1String("conflicts"))
                    expected = WorkIds::conflict(m_juror, refUuids.at(0));
                else if (t.kind == QLatin1String("ballots"))
                    expected = WorkIds::ballot(m_juror, refUuids.at(0));
                if (!expected.isNull() && expected != uuid)
                    return Error(tr("The %1 on %2 does not belong to this juror.").arg(what, place));
            }
            // Values the round itself would accept.
            if (t.kind == QLatin1String("scores") && !row.value(QStringLiteral("value")).isNull()) {
                const int v = row.value(QStringLiteral("value")).toInt();
                if (v < refs.at(1).min || v > refs.at(1).max)
                    return Error(tr("The score %1 on %2 is outside the scale of “%3”.")
                                     .arg(v)
                                     .arg(place, refs.at(1).name));
            }
            if (t.kind == QLatin1String("recommendations") && !row.value(QStringLiteral("value")).isNull()
                && !recommendationFromKey(row.value(QStringLiteral("value")).toString()))
                return Error(tr("The recommendation on %1 is not ja, kanske or nej.").arg(place));
            // A rank as the ballot itself takes it: a whole number from 1, on a finalist.
            if (t.kind == QLatin1String("ballots") && !row.value(QStringLiteral("rank")).isNull()) {
                const QString invalid = tr("The %1 on %2 has an invalid “%3”.")
                                            .arg(what, place, QStringLiteral("rank"));
                if (row.value(QStringLiteral("rank")).toInt() < 1)
                    return Error(invalid + u' '
                                 + QCoreApplication::translate("BallotRepository",
                                                               "Ranks start at 1 (the best)."));
                if (m_enforce && !finalists.contains(refs.first().id))
                    return Error(invalid + u' '
                                 + QCoreApplication::translate("BallotRepository",
                                                               "Only finalists can be ranked."));
            }
            if (t.kind == QLatin1String("conflicts")) {
                const QString by = row.value(QStringLiteral("declared_by")).toString();
                if (by != QLatin1String("juror") && by != QLatin1String("organiser"))
                    return Error(tr("The conflict of interest on %1 has an unknown origin.").arg(place));
            }

            // The copy in the round, if any.
            local.bindValue(0, uuidText(uuid));
            if (!local.exec())
                return Database::sqlError(local);
            int outcome = 1; // 1 added, 2 updated, 0 unchanged
            if (local.next()) {
                const QSqlQuery &q = local;
                if (q.value(0).toLongLong() != juror)
                    return Error(tr("The %1 on %2 belongs to another juror.").arg(what, place));
                QJsonObject mine;
                for (int i = 0; i < t.columns.size(); ++i)
                    mine.insert(t.columns.at(i).name, toJson(q.value(i + 1), t.columns.at(i).type));
                mine.insert(QStringLiteral("version"), q.value(int(t.columns.size()) + 1).toLongLong());
                mine.insert(QStringLiteral("updated_at"), q.value(int(t.columns.size()) + 2).toString());
                outcome = compareRows(row, mine, t) > 0 ? 2 : 0;
            }
            if (outcome == 0) {
                ++counts.unchanged;
                continue;
            }
            if (m_enforce) {
                if (!t.changeable.contains(round->phase))
                    return Error(tr("The round's phase “%1” does not accept a changed %2 (on %3).")
                                     .arg(phaseTitle(round->phase), what, place));
                if (t.conflictBlocks && conflicted.contains(refs.first().id))
                    return Error(tr("The juror has a conflict of interest on %1 and cannot send a %2 "
                                    "for it.")
                                     .arg(place, what));
            }
            if (t.kind == QLatin1String("conflicts")) {
                if (row.value(QStringLiteral("withdrawn")).toBool())
                    conflicted.remove(refs.first().id);
                else
                    conflicted.insert(refs.first().id);
            }
            outcome == 1 ? ++counts.added : ++counts.updated;
            if (!write)
                continue;

            int bound = 0;
            written.bindValue(bound++, uuidText(uuid));
            written.bindValue(bound++, juror);
            for (int i = 0; i < t.references.size(); ++i)
                written.bindValue(bound++, refs.at(i).id);
            bindContent(written, bound, row, t);
            if (!written.exec())
                return Database::sqlError(written);
        }
    }
    if (write && counts.added + counts.updated > 0)
        m_db.notifyChanged(Database::Topic::Work);
    return counts;
}

} // namespace Exchange
