#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/// The floor: what the same work costs through the sqlite3 tool (and LibreOffice for the
/// decision document). Every SQL statement here is run by the sqlite3 tool, never by the
/// program; it restates what the models' queries do, so that the two can be compared.
namespace Floor {

bool sqliteInstalled();
/// The LibreOffice binary, empty when LibreOffice is not installed.
QString libreOffice();

/// Milliseconds sqlite3 spends on @p script over @p file: the wall time of the sqlite3
/// process less that of the same process running a trivial query on the same file, the best
/// of @p repeats runs.
std::optional<double> sqliteMs(const QString &file, const QString &script, bool readOnly,
                               int repeats);

enum class Ranking { Bm25, None };

/// The full-text queries as the search field sends them to the index, ranked by SQLite's own
/// bm25() (the program's relevance function is not in the sqlite3 tool) or not ranked at all.
QString searchScript(const QStringList &queries, Ranking ranking = Ranking::Bm25);
/// The leaderboard's aggregation: each juror's weighted mean per application and the
/// recommendation counts, without conflicted jurors.
QString leaderboardScript();
/// The return files' rows upserted in one transaction (higher version wins).
QString mergeScript(const QStringList &returnFiles);

/// Milliseconds LibreOffice takes to convert @p document to PDF in @p outDir.
std::optional<double> libreOfficeMs(const QString &document, const QString &outDir);

} // namespace Floor
