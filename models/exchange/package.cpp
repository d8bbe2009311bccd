#include "package.h"

#include "round.h"
#include "screening/screening.h"
#include "storage/database.h"
#include "storage/roundrepository.h"
#include "worktables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Package)
};

void removeFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// A consistent copy of the whole round, the write-ahead log included.
Result<void> copyInto(Database &db, const QString &path)
{
    removeFiles(path);
    if (auto r = db.exec(QStringLiteral("VACUUM INTO ?"), {path}); !r)
        return r.error();
    return {};
}

// A single self-contained file, ready to travel by e-mail or USB stick.
Result<void> seal(Database &db)
{
    for (const char *sql : {"VACUUM", "PRAGMA journal_mode = DELETE"}) {
        if (auto r = db.exec(QString::fromLatin1(sql)); !r)
            return r.error();
    }
    return {};
}

Result<void> removeHiddenWork(Database &db, qint64 juror, const Round &round)
{
    const Viewer viewer = Viewer::juror(juror);
    const bool scores = Visibility::othersScores(round, viewer, false);
    const bool comments = Visibility::othersSharedComments(round, viewer, false);
    const QString conflicted = QStringLiteral(
        "application_id IN (SELECT application_id FROM conflict WHERE juror_id = %1 AND withdrawn = 0)")
                                   .arg(juror);
    const QString others = QStringLiteral("juror_id <> %1").arg(juror);
    QStringList statements = {
        QStringLiteral("UPDATE juror SET secret_key = X'' WHERE id <> %1").arg(juror),
        QStringLiteral("DELETE FROM merge_log"),
        QStringLiteral("DELETE FROM reading WHERE ") + others,
        // Private notes and deletions of others never travel.
        QStringLiteral("DELETE FROM comment WHERE %1 AND (shared = 0 OR deleted = 1)").arg(others),
    };
    for (const QString &table : {QStringLiteral("score"), QStringLiteral("recommendation"),
                                 QStringLiteral("conflict")}) {
        statements << (scores ? QStringLiteral("DELETE FROM %1 WHERE %2 AND %3").arg(table, others, conflicted)
                              : QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, others));
    }
    // Follow-up proposals go to the organiser and ballots are secret: neither travels to
    // other jurors.
    statements << QStringLiteral("DELETE FROM question_proposal WHERE ") + others;
    statements << QStringLiteral("DELETE FROM ballot WHERE ") + others;
    // The decision is the organiser's until it is confirmed.
    if (round.phase != Phase::Decided)
        statements << QStringLiteral("DELETE FROM decision") << QStringLiteral("DELETE FROM finalist_motivation");
    // Notes on scores are each juror's own.
    statements << QStringLiteral("UPDATE score SET note = '' WHERE ") + others;
    statements << (comments ? QStringLiteral("DELETE FROM comment WHERE %1 AND %2").arg(others, conflicted)
                            : QStringLiteral("DELETE FROM comment WHERE ") + others);
    for (const QString &sql : std::as_const(statements)) {
        if (auto r = db.exec(sql); !r)
            return r.error();
    }
    return {};
}

} // namespace

QString InstallReport::describe() const
{
    if (created)
        return Tr::tr("The juror package was opened.");
    QString text = Tr::tr("The juror package was updated; your own work was kept (%n row(s)).",
                          nullptr, keptRows);
    if (discardedRows > 0)
        text += QLatin1Char(' ')
                + Tr::tr("%n change(s) the round no longer accepts in this phase were not "
                         "handed in in time and were removed.",
                         nullptr, discardedRows);
    return text;
}

