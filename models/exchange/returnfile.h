#pragma once

#include "result.h"
#include "worktables.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUuid>

class Database;

/// What a juror hands back: that juror's own work, authenticated with the juror's key.
///
/// A UTF-8 JSON object: {"format": "jurybench-return", "version": 1, "round": uuid,
/// "juror": uuid, "juror_name", "created_at", "work": {kind: [rows]}, "hmac": hex}. The HMAC
/// is HMAC-SHA256 under the juror's secret key over the canonical serialisation: the same
/// object without "hmac", written as compact JSON with keys in sorted order.
namespace ReturnFile {

constexpr int FormatVersion = 1;

/// Writes the return file of the juror package @p package.
Result<QByteArray> create(Database &package);

/// Writes the return file of @p juror holding @p work (as exportWork() gives it), signed with
/// the juror's key as the organiser's round file @p round keeps it: the file that juror's
/// package would hand in, for rounds generated in bulk (benchmarks, tests).
Result<QByteArray> createFor(Database &round, const QUuid &juror, const QJsonObject &work);

/// The canonical bytes the HMAC is computed over.
QByteArray canonical(const QJsonObject &withoutHmac);

} // namespace ReturnFile

/// The outcome of merging one return file.
struct MergeResult
{
    QString file;
    QString sha256;
    QUuid juror;
    QString jurorName;
    Exchange::MergeCounts counts;
    std::optional<Error> refusal; ///< why the file was refused; nothing of it was merged

    bool merged() const { return !refusal.has_value(); }
};

/// Merges return files into the organiser's round file: each file is checked whole (format,
/// round, juror, HMAC, every row) and merged or refused as a whole. One transaction, read a
/// file at a time; before it commits, a backup copy of the round as it was (the last ten
/// kept); every merge that changed something is recorded in the round's merge log.
class Merger
{
    Q_DECLARE_TR_FUNCTIONS(Merger)

public:
    explicit Merger(Database &db) : m_db(db) {}

    Result<QList<MergeResult>> merge(const QStringList &paths);

    /// The round's log of merges, newest first.
    struct LogEntry
    {
        QString mergedAt, jurorName, fileName, sha256;
        Exchange::MergeCounts counts;
    };
    Result<QList<LogEntry>> log() const;

    /// Where backup copies of the round file are kept.
    static QString backupFolder(const QString &roundFile);
    static constexpr int KeptBackups = 10;

private:
    Result<void> backup();
    /// A return file read, parsed and its signature checked with the jurors' keys, not yet
    /// checked against the round (no database: it may be read on another thread).
    struct ReadFile
    {
        MergeResult result; ///< file, sha256 and juror; or why it was refused
        QString jurorText;  ///< the juror as the file names it
        QString round;
        bool signatureMatches = false; ///< by the key of the juror the file names
        QJsonValue work;
    };
    static ReadFile read(const QString &path, const QHash<QUuid, QByteArray> &keys);
    Result<QHash<QUuid, QByteArray>> jurorKeys() const;
    /// Checks a file read against the round: round, juror, signature and parts.
    MergeResult verify(ReadFile read, QJsonObject *work) const;

    Database &m_db;
};
