#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

class Database;

/// A folder the jury's own sync service (network drive, Nextcloud, OneDrive…) keeps in
/// step. Each juror's program writes one return file there, named after the juror, so a
/// sync service never sees two writers of a file; the organiser's program picks up return
/// files it has not merged, and leaves packages in a subfolder. Nothing here talks to a
/// network: it reads and writes files.
namespace SharedFolder {

/// The return file of @p juror in @p folder.
QString returnPath(const QString &folder, const QUuid &juror);
/// Where packages are left for the jurors (any file name; each package says whose it is).
QString packageFolder(const QString &folder);

/// Writes the juror package's return file into the folder (atomically: a reader never sees
/// half a file).
Result<void> writeReturn(Database &package, const QString &folder);

/// SHA-256 of a file's bytes, hex; empty when unreadable.
QString fileHash(const QString &path);

/// Return files in the folder whose exact content has not been merged into @p round yet.
Result<QStringList> pendingReturns(Database &round, const QString &folder);

/// The newest package for the juror of @p copy in the folder's package folder, when newer
/// than the one @p copy was made from.
Result<std::optional<QString>> newerPackage(Database &copy, const QString &folder);

} // namespace SharedFolder
