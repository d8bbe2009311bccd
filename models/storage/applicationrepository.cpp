#include "applicationrepository.h"

#include "database.h"
#include "round.h"
#include "rowreader.h"
#include "search/searchquery.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

namespace {

void hashField(QCryptographicHash &hash, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    const qint64 size = bytes.size();
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
    hash.addData(bytes);
}

const char *const SelectRow =
    "SELECT a.id, a.uuid, a.municipality_code, m.name, m.county, m.municipality_group, "
    "m.population, m.population_year, a.title, a.status "
    "FROM application a JOIN municipality m ON m.code = a.municipality_code ";

ApplicationRow rowFrom(const QSqlQuery &q)
{
    ApplicationRow row;
    row.id = q.value(0).toLongLong();
    row.uuid = QUuid(q.value(1).toString());
    row.municipalityCode = q.value(2).toString();
    row.municipality = q.value(3).toString();
    row.county = q.value(4).toString();
    row.group = q.value(5).toString();
    row.population = q.value(6).toInt();
    row.populationYear = q.value(7).toInt();
    row.title = q.value(8).toString();
    row.status = applicationStatusFromKey(q.value(9).toString()).value_or(
        ApplicationStatus::Submitted);
    return row;
}

} // namespace

QString ApplicationDraft::contentHash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &value :
         {municipalityCode, applicant, title, summary, contactName, contactEmail, submitted})
        hashField(hash, value);
    for (const Section &section : sections) {
        hashField(hash, section.heading);
        hashField(hash, section.body);
    }
    for (const AttachmentDraft &attachment : attachments) {
        hashField(hash, attachment.fileName);
        hashField(hash, attachment.sha256);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<QList<ApplicationRow>> ApplicationRepository::rows() const
{
    auto count = this->count();
    if (!count)
        return count.error();
    return readRows(QString(), count.value());
}

Result<QList<ApplicationRow>> ApplicationRepository::rows(const QList<qint64> &ids) const
{
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    return readRows(QStringLiteral("WHERE id IN (%1) ").arg(list.join(QLatin1Char(','))),
                    int(ids.size()));
}

Result<QList<ApplicationRow>> ApplicationRepository::readRows(const QString &where,
                                                              int expected) const
{
    // The few municipalities first, so that every row shares their strings; then only the
    // application's own columns.
    RowReader municipalities(m_db, QStringLiteral(
        "SELECT code, name, county, municipality_group, population, population_year "
        "FROM municipality"));
    QHash<QString, ApplicationRow> facts;
    while (municipalities.next()) {
        ApplicationRow row;
        row.municipalityCode = municipalities.text(0);
        row.municipality = municipalities.text(1);
        row.county = municipalities.text(2);
        row.group = municipalities.text(3);
        row.population = int(municipalities.integer(4));
        row.populationYear = int(municipalities.integer(5));
        facts.insert(row.municipalityCode, row);
    }
    if (!municipalities.ok())
        return municipalities.error();
    RowReader query(m_db, QStringLiteral("SELECT id, uuid, municipality_code, title, status "
                                         "FROM application %1ORDER BY id")
                              .arg(where));
    QList<ApplicationRow> rows;
    rows.reserve(expected);
    QString lastStatus;
    ApplicationStatus status = ApplicationStatus::Submitted;
    while (query.next()) {
        const auto fact = facts.constFind(query.text(2));
        if (fact == facts.constEnd())
            continue; // the join of the full row leaves it out too
        ApplicationRow row = *fact;
        row.id = query.integer(0);
        row.uuid = QUuid(query.text(1));
        row.title = query.text(3);
        const QString statusKey = query.text(4);
        if (statusKey != lastStatus) {
            status = applicationStatusFromKey(statusKey).value_or(ApplicationStatus::Submitted);
            lastStatus = statusKey;
        }
        row.status = status;
        rows.append(std::move(row));
    }
    if (!query.ok())
        return query.error();
    return rows;
}

Result<int> ApplicationRepository::count() const
{
    auto value = m_db.scalar(QStringLiteral("SELECT count(*) FROM application"));
    if (!value)
        return value.error();
    return value.value().toInt();
}

Result<qint64> ApplicationRepository::idForUuid(const QUuid &uuid) const
{
    auto value = m_db.scalar(QStringLiteral("SELECT id FROM application WHERE uuid = ?"),
                             {uuidText(uuid)});
    if (!value)
        return value.error();
    if (value.value().isNull())
        return Error(tr("There is no application with the id %1 in this round.")
                         .arg(uuidText(uuid)));
    return value.value().toLongLong();
}

Result<Application> ApplicationRepository::load(qint64 id) const
{
    auto query = m_db.exec(QString::fromLatin1(SelectRow) + QStringLiteral("WHERE a.id = ?"), {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(tr("The application no longer exists."));
    Application application;
    application.row = rowFrom(query.value());

    auto details = m_db.exec(QStringLiteral("SELECT applicant, summary, contact_name, "
                                            "contact_email, submitted FROM application "
                                            "WHERE id = ?"),
                             {id});
    if (!details)
        return details.error();
    if (details.value().next()) {
        const QSqlQuery &q = details.value();
        application.applicant = q.value(0).toString();
        application.summary = q.value(1).toString();
        application.contactName = q.value(2).toString();
        application.contactEmail = q.value(3).toString();
        application.submitted = q.value(4).toString();
    }

    auto sections = m_db.exec(QStringLiteral("SELECT heading, body FROM section "
                                             "WHERE application_id = ? ORDER BY position"),
                              {id});
    if (!sections)
        return sections.error();
    while (sections.value().next()) {
        application.sections.append(
            {sections.value().value(0).toString(), sections.value().value(1).toString()});
    }

    auto attachments = m_db.exec(
        QStringLiteral("SELECT t.id, t.file_name, t.sha256, b.size FROM attachment t "
                       "JOIN blob b ON b.sha256 = t.sha256 "
                       "WHERE t.application_id = ? ORDER BY t.position"),
        {id});
    if (!attachments)
        return attachments.error();
    while (attachments.value().next()) {
        const QSqlQuery &q = attachments.value();
        application.attachments.append({q.value(0).toLongLong(), q.value(1).toString(),
                                        q.value(2).toString(), q.value(3).toLongLong()});
    }
    return application;
}

Result<QByteArray> ApplicationRepository::attachmentData(qint64 attachmentId) const
{
    auto value = m_db.scalar(QStringLiteral("SELECT b.data FROM attachment t "
                                            "JOIN blob b ON b.sha256 = t.sha256 WHERE t.id = ?"),
                             {attachmentId});
    if (!value)
        return value.error();
    if (value.value().isNull())
        return Error(tr("The attachment is missing from the round file."));
    return value.value().toByteArray();
}

Result<QVariantList> ApplicationRepository::indexedValues(qint64 id) const
{
    // What the full-text index holds for one application. The index is contentless, so a row
    // is removed by giving exactly these values again: this function is the only source.
    auto head = m_db.exec(
        QStringLiteral("SELECT m.name || ' ' || a.applicant || ' ' || m.county, a.title, "
                       "a.summary FROM application a "
                       "JOIN municipality m ON m.code = a.municipality_code WHERE a.id = ?"),
        {id});
    if (!head)
        return head.error();
    if (!head.value().next())
        return Error(tr("The application no longer exists."));
    QVariantList values = {head.value().value(0).toString(), head.value().value(1).toString(),
                           head.value().value(2).toString()};
    auto body = m_db.scalar(QStringLiteral("SELECT group_concat(heading || char(10) || body, "
                                           "char(10)) FROM (SELECT heading, body FROM section "
                                           "WHERE application_id = ? ORDER BY position)"),
                            {id});
    if (!body)
        return body.error();
    auto attached = m_db.scalar(QStringLiteral("SELECT group_concat(text, char(10)) FROM "
                                               "(SELECT text FROM attachment "
                                               "WHERE application_id = ? ORDER BY position)"),
                                {id});
    if (!attached)
        return attached.error();
    values << body.value().toString() << attached.value().toString();
    return values;
}

Result<void> ApplicationRepository::index(qint64 id)
{
    auto values = indexedValues(id);
    if (!values)
        return values.error();
    QVariantList bound = {id};
    bound << values.value();
    auto r = m_db.exec(QStringLiteral("INSERT INTO application_fts (rowid, municipality, title, "
                                      "summary, body, attachments) VALUES (?, ?, ?, ?, ?, ?)"),
                       bound);
    if (!r)
        return r.error();
    return {};
}

Result<void> ApplicationRepository::unindex(qint64 id)
{
    auto values = indexedValues(id);
    if (!values)
        return values.error();
    QVariantList bound = {id};
    bound << values.value();
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO application_fts (application_fts, rowid, municipality, title, "
                       "summary, body, attachments) VALUES ('delete', ?, ?, ?, ?, ?, ?)"),
        bound);
    if (!r)
        return r.error();
    return {};
}

Result<void> ApplicationRepository::storeAttachments(qint64 id,
                                                     const QList<AttachmentDraft> &attachments)
{
    int position = 0;
    for (const AttachmentDraft &attachment : attachments) {
        auto blob = m_db.exec(QStringLiteral("INSERT INTO blob (sha256, size, data) VALUES (?, ?, ?) "
                                             "ON CONFLICT (sha256) DO NOTHING"),
                              {attachment.sha256, qint64(attachment.data.size()), attachment.data});
        if (!blob)
            return blob.error();
        auto row = m_db.exec(QStringLiteral("INSERT INTO attachment (uuid, application_id, "
                                            "position, file_name, sha256, text) "
                                            "VALUES (?, ?, ?, ?, ?, ?)"),
                             {uuidText(QUuid::createUuid()), id, position++, attachment.fileName,
                              attachment.sha256, attachment.text});
        if (!row)
            return row.error();
    }
    return {};
}

Result<ApplicationRepository::Outcome> ApplicationRepository::upsert(const ApplicationDraft &draft,
                                                                     const QUuid &roundUuid)
{
    Q_ASSERT(m_db.inTransaction());
    const QString hash = draft.contentHash();
    auto existing = m_db.exec(
        QStringLiteral("SELECT id, content_sha256 FROM application WHERE import_key = ?"),
        {draft.importKey});
    if (!existing)
        return existing.error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QVariantList fields = {draft.municipalityCode, draft.applicant,   draft.title,
                                 draft.summary,          draft.contactName, draft.contactEmail,
                                 draft.submitted,        hash,              now};

    qint64 id = 0;
    Outcome outcome = Outcome::Added;
    if (existing.value().next()) {
        id = existing.value().value(0).toLongLong();
        if (existing.value().value(1).toString() == hash)
            return Outcome::Unchanged;
        outcome = Outcome::Changed;
        if (auto r = unindex(id); !r)
            return r.error();
        QVariantList bound = fields;
        bound << id;
        auto updated = m_db.exec(
            QStringLiteral("UPDATE application SET municipality_code = ?, applicant = ?, "
                           "title = ?, summary = ?, contact_name = ?, contact_email = ?, "
                           "submitted = ?, content_sha256 = ?, imported_at = ? WHERE id = ?"),
            bound);
        if (!updated)
            return updated.error();
        for (const char *sql : {"DELETE FROM section WHERE application_id = ?",
                                "DELETE FROM attachment WHERE application_id = ?"}) {
            if (auto r = m_db.exec(QString::fromLatin1(sql), {id}); !r)
                return r.error();
        }
    } else {
        const QUuid uuid = QUuid::createUuidV5(roundUuid, draft.importKey);
        QVariantList bound = {uuidText(uuid), draft.importKey};
        bound << fields;
        auto inserted = m_db.exec(
            QStringLiteral("INSERT INTO application (uuid, import_key, municipality_code, "
                           "applicant, title, summary, contact_name, contact_email, submitted, "
                           "content_sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            bound);
        if (!inserted)
            return inserted.error();
        id = inserted.value().lastInsertId().toLongLong();
    }

    int position = 0;
    for (const Section &section : draft.sections) {
        auto r = m_db.exec(QStringLiteral("INSERT INTO section (application_id, position, heading, "
                                          "body) VALUES (?, ?, ?, ?)"),
                           {id, position++, section.heading, section.body});
        if (!r)
            return r.error();
    }
    if (auto r = storeAttachments(id, draft.attachments); !r)
        return r.error();
    if (auto r = index(id); !r)
        return r.error();
    // Blobs no attachment uses any more (a replaced PDF) are removed with the change.
    if (outcome == Outcome::Changed) {
        auto r = m_db.exec(QStringLiteral("DELETE FROM blob WHERE sha256 NOT IN "
                                          "(SELECT sha256 FROM attachment)"));
        if (!r)
            return r.error();
    }
    m_db.notifyChanged(Database::Topic::Applications);
    return outcome;
}

Result<QList<SearchQuery::Hit>> ApplicationRepository::search(const QString &typed) const
{
    const QString match = SearchQuery::ftsExpression(typed);
    QList<SearchQuery::Hit> hits;
    if (match.isEmpty())
        return hits;
    // Weights of municipality, title, summary, text and attachments.
    const QString relevance = m_db.relevanceExpression(QStringLiteral("4.0, 6.0, 2.0, 1.0, 0.5"));
    RowReader rows(m_db, QStringLiteral("SELECT rowid, %1 FROM application_fts "
                                        "WHERE application_fts MATCH ?")
                             .arg(relevance),
                   {match});
    while (rows.next())
        hits.append({rows.integer(0), rows.real(1)});
    if (!rows.ok())
        return rows.error();
    std::sort(hits.begin(), hits.end(), [](const SearchQuery::Hit &a, const SearchQuery::Hit &b) {
        return a.relevance != b.relevance ? a.relevance > b.relevance : a.id < b.id;
    });
    return hits;
}

Result<void> ApplicationRepository::rebuildIndex()
{
    auto ids = m_db.exec(QStringLiteral("SELECT id FROM application ORDER BY id"));
    if (!ids)
        return ids.error();
    QList<qint64> all;
    while (ids.value().next())
        all.append(ids.value().value(0).toLongLong());
    ids.value().finish();
    for (qint64 id : all) {
        if (auto r = index(id); !r)
            return r.error();
    }
    return {};
}
