#include "exchange/package.h"
#include "exchange/returnfile.h"
#include "exchange/sharedfolder.h"
#include "import/applicationimporter.h"
#include "reference/municipalityregistry.h"
#include "screening/finalistrepository.h"
#include "screening/workrepository.h"
#include "storage/applicationrepository.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace TestSupport;

namespace {

// What a juror does, as a sequence of steps that can run against any round file.
struct Step
{
    QString juror;
    std::function<Result<void>(WorkRepository &, qint64 juror, const QHash<QString, qint64> &apps,
                               const QList<qint64> &criteria)>
        run;
};

// The work tables' content, without row ids, uuids of comments and timestamps: what
// "the same round" means.
QStringList workContent(Database &db)
{
    QStringList rows;
    const char *const queries[] = {
        "SELECT 'score', j.name, a.title, c.name, s.value, s.note, s.version FROM score s "
        "JOIN juror j ON j.id = s.juror_id JOIN application a ON a.id = s.application_id "
        "JOIN criterion c ON c.id = s.criterion_id",
        "SELECT 'recommendation', j.name, a.title, r.value, r.version FROM recommendation r "
        "JOIN juror j ON j.id = r.juror_id JOIN application a ON a.id = r.application_id",
        "SELECT 'comment', j.name, a.title, c.body, c.shared, c.deleted, c.version FROM comment c "
        "JOIN juror j ON j.id = c.juror_id JOIN application a ON a.id = c.application_id",
        "SELECT 'conflict', j.name, a.title, k.reason, k.declared_by, k.withdrawn, k.version "
        "FROM conflict k JOIN juror j ON j.id = k.juror_id JOIN application a ON a.id = k.application_id",
    };
    for (const char *sql : queries) {
        QSqlQuery q(db.connection());
        q.exec(QString::fromLatin1(sql));
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << fields.join(QLatin1Char('|'));
        }
    }
    rows.sort();
    return rows;
}

} // namespace

class tst_Exchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mergesConvergeToTheDirectRound();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void strangerFindsNothingSealed();
    void packagesRevealWorkOnlyWhenAllowed();
    void newPackageKeepsTheJurorsWork();
    void packagesRefuseOrganiserWork();
    void backupsAndLog();
    void sharedFolder();

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    QByteArray returnFileOf(const QString &package);
    QByteArray sign(QJsonObject object, const QString &jurorName);
    qint64 jurorId(Database &db, const QString &name) const;
    QUuid jurorUuid(const QString &name) const;
    QHash<QString, qint64> apps(Database &db) const;
    QList<qint64> criteria(Database &db) const;
    void run(Database &db, const QList<Step> &steps);
    QString freshRound(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_template;
    QList<Step> m_steps;
};

void tst_Exchange::initTestCase()
{
    TestSupport::useFreshUserFolders();
}

