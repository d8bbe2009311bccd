#include "import/applicationimporter.h"
#include "reference/municipalityregistry.h"
#include "screening/finalistrepository.h"
#include "storage/applicationrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <thread>

#include <signal.h>
#include <sys/types.h>

using namespace TestSupport;

namespace {

// At least this many kills, then more while the time budget lasts.
constexpr int MinimumKills = 50;
constexpr int DefaultBudgetSeconds = 40;

/// What the child said it committed: the row, the version the file held, and the value it
/// wrote (which the file must still hold while the version is the same).
struct Reported
{
    QString table;
    QString uuid;
    qint64 version = 0;
    QString value;
};

QString storedValue(const QString &table, const QVariantMap &row)
{
    const auto orDash = [](const QVariant &v) {
        return v.isNull() ? QStringLiteral("-") : v.toString();
    };
    if (table == QLatin1String("score") || table == QLatin1String("recommendation"))
        return orDash(row.value(QStringLiteral("value")));
    if (table == QLatin1String("comment"))
        return row.value(QStringLiteral("body")).toString();
    if (table == QLatin1String("ballot"))
        return orDash(row.value(QStringLiteral("rank")));
    // conflict
    return row.value(QStringLiteral("withdrawn")).toInt()
               ? QStringLiteral("-")
               : row.value(QStringLiteral("reason")).toString();
}

// Every edit ever reported is in the file with at least its version; an empty string when so.
QString verifyRound(const QString &path, const QHash<QString, Reported> &reported)
{
    auto opened = Database::open(path);
    if (!opened)
        return QStringLiteral("the round does not open: ") + opened.error().toString();
    Database &db = *opened.value();
    const QString integrity = integrityCheck(db);
    if (integrity != QLatin1String("ok"))
        return QStringLiteral("integrity_check: ") + integrity;
    for (const Reported &r : reported) {
        const QVariantMap row = workRow(db, r.table, r.uuid);
        if (row.isEmpty())
            return QStringLiteral("%1 %2 (version %3) is missing")
                .arg(r.table, r.uuid)
                .arg(r.version);
        const qint64 version = row.value(QStringLiteral("version")).toLongLong();
        if (version < r.version)
            return QStringLiteral("%1 %2 has version %3, but version %4 was committed")
                .arg(r.table, r.uuid)
                .arg(version)
                .arg(r.version);
        const QString value = storedValue(r.table, row);
        if (version == r.version && value != r.value)
            return QStringLiteral("%1 %2 version %3 holds “%4”, but “%5” was committed")
                .arg(r.table, r.uuid)
                .arg(version)
                .arg(value.left(80), r.value.left(80));
    }
    return {};
}

quint32 seedFromEnvironment()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("JURYBENCH_CRASH_SEED").toUInt(&ok);
    return ok ? seed : std::random_device{}();
}

} // namespace

/// A child process edits a round file through the storage layer and is killed with SIGKILL at
/// random moments (during opening, between edits and inside transactions). Two rounds take
/// turns: one in screening (scores, recommendations, comments, conflicts) and one in the final
/// vote (whole ballots, comments, conflicts). After every kill
/// the file must open, pass PRAGMA integrity_check and hold every edit the child reported as
/// committed. JURYBENCH_CRASH_SEED replays a run's choices, JURYBENCH_CRASH_SECONDS sets the
/// time budget for kills beyond the minimum.
class tst_CrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWhileEditingLosesNothingCommitted();

private:
    QString screeningRound(const QString &name);

    QTemporaryDir m_dir;
    QStringList m_rounds; ///< in screening, in the final vote
};

