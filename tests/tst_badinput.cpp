#include "exchange/returnfile.h"
#include "import/applicationimporter.h"
#include "reference/municipalityregistry.h"
#include "screening/scoringsheet.h"
#include "screening/workrepository.h"
#include "storage/applicationrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "support/returntemplate.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <random>

using namespace TestSupport;

namespace {

const QString CorpusDir = QStringLiteral(JURYBENCH_CORPUS_DIR);

enum class Reader { Applications, Sheet, Return };

// How many mutated variants of a valid file each reader gets, from a fixed seed.
constexpr int Variants = 300;
constexpr quint32 MutationSeed = 20260512;

// Files a reader accepts although it should refuse them, and why. QtTest reports them as
// expected failures; once the reader is fixed they pass unexpectedly (XPASS, a failure) and the
// entry is removed.
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList corpusFiles(const QString &folder)
{
    return QDir(CorpusDir + u'/' + folder).entryList(QDir::Files, QDir::Name);
}

/// Changes a valid file the way transfers, editors and attackers do: cut it off, flip bytes,
/// insert quotes, delimiters, line breaks, NUL, BOMs, broken UTF-8 and odd values, delete or
/// repeat pieces, swap lines.
QByteArray mutate(QByteArray bytes, std::mt19937 &rng)
{
    const auto pick = [&rng](qsizetype count) {
        return qsizetype(std::uniform_int_distribution<qint64>(0, qMax<qint64>(count, 1) - 1)(rng));
    };
    // clang-format off
    static const QList<QByteArray> tokens = {
        "\"", "\"\"", ";", ",", "\t", "\r", "\n", "\r\n", QByteArray(1, '\0'), "\xEF\xBB\xBF",
        "\xFF", "\xC3", "\xE2\x80", "=", "=HYPERLINK(\"http://x\";\"y\")", "../", "/etc/passwd",
        "|", "9999999999", "4294967299", "-1", "0", "6", "nan", "1e308", " ", "ja", "kanske",
        "\xC3\xA5\xC3\xA4\xC3\xB6", "Lund", "Kommun", "id", "Bilagor", "plan.pdf", "mapp.pdf",
        "2026-02-30", "12 maj 2026",
    };
    // clang-format on
    // One pick per statement: the order of a variant's picks must not depend on the compiler.
    const int mutations = 1 + int(pick(4));
    for (int m = 0; m < mutations; ++m) {
        const qsizetype at = pick(bytes.size() + 1);
        switch (pick(8)) {
        case 0: // truncated
            bytes.truncate(at);
            break;
        case 1: // one byte replaced
            if (!bytes.isEmpty()) {
                const char byte = char(pick(256));
                bytes[qMin(at, bytes.size() - 1)] = byte;
            }
            break;
        case 2:
        case 3: // a token inserted
            bytes.insert(at, tokens.at(pick(tokens.size())));
            break;
        case 4: // a piece deleted
            bytes.remove(at, pick(64));
            break;
        case 5: { // a piece repeated, up to a thousand times
            const qsizetype from = pick(bytes.size());
            const qsizetype length = pick(32);
            const int times = 1 + int(pick(1000));
            bytes.insert(at, bytes.mid(from, length).repeated(times));
            break;
        }
        case 6: { // two lines swapped
            QList<QByteArray> lines = bytes.split('\n');
            const qsizetype first = pick(lines.size());
            const qsizetype second = pick(lines.size());
            std::swap(lines[first], lines[second]);
            bytes = lines.join('\n');
            break;
        }
        default: // random bytes
            for (qsizetype i = pick(16); i >= 0; --i)
                bytes.insert(at, char(pick(256)));
            break;
        }
    }
    return bytes;
}

} // namespace

/// Every file of tests/corpus goes to its reader: refused with a message naming the file and
/// the round file unchanged, or — for files named valid-… — accepted. Then a few hundred
/// mutations of a valid file for each reader, which must be refused cleanly or accepted whole.
class tst_BadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void applicationCsv_data();
    void applicationCsv();
    void scoringSheet_data();
    void scoringSheet();
    void crossFed_data();
    void crossFed();
    void generated_data();
    void generated();
    void mutatedApplicationCsv();
    void mutatedScoringSheet();
    void returnFile_data();
    void returnFile();
    void mutatedReturnFile();

