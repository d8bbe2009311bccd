#pragma once

#include "benchdata.h"

#include <QJsonObject>

/// What one child process measures for one size; each prints a JSON object on stdout.
namespace Measure {

/// Open → first paint of the list, search, typing into the search field, leaderboard,
/// decision PDF and the process's peak resident memory.
QJsonObject session(const BenchData::Files &files, const QString &workDir);

/// Merging every return file into a fresh copy of the organiser's round, and the peak
/// resident memory of doing so.
QJsonObject merge(const BenchData::Files &files, const QString &workDir);

/// The peak resident set of this process in MiB (VmHWM).
double peakRssMiB();

} // namespace Measure
