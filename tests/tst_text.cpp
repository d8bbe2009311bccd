#include "search/searchquery.h"
#include "text/dates.h"
#include "text/swedish.h"

#include <QCollator>
#include <QTest>

#include <algorithm>

class tst_Text : public QObject
{
    Q_OBJECT

private slots:
    void swedishOrder_data();
    void swedishOrder();
    void foldKeepsPositions();
    void dates_data();
    void dates();
    void searchTerms_data();
    void searchTerms();
    void searchMatches();
};

void tst_Text::swedishOrder_data()
{
    QTest::addColumn<QStringList>("shuffled");
    QTest::addColumn<QStringList>("sorted");
    QTest::newRow("å ä ö after z")
        << QStringList{"Östersund", "Åre", "Zinkgruvan", "Älvdalen", "Ystad", "Arvika"}
        << QStringList{"Arvika", "Ystad", "Zinkgruvan", "Åre", "Älvdalen", "Östersund"};
    QTest::newRow("case does not decide")
        << QStringList{"örebro", "Östersund", "alingsås", "Ale"}
        << QStringList{"Ale", "alingsås", "örebro", "Östersund"};
    QTest::newRow("accents are not letters")
        << QStringList{"Eksjö", "Émile", "Enköping"}
        << QStringList{"Eksjö", "Émile", "Enköping"};
    QTest::newRow("ü as y, æ as ä, ø as ö")
        << QStringList{"Øster", "Müller", "Mylla", "Mæland", "Mölle", "Mazur"}
        << QStringList{"Mazur", "Mylla", "Müller", "Mæland", "Mölle", "Øster"};
    QTest::newRow("space and hyphen before letters")
        << QStringList{"Upplands-Bro", "Upplandsbro", "Upplands Väsby"}
        << QStringList{"Upplands-Bro", "Upplands Väsby", "Upplandsbro"};
}

void tst_Text::swedishOrder()
{
    QFETCH(QStringList, shuffled);
    QFETCH(QStringList, sorted);
    std::sort(shuffled.begin(), shuffled.end(),
              [](const QString &a, const QString &b) { return Swedish::compare(a, b) < 0; });
    QCOMPARE(shuffled, sorted);
}

void tst_Text::foldKeepsPositions()
{
    const QString text = QStringLiteral("Välfärd i Åre och Örebro – Æbleø");
    const QString folded = Swedish::fold(text);
    QCOMPARE(folded.size(), text.size());
    QCOMPARE(folded, QStringLiteral("valfard i are och orebro – ableo"));
}

void tst_Text::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::newRow("iso") << "2026-05-12" << "2026-05-12";
    QTest::newRow("iso time") << "2026-05-12 14:30" << "2026-05-12T14:30";
    QTest::newRow("iso seconds") << "2026-05-12T14:30:15" << "2026-05-12T14:30:15";
    QTest::newRow("iso zulu") << "2026-05-12T14:30:00Z" << "2026-05-12T14:30";
    QTest::newRow("swedish long") << "12 maj 2026" << "2026-05-12";
    QTest::newRow("swedish long capital") << "3 Mars 2026" << "2026-03-03";
    QTest::newRow("swedish abbreviation") << "3 okt. 2026" << "2026-10-03";
    QTest::newRow("swedish with time") << "12 maj 2026 kl. 09.15" << "2026-05-12T09:15";
    QTest::newRow("day/month/year") << "12/5/2026" << "2026-05-12";
    QTest::newRow("day.month.year") << "12.05.2026" << "2026-05-12";
    QTest::newRow("compact") << "20260512" << "2026-05-12";
    QTest::newRow("invalid day") << "2026-02-30" << "";
    QTest::newRow("words") << "i våras" << "";
    QTest::newRow("unknown month") << "12 maxi 2026" << "";
    QTest::newRow("bad time") << "2026-05-12 25:61" << "";
}

void tst_Text::dates()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    const auto parsed = Dates::parse(text);
    if (iso.isEmpty()) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, iso);
    }
}

void tst_Text::searchTerms_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QString>("fts");
    QTest::newRow("words") << "trygg hemma" << QStringList{"trygg", "hemma"}
                           << "\"trygg\"* \"hemma\"*";
    QTest::newRow("punctuation and quotes dropped")
        << "\"GPS-larm\" (nattillsyn)" << QStringList{"GPS", "larm", "nattillsyn"}
        << "\"GPS\"* \"larm\"* \"nattillsyn\"*";
    QTest::newRow("single letters ignored") << "a b vård" << QStringList{"vård"} << "\"vård\"*";
    QTest::newRow("nothing") << "  - " << QStringList() << "";
    QTest::newRow("fts syntax is not interpreted")
        << "NEAR(a b) OR title:x" << QStringList{"NEAR", "OR", "title"}
        << "\"NEAR\"* \"OR\"* \"title\"*";
}

void tst_Text::searchTerms()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, terms);
    QFETCH(QString, fts);
    QCOMPARE(SearchQuery::terms(typed), terms);
    QCOMPARE(SearchQuery::ftsExpression(typed), fts);
}

void tst_Text::searchMatches()
{
    const QString text = QStringLiteral("Välfärdsteknik i Västerås: välfärd för alla. Avvälfärd.");
    const auto ranges = SearchQuery::matches(text, {QStringLiteral("valfard")});
    QCOMPARE(ranges.size(), 2);
    QCOMPARE(text.mid(ranges.at(0).start, ranges.at(0).length), QStringLiteral("Välfärdsteknik"));
    QCOMPARE(text.mid(ranges.at(1).start, ranges.at(1).length), QStringLiteral("välfärd"));
    QVERIFY(SearchQuery::matches(text, {}).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Text)
#include "tst_text.moc"