QString tst_CrashSafety::screeningRound(const QString &name)
{
    auto db = createRound(m_dir.path(), name);
    if (!db)
        return {};
    JurorRepository jurors(*db);
    for (const char *juror : {"Anna Berg", "Per Holm", "Sara Lind"})
        if (!jurors.add(QString::fromLatin1(juror), QStringLiteral("Jury"), false))
            return {};
    const QString csv = writeFile(m_dir.filePath(QStringLiteral("ansokningar.csv")),
                                  QStringLiteral("Kommun;Titel;Vad har ni gjort?\n"
                                                 "Lund;Trygg hemma;Nattillsyn med kamera\n"
                                                 "Umeå;Digital vård;Videosamtal\n"
                                                 "Kiruna;Anhörigstöd;Stöd på distans\n"
                                                 "Åre;Läkemedel;Robotar i hemtjänsten\n"
                                                 "Malmö;Välfärdsteknik;Sensorer\n")
                                      .toUtf8());
    ApplicationImporter importer(*db, MunicipalityRegistry::builtIn());
    if (!importer.importFile(csv) || !RoundRepository(*db).setPhase(Phase::Screening))
        return {};
    return db->filePath();
}

void tst_CrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString screening = screeningRound(QStringLiteral("screening.jury"));
    const QString vote = screeningRound(QStringLiteral("vote.jury"));
    QVERIFY(!screening.isEmpty() && !vote.isEmpty());
    auto db = Database::open(vote);
    JB_VERIFY_OK(db);
    QList<qint64> finalists;
    for (const ApplicationRow &row : ApplicationRepository(*db.value()).rows().value())
        finalists << row.id;
    JB_VERIFY_OK(
        FinalistRepository(*db.value()).choose(finalists, QStringLiteral("Test")));
    JB_VERIFY_OK(RoundRepository(*db.value()).setPhase(Phase::Vote));
    m_rounds = {screening, vote};
}