void tst_Exchange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_template = file(QStringLiteral("template.jury"));
    {
        auto db = Database::create(m_template, defaultSettings());
        JB_VERIFY_OK(db);
        JurorRepository jurors(*db.value());
        for (const char *name : {"Eva", "Karin", "Anders"})
            JB_VERIFY_OK(jurors.add(QString::fromLatin1(name), QStringLiteral("Org"), false));
        const QString csv = writeFile(file(QStringLiteral("a.csv")),
                                      QStringLiteral("Kommun;Titel\nLund;Lund\nUmeå;Umeå\nKiruna;Kiruna\n"
                                                     "Åre;Åre\nYstad;Ystad\n").toUtf8());
        ApplicationImporter importer(*db.value(), MunicipalityRegistry::builtIn());
        JB_VERIFY_OK(importer.importFile(csv));
        JB_VERIFY_OK(RoundRepository(*db.value()).setPhase(Phase::Screening));
    }

    // The jurors' work: scores (changed again later), recommendations, comments written,
    // edited and deleted, and a conflict declared then withdrawn and another kept.
    using Apps = const QHash<QString, qint64> &;
    using Crits = const QList<qint64> &;
    m_steps = {
        {"Eva", [](WorkRepository &w, qint64 j, Apps a, Crits c) { return w.setScore(j, a["Lund"], c[0], 4, "bra"); }},
        {"Eva", [](WorkRepository &w, qint64 j, Apps a, Crits c) { return w.setScore(j, a["Lund"], c[1], 3, QString()); }},
        {"Eva", [](WorkRepository &w, qint64 j, Apps a, Crits) { return w.setRecommendation(j, a["Lund"], Recommendation::Yes); }},
        {"Karin", [](WorkRepository &w, qint64 j, Apps a, Crits c) { return w.setScore(j, a["Umeå"], c[0], 2, QString()); }},
        {"Karin", [](WorkRepository &w, qint64 j, Apps a, Crits) {
             auto r = w.addComment(j, a["Umeå"], "Tunt underlag", true);
             return r ? Result<void>() : Result<void>(r.error()); }},
        {"Anders", [](WorkRepository &w, qint64 j, Apps a, Crits) { return w.declareConflict(j, a["Kiruna"], "Bor där", false); }},
        {"Anders", [](WorkRepository &w, qint64 j, Apps a, Crits c) { return w.setScore(j, a["Åre"], c[2], 5, QString()); }},
        {"Eva", [](WorkRepository &w, qint64 j, Apps a, Crits c) { return w.setScore(j, a["Lund"], c[0], 5, "ännu bättre"); }},
        {"Eva", [](WorkRepository &w, qint64 j, Apps a, Crits) {
             auto r = w.addComment(j, a["Ystad"], "Privat anteckning", false);
             return r ? Result<void>() : Result<void>(r.error()); }},
        {"Karin", [](WorkRepository &w, qint64 j, Apps a, Crits) {
             auto comments = w.comments(Viewer::juror(j), a["Umeå"]);
             return w.editComment(j, comments->first().uuid, "Tunt underlag, men lovande", true); }},
        {"Anders", [](WorkRepository &w, qint64 j, Apps a, Crits) { return w.declareConflict(j, a["Ystad"], "Släkt", false); }},
        {"Anders", [](WorkRepository &w, qint64 j, Apps a, Crits) { return w.withdrawConflict(j, a["Ystad"]); }},
        {"Anders", [](WorkRepository &w, qint64 j, Apps a, Crits c) { return w.setScore(j, a["Ystad"], c[0], 1, QString()); }},
        {"Eva", [](WorkRepository &w, qint64 j, Apps a, Crits) {
             auto comments = w.comments(Viewer::juror(j), a["Ystad"]);
             return w.deleteComment(j, comments->first().uuid); }},
        {"Karin", [](WorkRepository &w, qint64 j, Apps a, Crits c) { return w.setScore(j, a["Umeå"], c[0], std::nullopt, QString()); }},
        {"Karin", [](WorkRepository &w, qint64 j, Apps a, Crits) { return w.setRecommendation(j, a["Åre"], Recommendation::Maybe); }},
    };
}

void tst_Exchange::cleanup()
{
    m_dir.reset();
}

