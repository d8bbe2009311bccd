#pragma once

#include "application.h"
#include "result.h"
#include "search/searchquery.h"

#include <QByteArray>
#include <QHash>
#include <QList>

class Database;

/// An attachment ready to be stored: its bytes and the text found in it.
struct AttachmentDraft
{
    QString fileName;
    QByteArray data;
    QString sha256; ///< hex of data
    QString text;   ///< extracted for full-text search
};

/// An application as an import delivers it, before it has a row.
struct ApplicationDraft
{
    QString importKey; ///< identifies the same application across imports
    QString municipalityCode;
    QString applicant;
    QString title;
    QString summary;
    QString contactName;
    QString contactEmail;
    QString submitted;
    QList<Section> sections;
    QList<AttachmentDraft> attachments;

    /// SHA-256 over everything above but the key: equal hashes mean an unchanged application.
    QString contentHash() const;
};

/// Applications, their sections and attachments, and the full-text index over them.
class ApplicationRepository
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationRepository)

public:
    enum class Outcome { Added, Changed, Unchanged };

    explicit ApplicationRepository(Database &db) : m_db(db) {}

    /// The light columns of every application, in Swedish order of municipality and title.
    Result<QList<ApplicationRow>> rows() const;
    /// The light columns of the applications with @p ids (those that exist), in id order.
    Result<QList<ApplicationRow>> rows(const QList<qint64> &ids) const;
    Result<int> count() const;
    Result<Application> load(qint64 id) const;
    Result<qint64> idForUuid(const QUuid &uuid) const;
    Result<QByteArray> attachmentData(qint64 attachmentId) const;

    /// Inserts or updates by import key, keeping the full-text index in step.
    /// Call inside a transaction; @p roundUuid seeds the new application's stable id.
    Result<Outcome> upsert(const ApplicationDraft &draft, const QUuid &roundUuid);

    /// The applications matching what the user typed, best match first (ties in id order);
    /// every word must occur, as a word or the start of one, in the text, attachments
    /// included. A word weighs more in the title (6), the municipality (4) and the summary (2)
    /// than in the text (1) and the attachments (0.5); how often it occurs does not count.
    Result<QList<SearchQuery::Hit>> search(const QString &typed) const;

    /// Indexes every application afresh, into an empty full-text index.
    Result<void> rebuildIndex();

private:
    /// Rows of the application table matching @p where ("WHERE …" or empty); @p expected
    /// reserves room.
    Result<QList<ApplicationRow>> readRows(const QString &where, int expected) const;
    Result<QVariantList> indexedValues(qint64 id) const;
    Result<void> index(qint64 id);
    Result<void> unindex(qint64 id);
    Result<void> storeAttachments(qint64 id, const QList<AttachmentDraft> &attachments);

    Database &m_db;
};
