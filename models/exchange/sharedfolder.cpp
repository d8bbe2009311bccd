#include "sharedfolder.h"

#include "package.h"
#include "returnfile.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSet>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SharedFolder)
};

} // namespace

namespace SharedFolder {

QString fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QString returnPath(const QString &folder, const QUuid &juror)
{
    return QDir(folder).filePath(uuidText(juror) + QStringLiteral(".juryretur"));
}

QString packageFolder(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("paket"));
}

Result<void> writeReturn(Database &package, const QString &folder)
{
    auto owner = Package::info(package);
    if (!owner)
        return owner.error();
    if (!owner.value())
        return Error(Tr::tr("Only a juror's package writes a return file."));
    auto bytes = ReturnFile::create(package);
    if (!bytes)
        return bytes.error();
    QSaveFile file(returnPath(folder, owner.value()->juror));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit())
        return Error(Tr::tr("The return file could not be written to the shared folder: %1")
                         .arg(file.errorString()),
                     file.fileName());
    return {};
}

Result<QStringList> pendingReturns(Database &round, const QString &folder)
{
    auto merged = round.exec(QStringLiteral("SELECT file_sha256 FROM merge_log"));
    if (!merged)
        return merged.error();
    QSet<QString> known;
    while (merged.value().next())
        known.insert(merged.value().value(0).toString());
    QStringList pending;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.juryretur")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        const QString hash = fileHash(path);
        if (!hash.isEmpty() && !known.contains(hash))
            pending << path;
    }
    return pending;
}

Result<std::optional<QString>> newerPackage(Database &copy, const QString &folder)
{
    auto owner = Package::info(copy);
    if (!owner)
        return owner.error();
    if (!owner.value())
        return std::optional<QString>();
    std::optional<QString> newest;
    QString newestCreated = owner.value()->createdAt;
    const QDir dir(packageFolder(folder));
    for (const QString &name : dir.entryList({QStringLiteral("*.jurypaket")}, QDir::Files)) {
        auto candidate = Database::openReadOnly(dir.filePath(name));
        if (!candidate)
            continue;
        auto info = Package::info(*candidate.value());
        if (info && info.value() && info.value()->juror == owner.value()->juror
            && info.value()->createdAt > newestCreated) {
            newestCreated = info.value()->createdAt;
            newest = dir.filePath(name);
        }
    }
    return newest;
}

} // namespace SharedFolder