QString tst_Exchange::freshRound(const QString &name)
{
    const QString path = file(name);
    QFile::remove(path);
    QFile::copy(m_template, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

qint64 tst_Exchange::jurorId(Database &db, const QString &name) const
{
    return db.scalar(QStringLiteral("SELECT id FROM juror WHERE name = ?"), {name}).value().toLongLong();
}

QUuid tst_Exchange::jurorUuid(const QString &name) const
{
    auto db = Database::open(m_template);
    return QUuid(db.value()->scalar(QStringLiteral("SELECT uuid FROM juror WHERE name = ?"), {name}).value().toString());
}

QHash<QString, qint64> tst_Exchange::apps(Database &db) const
{
    QHash<QString, qint64> map;
    for (const ApplicationRow &r : ApplicationRepository(db).rows().value())
        map.insert(r.title, r.id);
    return map;
}

QList<qint64> tst_Exchange::criteria(Database &db) const
{
    QList<qint64> ids;
    for (const Criterion &c : CriterionRepository(db).list().value())
        ids << c.id;
    return ids;
}

void tst_Exchange::run(Database &db, const QList<Step> &steps)
{
    WorkRepository work(db);
    const auto a = apps(db);
    const auto c = criteria(db);
    for (const Step &step : steps)
        JB_VERIFY_OK(step.run(work, jurorId(db, step.juror), a, c));
}

QByteArray tst_Exchange::returnFileOf(const QString &package)
{
    auto db = Database::open(package);
    if (!db)
        return {};
    auto bytes = ReturnFile::create(*db.value());
    return bytes ? bytes.value() : QByteArray();
}

QByteArray tst_Exchange::sign(QJsonObject object, const QString &jurorName)
{
    auto db = Database::open(m_template);
    const QByteArray key = db.value()->scalar(QStringLiteral("SELECT secret_key FROM juror WHERE name = ?"),
                                              {jurorName}).value().toByteArray();
    object.remove(QStringLiteral("hmac"));
    object.insert(QStringLiteral("hmac"),
                  QString::fromLatin1(QMessageAuthenticationCode::hash(ReturnFile::canonical(object), key,
                                                                       QCryptographicHash::Sha256).toHex()));
    return QJsonDocument(object).toJson();
}

void tst_Exchange::mergesConvergeToTheDirectRound()
{
    // The same work applied directly, as the organiser acting as each juror.
    const QString direct = freshRound(QStringLiteral("direct.jury"));
    QStringList expected;
    {
        auto db = Database::open(direct);
        run(*db.value(), m_steps);
        expected = workContent(*db.value());
    }
    QVERIFY(expected.size() > 10);

    // Each juror works in a package; a return file is written halfway (stale later) and at
    // the end.
    QStringList returns;
    for (const QString &juror : {QStringLiteral("Eva"), QStringLiteral("Karin"), QStringLiteral("Anders")}) {
        const QString package = file(juror + QStringLiteral(".jurypaket"));
        {
            auto round = Database::open(m_template);
            JB_VERIFY_OK(Package::build(*round.value(), jurorUuid(juror), package));
        }
        QList<Step> own;
        for (const Step &s : m_steps)
            if (s.juror == juror)
                own << s;
        auto db = Database::open(package);
        run(*db.value(), own.mid(0, own.size() / 2));
        const QString stale = writeFile(file(juror + QStringLiteral("-1.juryretur")), returnFileOf(package));
        run(*db.value(), own.mid(own.size() / 2));
        const QString final = writeFile(file(juror + QStringLiteral("-2.juryretur")), returnFileOf(package));
        returns << stale << final;
    }

    QRandomGenerator random(20261123);
    for (int order = 0; order < 6; ++order) {
        // Every file once, plus duplicates and stale copies, shuffled.
        QStringList files = returns;
        for (int extra = 0; extra < 4; ++extra)
            files << returns.at(random.bounded(int(returns.size())));
        for (int i = int(files.size()) - 1; i > 0; --i)
            files.swapItemsAt(i, random.bounded(i + 1));
        const QString round = freshRound(QStringLiteral("merged-%1.jury").arg(order));
        auto db = Database::open(round);
        // Merged in several commands, some files at a time.
        while (!files.isEmpty()) {
            const int take = 1 + random.bounded(std::min<int>(3, int(files.size())));
            auto results = Merger(*db.value()).merge(files.mid(0, take));
            JB_VERIFY_OK(results);
            for (const MergeResult &r : results.value())
                QVERIFY2(r.merged(), qPrintable(r.refusal ? r.refusal->toString() : QString()));
            files.remove(0, take);
        }
        QCOMPARE(workContent(*db.value()), expected);
        // Merging everything again changes nothing.
        const QByteArray before = fingerprint(*db.value());
        auto again = Merger(*db.value()).merge(returns);
        JB_VERIFY_OK(again);
        for (const MergeResult &r : again.value())
            QCOMPARE(r.counts.added + r.counts.updated, 0);
        QCOMPARE(fingerprint(*db.value()), before);
    }
}

void tst_Exchange::refusalsChangeNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("one flipped byte") << "flip" << "signature";
    QTest::newRow("another round's file") << "round" << "another round";
    QTest::newRow("unknown juror") << "juror" << "not on this round's jury";
    QTest::newRow("newer format") << "format" << "newer version";
    QTest::newRow("not a return file") << "garbage" << "not a Jurybench return file";
    QTest::newRow("row for another juror") << "rowjuror" << "another juror";
    QTest::newRow("another juror's score id") << "rowuuid" << "does not belong";
    QTest::newRow("work on a conflicted application") << "conflict" << "conflict of interest";
    QTest::newRow("scores after screening closed") << "phase" << "does not accept";
    QTest::newRow("locked round") << "locked" << "locked";
}

void tst_Exchange::refusalsChangeNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, fragment);
    const QString package = file(QStringLiteral("eva.jurypaket"));
    {
        auto round = Database::open(m_template);
        JB_VERIFY_OK(Package::build(*round.value(), jurorUuid(QStringLiteral("Eva")), package));
    }
    {
        auto db = Database::open(package);
        run(*db.value(), {m_steps.at(0), m_steps.at(2)}); // Eva scores and recommends Lund
    }
    QByteArray bytes = returnFileOf(package);
    QJsonObject object = QJsonDocument::fromJson(bytes).object();
    const QString round = freshRound(QStringLiteral("round.jury"));
    auto db = Database::open(round);
    QJsonObject work = object.value(QStringLiteral("work")).toObject();
    QJsonArray scores = work.value(QStringLiteral("scores")).toArray();

    if (kind == QLatin1String("flip")) {
        const int at = int(bytes.indexOf("\"value\": 4")) + 9;
        bytes[at] = '5';
    } else if (kind == QLatin1String("round")) {
        object.insert(QStringLiteral("round"), uuidText(QUuid::createUuid()));
        bytes = sign(object, QStringLiteral("Eva"));
    } else if (kind == QLatin1String("juror")) {
        object.insert(QStringLiteral("juror"), uuidText(QUuid::createUuid()));
        bytes = QJsonDocument(object).toJson();
    } else if (kind == QLatin1String("format")) {
        object.insert(QStringLiteral("version"), ReturnFile::FormatVersion + 1);
        bytes = sign(object, QStringLiteral("Eva"));
    } else if (kind == QLatin1String("garbage")) {
        bytes = QByteArray("Kommun;Titel\nLund;A\n");
    } else if (kind == QLatin1String("rowjuror") || kind == QLatin1String("rowuuid")) {
        // Eva, signing with her own key, tries to hand in a score as Karin.
        QJsonObject row = scores.first().toObject();
        if (kind == QLatin1String("rowjuror"))
            row.insert(QStringLiteral("juror"), uuidText(jurorUuid(QStringLiteral("Karin"))));
        else
            row.insert(QStringLiteral("uuid"),
                       uuidText(WorkIds::score(jurorUuid(QStringLiteral("Karin")),
                                               QUuid(row.value("application").toString()),
                                               QUuid(row.value("criterion").toString()))));
        scores.replace(0, row);
        work.insert(QStringLiteral("scores"), scores);
        object.insert(QStringLiteral("work"), work);
        bytes = sign(object, QStringLiteral("Eva"));
    } else if (kind == QLatin1String("conflict")) {
        // Meanwhile the organiser registered a conflict for Eva on Lund.
        JB_VERIFY_OK(WorkRepository(*db.value()).declareConflict(jurorId(*db.value(), "Eva"),
                                                                  apps(*db.value()).value("Lund"),
                                                                  "Anmält av arrangören", true));
    } else if (kind == QLatin1String("phase")) {
        JB_VERIFY_OK(RoundRepository(*db.value()).setPhase(Phase::Followup));
    } else if (kind == QLatin1String("locked")) {
        JB_VERIFY_OK(db.value()->exec(QStringLiteral("UPDATE round SET phase = 'decided'")));
    }
    const QString path = writeFile(file(QStringLiteral("return.juryretur")), bytes);
    const QByteArray before = fingerprint(*db.value());
    auto results = Merger(*db.value()).merge({path});
    QString message;
    if (!results) {
        message = results.error().message;
    } else {
        QCOMPARE(results->size(), 1);
        QVERIFY(!results->first().merged());
        message = results->first().refusal->message;
        QCOMPARE(results->first().refusal->file, path);
    }
    QVERIFY2(message.contains(fragment, Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(fingerprint(*db.value()), before);
}

void tst_Exchange::strangerFindsNothingSealed()
{
    // Karin and Anders have worked; Eva's package is made during independent screening.
    const QString round = freshRound(QStringLiteral("round.jury"));
    {
        auto db = Database::open(round);
        run(*db.value(), m_steps);
        WorkRepository work(*db.value());
        JB_VERIFY_OK(work.addComment(jurorId(*db.value(), "Karin"), apps(*db.value()).value("Lund"),
                                     "KARINS-HEMLIGA-ANTECKNING", false));
        JB_VERIFY_OK(work.addComment(jurorId(*db.value(), "Anders"), apps(*db.value()).value("Lund"),
                                     "ANDERS-DELADE-KOMMENTAR", true));
        JB_VERIFY_OK(work.setScore(jurorId(*db.value(), "Karin"), apps(*db.value()).value("Lund"),
                                   criteria(*db.value()).at(0), 2, "KARINS-POANGANTECKNING"));
        const QString package = file(QStringLiteral("eva.jurypaket"));
        JB_VERIFY_OK(Package::build(*db.value(), jurorUuid(QStringLiteral("Eva")), package));
    }
    const QString package = file(QStringLiteral("eva.jurypaket"));
    QFile raw(package);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    raw.close();
    QVERIFY(!QFile::exists(package + QStringLiteral("-wal"))); // one file, ready to travel
    // Not even in free pages.
    for (const char *secret : {"KARINS-HEMLIGA-ANTECKNING", "ANDERS-DELADE-KOMMENTAR",
                               "KARINS-POANGANTECKNING", "Tunt underlag"})
        QVERIFY2(!bytes.contains(secret), secret);

    // What the sqlite3 command-line tool shows.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("The sqlite3 command-line tool is not installed (make test installs it).");
    const auto query = [&](const QString &sql) {
        QProcess p;
        p.start(sqlite3, {QStringLiteral("-readonly"), package, sql});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    };
    QCOMPARE(query(QStringLiteral("SELECT count(*) FROM juror WHERE length(secret_key) > 0")), QStringLiteral("1"));
    QCOMPARE(query(QStringLiteral("SELECT name FROM juror WHERE length(secret_key) > 0")), QStringLiteral("Eva"));
    QCOMPARE(query(QStringLiteral("SELECT count(*) FROM score s JOIN juror j ON j.id = s.juror_id WHERE j.name <> 'Eva'")),
             QStringLiteral("0"));
    QCOMPARE(query(QStringLiteral("SELECT count(*) FROM comment c JOIN juror j ON j.id = c.juror_id WHERE j.name <> 'Eva'")),
             QStringLiteral("0"));
    QCOMPARE(query(QStringLiteral("SELECT count(*) FROM recommendation r JOIN juror j ON j.id = r.juror_id WHERE j.name <> 'Eva'")),
             QStringLiteral("0"));
    QCOMPARE(query(QStringLiteral("SELECT count(*) FROM conflict k JOIN juror j ON j.id = k.juror_id WHERE j.name <> 'Eva'")),
             QStringLiteral("0"));
    QVERIFY(!query(QStringLiteral(".dump")).contains(QStringLiteral("HEMLIGA")));
    // Eva's own work is all there.
    QVERIFY(query(QStringLiteral("SELECT count(*) FROM score s JOIN juror j ON j.id = s.juror_id WHERE j.name = 'Eva'")).toInt() >= 2);
}

void tst_Exchange::packagesRevealWorkOnlyWhenAllowed()
{
    const QString round = freshRound(QStringLiteral("round.jury"));
    auto db = Database::open(round);
    run(*db.value(), m_steps);
    WorkRepository work(*db.value());
    const qint64 eva = jurorId(*db.value(), "Eva");
    JB_VERIFY_OK(work.declareConflict(eva, apps(*db.value()).value("Umeå"), "Jäv", true));
    JB_VERIFY_OK(work.addComment(jurorId(*db.value(), "Karin"), apps(*db.value()).value("Lund"), "Delad om Lund", true));
    JB_VERIFY_OK(work.addComment(jurorId(*db.value(), "Karin"), apps(*db.value()).value("Lund"), "Privat om Lund", false));
    // After screening closes, Eva's package shows the others' scores, recommendations and
    // shared comments — except on Umeå, where she has a conflict of interest.
    JB_VERIFY_OK(RoundRepository(*db.value()).setPhase(Phase::Followup));
    const QString package = file(QStringLiteral("eva.jurypaket"));
    JB_VERIFY_OK(Package::build(*db.value(), jurorUuid(QStringLiteral("Eva")), package));
    auto p = Database::open(package);
    const auto count = [&](const QString &sql) { return p.value()->scalar(sql).value().toInt(); };
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM score s JOIN juror j ON j.id = s.juror_id "
                                 "JOIN application a ON a.id = s.application_id WHERE j.name = 'Anders'")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM score s JOIN application a ON a.id = s.application_id "
                                  "JOIN juror j ON j.id = s.juror_id WHERE a.title = 'Umeå' AND j.name <> 'Eva'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM comment WHERE body = 'Delad om Lund'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM comment WHERE body = 'Privat om Lund'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM score WHERE note <> '' AND juror_id <> %1").arg(eva)), 0);
    // In the package only Eva's own work can change.
    WorkRepository inPackage(*p.value());
    QVERIFY(!inPackage.addComment(jurorId(*p.value(), "Karin"), apps(*p.value()).value("Lund"), "x", true).ok());
    JB_VERIFY_OK(inPackage.addComment(eva, apps(*p.value()).value("Lund"), "Evas fråga", true));
}

