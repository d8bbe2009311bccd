#include "import/csvreader.h"
#include "text/textdecoding.h"

#include <QTest>

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void recordsKnowTheirLine();
    void refuses_data();
    void refuses();
    void formatRoundTrips();
    void windows1252RoundTrips();
};

namespace {
QByteArray utf8(const char *s)
{
    return QByteArray(s);
}
} // namespace

void tst_CsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");

    const QStringList header = {QStringLiteral("Kommun"), QStringLiteral("Titel")};
    const QList<QStringList> lund = {{QStringLiteral("Lund"), QStringLiteral("Välfärd")}};

    QTest::newRow("utf8 semicolon LF") << utf8("Kommun;Titel\nLund;Välfärd\n") << "UTF-8" << ";"
                                       << header << lund;
    QTest::newRow("utf8 BOM CRLF") << utf8("\xEF\xBB\xBFKommun;Titel\r\nLund;Välfärd\r\n")
                                   << "UTF-8" << ";" << header << lund;
    QTest::newRow("comma") << utf8("Kommun,Titel\nLund,Välfärd") << "UTF-8" << "," << header
                           << lund;
    QTest::newRow("tab") << utf8("Kommun\tTitel\nLund\tVälfärd\n") << "UTF-8" << "\t" << header
                         << lund;
    QTest::newRow("windows-1252")
        << TextDecoding::toWindows1252(QStringLiteral("Kommun;Titel\r\nLund;Välfärd\r\n"))
        << "Windows-1252" << ";" << header << lund;
    QTest::newRow("windows-1252 euro and quotes")
        << QByteArray("Kommun;Titel\r\nLund;\x80 \x93ja\x94\r\n") << "Windows-1252" << ";" << header
        << QList<QStringList>{{QStringLiteral("Lund"), QStringLiteral("€ “ja”")}};
    {
        QByteArray utf16("\xFF\xFE", 2);
        const QString text = QStringLiteral("Kommun\tTitel\r\nLund\tVälfärd\r\n");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QTest::newRow("utf-16 with BOM (Excel's Unicode text)")
            << utf16 << "UTF-16" << "\t" << header << lund;
    }
    QTest::newRow("quoted delimiter")
        << utf8("Kommun;Titel\nLund;\"Trygg; nära\"\n") << "UTF-8" << ";" << header
        << QList<QStringList>{{QStringLiteral("Lund"), QStringLiteral("Trygg; nära")}};
    QTest::newRow("doubled quotes")
        << utf8("Kommun;Titel\nLund;\"Projektet \"\"Trygg\"\" gick bra\"\n") << "UTF-8" << ";"
        << header
        << QList<QStringList>{{QStringLiteral("Lund"), QStringLiteral("Projektet \"Trygg\" gick bra")}};
    QTest::newRow("line break inside field CRLF")
        << utf8("Kommun;Titel\r\nLund;\"Rad ett\r\nRad två\"\r\n") << "UTF-8" << ";" << header
        << QList<QStringList>{{QStringLiteral("Lund"), QStringLiteral("Rad ett\nRad två")}};
    QTest::newRow("blank lines are skipped")
        << utf8("Kommun;Titel\n\nLund;Välfärd\n\n\n") << "UTF-8" << ";" << header << lund;
    QTest::newRow("delimiter detected outside quotes only")
        << utf8("\"Kommun, namn\";Titel\nLund;Välfärd\n") << "UTF-8" << ";"
        << QStringList{QStringLiteral("Kommun, namn"), QStringLiteral("Titel")} << lund;
    QTest::newRow("empty fields kept")
        << utf8("Kommun;Titel;Övrigt\nLund;;\n") << "UTF-8" << ";"
        << QStringList{QStringLiteral("Kommun"), QStringLiteral("Titel"), QStringLiteral("Övrigt")}
        << QList<QStringList>{{QStringLiteral("Lund"), QString(), QString()}};
    QTest::newRow("bare quote inside unquoted field")
        << utf8("Kommun;Titel\nLund;Tryggt \"hemma\"\n") << "UTF-8" << ";" << header
        << QList<QStringList>{{QStringLiteral("Lund"), QStringLiteral("Tryggt \"hemma\"")}};
}

void tst_CsvReader::parses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);

    auto parsed = CsvReader::parse(bytes, QStringLiteral("test.csv"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->encoding, encoding);
    QCOMPARE(QString(parsed->delimiter), delimiter);
    QCOMPARE(parsed->header.fields, header);
    QCOMPARE(parsed->records.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(parsed->records.at(i).fields, rows.at(i));
}

void tst_CsvReader::recordsKnowTheirLine()
{
    const QByteArray csv("Kommun;Text\r\nLund;\"ett\r\ntvå\r\ntre\"\r\n\r\nUmeå;fyra\r\n");
    auto parsed = CsvReader::parse(csv, QStringLiteral("x.csv"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->header.line, 1);
    QCOMPARE(parsed->records.size(), 2);
    QCOMPARE(parsed->records.at(0).line, 2);
    QCOMPARE(parsed->records.at(1).line, 6);
}

void tst_CsvReader::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("unterminated quote") << QByteArray("Kommun;Titel\nLund;ok\nUmeå;\"aldrig slut\n")
                                        << 3 << QStringLiteral("never closed");
    QTest::newRow("junk after closing quote")
        << QByteArray("Kommun;Titel\nLund;\"Titel\"x\n") << 2 << QStringLiteral("closing quotation");
    QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00zip", 9) << 0
                            << QStringLiteral("not a text file");
    QTest::newRow("empty") << QByteArray() << 0 << QStringLiteral("empty");
    QTest::newRow("only blank lines") << QByteArray("\r\n\r\n") << 0 << QStringLiteral("empty");
    // Saved in two encodings: UTF-8 letters, then a Windows-1252 "ö" on line 3.
    QTest::newRow("utf-8 mixed with windows-1252")
        << QByteArray("Kommun;Titel\nUme\xC3\xA5;V\xC3\xA5rd\nK\xF6ping;Tryggt\n") << 3
        << QStringLiteral("CSV UTF-8");
    QTest::newRow("utf-8 cut inside a letter")
        << QByteArray("Kommun;Titel\nLund;Hemtj\xC3\xA4nst\n\n\nMalm\xC3") << 5 << QStringLiteral("another encoding");
}

void tst_CsvReader::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    auto parsed = CsvReader::parse(bytes, QStringLiteral("bad.csv"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().file, QStringLiteral("bad.csv"));
    QCOMPARE(parsed.error().line, line);
    QVERIFY2(parsed.error().message.contains(fragment, Qt::CaseInsensitive),
             qPrintable(parsed.error().message));
}

void tst_CsvReader::formatRoundTrips()
{
    const QStringList fields = {QStringLiteral("Lund"), QStringLiteral("a;b"),
                                QStringLiteral("\"citat\""), QStringLiteral("rad\nbrytning"),
                                QString(), QStringLiteral(" mellanslag ")};
    const QString line = CsvReader::formatRecord(fields, u';');
    auto parsed = CsvReader::parse((QStringLiteral("h1;h2;h3;h4;h5;h6\r\n") + line).toUtf8(),
                                   QStringLiteral("x.csv"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->records.first().fields, fields);
}

void tst_CsvReader::windows1252RoundTrips()
{
    const QString text = QStringLiteral("Åre, Älvdalen, Östersund – “citat” € …");
    QCOMPARE(TextDecoding::fromWindows1252(TextDecoding::toWindows1252(text)), text);
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
