#include "commandline.h"
#include "localization.h"
#include "storage/database.h"
#include "support/testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace TestSupport;

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createsARoundWithJuryAndCriteria();
    void importsAndReports();
    void statusJsonContract();
    void errorsAreSwedishAndExitNonZero_data();
    void errorsAreSwedishAndExitNonZero();
    void badImportChangesNothing();
    void screeningThroughTheCommandLine();
    void exchangeThroughTheCommandLine();
    void binaryEndToEnd();

private:
    struct Run
    {
        int status = 0;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments);
    QJsonObject status(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_round;
};

void tst_Cli::initTestCase()
{
    Localization::install(*QCoreApplication::instance(), QStringLiteral("sv"));
}

void tst_Cli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_round = m_dir->filePath(QStringLiteral("omgång.jury"));
}

void tst_Cli::cleanup()
{
    m_dir.reset();
}

tst_Cli::Run tst_Cli::run(const QStringList &arguments)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    CommandLine cli(out, err);
    r.status = cli.run(arguments);
    out.flush();
    err.flush();
    return r;
}

QJsonObject tst_Cli::status(const QString &file)
{
    const Run r = run({QStringLiteral("status"), file, QStringLiteral("--json")});
    if (r.status != 0)
        qWarning("status failed: %s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void tst_Cli::createsARoundWithJuryAndCriteria()
{
    Run r = run({"new", m_round, "--award", "Sveriges eHälsokommun", "--year", "2026", "--prize",
                 "50000", "--finalists", "4"});
    QCOMPARE(r.status, 0);
    QVERIFY(!QUuid(r.out.trimmed()).isNull());

    r = run({"juror", "add", m_round, "--name", "Eva Sjöholm", "--organisation", "Vitalis", "--chair"});
    QCOMPARE(r.status, 0);
    const QString eva = r.out.trimmed();
    QVERIFY(!QUuid(eva).isNull());
    r = run({"juror", "add", m_round, "--name", "Karin Ekdahl", "--organisation", "SKR"});
    QCOMPARE(r.status, 0);

    r = run({"criterion", "add", m_round, "--name", "Innovation", "--weight", "1,5", "--scale",
             "0-10", "--guidance", "Nytt för Sverige?"});
    QCOMPARE(r.status, 0);
    const QString innovation = r.out.trimmed();

    const QJsonObject s = status(m_round);
    const QJsonObject round = s.value("round").toObject();
    QCOMPARE(round.value("award").toString(), QStringLiteral("Sveriges eHälsokommun"));
    QCOMPARE(round.value("year").toInt(), 2026);
    QCOMPARE(round.value("prize").toInt(), 50000);
    QCOMPARE(round.value("finalists").toInt(), 4);
    QCOMPARE(round.value("phase").toString(), QStringLiteral("preparation"));

    const QJsonArray jurors = s.value("jurors").toArray();
    QCOMPARE(jurors.size(), 2);
    QCOMPARE(jurors.at(0).toObject().value("id").toString(), eva);
    QCOMPARE(jurors.at(0).toObject().value("name").toString(), QStringLiteral("Eva Sjöholm"));
    QCOMPARE(jurors.at(0).toObject().value("organisation").toString(), QStringLiteral("Vitalis"));
    QCOMPARE(jurors.at(0).toObject().value("chair").toBool(), true);
    QCOMPARE(jurors.at(1).toObject().value("chair").toBool(), false);

    const QJsonArray criteria = s.value("criteria").toArray();
    QCOMPARE(criteria.size(), 6);
    const QJsonObject last = criteria.last().toObject();
    QCOMPARE(last.value("id").toString(), innovation);
    QCOMPARE(last.value("name").toString(), QStringLiteral("Innovation"));
    QCOMPARE(last.value("weight").toDouble(), 1.5);
    QCOMPARE(last.value("min").toInt(), 0);
    QCOMPARE(last.value("max").toInt(), 10);
    QCOMPARE(criteria.first().toObject().value("name").toString(), QStringLiteral("Ledning"));
}

void tst_Cli::importsAndReports()
{
    QCOMPARE(run({"new", m_round, "--award", "Pris", "--year", "2026"}).status, 0);
    writeFile(m_dir->filePath("pdf/plan.pdf"), makePdf(QStringLiteral("Plan")));
    const QString csv = writeFile(m_dir->filePath("ansokningar.csv"),
                                  QByteArray("Kommun;Titel;Bilagor;Berätta\nLunds kommun;Trygg;plan.pdf;Text\n"
                                             "Vasteras;Nära;;Mer text\n"));
    Run r = run({"import", m_round, csv, "--attachments", m_dir->filePath("pdf")});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("nya: 2")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Västerås")));
    r = run({"import", m_round, csv, "--attachments", m_dir->filePath("pdf")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(QStringLiteral("oförändrade: 2")), qPrintable(r.out));
}

void tst_Cli::statusJsonContract()
{
    QCOMPARE(run({"new", m_round, "--award", "Pris", "--year", "2026"}).status, 0);
    writeFile(m_dir->filePath("plan.pdf"), makePdf(QStringLiteral("Plan")));
    const QString csv = writeFile(m_dir->filePath("a.csv"),
                                  QByteArray("Kommun;Titel;Del ett;Del två;Bilagor\nRegion Gotland;Ö;A;B;plan.pdf\n"));
    QCOMPARE(run({"import", m_round, csv}).status, 0);
    const QJsonObject s = status(m_round);
    for (const char *key : {"round", "jurors", "criteria", "applications"})
        QVERIFY2(s.contains(QLatin1String(key)), key);
    for (const char *key : {"award", "year", "prize", "finalists", "phase"})
        QVERIFY2(s.value("round").toObject().contains(QLatin1String(key)), key);
    for (const char *key : {"id", "name", "weight", "min", "max"})
        QVERIFY2(s.value("criteria").toArray().first().toObject().contains(QLatin1String(key)), key);
    const QJsonObject a = s.value("applications").toArray().first().toObject();
    for (const char *key : {"id", "municipality", "municipality_code", "county", "population",
                            "group", "title", "status", "sections", "attachments"})
        QVERIFY2(a.contains(QLatin1String(key)), key);
    QCOMPARE(a.value("municipality").toString(), QStringLiteral("Gotland"));
    QCOMPARE(a.value("municipality_code").toString(), QStringLiteral("0980"));
    QCOMPARE(a.value("county").toString(), QStringLiteral("Gotlands län"));
    QCOMPARE(a.value("population").toInt(), 59686);
    QCOMPARE(a.value("group").toString(), QStringLiteral("Mindre stad/tätort"));
    QCOMPARE(a.value("status").toString(), QStringLiteral("submitted"));
    const QJsonArray sections = a.value("sections").toArray();
    QCOMPARE(sections.size(), 2);
    QCOMPARE(sections.at(0).toObject().value("heading").toString(), QStringLiteral("Del ett"));
    QCOMPARE(sections.at(1).toObject().value("text").toString(), QStringLiteral("B"));
    QCOMPARE(a.value("attachments").toArray().size(), 1);
    QCOMPARE(a.value("attachments").toArray().first().toObject().value("name").toString(),
             QStringLiteral("plan.pdf"));
}

void tst_Cli::errorsAreSwedishAndExitNonZero_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "Okänt kommando";
    QTest::newRow("missing file") << QStringList{"status", "finns-inte.jury", "--json"} << 1 << "finns inte";
    QTest::newRow("new without year") << QStringList{"new", "x.jury", "--award", "A"} << 2 << "--year";
    QTest::newRow("bad scale") << QStringList{"criterion", "add", "x.jury", "--name", "A", "--scale", "fem"} << 2 << "MIN-MAX";
    QTest::newRow("unknown option") << QStringList{"status", "x.jury", "--jsn"} << 2 << "jsn";
    QTest::newRow("juror without name") << QStringList{"juror", "add", "x.jury"} << 2 << "--name";
}

void tst_Cli::errorsAreSwedishAndExitNonZero()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, fragment);
    for (QString &a : arguments)
        if (a.endsWith(QLatin1String(".jury")))
            a = m_dir->filePath(a);
    const Run r = run(arguments);
    QCOMPARE(r.status, status);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
    QVERIFY2(r.err.startsWith(QStringLiteral("jurybench:")), qPrintable(r.err));
}