void tst_Exchange::newPackageKeepsTheJurorsWork()
{
    const QString round = freshRound(QStringLiteral("round.jury"));
    const QString copy = file(QStringLiteral("laptop/eva.jury"));
    const QUuid eva = jurorUuid(QStringLiteral("Eva"));
    {
        auto db = Database::open(round);
        JB_VERIFY_OK(Package::build(*db.value(), eva, file(QStringLiteral("p1.jurypaket"))));
    }
    auto first = Package::install(file(QStringLiteral("p1.jurypaket")), copy);
    JB_VERIFY_OK(first);
    QVERIFY(first->created);
    {
        auto db = Database::open(copy);
        run(*db.value(), {m_steps.at(0), m_steps.at(1), m_steps.at(2)});
    }
    // The organiser renames an award setting and imports one more application, then sends a
    // new package before Eva has handed in.
    {
        auto db = Database::open(round);
        RoundSettings s = RoundRepository(*db.value()).load()->settings;
        s.organiserContact = QStringLiteral("Ny kontakt");
        JB_VERIFY_OK(RoundRepository(*db.value()).updateSettings(s));
        const QString csv = writeFile(file(QStringLiteral("b.csv")), QStringLiteral("Kommun;Titel\nSala;Sala\n").toUtf8());
        ApplicationImporter importer(*db.value(), MunicipalityRegistry::builtIn());
        JB_VERIFY_OK(importer.importFile(csv));
        JB_VERIFY_OK(Package::build(*db.value(), eva, file(QStringLiteral("p2.jurypaket"))));
    }
    auto second = Package::install(file(QStringLiteral("p2.jurypaket")), copy);
    JB_VERIFY_OK(second);
    QVERIFY(!second->created);
    QCOMPARE(second->discardedRows, 0);
    {
        auto db = Database::open(copy);
        QCOMPARE(RoundRepository(*db.value()).load()->settings.organiserContact, QStringLiteral("Ny kontakt"));
        QCOMPARE(ApplicationRepository(*db.value()).count().value(), 6);
        const qint64 id = jurorId(*db.value(), "Eva");
        auto scores = WorkRepository(*db.value()).scores(id, apps(*db.value()).value("Lund"));
        QCOMPARE(scores->value(criteria(*db.value()).at(0)).value, std::optional<int>(4));
        QCOMPARE(WorkRepository(*db.value()).recommendation(id, apps(*db.value()).value("Lund")).value(),
                 std::optional<Recommendation>(Recommendation::Yes));
        // Scoring one more application before the organiser closes screening…
        run(*db.value(), {m_steps.at(7)});
    }
    // …which the round no longer accepts once a package from the next phase arrives.
    {
        auto db = Database::open(round);
        JB_VERIFY_OK(RoundRepository(*db.value()).setPhase(Phase::Followup));
        JB_VERIFY_OK(Package::build(*db.value(), eva, file(QStringLiteral("p3.jurypaket"))));
    }
    auto third = Package::install(file(QStringLiteral("p3.jurypaket")), copy);
    JB_VERIFY_OK(third);
    QVERIFY(third->discardedRows > 0);
    QVERIFY(third->describe().contains(QStringLiteral("removed")));
    // A package for another juror does not replace Eva's copy.
    {
        auto db = Database::open(round);
        JB_VERIFY_OK(Package::build(*db.value(), jurorUuid(QStringLiteral("Karin")), file(QStringLiteral("k.jurypaket"))));
    }
    QVERIFY(!Package::install(file(QStringLiteral("k.jurypaket")), copy).ok());
}

