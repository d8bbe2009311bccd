#pragma once

#include "result.h"
#include "worktables.h"

#include <QByteArray>
#include <QJsonObject>
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
/// round, juror, HMAC, every row) and merged or refused as a whole. One transaction, after
/// a backup copy of the round file (the last ten kept); every merge that changed something
/// is recorded in the round's merge log.
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
    MergeResult verify(const QString &path, QJsonObject *work) const;

    Database &m_db;
};