void tst_Cli::badImportChangesNothing()
{
    QCOMPARE(run({"new", m_round, "--award", "Pris", "--year", "2026"}).status, 0);
    const QString good = writeFile(m_dir->filePath("good.csv"), QByteArray("Kommun\nLund\n"));
    QCOMPARE(run({"import", m_round, good}).status, 0);
    const QByteArray before = fileHash(m_round);
    const QString bad = writeFile(m_dir->filePath("bad.csv"),
                                  QByteArray("Kommun;Titel\nUmeå;A\nAtlantis;B\n"));
    const Run r = run({"import", m_round, bad});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("bad.csv, rad 3, kolumn ”Kommun”")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Atlantis")));
    QCOMPARE(fileHash(m_round), before);
}

void tst_Cli::screeningThroughTheCommandLine()
{
    QCOMPARE(run({"new", m_round, "--award", "Pris", "--year", "2026", "--finalists", "2"}).status, 0);
    const QString eva = run({"juror", "add", m_round, "--name", "Eva", "--organisation", "Vitalis"}).out.trimmed();
    const QString csv = writeFile(m_dir->filePath("a.csv"),
                                  QByteArray("Kommun;Titel\nLund;A\nUmeå;B\nKiruna;C\n"));
    QCOMPARE(run({"import", m_round, csv}).status, 0);
    // Sheets are for the screening phase.
    const QString sheet = m_dir->filePath("ark.csv");
    Run r = run({"sheet", "import", m_round, sheet, "--juror", eva});
    QCOMPARE(r.status, 1);
    QCOMPARE(run({"phase", m_round, "screening"}).status, 0);
    QCOMPARE(run({"phase", m_round, "banan"}).status, 2);
    r = run({"sheet", "export", m_round, "--juror", eva, "--out", sheet});
    QVERIFY2(r.status == 0, qPrintable(r.err));

    // Fill in the sheet as a spreadsheet would: every score 3, Umeå 5, Lund a "ja".
    QFile file(sheet);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    file.close();
    for (int i = 1; i < lines.size(); ++i) {
        QStringList cells = lines[i].split(u';');
        const bool umea = cells.at(1) == QStringLiteral("Umeå");
        for (int c = 3; c < 8; ++c)
            cells[c] = umea ? QStringLiteral("5") : QStringLiteral("3");
        if (cells.at(1) == QStringLiteral("Lund"))
            cells[8] = QStringLiteral("ja");
        lines[i] = cells.join(u';');
    }
    writeFile(sheet, QByteArray("\xEF\xBB\xBF") + (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
    r = run({"sheet", "import", m_round, sheet, "--juror", eva});
    QVERIFY2(r.status == 0, qPrintable(r.err));

    QJsonObject s = status(m_round);
    const auto byName = [&](const QString &name) {
        for (const QJsonValue &v : s.value("applications").toArray())
            if (v.toObject().value("municipality").toString() == name)
                return v.toObject();
        return QJsonObject();
    };
    QCOMPARE(byName("Umeå").value("score").toDouble(), 5.0);
    QCOMPARE(byName("Umeå").value("rank").toInt(), 1);
    QCOMPARE(byName("Lund").value("rank").toInt(), 2); // ties with Kiruna, more "ja"
    QCOMPARE(byName("Lund").value("yes").toInt(), 1);
    QCOMPARE(byName("Kiruna").value("rank").toInt(), 3);
    QCOMPARE(byName("Kiruna").value("jurors_scored").toInt(), 1);
    QCOMPARE(byName("Kiruna").value("discuss").toBool(), false);
    QVERIFY(byName("Kiruna").contains("normalized_score"));
    QVERIFY(byName("Kiruna").contains("spread"));
    QVERIFY(byName("Kiruna").contains("group_rank"));
    QCOMPARE(s.value("jurors").toArray().first().toObject().value("scored").toInt(), 3);
    const QJsonArray suggested = s.value("finalists").toArray();
    QCOMPARE(suggested.size(), 2);
    QCOMPARE(suggested.at(0).toString(), byName("Umeå").value("id").toString());
    QCOMPARE(suggested.at(1).toString(), byName("Lund").value("id").toString());

    // Finalists: a different pick needs a reason.
    const QString kiruna = byName("Kiruna").value("id").toString();
    const QString umea = byName("Umeå").value("id").toString();
    const QByteArray before = fileHash(m_round);
    r = run({"finalists", m_round, "--pick", umea, kiruna});
    QCOMPARE(r.status, 1);
    QCOMPARE(fileHash(m_round), before);
    r = run({"finalists", m_round, "--pick", umea, kiruna, "--reason", "Kiruna visar mer med mindre."});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    s = status(m_round);
    QCOMPARE(s.value("finalists").toArray().size(), 2);
    QCOMPARE(s.value("finalists").toArray().at(1).toString(), kiruna);
    QCOMPARE(byName("Kiruna").value("status").toString(), QStringLiteral("finalist"));
    QCOMPARE(byName("Lund").value("status").toString(), QStringLiteral("not_advanced"));
    QCOMPARE(s.value("finalist_choice").toObject().value("reason").toString(),
             QStringLiteral("Kiruna visar mer med mindre."));
    // Screening closes: scores are refused from then on.
    QCOMPARE(run({"phase", m_round, "followup"}).status, 0);
    r = run({"sheet", "import", m_round, sheet, "--juror", eva});
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.contains(QStringLiteral("Gallring")));
}

void tst_Cli::exchangeThroughTheCommandLine()
{
    QCOMPARE(run({"new", m_round, "--award", "Pris", "--year", "2026"}).status, 0);
    const QString eva = run({"juror", "add", m_round, "--name", "Eva", "--organisation", "Vitalis"}).out.trimmed();
    const QString karin = run({"juror", "add", m_round, "--name", "Karin", "--organisation", "SKR"}).out.trimmed();
    QCOMPARE(run({"import", m_round, writeFile(m_dir->filePath("a.csv"), QByteArray("Kommun\nLund\nUmeå\n"))}).status, 0);
    QCOMPARE(run({"phase", m_round, "screening"}).status, 0);
    const QString package = m_dir->filePath("eva.jurypaket");
    Run r = run({"package", m_round, "--juror", eva, "--out", package});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    // The juror works in her package through a sheet, then hands in.
    const QString sheet = m_dir->filePath("eva.csv");
    QCOMPARE(run({"sheet", "export", package, "--juror", eva, "--out", sheet}).status, 0);
    QFile file(sheet);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    file.close();
    QStringList cells = lines[1].split(u';');
    for (int c = 3; c < 8; ++c)
        cells[c] = QStringLiteral("4");
    lines[1] = cells.join(u';');
    writeFile(sheet, (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
    // Karin's id in Eva's package is refused; Eva's own is fine.
    QCOMPARE(run({"sheet", "import", package, sheet, "--juror", karin}).status, 1);
    QCOMPARE(run({"sheet", "import", package, sheet, "--juror", eva}).status, 0);
    // Organiser commands are refused in a package.
    QCOMPARE(run({"phase", package, "followup"}).status, 1);
    const QString returned = m_dir->filePath("eva.juryretur");
    r = run({"return", package, "--out", returned});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    r = run({"merge", m_round, returned});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("5 nya")), qPrintable(r.out));
    r = run({"merge", m_round, returned});
    QVERIFY2(r.out.contains(QStringLiteral("5 oförändrade")), qPrintable(r.out));
    QJsonObject s = status(m_round);
    QCOMPARE(s.value("jurors").toArray().at(0).toObject().value("scored").toInt(), 1);
    QVERIFY(s.value("package").isNull());
    QCOMPARE(status(package).value("package").toObject().value("juror").toString(), eva);
    // A tampered file is refused with a non-zero exit and nothing changes.
    QFile in(returned);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    in.close();
    bytes.replace("\"value\": 4", "\"value\": 5");
    const QString tampered = writeFile(m_dir->filePath("tampered.juryretur"), bytes);
    const QByteArray before = fileHash(m_round);
    r = run({"merge", m_round, tampered});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("signatur")), qPrintable(r.err));
    QCOMPARE(fileHash(m_round), before);
    QVERIFY(run({"log", m_round}).out.contains(QStringLiteral("Eva")));
}

void tst_Cli::binaryEndToEnd()
{
    const QString binary = QStringLiteral(JURYBENCH_BINARY);
    QProcess process;
    process.start(binary, {"--lang", "en", "demo", "--out", m_round});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("demo round")));

    process.start(binary, {"status", m_round, "--json"});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject s = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(s.value("applications").toArray().size(), 40);
    QCOMPARE(s.value("jurors").toArray().size(), 6);
    QVERIFY(process.readAllStandardError().isEmpty());

    process.start(binary, {"status", m_dir->filePath("saknas.jury")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("Filen finns inte")));
}

QTEST_MAIN(tst_Cli)
#include "tst_cli.moc"
