#pragma once

#include "result.h"

#include <QString>
#include <QUuid>

#include <optional>

class Database;

/// Whose a juror package is.
struct PackageInfo
{
    QUuid juror;
    QString createdAt;
    QString returnedAt; ///< when the juror last wrote a return file, empty before
};

/// What installing a received package did to the juror's copy.
struct InstallReport
{
    bool created = false;      ///< the first package: the copy is new
    int keptRows = 0;          ///< the juror's own work kept from the earlier copy
    int discardedRows = 0;     ///< changes the round's phase no longer accepts
    QString describe() const;
};

/// Juror packages: what the organiser hands a juror. A package is a round file the same
/// program opens in juror mode, holding what that juror may see in the current phase and
/// that juror's secret key.
namespace Package {

/// The package's owner, or nothing for the organiser's round file.
Result<std::optional<PackageInfo>> info(Database &db);

/// Writes the package of @p juror to @p path (replacing an earlier package there).
/// Other jurors' work is left out unless the round lets the juror see it, never on
/// applications the juror is conflicted on; other jurors' private comments and keys never.
Result<void> build(Database &round, const QUuid &juror, const QString &path);

/// Where a juror's working copy of a round lives on this computer.
QString workingCopyPath(const QUuid &round, const QUuid &juror);

/// Makes @p packagePath the juror's working copy at @p workingCopy: the organiser's data is
/// replaced, the juror's own work in an earlier copy is kept (the newer of each row), except
/// changes the package's phase no longer accepts.
Result<InstallReport> install(const QString &packagePath, const QString &workingCopy);

} // namespace Package