void tst_Exchange::packagesRefuseOrganiserWork()
{
    const QString round = freshRound(QStringLiteral("round.jury"));
    const QString package = file(QStringLiteral("eva.jurypaket"));
    {
        auto db = Database::open(round);
        JB_VERIFY_OK(Package::build(*db.value(), jurorUuid(QStringLiteral("Eva")), package));
    }
    auto db = Database::open(package);
    const QByteArray before = fingerprint(*db.value());
    QVERIFY(!RoundRepository(*db.value()).setPhase(Phase::Followup).ok());
    QVERIFY(!JurorRepository(*db.value()).add(QStringLiteral("X"), QString(), false).ok());
    QVERIFY(!FinalistRepository(*db.value()).choose({}, QString()).ok());
    QVERIFY(!Package::build(*db.value(), jurorUuid(QStringLiteral("Eva")), file(QStringLiteral("x.jurypaket"))).ok());
    QVERIFY(!Merger(*db.value()).merge({package}).ok());
    QCOMPARE(fingerprint(*db.value()), before);
    // A return file needs a package; the organiser's round has none to give.
    auto organiser = Database::open(round);
    QVERIFY(!ReturnFile::create(*organiser.value()).ok());
}

void tst_Exchange::backupsAndLog()
{
    const QString round = freshRound(QStringLiteral("round.jury"));
    const QString package = file(QStringLiteral("eva.jurypaket"));
    {
        auto db = Database::open(round);
        JB_VERIFY_OK(Package::build(*db.value(), jurorUuid(QStringLiteral("Eva")), package));
    }
    auto p = Database::open(package);
    auto db = Database::open(round);
    const qint64 eva = jurorId(*p.value(), "Eva");
    const qint64 lund = apps(*p.value()).value("Lund");
    const qint64 ledning = criteria(*p.value()).at(0);
    QString ret;
    // Twelve merges that each bring a change, and one that brings nothing new.
    for (int i = 0; i < 12; ++i) {
        JB_VERIFY_OK(WorkRepository(*p.value()).setScore(eva, lund, ledning, 1 + i % 5, QString()));
        ret = writeFile(file(QStringLiteral("eva-%1.juryretur").arg(i)), returnFileOf(package));
        auto merged = Merger(*db.value()).merge({ret});
        JB_VERIFY_OK(merged);
        QCOMPARE(merged->first().counts.added + merged->first().counts.updated, 1);
        QTest::qWait(2); // distinct backup names
    }
    JB_VERIFY_OK(Merger(*db.value()).merge({ret}));
    const QDir backups(Merger::backupFolder(round));
    QCOMPARE(backups.entryList({QStringLiteral("*.jury")}, QDir::Files).size(), Merger::KeptBackups);
    auto log = Merger(*db.value()).log();
    QCOMPARE(log->size(), 12); // the merges that changed something, newest first
    QCOMPARE(log->first().jurorName, QStringLiteral("Eva"));
    QCOMPARE(log->first().counts.updated, 1);
    QCOMPARE(log->last().counts.added, 1);
    QFile f(ret);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(log->first().sha256, QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
    // A backup is a round file that opens.
    auto copy = Database::open(backups.filePath(backups.entryList({QStringLiteral("*.jury")}, QDir::Files).first()));
    JB_VERIFY_OK(copy);
    // The newest backup is the round as it was just before the last merge that changed it.
    const QStringList names = backups.entryList({QStringLiteral("*.jury")}, QDir::Files, QDir::Name);
    auto newest = Database::openReadOnly(backups.filePath(names.last()));
    JB_VERIFY_OK(newest);
    QCOMPARE(Merger(*newest.value()).log()->size(), 11);
    Database &before = *newest.value();
    const auto score = WorkRepository(before)
                           .scores(jurorId(before, "Eva"), apps(before).value("Lund"))
                           ->value(criteria(before).at(0))
                           .value;
    QCOMPARE(score.value_or(0), 1 + 10 % 5); // what the eleventh file brought
}

void tst_Exchange::sharedFolder()
{
    const QString round = freshRound(QStringLiteral("round.jury"));
    const QString folder = file(QStringLiteral("synced"));
    QDir().mkpath(SharedFolder::packageFolder(folder));
    const QUuid eva = jurorUuid(QStringLiteral("Eva"));
    {
        auto db = Database::open(round);
        JB_VERIFY_OK(Package::build(*db.value(), eva, QDir(SharedFolder::packageFolder(folder)).filePath(QStringLiteral("Eva – Testpriset.jurypaket"))));
    }
    const QString copy = file(QStringLiteral("laptop/eva.jury"));
    JB_VERIFY_OK(Package::install(QDir(SharedFolder::packageFolder(folder)).filePath(QStringLiteral("Eva – Testpriset.jurypaket")), copy));
    auto juror = Database::open(copy);
    auto organiser = Database::open(round);
    // Nothing newer yet; nothing handed in yet.
    QVERIFY(!SharedFolder::newerPackage(*juror.value(), folder).value());
    QVERIFY(SharedFolder::pendingReturns(*organiser.value(), folder)->isEmpty());

    run(*juror.value(), {m_steps.at(0)});
    JB_VERIFY_OK(SharedFolder::writeReturn(*juror.value(), folder));
    QVERIFY(QFile::exists(SharedFolder::returnPath(folder, eva)));
    auto pending = SharedFolder::pendingReturns(*organiser.value(), folder);
    QCOMPARE(pending->size(), 1);
    auto merged = Merger(*organiser.value()).merge(pending.value());
    JB_VERIFY_OK(merged);
    QCOMPARE(merged->first().counts.added, 1);
    QVERIFY(SharedFolder::pendingReturns(*organiser.value(), folder)->isEmpty());
    // The same file name is rewritten after the next change (one writer per file).
    run(*juror.value(), {m_steps.at(2)});
    JB_VERIFY_OK(SharedFolder::writeReturn(*juror.value(), folder));
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.juryretur")}, QDir::Files).size(), 1);
    QCOMPARE(SharedFolder::pendingReturns(*organiser.value(), folder)->size(), 1);

    // A newer package left by the organiser is noticed.
    QTest::qWait(5);
    JB_VERIFY_OK(Package::build(*organiser.value(), eva, QDir(SharedFolder::packageFolder(folder)).filePath(QStringLiteral("Eva – Testpriset.jurypaket"))));
    auto newer = SharedFolder::newerPackage(*juror.value(), folder);
    JB_VERIFY_OK(newer);
    QVERIFY(newer.value().has_value());
    // Looking did not touch the shared files (no journal beside them).
    QVERIFY(QDir(SharedFolder::packageFolder(folder)).entryList({QStringLiteral("*-wal"), QStringLiteral("*-shm")}, QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Exchange)
#include "tst_exchange.moc"
