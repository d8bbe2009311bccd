#include "import/applicationimporter.h"
#include "reference/municipalityregistry.h"
#include "storage/applicationrepository.h"
#include "storage/database.h"
#include "support/testsupport.h"
#include "text/textdecoding.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class tst_Importer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsAForm();
    void encodingsAndDelimiters_data();
    void encodingsAndDelimiters();
    void englishHeaders();
    void reimportCountsNewChangedUnchanged();
    void explicitIdsKeepApplicationsApart();
    void noticesForgivingMatches();
    void badFilesChangeNothing_data();
    void badFilesChangeNothing();
    void correctedMapping();
    void searchFindsTextAndAttachments();
    void cancelledImportChangesNothing();

private:
    QString csv(const QString &name, const QString &text, const QByteArray &encoding = "utf-8");
    Result<ImportReport> import(const QString &csvPath);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_Importer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = createRound(m_dir->path());
    QVERIFY(m_db);
    writeFile(m_dir->filePath(QStringLiteral("plan.pdf")), makePdf(QStringLiteral("Handlingsplan för välfärdsteknik")));
    writeFile(m_dir->filePath(QStringLiteral("bilagor/resultat.pdf")), makePdf(QStringLiteral("Resultatuppföljning nattillsyn"), 2));
}

void tst_Importer::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString tst_Importer::csv(const QString &name, const QString &text, const QByteArray &encoding)
{
    QByteArray bytes;
    if (encoding == "windows-1252")
        bytes = TextDecoding::toWindows1252(text);
    else if (encoding == "utf-8-bom")
        bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    else
        bytes = text.toUtf8();
    return writeFile(m_dir->filePath(name), bytes);
}

Result<ImportReport> tst_Importer::import(const QString &csvPath)
{
    ApplicationImporter importer(*m_db, MunicipalityRegistry::builtIn());
    return importer.importFile(csvPath);
}

void tst_Importer::importsAForm()
{
    const QString path = csv(QStringLiteral("form.csv"), QStringLiteral(
        "Kommun;Titel;Sammanfattning;Kontaktperson;E-post;Inskickad;Vad har ni gjort?;Resultat;Bilagor\r\n"
        "Lunds kommun;Trygg hemma;Kort om oss;Anna Berg;anna@lund.example;12 mars 2026;"
        "\"Vi har infört nattillsyn;\r\nmed kamera.\";Färre besök;plan.pdf|bilagor/resultat.pdf\r\n"
        "Region Gotland;Digitalt först;;;;2026-03-14 10:15;Mycket;;\r\n"));
    auto report = import(path);
    JB_VERIFY_OK(report);
    QCOMPARE(report->added, 2);
    QCOMPARE(report->changed, 0);

    ApplicationRepository applications(*m_db);
    auto rows = applications.rows();
    JB_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 2);
    const ApplicationRow lundRow = rows->at(0).municipality == QLatin1String("Lund") ? rows->at(0) : rows->at(1);
    auto lund = applications.load(lundRow.id);
    JB_VERIFY_OK(lund);
    QCOMPARE(lund->row.municipalityCode, QStringLiteral("1281"));
    QCOMPARE(lund->row.county, QStringLiteral("Skåne län"));
    QCOMPARE(lund->row.population, 124935);
    QCOMPARE(lund->applicant, QStringLiteral("Lunds kommun"));
    QCOMPARE(lund->row.title, QStringLiteral("Trygg hemma"));
    QCOMPARE(lund->summary, QStringLiteral("Kort om oss"));
    QCOMPARE(lund->contactName, QStringLiteral("Anna Berg"));
    QCOMPARE(lund->contactEmail, QStringLiteral("anna@lund.example"));
    QCOMPARE(lund->submitted, QStringLiteral("2026-03-12"));
    QCOMPARE(lund->row.status, ApplicationStatus::Submitted);
    // Free-text columns become sections in column order, headed by the column name.
    QCOMPARE(lund->sections.size(), 2);
    QCOMPARE(lund->sections.at(0).heading, QStringLiteral("Vad har ni gjort?"));
    QCOMPARE(lund->sections.at(0).body, QStringLiteral("Vi har infört nattillsyn;\nmed kamera."));
    QCOMPARE(lund->sections.at(1).heading, QStringLiteral("Resultat"));
    QCOMPARE(lund->attachments.size(), 2);
    QCOMPARE(lund->attachments.at(0).fileName, QStringLiteral("plan.pdf"));
    QCOMPARE(lund->attachments.at(1).fileName, QStringLiteral("resultat.pdf"));
    QCOMPARE(QByteArray(lund->attachments.at(0).sha256.toLatin1()),
             fileHash(m_dir->filePath(QStringLiteral("plan.pdf"))));
    auto data = applications.attachmentData(lund->attachments.at(1).id);
    JB_VERIFY_OK(data);
    QVERIFY(data->startsWith("%PDF-"));

    const ApplicationRow gotlandRow = rows->at(0).municipality == QLatin1String("Gotland") ? rows->at(0) : rows->at(1);
    auto gotland = applications.load(gotlandRow.id);
    QCOMPARE(gotland->row.municipalityCode, QStringLiteral("0980"));
    QCOMPARE(gotland->submitted, QStringLiteral("2026-03-14T10:15"));
    QVERIFY(gotland->attachments.isEmpty());
}

