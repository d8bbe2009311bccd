#include "returnfile.h"

#include "package.h"
#include "round.h"
#include "screening/screening.h"
#include "storage/database.h"
#include "storage/roundrepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <future>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReturnFile)
};

constexpr qint64 MaxReturnFileSize = 256LL * 1024 * 1024;
const QString FormatName = QStringLiteral("jurybench-return");

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// Compares without stopping at the first difference, so timing tells nothing.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= uchar(a.at(i)) ^ uchar(b.at(i));
    return difference == 0;
}

} // namespace

namespace ReturnFile {

QByteArray canonical(const QJsonObject &withoutHmac)
{
    // QJsonObject keeps keys sorted; compact output has no insignificant white space.
    return QJsonDocument(withoutHmac).toJson(QJsonDocument::Compact);
}

namespace {

// The juror's key and name as @p db keeps them; a package keeps only its own juror's key.
Result<QPair<QByteArray, QString>> jurorKey(Database &db, const QUuid &juror)
{
    auto key = db.exec(QStringLiteral("SELECT secret_key, name FROM juror WHERE uuid = ?"),
                       {uuidText(juror)});
    if (!key)
        return key.error();
    if (!key.value().next() || key.value().value(0).toByteArray().size() < 16)
        return Error(Tr::tr("The package has no key for its juror; ask the organiser for a new "
                            "package."),
                     db.filePath());
    return qMakePair(key.value().value(0).toByteArray(), key.value().value(1).toString());
}

QJsonObject signedFile(const QUuid &round, const QUuid &juror, const QPair<QByteArray, QString> &key,
                       const QJsonObject &work)
{
    QJsonObject file{
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("round"), uuidText(round)},
        {QStringLiteral("juror"), uuidText(juror)},
        {QStringLiteral("juror_name"), key.second},
        {QStringLiteral("created_at"), workTimestamp()},
        {QStringLiteral("work"), work},
    };
    file.insert(QStringLiteral("hmac"), QString::fromLatin1(hmac(key.first, canonical(file)).toHex()));
    return file;
}

} // namespace

Result<QByteArray> create(Database &package)
{
    auto owner = Package::info(package);
    if (!owner)
        return owner.error();
    if (!owner.value())
        return Error(Tr::tr("A return file is written from a juror package; this is the "
                            "organiser's round file."),
                     package.filePath());
    const QUuid juror = owner.value()->juror;
    auto round = RoundRepository(package).load();
    if (!round)
        return round.error();
    auto key = jurorKey(package, juror);
    if (!key)
        return key.error();
    auto work = Exchange::exportWork(package, juror);
    if (!work)
        return work.error();

    const QJsonObject file = signedFile(round->uuid, juror, key.value(), work.value());
    if (auto r = package.exec(QStringLiteral("UPDATE package_info SET returned_at = ?"),
                              {file.value(QStringLiteral("created_at")).toString()});
        !r)
        return r.error();
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<QByteArray> createFor(Database &round, const QUuid &juror, const QJsonObject &work)
{
    auto settings = RoundRepository(round).load();
    if (!settings)
        return settings.error();
    auto key = jurorKey(round, juror);
    if (!key)
        return key.error();
    return QJsonDocument(signedFile(settings->uuid, juror, key.value(), work))
        .toJson(QJsonDocument::Indented);
}

} // namespace ReturnFile

QString Merger::backupFolder(const QString &roundFile)
{
    const QFileInfo info(roundFile);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".backups"));
}