private:
    struct Outcome
    {
        bool accepted = false;
        QString problem; ///< set when an invariant does not hold
    };
    Outcome feed(Reader reader, const QString &path);
    void corpusRows(const QString &folder);
    void corpusFile(Reader reader, const QString &folder, const QString &name, const QString &path);
    void variants(Reader reader, quint32 seed,
                  const std::function<QString(int, std::mt19937 &)> &write);
    QString sheetCopy(const QString &name, const QByteArray &bytes);
    void reopenFresh();

    QTemporaryDir m_dir;
    QString m_template;
    QString m_attachments;
    QHash<QByteArray, QByteArray> m_ids;       ///< {lund} → Lund's application id
    QHash<QByteArray, QByteArray> m_returnIds; ///< the placeholders of return-file templates
    QByteArray m_key;                          ///< J1's key, to sign return-file templates
    qint64 m_juror = 0;
    std::unique_ptr<Database> m_db;
    QByteArray m_fingerprint; ///< of m_db as opened
    bool m_changed = false;   ///< m_db may differ from the template
};

void tst_BadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(CorpusDir + QStringLiteral("/csv")).isDir(), qPrintable(CorpusDir));

    // The attachments folder the corpus's application files name.
    m_attachments = m_dir.filePath(QStringLiteral("bilagor-rot"));
    writeFile(m_attachments + QStringLiteral("/plan.pdf"),
              makePdf(QStringLiteral("Handlingsplan")));
    writeFile(m_attachments + QStringLiteral("/bilagor/resultat.pdf"),
              makePdf(QStringLiteral("Resultat"), 2));
    writeFile(m_attachments + QStringLiteral("/inte-pdf.pdf"), "Kommun;Titel\nLund;A\n");
    writeFile(m_attachments + QStringLiteral("/tom.pdf"), QByteArray());
    writeFile(m_attachments + QStringLiteral("/trasig.pdf"),
              makePdf(QStringLiteral("Trasig")).left(300));
    QVERIFY(QDir().mkpath(m_attachments + QStringLiteral("/mapp.pdf")));
    const QString outside = writeFile(m_dir.filePath(QStringLiteral("hemlig.txt")), "hemligt");
    QVERIFY(QFile::link(outside, m_attachments + QStringLiteral("/lank.pdf")));

    // The round: screening, default criteria, three jurors, five applications, J1 conflicted
    // on Åre.
    auto db = createRound(m_dir.path(), QStringLiteral("template.jury"));
    QVERIFY(db);
    m_template = db->filePath();
    JurorRepository jurors(*db);
    for (const char *name : {"J1", "J2", "J3"})
        JB_VERIFY_OK(jurors.add(QString::fromLatin1(name), QStringLiteral("Jury"), false));
    m_juror = jurors.list()->first().id;
    const QString csv = writeFile(
        m_dir.filePath(QStringLiteral("ansokningar.csv")),
        QStringLiteral("Kommun;Titel\nLund;A\nUmeå;B\nKiruna;C\nÅre;D\nMalmö;E\n").toUtf8());
    JB_VERIFY_OK(ApplicationImporter(*db, MunicipalityRegistry::builtIn()).importFile(csv));
    JB_VERIFY_OK(RoundRepository(*db).setPhase(Phase::Screening));
    const QHash<QString, QByteArray> placeholders = {{QStringLiteral("Lund"), "{lund}"},
                                                     {QStringLiteral("Umeå"), "{umea}"},
                                                     {QStringLiteral("Kiruna"), "{kiruna}"},
                                                     {QStringLiteral("Åre"), "{are}"},
                                                     {QStringLiteral("Malmö"), "{malmo}"}};
    for (const ApplicationRow &row : ApplicationRepository(*db).rows().value()) {
        QVERIFY(placeholders.contains(row.municipality));
        m_ids.insert(placeholders.value(row.municipality), uuidText(row.uuid).toLatin1());
        if (row.municipality == QStringLiteral("Åre"))
            JB_VERIFY_OK(
                WorkRepository(*db).declareConflict(m_juror, row.id, QStringLiteral("Jäv"), false));
    }
    QCOMPARE(m_ids.size(), 5);
    m_returnIds = ReturnTemplate::placeholders(*db);
    m_key = ReturnTemplate::jurorKey(*db);
    QVERIFY(!m_returnIds.isEmpty() && !m_key.isEmpty());
}

