#include "storage/applicationrepository.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/migrations.h"
#include "storage/roundrepository.h"
#include "storage/rowreader.h"
#include "support/testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsARound();
    void refusesToOverwrite();
    void refusesInvalidSettings();
    void refuses_data();
    void refuses();
    void refusesAnUnfinishedFile();
    void migratesAVersion1File();
    void migratesTheSearchIndex();
    void rowReaderReadsAsTheDriver();
    void nestedTransactions();
    void notificationsWaitForCommit();
    void roundSettingsValidated();
    void jurorsHaveIdsKeysAndOneChair();
    void criteriaEditable();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Database::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Database::cleanup()
{
    m_dir.reset();
}

void tst_Database::createsARound()
{
    auto db = createRound(m_dir->path());
    QVERIFY(db);
    const auto pragma = [&](const char *name) {
        return db->scalar(QString::fromLatin1(name)).value();
    };
    QCOMPARE(pragma("PRAGMA application_id").toInt(), Database::ApplicationId);
    QCOMPARE(pragma("PRAGMA user_version").toInt(), Database::latestSchemaVersion());
    QCOMPARE(pragma("PRAGMA foreign_keys").toInt(), 1);
    QCOMPARE(pragma("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(pragma("SELECT count(*) FROM municipality").toInt(), 290);

    auto round = RoundRepository(*db).load();
    JB_VERIFY_OK(round);
    QCOMPARE(round->settings.award, QStringLiteral("Testpriset"));
    QCOMPARE(round->settings.finalistCount, 5);
    QCOMPARE(round->phase, Phase::Preparation);
    QCOMPARE(round->settings.screeningMode, ScreeningMode::Independent);
    QVERIFY(!round->uuid.isNull());

    auto criteria = CriterionRepository(*db).list();
    JB_VERIFY_OK(criteria);
    QStringList names;
    for (const Criterion &c : criteria.value()) {
        names << c.name;
        QCOMPARE(c.scaleMin, 1);
        QCOMPARE(c.scaleMax, 5);
        QVERIFY(!c.uuid.isNull());
        QVERIFY(!c.guidance.isEmpty());
    }
    QCOMPARE(names, (QStringList{"Ledning", "Infrastruktur", "Kompetens", "Användning",
                                 "Resultat i förhållande till förutsättningar"}));
}

void tst_Database::refusesToOverwrite()
{
    const QString path = writeFile(m_dir->filePath(QStringLiteral("x.jury")), "keep me");
    auto db = Database::create(path, defaultSettings());
    QVERIFY(!db.ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void tst_Database::refusesInvalidSettings()
{
    RoundSettings settings = defaultSettings();
    settings.award.clear();
    const QString path = m_dir->filePath(QStringLiteral("x.jury"));
    QVERIFY(!Database::create(path, settings).ok());
    QVERIFY(!QFile::exists(path));
}

void tst_Database::refuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing") << "missing" << "does not exist";
    QTest::newRow("text file") << "text" << "not a Jurybench round file";
    QTest::newRow("empty file") << "empty" << "not a Jurybench round file";
    QTest::newRow("other SQLite database") << "foreign" << "not a Jurybench round file";
    QTest::newRow("newer format") << "newer" << "newer version";
    QTest::newRow("damaged") << "damaged" << "damaged";
    QTest::newRow("truncated") << "truncated" << "damaged";
}

void tst_Database::refuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, fragment);
    const QString path = m_dir->filePath(QStringLiteral("subject.jury"));
    if (kind == QLatin1String("text")) {
        writeFile(path, "Kommun;Titel\nLund;x\n");
    } else if (kind == QLatin1String("empty")) {
        writeFile(path, QByteArray());
    } else if (kind == QLatin1String("foreign")) {
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                           QStringLiteral("foreign"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x)"));
            QSqlQuery(other).exec(QStringLiteral("INSERT INTO t VALUES (1)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else if (kind != QLatin1String("missing")) {
        {
            auto db = createRound(m_dir->path(), QStringLiteral("subject.jury"));
            QVERIFY(db);
            if (kind == QLatin1String("newer"))
                QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = %1")
                                     .arg(Database::latestSchemaVersion() + 1))
                            .ok());
        }
        if (kind == QLatin1String("damaged") || kind == QLatin1String("truncated")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            if (kind == QLatin1String("damaged")) {
                // Overwrite the middle of the file (schema and index pages) with garbage.
                file.seek(file.size() / 3);
                file.write(QByteArray(8192, '\xA5'));
            } else {
                QVERIFY(file.resize(file.size() / 2));
            }
        }
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(fragment, Qt::CaseInsensitive),
             qPrintable(db.error().message));
    if (kind != QLatin1String("missing")) {
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))
                || QFile(path + QStringLiteral("-wal")).size() == 0);
    }
}