Result<void> Merger::backup()
{
    const QString folder = backupFolder(m_db.filePath());
    if (!QDir().mkpath(folder))
        return Error(tr("The backup folder could not be created."), folder);
    const QString name = QStringLiteral("%1-%2.jury")
                             .arg(QFileInfo(m_db.filePath()).completeBaseName(),
                                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    const QString path = QDir(folder).filePath(name);
    // Read through a connection of its own: the merge's transaction is still open, and this
    // one sees the round as it was before the merge.
    auto before = Database::openReadOnly(m_db.filePath());
    if (!before)
        return Error(tr("No backup copy could be written before the merge, so nothing was "
                        "merged (%1).")
                         .arg(before.error().message),
                     path);
    if (auto r = before.value()->exec(QStringLiteral("VACUUM INTO ?"), {path}); !r)
        return Error(tr("No backup copy could be written before the merge, so nothing was "
                        "merged (%1).")
                         .arg(r.error().message),
                     path);
    QStringList backups = QDir(folder).entryList({QStringLiteral("*.jury")}, QDir::Files, QDir::Name);
    while (backups.size() > KeptBackups)
        QFile::remove(QDir(folder).filePath(backups.takeFirst()));
    return {};
}

Merger::ReadFile Merger::read(const QString &path, const QHash<QUuid, QByteArray> &keys)
{
    ReadFile read;
    MergeResult &result = read.result;
    result.file = path;
    const auto refuse = [&](const QString &message) {
        result.refusal = Error(message, path);
        return read;
    };
    QFile file(path);
    if (!file.exists())
        return refuse(tr("The file does not exist."));
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("The file cannot be read: %1").arg(file.errorString()));
    if (file.size() > MaxReturnFileSize)
        return refuse(tr("The file is too large to be a return file."));
    const QByteArray bytes = file.readAll();
    result.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || document.object().value(QStringLiteral("format")).toString() != FormatName)
        return refuse(tr("The file is not a Jurybench return file."));
    QJsonObject object = document.object();
    const QJsonValue version = object.value(QStringLiteral("version"));
    // toInt() reads 1e300 or 1.5 as 0, which would pass for an old format.
    const double format = version.toDouble();
    if (!version.isDouble() || format < 1 || format != std::floor(format))
        return refuse(tr("The file is not a Jurybench return file."));
    if (format > ReturnFile::FormatVersion)
        return refuse(tr("The return file was made by a newer version of Jurybench (format %1; "
                         "this version reads up to format %2). Update Jurybench to merge it.")
                          .arg(format)
                          .arg(ReturnFile::FormatVersion));
    result.juror = QUuid(object.value(QStringLiteral("juror")).toString());
    result.jurorName = object.value(QStringLiteral("juror_name")).toString();
    read.jurorText = object.value(QStringLiteral("juror")).toString();
    read.round = object.value(QStringLiteral("round")).toString();
    const QByteArray claimed = QByteArray::fromHex(object.value(QStringLiteral("hmac")).toString().toLatin1());
    object.remove(QStringLiteral("hmac"));
    const auto key = keys.constFind(result.juror);
    read.signatureMatches = key != keys.constEnd() && !claimed.isEmpty()
                            && sameBytes(claimed, hmac(*key, ReturnFile::canonical(object)));
    read.work = object.value(QStringLiteral("work"));
    return read;
}

Result<QHash<QUuid, QByteArray>> Merger::jurorKeys() const
{
    auto query = m_db.exec(QStringLiteral("SELECT uuid, secret_key FROM juror"));
    if (!query)
        return query.error();
    QHash<QUuid, QByteArray> keys;
    while (query.value().next())
        keys.insert(QUuid(query.value().value(0).toString()), query.value().value(1).toByteArray());
    return keys;
}

MergeResult Merger::verify(ReadFile read, QJsonObject *work) const
{
    MergeResult result = std::move(read.result);
    if (!result.merged())
        return result;
    const auto refuse = [&](const QString &message) {
        result.refusal = Error(message, result.file);
        return result;
    };
    auto round = RoundRepository(m_db).load();
    if (!round)
        return refuse(round.error().message);
    if (QUuid(read.round) != round->uuid)
        return refuse(tr("The return file belongs to another round (%1), not to this one.")
                          .arg(read.round));
    auto name = m_db.exec(QStringLiteral("SELECT name FROM juror WHERE uuid = ?"),
                          {uuidText(result.juror)});
    if (!name)
        return refuse(name.error().message);
    if (result.juror.isNull() || !name.value().next())
        return refuse(tr("The return file is from a juror who is not on this round's jury (%1).")
                          .arg(read.jurorText));
    result.jurorName = name.value().value(0).toString();
    if (!read.signatureMatches)
        return refuse(tr("The return file's signature does not match %1's key: it was changed "
                         "after the juror wrote it, damaged on the way, or not written by %1.")
                          .arg(result.jurorName));
    if (!read.work.isObject())
        return refuse(tr("The file is not a Jurybench return file."));
    *work = read.work.toObject();
    // A part this format does not have ("score\0s") would be dropped without a word.
    const QList<Exchange::WorkTable> &tables = Exchange::workTables();
    for (const QString &kind : work->keys()) {
        if (std::none_of(tables.cbegin(), tables.cend(),
                         [&](const Exchange::WorkTable &t) { return t.kind == kind; }))
            return refuse(tr("The file is not a Jurybench return file."));
    }
    return result;
}