namespace Package {

Result<std::optional<PackageInfo>> info(Database &db)
{
    auto query = db.exec(QStringLiteral("SELECT juror_uuid, created_at, returned_at FROM package_info "
                                        "WHERE id = 1"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<PackageInfo>();
    PackageInfo info;
    info.juror = QUuid(query.value().value(0).toString());
    info.createdAt = query.value().value(1).toString();
    info.returnedAt = query.value().value(2).toString();
    return std::optional<PackageInfo>(info);
}

QString workingCopyPath(const QUuid &round, const QUuid &juror)
{
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("packages"));
    return QDir(folder).filePath(QStringLiteral("%1-%2.jury").arg(uuidText(round), uuidText(juror)));
}

Result<void> build(Database &round, const QUuid &juror, const QString &path)
{
    auto own = info(round);
    if (!own)
        return own.error();
    if (own.value())
        return Error(Tr::tr("A juror package is made from the organiser's round file, not from "
                            "another package."),
                     round.filePath());
    auto jurorId = round.scalar(QStringLiteral("SELECT id FROM juror WHERE uuid = ?"), {uuidText(juror)});
    if (!jurorId)
        return jurorId.error();
    if (jurorId.value().isNull())
        return Error(Tr::tr("There is no juror with the id %1 in this round.").arg(uuidText(juror)));
    auto settings = RoundRepository(round).load();
    if (!settings)
        return settings.error();
    if (QFileInfo::exists(path)) {
        // Replacing is fine for an earlier package, never for anything else.
        auto existing = Database::openReadOnly(path);
        bool package = false;
        if (existing) {
            auto existingInfo = info(*existing.value());
            package = existingInfo && existingInfo.value().has_value();
        }
        if (!package)
            return Error(Tr::tr("The file exists and is not a juror package; choose another name."), path);
    }

    const QString partial = path + QStringLiteral(".part");
    if (auto r = copyInto(round, partial); !r)
        return Error(Tr::tr("The package could not be written (%1).").arg(r.error().message), path);
    const auto fail = [&](const Error &e) -> Result<void> {
        removeFiles(partial);
        return Error(Tr::tr("The package could not be written (%1).").arg(e.message), path);
    };
    {
        auto opened = Database::open(partial);
        if (!opened)
            return fail(opened.error());
        Database &db = *opened.value();
        // Deleted rows are overwritten, and the file is vacuumed: nothing hidden survives in
        // free pages for someone reading the file with other tools.
        if (auto r = db.exec(QStringLiteral("PRAGMA secure_delete = ON")); !r)
            return fail(r.error());
        {
            Transaction transaction(db);
            if (!transaction.ok())
                return fail(transaction.error());
            if (auto r = removeHiddenWork(db, jurorId.value().toLongLong(), settings.value()); !r)
                return fail(r.error());
            if (auto r = db.exec(QStringLiteral("INSERT INTO package_info (id, juror_uuid, created_at) "
                                                "VALUES (1, ?, ?)"),
                                 {uuidText(juror), workTimestamp()});
                !r)
                return fail(r.error());
            if (auto r = transaction.commit(); !r)
                return fail(r.error());
        }
        if (auto r = seal(db); !r)
            return fail(r.error());
    }
    removeFiles(path);
    if (!QFile::rename(partial, path)) {
        removeFiles(partial);
        return Error(Tr::tr("The package could not be saved."), path);
    }
    return {};
}

Result<InstallReport> install(const QString &packagePath, const QString &workingCopy)
{
    auto package = Database::openReadOnly(packagePath);
    if (!package)
        return package.error();
    auto owner = info(*package.value());
    if (!owner)
        return owner.error();
    if (!owner.value())
        return Error(Tr::tr("The file is a round file, not a juror package."), packagePath);
    const QUuid juror = owner.value()->juror;
    auto round = RoundRepository(*package.value()).load();
    if (!round)
        return round.error();

    InstallReport report;
    QDir().mkpath(QFileInfo(workingCopy).absolutePath());
    if (!QFileInfo::exists(workingCopy)) {
        if (auto r = copyInto(*package.value(), workingCopy); !r)
            return r.error();
        report.created = true;
        return report;
    }

    // The juror's own work from the earlier copy.
    QJsonObject own;
    QString returnedAt;
    {
        auto earlier = Database::open(workingCopy);
        if (!earlier)
            return earlier.error();
        auto earlierInfo = info(*earlier.value());
        auto earlierRound = RoundRepository(*earlier.value()).load();
        if (!earlierInfo || !earlierRound)
            return Error(Tr::tr("Your earlier copy of the round cannot be read."), workingCopy);
        if (!earlierInfo.value() || earlierInfo.value()->juror != juror
            || earlierRound->uuid != round->uuid)
            return Error(Tr::tr("The package belongs to another round or another juror than your "
                                "earlier copy."),
                         packagePath);
        returnedAt = earlierInfo.value()->returnedAt;
        auto work = Exchange::exportWork(*earlier.value(), juror);
        if (!work)
            return work.error();
        own = work.value();
    }

    const QString partial = workingCopy + QStringLiteral(".part");
    if (auto r = copyInto(*package.value(), partial); !r)
        return r.error();
    package.value().reset();
    {
        auto fresh = Database::open(partial);
        if (!fresh) {
            removeFiles(partial);
            return fresh.error();
        }
        Database &db = *fresh.value();
        // Kinds the package's phase no longer accepts stay as the organiser has them.
        QJsonObject keep, closed;
        for (const Exchange::WorkTable &t : Exchange::workTables()) {
            if (t.changeable.contains(round->phase))
                keep.insert(t.kind, own.value(t.kind));
            else
                closed.insert(t.kind, own.value(t.kind));
        }
        Transaction transaction(db);
        Exchange::RowMerger merger(db, juror, false);
        auto late = merger.check(closed);
        auto kept = late ? merger.apply(keep) : Result<Exchange::MergeCounts>(late.error());
        if (!transaction.ok() || !kept) {
            const Error e = !transaction.ok() ? transaction.error() : kept.error();
            fresh.value().reset();
            removeFiles(partial);
            return e;
        }
        if (auto r = db.exec(QStringLiteral("UPDATE package_info SET returned_at = ?"), {returnedAt}); !r)
            return r.error();
        if (auto r = transaction.commit(); !r)
            return r.error();
        report.keptRows = kept->added + kept->updated + kept->unchanged;
        report.discardedRows = late->added + late->updated;
    }
    removeFiles(workingCopy);
    if (!QFile::rename(partial, workingCopy)) {
        removeFiles(partial);
        return Error(Tr::tr("Your copy of the round could not be updated."), workingCopy);
    }
    return report;
}

} // namespace Package