void tst_Database::refusesAnUnfinishedFile()
{
    // A file with Jurybench's id but no schema (a crash during creation) is not a round.
    const QString path = m_dir->filePath(QStringLiteral("old.jury"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId));
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE placeholder (x)"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = fileHash(path);
    QVERIFY(!Database::open(path).ok());
    QCOMPARE(fileHash(path), before);
}

void tst_Database::migratesAVersion1File()
{
    // A round file as format version 1 wrote it, with a juror.
    {
        auto created = Database::createAtVersion(m_dir->filePath(QStringLiteral("template.jury")),
                                                 defaultSettings(), 1);
        JB_VERIFY_OK(created);
        QCOMPARE(created.value()->scalar(QStringLiteral("PRAGMA user_version")).value().toInt(), 1);
        QVERIFY(!created.value()->exec(QStringLiteral("SELECT count(*) FROM score")).ok());
        // Version 1 had no work tables, so the juror goes in with version 1's own SQL.
        JB_VERIFY_OK(created.value()->exec(
            QStringLiteral("INSERT INTO juror (uuid, name, organisation, is_chair, secret_key, position) "
                           "VALUES ('6e1b4b52-0000-4000-8000-000000000001', 'Eva', 'Vitalis', 1, "
                           "randomblob(32), 0)")));
    }
    const QString old = m_dir->filePath(QStringLiteral("template.jury"));
    auto db = Database::open(old);
    JB_VERIFY_OK(db);
    QCOMPARE(db.value()->scalar(QStringLiteral("PRAGMA user_version")).value().toInt(),
             Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 2);
    // The data survived, the new tables work, and a backup of the old file was kept.
    auto jurors = JurorRepository(*db.value()).list();
    QCOMPARE(jurors->size(), 1);
    QCOMPARE(jurors->first().name, QStringLiteral("Eva"));
    QCOMPARE(db.value()->scalar(QStringLiteral("SELECT count(*) FROM score")).value().toInt(), 0);
    QVERIFY(QFile::exists(old + QStringLiteral(".v1.bak")));
}

void tst_Database::migratesTheSearchIndex()
{
    const QString path = m_dir->filePath(QStringLiteral("v5.jury"));
    const auto draft = [](const QString &key, const QString &code, const QString &title,
                          const QString &body) {
        ApplicationDraft d;
        d.importKey = key;
        d.municipalityCode = code;
        d.title = title;
        d.sections = {Section{QStringLiteral("Beskrivning"), body}};
        return d;
    };
    QUuid round;
    {
        // Version 5's index recorded where every word occurs.
        auto created = Database::createAtVersion(path, defaultSettings(), 5);
        JB_VERIFY_OK(created);
        Database &db = *created.value();
        round = QUuid(db.scalar(QStringLiteral("SELECT uuid FROM round")).value().toString());
        ApplicationRepository applications(db);
        Transaction t(db);
        JB_VERIFY_OK(applications.upsert(draft(QStringLiteral("a"), QStringLiteral("2480"),
                                               QStringLiteral("Digitala trygghetslarm"),
                                               QStringLiteral("Larm i hemtjänsten.")),
                                         round));
        JB_VERIFY_OK(applications.upsert(draft(QStringLiteral("b"), QStringLiteral("1281"),
                                               QStringLiteral("Mobil nattpatrull"),
                                               QStringLiteral("Trygghetslarm, trygghetskameror "
                                                              "och trygghet i natten.")),
                                         round));
        JB_VERIFY_OK(t.commit());
    }
    auto opened = Database::open(path);
    JB_VERIFY_OK(opened);
    Database &db = *opened.value();
    const QString definition =
        db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'application_fts'"))
            .value()
            .toString();
    QVERIFY2(definition.contains(QStringLiteral("detail = column")), qPrintable(definition));
    QVERIFY(db.relevanceExpression(QStringLiteral("1.0"))
                .startsWith(QLatin1String("jurybench_relevance(")));

    // Every application is found again; the title outweighs three mentions in the text.
    ApplicationRepository applications(db);
    auto hits = applications.search(QStringLiteral("trygg"));
    JB_VERIFY_OK(hits);
    QCOMPARE(hits->size(), 2);
    const QList<qint64> ids = SearchQuery::ids(hits.value());
    QCOMPARE(applications.load(ids.at(0))->row.title, QStringLiteral("Digitala trygghetslarm"));
    QVERIFY(hits->at(0).relevance > hits->at(1).relevance);
    // The rebuilt index is one the repository keeps in step: a changed text is found by its
    // new words only.
    {
        Transaction t(db);
        JB_VERIFY_OK(applications.upsert(draft(QStringLiteral("b"), QStringLiteral("1281"),
                                               QStringLiteral("Mobil nattpatrull"),
                                               QStringLiteral("Kameror på natten.")),
                                         round));
        JB_VERIFY_OK(t.commit());
    }
    QCOMPARE(applications.search(QStringLiteral("trygg"))->size(), 1);
    QCOMPARE(applications.search(QStringLiteral("kameror natt"))->size(), 1);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).value().toString(),
             QStringLiteral("ok"));
    QVERIFY(QFile::exists(path + QStringLiteral(".v5.bak")));
}