Result<QList<MergeResult>> Merger::merge(const QStringList &paths)
{
    auto owner = Package::info(m_db);
    if (!owner)
        return owner.error();
    if (owner.value())
        return Error(tr("Return files are merged into the organiser's round file, not into a "
                        "juror package."),
                     m_db.filePath());
    if (auto open = RoundRepository(m_db).requireUnlocked(tr("merge return files")); !open)
        return open.error();

    // One pass, a file at a time: each is read, checked and written inside one transaction,
    // and only its own rows are held in memory. When nothing changed, the transaction is
    // rolled back and no backup is made; otherwise the backup is taken from the round as it
    // was before the merge (a second connection still reads that) and then the merge commits.
    QList<MergeResult> results;
    bool anyChange = false;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    // The next file is read, parsed and its signature checked on another thread while this
    // one is written.
    auto keys = jurorKeys();
    if (!keys)
        return keys.error();
    const auto readAhead = [&paths, &keys](qsizetype i) {
        return std::async(std::launch::async, &Merger::read, paths.at(i), keys.value());
    };
    std::future<ReadFile> next;
    if (!paths.isEmpty())
        next = readAhead(0);
    for (qsizetype i = 0; i < paths.size(); ++i) {
        ReadFile current = next.get();
        if (i + 1 < paths.size())
            next = readAhead(i + 1);
        QJsonObject work;
        MergeResult result = verify(std::move(current), &work);
        if (!result.merged()) {
            results << result;
            continue;
        }
        int rows = 0;
        for (const QJsonValue &list : std::as_const(work))
            rows += int(list.toArray().size());
        Transaction file(m_db); // a refused file leaves nothing behind
        Exchange::RowMerger merger(m_db, result.juror);
        auto counts = merger.apply(work);
        if (!counts) {
            result.refusal = Error(counts.error().message, result.file);
            result.counts.refused = rows;
            results << result;
            continue;
        }
        result.counts = counts.value();
        if (result.counts.added + result.counts.updated > 0) {
            anyChange = true;
            auto logged = m_db.exec(
                QStringLiteral("INSERT INTO merge_log (merged_at, juror_uuid, juror_name, file_name, "
                               "file_sha256, added, updated, unchanged, refused) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {workTimestamp(), uuidText(result.juror), result.jurorName,
                 QFileInfo(result.file).fileName(), result.sha256, result.counts.added,
                 result.counts.updated, result.counts.unchanged, result.counts.refused});
            if (!logged)
                return logged.error();
        }
        if (auto r = file.commit(); !r)
            return r.error();
        results << result;
    }
    if (!anyChange)
        return results; // the transaction rolls back: nothing is written
    if (auto r = backup(); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    m_db.notifyChanged(Database::Topic::Work);
    return results;
}

Result<QList<Merger::LogEntry>> Merger::log() const
{
    auto query = m_db.exec(QStringLiteral("SELECT merged_at, juror_name, file_name, file_sha256, added, "
                                          "updated, unchanged, refused FROM merge_log ORDER BY id DESC"));
    if (!query)
        return query.error();
    QList<LogEntry> entries;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        LogEntry e;
        e.mergedAt = q.value(0).toString();
        e.jurorName = q.value(1).toString();
        e.fileName = q.value(2).toString();
        e.sha256 = q.value(3).toString();
        e.counts = {q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt(), q.value(7).toInt()};
        entries << e;
    }
    return entries;
}