void tst_BadInput::reopenFresh()
{
    m_db.reset();
    const QString path = m_dir.filePath(QStringLiteral("round.jury"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QVERIFY(QFile::copy(m_template, path));
    auto db = Database::open(path);
    JB_VERIFY_OK(db);
    m_db = std::move(db).value();
    m_fingerprint = fingerprint(*m_db);
    m_changed = false;
}

void tst_BadInput::init()
{
    // A clean refusal leaves the round as it was (feed() checks that), so the next file can
    // use it as it is.
    if (!m_db || m_changed)
        reopenFresh();
}

QString tst_BadInput::sheetCopy(const QString &name, const QByteArray &bytes)
{
    QByteArray filled = bytes;
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        filled.replace(it.key(), it.value());
    return writeFile(m_dir.filePath(QStringLiteral("ark/") + name), filled);
}

// Feeds one file to one reader and checks what must hold whatever the file holds: a refusal
// has a message naming the file and leaves the round file as it was; an acceptance writes the
// whole import.
tst_BadInput::Outcome tst_BadInput::feed(Reader reader, const QString &path)
{
    Outcome outcome;
    Error error;
    if (reader == Reader::Applications) {
        const int before = ApplicationRepository(*m_db).count().value();
        ApplicationImporter importer(*m_db, MunicipalityRegistry::builtIn());
        auto report = importer.importFile(path, m_attachments);
        if (report) {
            outcome.accepted = true;
            const int after = ApplicationRepository(*m_db).count().value();
            if (report->total() == 0 || after != before + report->added)
                outcome.problem = QStringLiteral("accepted, but %1 applications were added for a "
                                                 "report of %2 new")
                                      .arg(after - before)
                                      .arg(report->added);
        } else {
            error = report.error();
        }
    } else if (reader == Reader::Sheet) {
        auto report = ScoringSheet::importSheet(*m_db, m_juror, path);
        if (report)
            outcome.accepted = true;
        else
            error = report.error();
    } else {
        auto results = Merger(*m_db).merge({path});
        if (!results)
            error = results.error();
        else if (results->size() != 1)
            outcome.problem = QStringLiteral("%1 results for one file").arg(results->size());
        else if (results->first().merged())
            outcome.accepted = true;
        else
            error = *results->first().refusal;
    }
    m_changed = true; // until shown otherwise
    if (outcome.accepted || !outcome.problem.isEmpty())
        return outcome;
    if (error.message.trimmed().isEmpty())
        outcome.problem = QStringLiteral("refused without a message");
    else if (error.file != path || !error.toString().contains(QFileInfo(path).fileName()))
        outcome.problem = QStringLiteral("the message does not name the file: ") + error.toString();
    else if (fingerprint(*m_db) != m_fingerprint)
        outcome.problem
            = QStringLiteral("refused, but the round file changed: ") + error.toString();
    else
        m_changed = false;
    return outcome;
}

void tst_BadInput::corpusRows(const QString &folder)
{
    QTest::addColumn<QString>("name");
    for (const QString &name : corpusFiles(folder))
        QTest::newRow(qPrintable(name)) << name;
}

void tst_BadInput::corpusFile(Reader reader, const QString &folder, const QString &name,
                              const QString &path)
{
    const Outcome outcome = feed(reader, path);
    QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
    QCOMPARE(outcome.accepted, name.startsWith(QStringLiteral("valid-")));
}

void tst_BadInput::applicationCsv_data()
{
    corpusRows(QStringLiteral("csv"));
}

void tst_BadInput::applicationCsv()
{
    QFETCH(QString, name);
    corpusFile(Reader::Applications, QStringLiteral("csv"), name,
               CorpusDir + QStringLiteral("/csv/") + name);
}

void tst_BadInput::scoringSheet_data()
{
    corpusRows(QStringLiteral("sheet"));
}

void tst_BadInput::scoringSheet()
{
    QFETCH(QString, name);
    corpusFile(Reader::Sheet, QStringLiteral("sheet"), name,
               sheetCopy(name, readAll(CorpusDir + QStringLiteral("/sheet/") + name)));
}

void tst_BadInput::returnFile_data()
{
    corpusRows(QStringLiteral("return"));
}

void tst_BadInput::returnFile()
{
    // The templates' placeholders are filled in and "{sign}" becomes J1's signature, so that
    // the rows themselves are checked, not just the signature.
    QFETCH(QString, name);
    const QByteArray bytes = ReturnTemplate::fill(
        readAll(CorpusDir + QStringLiteral("/return/") + name), m_returnIds, m_key);
    corpusFile(Reader::Return, QStringLiteral("return"), name,
               writeFile(m_dir.filePath(QStringLiteral("retur/") + name), bytes));
}

void tst_BadInput::crossFed_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("reader");
    for (const QString &name : corpusFiles(QStringLiteral("csv")))
        QTest::newRow(qPrintable(QStringLiteral("csv/%1 as a sheet").arg(name)))
            << CorpusDir + QStringLiteral("/csv/") + name << int(Reader::Sheet);
    for (const QString &name : corpusFiles(QStringLiteral("sheet")))
        QTest::newRow(qPrintable(QStringLiteral("sheet/%1 as applications").arg(name)))
            << CorpusDir + QStringLiteral("/sheet/") + name << int(Reader::Applications);
}

void tst_BadInput::crossFed()
{
    // A file given to the wrong reader: refused cleanly or accepted whole, whichever it is.
    QFETCH(QString, path);
    QFETCH(int, reader);
    const Outcome outcome = feed(Reader(reader), path);
    QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
}

void tst_BadInput::generated_data()
{
    // Too large to keep in the repository.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("a field of 8 MB")
        << QByteArray("Kommun;Titel;Text\nLund;A;\"")
               + QByteArray("V\xC3\xA4lf\xC3\xA4rdsteknik; \"\" nattillsyn.\n").repeated(300000)
               + "\"\n"
        << true;
    const auto manyApplications = [](const QByteArray &last) {
        QByteArray bytes("Id;Kommun;Titel\n");
        for (int i = 0; i < 100000; ++i)
            bytes += "A" + QByteArray::number(i) + ";Lund;T" + QByteArray::number(i) + "\n";
        return bytes + last;
    };
    QTest::newRow("100 000 applications, then an unknown municipality")
        << manyApplications("B;Atlantis;B\n") << false;
    QTest::newRow("100 000 applications, then a duplicate")
        << manyApplications("A17;Lund;T17\n") << false;
    QTest::newRow("a million unnamed columns")
        << QByteArray("Kommun") + QByteArray(";").repeated(1000000) + "\nLund\n"
        << false;
    QTest::newRow("4 MB of quotes, never closed")
        << QByteArray("Kommun;Titel\nLund;\"") + QByteArray("\"\"").repeated(2000000) << false;
    QTest::newRow("8 MB without a line break") << QByteArray("Kommun;").repeated(1200000) << false;
}

void tst_BadInput::generated()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    const QString path = writeFile(m_dir.filePath(QStringLiteral("stor.csv")), bytes);
    const Outcome outcome = feed(Reader::Applications, path);
    QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
    QCOMPARE(outcome.accepted, valid);
}