void tst_Importer::encodingsAndDelimiters_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("lineBreak");
    QTest::newRow("utf-8 ; CRLF") << QByteArray("utf-8") << ";" << "\r\n";
    QTest::newRow("utf-8 BOM ; LF") << QByteArray("utf-8-bom") << ";" << "\n";
    QTest::newRow("windows-1252 ; CRLF") << QByteArray("windows-1252") << ";" << "\r\n";
    QTest::newRow("utf-8 , LF") << QByteArray("utf-8") << "," << "\n";
    QTest::newRow("utf-8 tab CRLF") << QByteArray("utf-8") << "\t" << "\r\n";
}

void tst_Importer::encodingsAndDelimiters()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QString, lineBreak);
    const QStringList lines = {
        QStringList{"Kommun", "Titel", "Beskrivning"}.join(delimiter),
        QStringList{"Västerås stad", "Äldreomsorg på distans", "\"Text med \"\"citat\"\"" + delimiter + " och radbrytning" + lineBreak + "andra raden\""}.join(delimiter),
        QStringList{"Örebro kommun", "Öppna data", "Kort"}.join(delimiter),
    };
    auto report = import(csv(QStringLiteral("x.csv"), lines.join(lineBreak) + lineBreak, encoding));
    JB_VERIFY_OK(report);
    QCOMPARE(report->added, 2);
    auto rows = ApplicationRepository(*m_db).rows();
    QStringList titles;
    for (const ApplicationRow &r : rows.value())
        titles << r.title;
    titles.sort();
    QCOMPARE(titles, (QStringList{"Äldreomsorg på distans", "Öppna data"}));
    auto vasteras = ApplicationRepository(*m_db).load(rows->at(0).title.startsWith(u'Ä') ? rows->at(0).id : rows->at(1).id);
    QCOMPARE(vasteras->sections.first().body,
             "Text med \"citat\"" + delimiter + " och radbrytning\nandra raden");
}

void tst_Importer::englishHeaders()
{
    auto report = import(csv(QStringLiteral("en.csv"), QStringLiteral(
        "Municipality,Title,Summary,Contact,Email,Submitted,Attachments,What did you do?\n"
        "Umeå,Remote care,Short,Erik Ek,erik@example.org,2026-02-01,plan.pdf,Lots\n")));
    JB_VERIFY_OK(report);
    auto rows = ApplicationRepository(*m_db).rows();
    auto a = ApplicationRepository(*m_db).load(rows->first().id);
    QCOMPARE(a->row.municipalityCode, QStringLiteral("2480"));
    QCOMPARE(a->contactName, QStringLiteral("Erik Ek"));
    QCOMPARE(a->attachments.size(), 1);
    QCOMPARE(a->sections.size(), 1);
    QCOMPARE(a->sections.first().heading, QStringLiteral("What did you do?"));
}

