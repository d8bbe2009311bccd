#include "reference/municipalityregistry.h"

#include <QTest>

class tst_Municipalities : public QObject
{
    Q_OBJECT

private slots:
    void referenceData();
    void matches_data();
    void matches();
    void refuses_data();
    void refuses();
    void populationClasses();
};

void tst_Municipalities::referenceData()
{
    const MunicipalityRegistry &registry = MunicipalityRegistry::builtIn();
    QCOMPARE(registry.all().size(), 290);
    QCOMPARE(registry.counties().size(), 21);
    QCOMPARE(registry.groups().size(), 9);
    qint64 total = 0;
    for (const Municipality &m : registry.all())
        total += m.population;
    QCOMPARE(total, 10327589); // SCB's national total for 31 December 2019
    const Municipality *lund = registry.byCode(QStringLiteral("1281"));
    QVERIFY(lund);
    QCOMPARE(lund->name, QStringLiteral("Lund"));
    QCOMPARE(lund->county, QStringLiteral("Skåne län"));
    QCOMPARE(lund->populationYear, 2019);
    QCOMPARE(lund->group, QStringLiteral("Större stad"));
    // Swedish order: Ö after Ä after Å after Z.
    const QStringList counties = registry.counties();
    QCOMPARE(counties.last(), QStringLiteral("Östergötlands län"));
    QCOMPARE(counties.at(counties.size() - 2), QStringLiteral("Örebro län"));
    QVERIFY(counties.indexOf(QStringLiteral("Västra Götalands län"))
            < counties.indexOf(QStringLiteral("Örebro län")));
}

void tst_Municipalities::matches_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("notice");

    QTest::newRow("Lunds kommun") << "Lunds kommun" << "1281" << false;
    QTest::newRow("lund") << "lund" << "1281" << false;
    QTest::newRow("LUND with spaces") << "  LUND  " << "1281" << false;
    QTest::newRow("Region Gotland") << "Region Gotland" << "0980" << false;
    QTest::newRow("Gotlands kommun") << "Gotlands kommun" << "0980" << false;
    QTest::newRow("Vasteras (notice)") << "Vasteras" << "1980" << true;
    QTest::newRow("Västerås stad") << "Västerås stad" << "1980" << false;
    QTest::newRow("Falu kommun") << "Falu kommun" << "2080" << false;
    QTest::newRow("Göteborgs Stad") << "Göteborgs Stad" << "1480" << false;
    QTest::newRow("code") << "1281" << "1281" << false;
    QTest::newRow("Upplands-Bro kommun") << "Upplands-Bro kommun" << "0139" << false;
    QTest::newRow("Upplands Väsby") << "Upplands Väsby kommun" << "0114" << false;
    QTest::newRow("Malung-Sälens kommun") << "Malung-Sälens kommun" << "2023" << false;
    QTest::newRow("Dals-Eds kommun") << "Dals-Eds kommun" << "1438" << false;
    QTest::newRow("Habo") << "Habo kommun" << "0643" << false;
    QTest::newRow("Håbo") << "Håbo kommun" << "0305" << false;
    QTest::newRow("Ostersunds kommun (notice)") << "Ostersunds kommun" << "2380" << true;
    QTest::newRow("Malmö stad") << "Malmö stad" << "1280" << false;
}

void tst_Municipalities::matches()
{
    QFETCH(QString, written);
    QFETCH(QString, code);
    QFETCH(bool, notice);
    auto match = MunicipalityRegistry::builtIn().match(written);
    QVERIFY2(match.ok(), qPrintable(match.error().toString()));
    QCOMPARE(match->code, code);
    QCOMPARE(!match->notice.isEmpty(), notice);
    if (notice)
        QVERIFY(match->notice.contains(MunicipalityRegistry::builtIn().byCode(code)->name));
}

void tst_Municipalities::refuses_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QStringList>("candidates");

    QTest::newRow("typo") << "Lundd" << QStringList{QStringLiteral("Lund")};
    QTest::newRow("unknown") << "Atlantis kommun" << QStringList();
    QTest::newRow("missing letter") << "Vaxjo kommunn" << QStringList();
    QTest::newRow("empty") << "   " << QStringList();
}

void tst_Municipalities::refuses()
{
    QFETCH(QString, written);
    QFETCH(QStringList, candidates);
    auto match = MunicipalityRegistry::builtIn().match(written);
    QVERIFY(!match.ok());
    for (const QString &candidate : candidates)
        QVERIFY2(match.error().message.contains(candidate), qPrintable(match.error().message));
}

void tst_Municipalities::populationClasses()
{
    QCOMPARE(MunicipalityRegistry::populationClass(2400), 0);
    QCOMPARE(MunicipalityRegistry::populationClass(10000), 1);
    QCOMPARE(MunicipalityRegistry::populationClass(49999), 2);
    QCOMPARE(MunicipalityRegistry::populationClass(50000), 3);
    QCOMPARE(MunicipalityRegistry::populationClass(975551), 4);
}

QTEST_GUILESS_MAIN(tst_Municipalities)
#include "tst_municipalities.moc"
