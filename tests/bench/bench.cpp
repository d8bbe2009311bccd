// The benchmark of `make bench`: per size a generated round (cached between runs), one child
// process measuring the window and the models, one merging the return files, and the floor
// through the sqlite3 tool and LibreOffice. Prints one table and writes it as JSON.
//
//   jurybench_bench [--sizes 200,2000,20000] [--data DIR] [--out FILE]
//   jurybench_bench --generate N | --measure-session N | --measure-merge N  --data DIR [--work DIR]
//   (children; Qt itself takes -session)

#include "benchdata.h"
#include "floor.h"
#include "measure.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

#include <unistd.h>

namespace {

constexpr int Reference = 200; // the size the largest is compared with
constexpr int Largest = 20000; // the size the targets are set for

struct Row
{
    int size = 0;
    QString figure;
    QString unit;
    std::optional<double> value;
    std::optional<double> floor;
    QString floorNote; ///< said instead of a missing floor
    QString target;
    std::optional<bool> met;

    std::optional<double> ratio() const
    {
        if (!value || !floor || *floor <= 0)
            return std::nullopt;
        return *value / *floor;
    }
};

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

std::optional<double> number(const QJsonObject &object, const char *key)
{
    const QJsonValue v = object.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

// Runs this program as a child; its last line of output is a JSON object.
std::optional<QJsonObject> child(const QStringList &arguments, const QString &workDir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("JURYBENCH_BENCH_CHILD"), QStringLiteral("1"));
    // Settings and recent files of the benchmark stay out of the user's own.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(workDir).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(workDir).filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(), arguments);
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        say(QStringLiteral("child %1 failed").arg(arguments.join(QLatin1Char(' '))));
        return std::nullopt;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    const QJsonDocument document = QJsonDocument::fromJson(lines.last());
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

QString format(const std::optional<double> &value, const QString &unit)
{
    if (!value)
        return QStringLiteral("—");
    if (unit == QLatin1String("x"))
        return QString::number(*value, 'f', 2);
    if (*value >= 100)
        return QString::number(*value, 'f', 0);
    if (*value >= 10)
        return QString::number(*value, 'f', 1);
    return QString::number(*value, 'f', 2);
}

QString pad(const QString &text, int width, bool right = false)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

void printTable(const QList<Row> &rows)
{
    const QString header = pad(QStringLiteral("size"), 6, true) + QStringLiteral("  ")
                           + pad(QStringLiteral("figure"), 38) + pad(QStringLiteral("value"), 10, true)
                           + pad(QStringLiteral("floor"), 16, true) + pad(QStringLiteral("ratio"), 8, true)
                           + QStringLiteral("  ") + pad(QStringLiteral("target"), 22)
                           + QStringLiteral("met");
    std::printf("%s\n%s\n", qPrintable(header), qPrintable(QString(header.size() + 2, QLatin1Char('-'))));
    for (const Row &row : rows) {
        const QString floor = row.floor ? format(row.floor, row.unit) : row.floorNote;
        const QString met = !row.met ? QString() : *row.met ? QStringLiteral("yes") : QStringLiteral("no");
        std::printf("%s\n",
                    qPrintable(pad(QString::number(row.size), 6, true) + QStringLiteral("  ")
                               + pad(row.figure + QStringLiteral(" (") + row.unit + QLatin1Char(')'), 38)
                               + pad(format(row.value, row.unit), 10, true)
                               + pad(floor.isEmpty() ? QStringLiteral("—") : floor, 16, true)
                               + pad(format(row.ratio(), QStringLiteral("x")), 8, true)
                               + QStringLiteral("  ") + pad(row.target.isEmpty() ? QStringLiteral("—") : row.target, 22)
                               + met));
    }
    std::fflush(stdout);
}

QJsonValue json(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

int orchestrate(const QList<int> &sizes, const QString &dataRoot, const QString &resultsPath)
{
    QElapsedTimer total;
    total.start();
    if (!Floor::sqliteInstalled())
        say(QStringLiteral("sqlite3 is not installed: the floor is left out (apt-get install sqlite3)."));
    const QString libreOffice = Floor::libreOffice();
    const QString noLibreOffice = QStringLiteral("not installed");
    const QStringList queries = BenchData::queries();

    QList<Row> rows;
    QHash<int, QJsonObject> sessions, merges;
    QJsonObject generation;
    for (int size : sizes) {
        const BenchData::Files files = BenchData::files(dataRoot, size);
        QTemporaryDir work;
        if (!BenchData::complete(files)) {
            say(QStringLiteral("Generating the round of %1 applications…").arg(size));
            QElapsedTimer timer;
            timer.start();
            if (!child({QStringLiteral("--generate"), QString::number(size), QStringLiteral("--data"), dataRoot},
                       work.path()))
                return 1;
            generation.insert(QString::number(size), timer.elapsed() / 1000.0);
            say(QStringLiteral("  written in %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 1));
            // The files just written go to disk now, not while the measurements read them.
            ::sync();
        }
        say(QStringLiteral("Measuring %1 applications…").arg(size));
        const QStringList common = {QString::number(size), QStringLiteral("--data"), dataRoot,
                                    QStringLiteral("--work"), work.path()};
        auto session = child(QStringList{QStringLiteral("--measure-session")} + common, work.path());
        auto merge = child(QStringList{QStringLiteral("--measure-merge")} + common, work.path());
        if (!session || !merge)
            return 1;
        sessions.insert(size, *session);
        merges.insert(size, *merge);

        say(QStringLiteral("  the floor…"));
        std::optional<double> searchFloor, unrankedFloor, searchP95Floor, leaderboardFloor,
            mergeFloor, pdfFloor;
        if (Floor::sqliteInstalled()) {
            if (auto ms = Floor::sqliteMs(files.round, Floor::searchScript(queries), true, 3))
                searchFloor = *ms / queries.size();
            if (auto ms = Floor::sqliteMs(files.round,
                                          Floor::searchScript(queries, Floor::Ranking::None), true, 3))
                unrankedFloor = *ms / queries.size();
            // Each query on its own, for the floor of the slowest ones.
            QList<double> each;
            for (const QString &query : queries) {
                if (auto ms = Floor::sqliteMs(files.round, Floor::searchScript({query}), true, 2))
                    each << *ms;
            }
            if (each.size() == queries.size()) {
                std::sort(each.begin(), each.end());
                const double rank = 0.95 * (each.size() - 1);
                const int lo = int(rank);
                const int hi = std::min(lo + 1, int(each.size()) - 1);
                searchP95Floor = each.at(lo) + (each.at(hi) - each.at(lo)) * (rank - lo);
            }
            leaderboardFloor = Floor::sqliteMs(files.round, Floor::leaderboardScript(), true, 3);
            const QString copy = QDir(work.path()).filePath(QStringLiteral("floor.jury"));
            if (QFile::copy(files.base, copy))
                mergeFloor = Floor::sqliteMs(copy, Floor::mergeScript(files.returns), false, 1);
        }
        if (!libreOffice.isEmpty())
            pdfFloor = Floor::libreOfficeMs(QDir(work.path()).filePath(QStringLiteral("decision.html")),
                                            work.path());

        const bool largest = size == Largest;
        const auto target = [&](const QString &text) { return largest ? text : QString(); };
        const QString sqlite = Floor::sqliteInstalled() ? QString() : QStringLiteral("no sqlite3");

        Row open{size, QStringLiteral("open → first list paint, median of 5"), QStringLiteral("ms"),
                 number(*session, "open_ms")};
        Row searchMean{size, QStringLiteral("search, mean of 50"), QStringLiteral("ms"),
                       number(*session, "search_mean_ms"), searchFloor, sqlite,
                       target(QStringLiteral("≤ 1.5× floor"))};
        // For comparison only: what SQLite needs to find the hits without ranking them.
        Row searchUnranked{size, QStringLiteral("search, mean of 50, floor unranked"),
                           QStringLiteral("ms"), number(*session, "search_mean_ms"), unrankedFloor,
                           sqlite};
        Row searchMedian{size, QStringLiteral("search, median of 50"), QStringLiteral("ms"),
                         number(*session, "search_median_ms"), searchFloor, sqlite,
                         target(QStringLiteral("≤ 1.5× floor"))};
        Row searchP95{size, QStringLiteral("search, p95 of 50"), QStringLiteral("ms"),
                      number(*session, "search_p95_ms"), searchP95Floor, sqlite,
                      target(QStringLiteral("< 16 ms"))};
        Row filterMedian{size, QStringLiteral("filter per keystroke, median"), QStringLiteral("ms"),
                         number(*session, "filter_median_ms")};
        Row filterP95{size, QStringLiteral("filter per keystroke, p95"), QStringLiteral("ms"),
                      number(*session, "filter_p95_ms")};
        Row leaderboard{size, QStringLiteral("leaderboard recomputation"), QStringLiteral("ms"),
                        number(*session, "leaderboard_ms"), leaderboardFloor, sqlite};
        Row merged{size, QStringLiteral("merge 12 return files"), QStringLiteral("ms"),
                   number(*merge, "merge_ms"), mergeFloor, sqlite, target(QStringLiteral("≤ 2× floor"))};
        Row pdf{size, QStringLiteral("decision PDF"), QStringLiteral("ms"), number(*session, "pdf_ms"),
                pdfFloor, libreOffice.isEmpty() ? noLibreOffice : QString(),
                target(QStringLiteral("≤ 0.1× LibreOffice"))};
        Row memory{size, QStringLiteral("peak memory"), QStringLiteral("MiB"), number(*session, "peak_rss_mib")};
        Row mergeMemory{size, QStringLiteral("peak memory, merge process"), QStringLiteral("MiB"),
                        number(*merge, "merge_peak_rss_mib")};
        if (largest && sessions.contains(Reference)) {
            open.floor = number(sessions.value(Reference), "open_ms");
            open.target = QStringLiteral("≤ 1.5× at 200");
            memory.floor = number(sessions.value(Reference), "peak_rss_mib");
            memory.target = QStringLiteral("≤ 1.5× at 200");
        }
        if (largest) {
            const auto within = [](const Row &row, double limit) -> std::optional<bool> {
                if (!row.ratio())
                    return std::nullopt;
                return *row.ratio() <= limit;
            };
            open.met = within(open, 1.5);
            searchMean.met = within(searchMean, 1.5);
            searchMedian.met = within(searchMedian, 1.5);
            searchP95.met = searchP95.value ? std::optional<bool>(*searchP95.value < 16) : std::nullopt;
            merged.met = within(merged, 2.0);
            pdf.met = within(pdf, 0.1);
            memory.met = within(memory, 1.5);
        }
        rows << open << searchMean << searchUnranked << searchMedian << searchP95 << filterMedian << filterP95
             << leaderboard << merged << pdf << memory << mergeMemory;
    }

    std::printf("\n");
    printTable(rows);
    const double seconds = total.elapsed() / 1000.0;
    std::printf("\nLibreOffice: %s. Whole run: %.0f s. Results: %s\n",
                qPrintable(libreOffice.isEmpty() ? noLibreOffice : libreOffice), seconds,
                qPrintable(QDir::current().relativeFilePath(resultsPath)));

    QJsonArray list;
    for (const Row &row : rows) {
        list.append(QJsonObject{
            {QStringLiteral("size"), row.size},
            {QStringLiteral("figure"), row.figure},
            {QStringLiteral("unit"), row.unit},
            {QStringLiteral("value"), json(row.value)},
            {QStringLiteral("floor"), row.floor ? QJsonValue(*row.floor)
                                                : row.floorNote.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                          : QJsonValue(row.floorNote)},
            {QStringLiteral("ratio"), json(row.ratio())},
            {QStringLiteral("target"), row.target.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.target)},
            {QStringLiteral("met"), row.met ? QJsonValue(*row.met) : QJsonValue(QJsonValue::Null)},
        });
    }
    QJsonObject details;
    for (int size : sizes) {
        QJsonObject both = sessions.value(size);
        const QJsonObject merge = merges.value(size);
        for (auto it = merge.constBegin(); it != merge.constEnd(); ++it)
            both.insert(it.key(), it.value());
        details.insert(QString::number(size), both);
    }
    const QJsonObject results{
        {QStringLiteral("measured_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("generator_version"), BenchData::GeneratorVersion},
        {QStringLiteral("libreoffice"), libreOffice.isEmpty() ? noLibreOffice : QStringLiteral("installed")},
        {QStringLiteral("rows"), list},
        {QStringLiteral("measurements"), details},
        {QStringLiteral("generation_seconds"), generation},
        {QStringLiteral("total_seconds"), seconds},
    };
    QFile file(resultsPath);
    if (!file.open(QIODevice::WriteOnly)) {
        say(QStringLiteral("cannot write %1").arg(resultsPath));
        return 1;
    }
    file.write(QJsonDocument(results).toJson(QJsonDocument::Indented));
    return 0;
}

void print(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Jurybench"));
    QCoreApplication::setApplicationName(QStringLiteral("jurybench-bench"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Sizes to measure."),
                                         QStringLiteral("N,N,…"), QStringLiteral("200,2000,20000"));
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Generated rounds."),
                                        QStringLiteral("DIR"), QStringLiteral(JURYBENCH_BENCH_DATA));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The results as JSON."),
                                       QStringLiteral("FILE"), QStringLiteral(JURYBENCH_BENCH_RESULTS));
    const QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("Scratch folder."),
                                        QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption generateOption(QStringLiteral("generate"), QStringLiteral("Child: generate."),
                                            QStringLiteral("N"));
    const QCommandLineOption sessionOption(QStringLiteral("measure-session"), QStringLiteral("Child: measure."),
                                           QStringLiteral("N"));
    const QCommandLineOption mergeOption(QStringLiteral("measure-merge"), QStringLiteral("Child: merge."),
                                         QStringLiteral("N"));
    parser.addOptions({sizesOption, dataOption, outOption, workOption, generateOption, sessionOption,
                       mergeOption});
    parser.process(app);
    const QString data = QDir(parser.value(dataOption)).absolutePath();

    if (parser.isSet(generateOption)) {
        if (auto r = BenchData::generate(data, parser.value(generateOption).toInt()); !r) {
            say(r.error().toString());
            return 1;
        }
        print({});
        return 0;
    }
    if (parser.isSet(sessionOption)) {
        print(Measure::session(BenchData::files(data, parser.value(sessionOption).toInt()),
                               parser.value(workOption)));
        return 0;
    }
    if (parser.isSet(mergeOption)) {
        print(Measure::merge(BenchData::files(data, parser.value(mergeOption).toInt()),
                             parser.value(workOption)));
        return 0;
    }
    if (qEnvironmentVariableIsSet("JURYBENCH_BENCH_CHILD")) {
        say(QStringLiteral("a child process was started without its task"));
        return 1;
    }
    QList<int> sizes;
    for (const QString &size : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes << size.toInt();
    return orchestrate(sizes, data, QFileInfo(parser.value(outOption)).absoluteFilePath());
}