void tst_Importer::reimportCountsNewChangedUnchanged()
{
    const QString first = QStringLiteral("Kommun;Titel;Text\nLund;A;ett\nUmeå;B;två\n");
    JB_VERIFY_OK(import(csv(QStringLiteral("a.csv"), first)));
    const QByteArray afterFirst = fingerprint(*m_db);

    auto again = import(csv(QStringLiteral("a.csv"), first));
    JB_VERIFY_OK(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->changed, 0);
    QCOMPARE(again->unchanged, 2);
    QCOMPARE(fingerprint(*m_db), afterFirst);

    auto changed = import(csv(QStringLiteral("b.csv"),
                              QStringLiteral("Kommun;Titel;Text\nLund;A;ett, rättad\nUmeå;B;två\nKiruna;C;tre\n")));
    JB_VERIFY_OK(changed);
    QCOMPARE(changed->added, 1);
    QCOMPARE(changed->changed, 1);
    QCOMPARE(changed->unchanged, 1);
    QCOMPARE(ApplicationRepository(*m_db).count().value(), 3);
    // The index follows the change: the old wording is gone, the new one is found.
    QCOMPARE(ApplicationRepository(*m_db).search(QStringLiteral("rättad"))->size(), 1);
}

void tst_Importer::explicitIdsKeepApplicationsApart()
{
    auto report = import(csv(QStringLiteral("ids.csv"), QStringLiteral(
        "Id;Kommun;Titel\n17;Lund;Första\n18;Lund;Andra\n")));
    JB_VERIFY_OK(report);
    QCOMPARE(report->added, 2);
    auto renamed = import(csv(QStringLiteral("ids.csv"), QStringLiteral(
        "Id;Kommun;Titel\n17;Lund;Första, ny titel\n18;Lund;Andra\n")));
    JB_VERIFY_OK(renamed);
    QCOMPARE(renamed->changed, 1);
    QCOMPARE(ApplicationRepository(*m_db).count().value(), 2);
}

void tst_Importer::noticesForgivingMatches()
{
    auto report = import(csv(QStringLiteral("n.csv"), QStringLiteral("Kommun;Titel\nLund;A\nVasteras;B\n")));
    JB_VERIFY_OK(report);
    QCOMPARE(report->notices.size(), 1);
    QVERIFY(report->notices.first().contains(QStringLiteral("3")));
    QVERIFY(report->notices.first().contains(QStringLiteral("Västerås")));
}

void tst_Importer::badFilesChangeNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("no municipality column") << "Titel;Text\nA;B\n" << 1 << "" << "Kommun";
    QTest::newRow("unknown municipality")
        << "Kommun;Titel\nLund;A\nLundd;B\n" << 3 << "Kommun" << "Lund";
    QTest::newRow("empty municipality") << "Kommun;Titel\nLund;A\n;B\n" << 3 << "Kommun" << "";
    QTest::newRow("bad date") << "Kommun;Inskickad\nLund;i våras\n" << 2 << "Inskickad" << "i våras";
    QTest::newRow("missing attachment")
        << "Kommun;Bilagor\nLund;plan.pdf|saknas.pdf\n" << 2 << "Bilagor" << "saknas.pdf";
    QTest::newRow("attachment not a PDF")
        << "Kommun;Bilagor\nLund;form.txt\n" << 2 << "Bilagor" << "form.txt";
    QTest::newRow("attachment outside the folder")
        << "Kommun;Bilagor\nLund;../x.pdf\n" << 2 << "Bilagor" << "x.pdf";
    QTest::newRow("too many fields")
        << "Kommun;Titel\nLund;A;B\n" << 2 << "" << "3";
    QTest::newRow("unterminated quote")
        << "Kommun;Titel\nLund;A\nUmeå;\"B\n" << 3 << "" << "";
    QTest::newRow("duplicate application")
        << "Kommun;Titel\nLund;A\nUmeå;B\nlunds kommun;A\n" << 4 << "" << "2";
    QTest::newRow("header only") << "Kommun;Titel\n" << 0 << "" << "";
}