void tst_Database::rowReaderReadsAsTheDriver()
{
    auto db = createRound(m_dir->path());
    QVERIFY(db);
    JB_VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE t (i INTEGER, r REAL, s TEXT)")));
    const QList<QVariantList> inserted = {
        {qint64(1) << 40, 2.5, QStringLiteral("Åre – Östersund ✓")},
        {-7, -0.125, QString()}, // a null QString is stored as empty text
        {0, QVariant(), QVariant()},
    };
    for (const QVariantList &row : inserted)
        JB_VERIFY_OK(db->exec(QStringLiteral("INSERT INTO t VALUES (?, ?, ?)"), row));

    const auto read = [&](RowReader::Path path, const QVariantList &values) {
        RowReader reader(*db, QStringLiteral("SELECT i, r, s, s IS NULL FROM t WHERE i >= ? "
                                             "AND s IS NOT ? ORDER BY rowid"),
                         values, path);
        QStringList rows;
        while (reader.next())
            rows << QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(reader.integer(0))
                        .arg(reader.real(1))
                        .arg(reader.text(2))
                        .arg(reader.text(2).isNull())
                        .arg(reader.integer(3));
        if (!reader.ok())
            rows << reader.error().message;
        return std::make_pair(reader.path(), rows);
    };
    const QVariantList values = {-10, QStringLiteral("nothing")};
    const auto direct = read(RowReader::Path::Direct, values);
    const auto driver = read(RowReader::Path::QtDriver, values);
    // Debian's Qt uses the system's SQLite, so the direct path is the one taken.
    QCOMPARE(direct.first, RowReader::Path::Direct);
    QCOMPARE(driver.first, RowReader::Path::QtDriver);
    QCOMPARE(direct.second,
             (QStringList{QStringLiteral("1099511627776|2.5|Åre – Östersund ✓|0|0"),
                          QStringLiteral("-7|-0.125||0|0"), QStringLiteral("0|0||1|1")}));
    QCOMPARE(driver.second, direct.second);
    // Text is bound as the same UTF-8 the driver writes: the first row no longer matches.
    QCOMPARE(read(RowReader::Path::Direct, {0, QStringLiteral("Åre – Östersund ✓")}).second,
             QStringList{QStringLiteral("0|0||1|1")});

    // A failed statement says so in Swedish (tests run in Swedish), on both paths.
    for (RowReader::Path path : {RowReader::Path::Direct, RowReader::Path::QtDriver}) {
        RowReader broken(*db, QStringLiteral("SELECT nothing FROM t"), {}, path);
        QVERIFY(!broken.next());
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().message.contains(QStringLiteral("nothing")),
                 qPrintable(broken.error().message));
    }
}