void tst_CrashSafety::killedWhileEditingLosesNothingCommitted()
{
    const quint32 seed = seedFromEnvironment();
    bool budgetOk = false;
    int budgetSeconds = qEnvironmentVariable("JURYBENCH_CRASH_SECONDS").toInt(&budgetOk);
    if (!budgetOk)
        budgetSeconds = DefaultBudgetSeconds;
    qInfo("crash safety seed %u (replay with JURYBENCH_CRASH_SEED=%u)", seed, seed);
    std::mt19937 rng(seed);
    const auto uniform = [&rng](qint64 low, qint64 high) {
        return std::uniform_int_distribution<qint64>(low, high)(rng);
    };

    QHash<QString, QHash<QString, Reported>> reportedIn; // by round
    int kills = 0, killsBeforeFirstEdit = 0, lines = 0;
    // Running estimates of how long the child takes to open the round and to commit an edit,
    // so that kills land anywhere in those windows on a fast or a slow (sanitised) build.
    double startupUs = 50000, editUs = 5000;
    QElapsedTimer clock;
    clock.start();
    while (kills < MinimumKills || clock.elapsed() < budgetSeconds * 1000LL) {
        // Two kills on one round (one checked in place, one on a copy), then two on the other.
        const QString round = m_rounds.at((kills / 2) % m_rounds.size());
        QHash<QString, Reported> &reported = reportedIn[round];
        const QString context = QStringLiteral("seed %1, kill %2 (%3): ")
                                    .arg(seed)
                                    .arg(kills + 1)
                                    .arg(QFileInfo(round).fileName());
        // One kill in eight while the child is still opening the round (recovering the log
        // the previous child left); the others after 1 to 40 committed edits plus a random
        // fraction of one more.
        const bool duringOpen = uniform(0, 7) == 0;
        const qint64 wantedLines = duringOpen ? 0 : uniform(1, 40);
        const qint64 extraUs
            = duringOpen ? uniform(0, qint64(startupUs * 1.5)) : uniform(0, qint64(editUs * 1.5));

        QProcess child;
        child.setProgram(QStringLiteral(JURYBENCH_CRASHCHILD));
        child.setArguments({round, QString::number(quint32(uniform(0, 0xFFFFFFFF)))});
        QElapsedTimer childClock;
        childClock.start();
        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(context + child.errorString()));
        QByteArray output;
        qint64 received = 0, firstLineUs = -1;
        while (received < wantedLines) {
            if (!child.waitForReadyRead(30000)) {
                QFAIL(qPrintable(
                    context
                    + (child.state() == QProcess::Running
                           ? QStringLiteral("the child reported nothing for 30 s")
                           : QStringLiteral("the child stopped before it was killed: ")
                                 + QString::fromLocal8Bit(child.readAllStandardError()))));
            }
            output += child.readAllStandardOutput();
            received = output.count('\n');
            if (firstLineUs < 0 && received > 0)
                firstLineUs = childClock.nsecsElapsed() / 1000;
        }
        if (wantedLines > 0) {
            startupUs = 0.8 * startupUs + 0.2 * double(firstLineUs);
            if (received > 1)
                editUs = 0.8 * editUs
                         + 0.2 * double(childClock.nsecsElapsed() / 1000 - firstLineUs)
                               / double(received - 1);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(extraUs));
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(context + QStringLiteral("the child stopped before it was killed: ")
                            + QString::fromLocal8Bit(child.readAllStandardError())));
        QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
        QVERIFY2(child.waitForFinished(10000),
                 qPrintable(context + QStringLiteral("the killed child did not end")));
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 qPrintable(context + QStringLiteral("the child ended by itself: ")
                            + QString::fromLocal8Bit(child.readAllStandardError())));
        ++kills;
        output += child.readAllStandardOutput();

        // Only whole lines: the child prints a line once its edit is committed.
        const QList<QByteArray> complete = output.left(output.lastIndexOf('\n') + 1).split('\n');
        if (complete.size() <= 1)
            ++killsBeforeFirstEdit;
        for (const QByteArray &line : complete) {
            if (line.isEmpty())
                continue;
            const QStringList parts = QString::fromUtf8(line).split(u' ');
            QVERIFY2(parts.size() == 4, qPrintable(context + QStringLiteral("unreadable line: ")
                                                   + QString::fromUtf8(line)));
            bool ok = false;
            const Reported r{parts.at(0), parts.at(1), parts.at(2).toLongLong(&ok), parts.at(3)};
            QVERIFY2(ok && r.version > 0, qPrintable(context + QStringLiteral("no version: ")
                                                     + QString::fromUtf8(line)));
            Reported &known = reported[r.table + u' ' + r.uuid];
            QVERIFY2(r.version >= known.version,
                     qPrintable(context + QStringLiteral("a version went backwards: ")
                                + QString::fromUtf8(line)));
            known = r;
            ++lines;
        }

        // Every other kill the file is checked where it is (opening it recovers the log); in
        // between, a copy of the file and its log is checked, and the next child starts from
        // the log as the killed one left it.
        QString problem;
        if (kills % 2 == 0) {
            problem = verifyRound(round, reported);
        } else {
            const QString copy = m_dir.filePath(QStringLiteral("copy.jury"));
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(copy + suffix);
            QVERIFY(QFile::copy(round, copy));
            if (QFile::exists(round + QStringLiteral("-wal")))
                QVERIFY(QFile::copy(round + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
            problem = verifyRound(copy, reported);
        }
        QVERIFY2(problem.isEmpty(), qPrintable(context + problem));
    }
    // Every kind of edit was made, reported and found after kills.
    QSet<QString> kinds;
    qint64 rows = 0;
    for (const QHash<QString, Reported> &reported : std::as_const(reportedIn)) {
        rows += reported.size();
        for (const Reported &r : reported)
            kinds.insert(r.table);
    }
    qInfo("%d kills (%d before the first edit), %d committed edits reported on %lld rows, %.1f s",
          kills, killsBeforeFirstEdit, lines, rows, clock.elapsed() / 1000.0);
    QCOMPARE(kinds, (QSet<QString>{QStringLiteral("score"), QStringLiteral("recommendation"),
                                   QStringLiteral("comment"), QStringLiteral("conflict"),
                                   QStringLiteral("ballot")}));
}

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