void tst_Importer::badFilesChangeNothing()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, fragment);
    writeFile(m_dir->filePath(QStringLiteral("form.txt")), "not a pdf");
    JB_VERIFY_OK(import(csv(QStringLiteral("good.csv"), QStringLiteral("Kommun;Titel\nKiruna;Före\n"))));
    const QByteArray before = fingerprint(*m_db);

    const QString path = csv(QStringLiteral("bad.csv"), text);
    auto report = import(path);
    QVERIFY(!report.ok());
    const Error &e = report.error();
    QCOMPARE(e.file, path);
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QVERIFY2(e.message.contains(fragment), qPrintable(e.message));
    QVERIFY2(e.toString().startsWith(QStringLiteral("bad.csv")), qPrintable(e.toString()));
    QCOMPARE(fingerprint(*m_db), before);
}

void tst_Importer::correctedMapping()
{
    // A form whose municipality column has an unexpected name: the user marks it.
    const QString path = csv(QStringLiteral("m.csv"), QStringLiteral("Sökande;Rubrik;Skräp\nLund;A;x\n"));
    auto detected = import(path);
    QVERIFY(!detected.ok());
    ApplicationImporter importer(*m_db, MunicipalityRegistry::builtIn());
    auto report = importer.importFile(path, {}, {ColumnRole::Municipality, ColumnRole::Title, ColumnRole::Ignore});
    JB_VERIFY_OK(report);
    auto a = ApplicationRepository(*m_db).load(ApplicationRepository(*m_db).rows()->first().id);
    QCOMPARE(a->row.title, QStringLiteral("A"));
    QVERIFY(a->sections.isEmpty());
}

void tst_Importer::searchFindsTextAndAttachments()
{
    JB_VERIFY_OK(import(csv(QStringLiteral("s.csv"), QStringLiteral(
        "Kommun;Titel;Text;Bilagor\n"
        "Lund;Trygg hemma;Läkemedelsrobotar i hemtjänsten;\n"
        "Umeå;Digital vård;Videosamtal med anhöriga;bilagor/resultat.pdf\n"
        "Kiruna;Anhörigstöd på distans;Läkemedel och videosamtal;\n"))));
    ApplicationRepository applications(*m_db);
    const auto idOf = [&](const QString &municipality) {
        for (const ApplicationRow &r : applications.rows().value())
            if (r.municipality == municipality)
                return r.id;
        return qint64(0);
    };
    const auto search = [&](const QString &typed) {
        auto hits = applications.search(typed);
        return hits ? SearchQuery::ids(hits.value()) : QList<qint64>{-1};
    };
    QList<qint64> both = search(QStringLiteral("läkemedel"));
    std::sort(both.begin(), both.end());
    QList<qint64> expected = {idOf(QStringLiteral("Lund")), idOf(QStringLiteral("Kiruna"))};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(both, expected);
    // Every word must occur.
    QCOMPARE(search(QStringLiteral("videosamtal läkemedel")), QList<qint64>{idOf(QStringLiteral("Kiruna"))});
    // Diacritics and case are forgiven, words match by their start, the PDF's text is searched.
    QCOMPARE(search(QStringLiteral("LAKEMEDELSROB")), QList<qint64>{idOf(QStringLiteral("Lund"))});
    QCOMPARE(search(QStringLiteral("resultatuppföljning")), QList<qint64>{idOf(QStringLiteral("Umeå"))});
    QCOMPARE(search(QStringLiteral("kiruna")), QList<qint64>{idOf(QStringLiteral("Kiruna"))});
    QVERIFY(search(QStringLiteral("finnsinte")).isEmpty());
    // A word in the title weighs more than the same word in the text.
    QCOMPARE(search(QStringLiteral("anhörig")),
             (QList<qint64>{idOf(QStringLiteral("Kiruna")), idOf(QStringLiteral("Umeå"))}));
}

void tst_Importer::cancelledImportChangesNothing()
{
    const QByteArray before = fingerprint(*m_db);
    ApplicationImporter importer(*m_db, MunicipalityRegistry::builtIn());
    const QString path = csv(QStringLiteral("c.csv"), QStringLiteral("Kommun;Titel\nLund;A\nUmeå;B\nKiruna;C\n"));
    int calls = 0;
    auto report = importer.importFile(path, {}, {}, [&](int, int) { return ++calls < 6; });
    QVERIFY(!report.ok());
    QVERIFY(report.error().message.contains(QStringLiteral("cancelled")));
    QCOMPARE(fingerprint(*m_db), before);
}

QTEST_MAIN(tst_Importer)
#include "tst_importer.moc"