void tst_Database::nestedTransactions()
{
    auto db = createRound(m_dir->path());
    QVERIFY(db);
    JurorRepository jurors(*db);
    {
        Transaction outer(*db);
        QVERIFY(outer.ok());
        JB_VERIFY_OK(jurors.add(QStringLiteral("Kept"), QString(), false));
        {
            Transaction inner(*db);
            QVERIFY(inner.ok());
            JB_VERIFY_OK(jurors.add(QStringLiteral("Rolled back"), QString(), false));
        } // inner rolls back
        JB_VERIFY_OK(outer.commit());
    }
    {
        Transaction dropped(*db);
        JB_VERIFY_OK(jurors.add(QStringLiteral("Never stored"), QString(), false));
    }
    auto list = jurors.list();
    JB_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().name, QStringLiteral("Kept"));
    QVERIFY(!db->inTransaction());
}

void tst_Database::notificationsWaitForCommit()
{
    auto db = createRound(m_dir->path());
    QVERIFY(db);
    QSignalSpy spy(db.get(), &Database::changed);
    {
        Transaction t(*db);
        JB_VERIFY_OK(JurorRepository(*db).add(QStringLiteral("A"), QString(), false));
        QCOMPARE(spy.count(), 0);
        JB_VERIFY_OK(t.commit());
    }
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<Database::Topic>(), Database::Topic::Jurors);
    {
        Transaction t(*db);
        JB_VERIFY_OK(JurorRepository(*db).add(QStringLiteral("B"), QString(), false));
    }
    QCOMPARE(spy.count(), 1); // rolled back: nothing to announce
}

void tst_Database::roundSettingsValidated()
{
    auto db = createRound(m_dir->path());
    QVERIFY(db);
    RoundRepository rounds(*db);
    RoundSettings s = rounds.load()->settings;
    s.prizeSek = 75000;
    s.finalistCount = 6;
    s.screeningMode = ScreeningMode::Open;
    JB_VERIFY_OK(rounds.updateSettings(s));
    QCOMPARE(rounds.load()->settings, s);
    const QByteArray before = fingerprint(*db);
    s.finalistCount = 0;
    QVERIFY(!rounds.updateSettings(s).ok());
    s.finalistCount = 5;
    s.award = QStringLiteral("  ");
    QVERIFY(!rounds.updateSettings(s).ok());
    QCOMPARE(fingerprint(*db), before);
}

void tst_Database::jurorsHaveIdsKeysAndOneChair()
{
    auto db = createRound(m_dir->path());
    QVERIFY(db);
    JurorRepository jurors(*db);
    auto a = jurors.add(QStringLiteral("Eva"), QStringLiteral("Vitalis"), true);
    auto b = jurors.add(QStringLiteral("Karin"), QStringLiteral("SKR"), true);
    JB_VERIFY_OK(a);
    JB_VERIFY_OK(b);
    QVERIFY(a->uuid != b->uuid);
    auto list = jurors.list();
    QCOMPARE(list->size(), 2);
    QVERIFY(!list->at(0).chair);
    QVERIFY(list->at(1).chair);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(DISTINCT secret_key) FROM juror "
                                       "WHERE length(secret_key) = 32"))
                 .value()
                 .toInt(),
             2);
    QVERIFY(!jurors.add(QStringLiteral(" "), QString(), false).ok());
    auto found = jurors.find(a->uuid);
    JB_VERIFY_OK(found);
    QCOMPARE(found->name, QStringLiteral("Eva"));
}

void tst_Database::criteriaEditable()
{
    auto db = createRound(m_dir->path());
    QVERIFY(db);
    CriterionRepository criteria(*db);
    Criterion c;
    c.name = QStringLiteral("Innovation");
    c.weight = 2.5;
    c.scaleMin = 0;
    c.scaleMax = 10;
    auto added = criteria.add(c);
    JB_VERIFY_OK(added);
    QCOMPARE(criteria.list()->size(), 6);
    QCOMPARE(criteria.list()->last().weight, 2.5);
    JB_VERIFY_OK(criteria.move(added->id, -1));
    QCOMPARE(criteria.list()->at(4).name, QStringLiteral("Innovation"));
    Criterion bad = added.value();
    bad.scaleMax = 0;
    QVERIFY(!criteria.update(bad).ok());
    bad = added.value();
    bad.weight = 0;
    QVERIFY(!criteria.update(bad).ok());
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