void tst_BadInput::variants(Reader reader, quint32 seed,
                            const std::function<QString(int, std::mt19937 &)> &write)
{
    std::mt19937 rng(seed);
    int accepted = 0;
    for (int i = 0; i < Variants; ++i) {
        const QString path = write(i, rng);
        const Outcome outcome = feed(reader, path);
        if (!outcome.problem.isEmpty())
            m_dir.setAutoRemove(false); // keep the variant for a look
        QVERIFY2(outcome.problem.isEmpty(),
                 qPrintable(QStringLiteral("variant %1 (seed %2, kept as %3): %4")
                                .arg(i)
                                .arg(seed)
                                .arg(path, outcome.problem)));
        QFile::remove(path);
        if (outcome.accepted)
            ++accepted;
        if (m_changed)
            reopenFresh();
    }
    qInfo("%d of %d variants accepted", accepted, Variants);
    // The mutations keep some files valid and break most: both paths were taken.
    QVERIFY(accepted > 0 && accepted < Variants);
}

void tst_BadInput::mutatedApplicationCsv()
{
    const QByteArray valid = readAll(CorpusDir + QStringLiteral("/csv/valid-form.csv"));
    QVERIFY(!valid.isEmpty());
    variants(Reader::Applications, MutationSeed, [&](int i, std::mt19937 &rng) {
        return writeFile(m_dir.filePath(QStringLiteral("variant-%1.csv").arg(i)),
                         mutate(valid, rng));
    });
}

void tst_BadInput::mutatedScoringSheet()
{
    // Placeholders are filled in first, so that mutations also hit real ids.
    QByteArray filled = readAll(CorpusDir + QStringLiteral("/sheet/valid-as-exported.csv"));
    QVERIFY(!filled.isEmpty());
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        filled.replace(it.key(), it.value());
    variants(Reader::Sheet, MutationSeed + 1, [&](int i, std::mt19937 &rng) {
        return sheetCopy(QStringLiteral("variant-%1.csv").arg(i), mutate(filled, rng));
    });
}

void tst_BadInput::mutatedReturnFile()
{
    // Even variants: the template is mutated, then signed (the rows are checked). Odd ones:
    // the signed file is mutated (the signature or the parser refuses).
    const QByteArray valid
        = readAll(CorpusDir + QStringLiteral("/return/valid-scores-comment-conflict.json"));
    QVERIFY(!valid.isEmpty());
    const QByteArray signedFile = ReturnTemplate::fill(valid, m_returnIds, m_key);
    variants(Reader::Return, MutationSeed + 2, [&](int i, std::mt19937 &rng) {
        const QByteArray bytes = i % 2 == 0
                                     ? ReturnTemplate::fill(mutate(valid, rng), m_returnIds, m_key)
                                     : mutate(signedFile, rng);
        return writeFile(m_dir.filePath(QStringLiteral("variant-%1.juryretur").arg(i)), bytes);
    });
}

QTEST_MAIN(tst_BadInput)
#include "tst_badinput.moc"
