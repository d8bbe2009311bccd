#include "floor.h"

#include "search/searchquery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace {

/// Wall time of one run; a run that exits with an error, or (when @p quiet) writes anything to
/// standard error, counts as failed.
std::optional<double> runMs(const QString &program, const QStringList &arguments,
                            const QString &input = {}, bool quiet = true)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted())
        return std::nullopt;
    process.write(input.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const double ms = timer.nsecsElapsed() / 1e6;
    const QByteArray errors = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
        || (quiet && !errors.isEmpty())) {
        qWarning("%s failed: %s", qPrintable(program), errors.constData());
        return std::nullopt;
    }
    return ms;
}

QString quoted(const QString &text)
{
    QString t = text;
    return QLatin1Char('\'') + t.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace

namespace Floor {

bool sqliteInstalled()
{
    return !QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty();
}

QString libreOffice()
{
    for (const char *name : {"libreoffice", "soffice"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

std::optional<double> sqliteMs(const QString &file, const QString &script, bool readOnly,
                               int repeats)
{
    QStringList arguments = {QStringLiteral("-batch"), QStringLiteral("-bail")};
    if (readOnly)
        arguments << QStringLiteral("-readonly");
    arguments << file;
    std::optional<double> best;
    for (int i = 0; i < repeats; ++i) {
        const auto startup = runMs(QStringLiteral("sqlite3"), arguments,
                                   QStringLiteral("SELECT count(*) FROM round;\n"));
        const auto whole = runMs(QStringLiteral("sqlite3"), arguments, script);
        if (!startup || !whole)
            return std::nullopt;
        const double ms = std::max(0.0, *whole - *startup);
        best = best ? std::min(*best, ms) : ms;
    }
    return best;
}

QString searchScript(const QStringList &queries, Ranking ranking)
{
    QString script;
    for (const QString &query : queries)
        script += QStringLiteral("SELECT rowid FROM application_fts WHERE application_fts MATCH %1%2;\n")
                      .arg(quoted(SearchQuery::ftsExpression(query)),
                           ranking == Ranking::Bm25
                               ? QStringLiteral(" ORDER BY bm25(application_fts, 4.0, 6.0, 2.0, 1.0, 0.5)")
                               : QString());
    return script;
}

QString leaderboardScript()
{
    return QStringLiteral(
        "SELECT min(scale_min), max(scale_max) FROM criterion;\n"
        "SELECT a.id, a.uuid, m.name, a.title, m.municipality_group, m.population "
        "FROM application a JOIN municipality m ON m.code = a.municipality_code;\n"
        "SELECT s.juror_id, s.application_id, "
        "sum(c.weight * (1 + (s.value - c.scale_min) * (5 - 1) * 1.0 "
        "/ (c.scale_max - c.scale_min))) / sum(c.weight) "
        "FROM score s JOIN criterion c ON c.id = s.criterion_id "
        "WHERE s.value IS NOT NULL AND NOT EXISTS (SELECT 1 FROM conflict k "
        "WHERE k.juror_id = s.juror_id AND k.application_id = s.application_id "
        "AND k.withdrawn = 0) GROUP BY s.juror_id, s.application_id;\n"
        "SELECT r.application_id, sum(r.value = 'ja'), sum(r.value = 'kanske'), "
        "sum(r.value = 'nej') FROM recommendation r WHERE r.value IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM conflict k WHERE k.juror_id = r.juror_id "
        "AND k.application_id = r.application_id AND k.withdrawn = 0) "
        "GROUP BY r.application_id;\n");
}

QString mergeScript(const QStringList &returnFiles)
{
    QString script = QStringLiteral("BEGIN IMMEDIATE;\n"
                                    "CREATE TEMP TABLE returned (doc TEXT);\n");
    for (const QString &file : returnFiles)
        script += QStringLiteral("INSERT INTO returned SELECT CAST(readfile(%1) AS TEXT);\n").arg(quoted(file));
    // Rows named by uuid in the files, by id in the round; the higher version wins.
    script += QStringLiteral(
        "INSERT INTO score (uuid, juror_id, application_id, criterion_id, value, note, version, "
        "updated_at) SELECT r.value->>'uuid', j.id, a.id, c.id, r.value->>'value', "
        "r.value->>'note', r.value->>'version', r.value->>'updated_at' "
        "FROM returned f, json_each(f.doc, '$.work.scores') r "
        "JOIN juror j ON j.uuid = r.value->>'juror' "
        "JOIN application a ON a.uuid = r.value->>'application' "
        "JOIN criterion c ON c.uuid = r.value->>'criterion' WHERE true "
        "ON CONFLICT (uuid) DO UPDATE SET value = excluded.value, note = excluded.note, "
        "version = excluded.version, updated_at = excluded.updated_at "
        "WHERE excluded.version > score.version;\n"
        "INSERT INTO recommendation (uuid, juror_id, application_id, value, version, updated_at) "
        "SELECT r.value->>'uuid', j.id, a.id, r.value->>'value', r.value->>'version', "
        "r.value->>'updated_at' FROM returned f, json_each(f.doc, '$.work.recommendations') r "
        "JOIN juror j ON j.uuid = r.value->>'juror' "
        "JOIN application a ON a.uuid = r.value->>'application' WHERE true "
        "ON CONFLICT (uuid) DO UPDATE SET value = excluded.value, version = excluded.version, "
        "updated_at = excluded.updated_at WHERE excluded.version > recommendation.version;\n"
        "INSERT INTO comment (uuid, juror_id, application_id, body, shared, deleted, created_at, "
        "version, updated_at) SELECT r.value->>'uuid', j.id, a.id, r.value->>'body', "
        "r.value->>'shared', r.value->>'deleted', r.value->>'created_at', r.value->>'version', "
        "r.value->>'updated_at' FROM returned f, json_each(f.doc, '$.work.comments') r "
        "JOIN juror j ON j.uuid = r.value->>'juror' "
        "JOIN application a ON a.uuid = r.value->>'application' WHERE true "
        "ON CONFLICT (uuid) DO UPDATE SET body = excluded.body, shared = excluded.shared, "
        "deleted = excluded.deleted, version = excluded.version, "
        "updated_at = excluded.updated_at WHERE excluded.version > comment.version;\n"
        "INSERT INTO merge_log (merged_at, juror_uuid, juror_name, file_name, file_sha256, added, "
        "updated, unchanged, refused) SELECT datetime('now'), f.doc->>'juror', "
        "f.doc->>'juror_name', '', '', 0, 0, 0, 0 FROM returned f;\n"
        "COMMIT;\n");
    return script;
}

std::optional<double> libreOfficeMs(const QString &document, const QString &outDir)
{
    const QString program = libreOffice();
    if (program.isEmpty())
        return std::nullopt;
    // A profile of its own, made by a first run that is not counted; then the best of three.
    // LibreOffice writes harmless warnings (about Java) to standard error: the PDF it wrote
    // tells whether it worked.
    const QString profile = QUrl::fromLocalFile(QDir(outDir).filePath(QStringLiteral("libreoffice-profile"))).toString();
    const QStringList arguments = {QStringLiteral("-env:UserInstallation=") + profile,
                                   QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                   QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir, document};
    const QString pdf = QDir(outDir).filePath(QFileInfo(document).completeBaseName() + QStringLiteral(".pdf"));
    std::optional<double> best;
    for (int i = 0; i < 4; ++i) {
        QFile::remove(pdf);
        const auto ms = runMs(program, arguments, {}, false);
        if (!ms || QFileInfo(pdf).size() == 0)
            return std::nullopt;
        if (i > 0)
            best = best ? std::min(*best, *ms) : *ms;
    }
    return best;
}

} // namespace Floor
