#include "import/csvreader.h"
#include "support/testsupport.h"
#include "support/voteround.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QString Motivation = QStringLiteral(
    "Malmö visar hur en stor stad kan göra digital trygghet till en självklar del av "
    "hemtjänsten.\n\nBrukare, anhöriga och personal har varit med från början.");

// The finalists by initial, as in the ballots below: Malmö, Örebro, Ystad, Älvdalen, Åre.
const QHash<QChar, QString> Municipalities{{u'M', "Malmö"},    {u'Ö', "Örebro"}, {u'Y', "Ystad"},
                                           {u'Ä', "Älvdalen"}, {u'Å', "Åre"},    {u'L', "Lund"}};

// "M>Ö=Y": Malmö 1, Örebro and Ystad 2.
QHash<QString, QString> ranks(const QString &spec)
{
    QHash<QString, QString> result;
    const QStringList levels = spec.split(u'>', Qt::SkipEmptyParts);
    for (int rank = 1; rank <= levels.size(); ++rank)
        for (const QString &letter : levels.at(rank - 1).split(u'='))
            result.insert(Municipalities.value(letter.at(0)), QString::number(rank));
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The lines of a sheet as exported: UTF-8 with BOM, CRLF.
QStringList sheetLines(const QString &path)
{
    QByteArray bytes = readAll(path);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.mid(3);
    return QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

void writeSheet(const QString &path, const QStringList &lines)
{
    writeFile(path, "\xEF\xBB\xBF"
                        + (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
}

} // namespace

/// The final vote end to end through the jurybench binary, exactly as the command line
/// contract writes it: a round is made, screened, asked follow-up questions, voted on,
/// decided and published, and every refusal leaves the round file as it was.
class tst_CliVote : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void questionLettersOnePerFinalist();
    void ballotSheetHasTheVoteColumns();
    void tallyJson();
    void tallyText();
    void decisionInStatusJson();
    void exportsDecisionAndProtocol();
    void tieIsSettledByTheChair();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void lockedRoundRefusesEdits_data();
    void lockedRoundRefusesEdits();

private:
    struct Run
    {
        int status = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments) const;
    /// Runs and fails the test unless the command succeeds.
    QString ok(const QStringList &arguments) const;
    QJsonObject json(const QStringList &arguments) const;
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString copyOf(const QString &snapshot, const QString &name) const;
    void castBallot(const QString &round, const QString &juror, const QString &spec) const;
    QString expand(QString argument, const QString &round) const;

    QTemporaryDir m_dir;
    QHash<QString, QString> m_jurors;       // name → id
    QHash<QString, QString> m_applications; // municipality → id
    QStringList m_letters;
    QString m_decidedOutput;
};

tst_CliVote::Run tst_CliVote::run(const QStringList &arguments) const
{
    Run r;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("JURYBENCH_DEBUG"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(JURYBENCH_BINARY), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString tst_CliVote::ok(const QStringList &arguments) const
{
    const Run r = run(arguments);
    if (r.status != 0 || !r.err.isEmpty())
        qWarning("jurybench %s: exit %d: %s", qPrintable(arguments.join(u' ')), r.status,
                 qPrintable(r.err));
    return r.status == 0 ? r.out : QString();
}

QJsonObject tst_CliVote::json(const QStringList &arguments) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(ok(arguments).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QString tst_CliVote::copyOf(const QString &snapshot, const QString &name) const
{
    const QString path = file(name);
    QFile::remove(path);
    QFile::copy(file(snapshot), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void tst_CliVote::castBallot(const QString &round, const QString &juror, const QString &spec) const
{
    const QString sheet = file(QStringLiteral("röstsedel %1.csv").arg(juror));
    QVERIFY(!ok({"sheet", "export", round, "--juror", m_jurors.value(juror), "--out", sheet})
                 .isEmpty());
    QStringList lines = sheetLines(sheet);
    QCOMPARE(lines.value(0), QStringLiteral("id;Kommun;Titel;Rang"));
    QCOMPARE(lines.size(), 6); // the five finalists
    const QHash<QString, QString> wanted = ranks(spec);
    for (int i = 1; i < lines.size(); ++i) {
        QStringList cells = lines.at(i).split(u';');
        QCOMPARE(cells.size(), 4);
        cells[3] = wanted.value(cells.at(1));
        lines[i] = cells.join(u';');
    }
    writeSheet(sheet, lines);
    const QString out = ok({"sheet", "import", round, sheet, "--juror", m_jurors.value(juror)});
    QVERIFY2(out.contains(QStringLiteral("Röstsedeln lästes in: %1 finalist").arg(wanted.size())),
             qPrintable(out));
}

void tst_CliVote::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(JURYBENCH_BINARY)), JURYBENCH_BINARY);
    QVERIFY(m_dir.isValid());
    const QString round = file(QStringLiteral("omgång.jury"));

    // The round, its jury and its applications.
    QVERIFY(!ok({"new", round, "--award", "Sveriges eHälsokommun", "--year", "2026", "--prize",
                 "50000", "--finalists", "5"})
                 .isEmpty());
    const QStringList jurors = {"Åsa Öberg", "Karin Ekdahl", "Erik Lind", "Maja Holm"};
    const QStringList organisations = {"Vitalis", "SKR", "FSS", "Funktionsrätt Sverige"};
    for (int i = 0; i < jurors.size(); ++i) {
        QStringList args{
            "juror", "add", round, "--name", jurors.at(i), "--organisation", organisations.at(i)};
        if (i == 0)
            args << "--chair";
        const QString id = ok(args).trimmed();
        QVERIFY(!QUuid(id).isNull());
        m_jurors.insert(jurors.at(i), id);
    }
    const QString csv
        = writeFile(file(QStringLiteral("ansökningar.csv")), VoteRound::applicationsCsv());
    QVERIFY(ok({"import", round, csv}).contains(QStringLiteral("nya: 6")));
    for (const QJsonValue &a : json({"status", round, "--json"}).value("applications").toArray())
        m_applications.insert(a.toObject().value("municipality").toString(),
                              a.toObject().value("id").toString());
    QCOMPARE(m_applications.size(), 6);

    // Screening through sheets: Erik scores, Karin declares her conflict on Åre.
    QVERIFY(!ok({"phase", round, "screening"}).isEmpty());
    const QHash<QString, QString> scores{{"Malmö", "5"},    {"Örebro", "4"}, {"Ystad", "3"},
                                         {"Älvdalen", "3"}, {"Åre", "2"},    {"Lund", "1"}};
    for (const QString &juror : {QStringLiteral("Erik Lind"), QStringLiteral("Karin Ekdahl")}) {
        const QString sheet = file(juror + QStringLiteral(".csv"));
        QVERIFY(!ok({"sheet", "export", round, "--juror", m_jurors.value(juror), "--out", sheet})
                     .isEmpty());
        QStringList lines = sheetLines(sheet);
        const QStringList header = lines.first().split(u';');
        const int conflict = int(header.indexOf(QStringLiteral("Jäv")));
        QVERIFY(conflict > 3);
        for (int i = 1; i < lines.size(); ++i) {
            QStringList cells = lines.at(i).split(u';');
            if (juror == QLatin1String("Erik Lind")) {
                for (int c = 3; c < conflict - 1; ++c)
                    cells[c] = scores.value(cells.at(1));
                if (cells.at(1) == QStringLiteral("Älvdalen"))
                    cells[3] = QStringLiteral("2");
            } else if (cells.at(1) == QStringLiteral("Åre")) {
                cells[conflict] = QStringLiteral("Anställd i Åre kommun");
            }
            lines[i] = cells.join(u';');
        }
        writeSheet(sheet, lines);
        QVERIFY(!ok({"sheet", "import", round, sheet, "--juror", m_jurors.value(juror)}).isEmpty());
    }
    // The suggestion: the five best scored.
    const QStringList chosen = ok({"finalists", round}).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(chosen.size(), 5);
    QVERIFY(!chosen.contains(m_applications.value("Lund")));
    QCOMPARE(chosen.first(), m_applications.value("Malmö"));
    QVERIFY(!ok({"phase", round, "followup"}).isEmpty());
    QVERIFY(QFile::copy(round, file(QStringLiteral("followup.jury"))));

    // Follow-up questions: a juror's proposal, the organiser's questions with reply-by dates.
    QVERIFY(!QUuid(ok({"questions", "propose", round, "--juror", m_jurors.value("Erik Lind"),
                       "--finalist", m_applications.value("Örebro"), "--text",
                       "Hur följs resultaten upp?"})
                       .trimmed())
                 .isNull());
    QVERIFY(!QUuid(ok({"questions", "add", round, "--finalist", m_applications.value("Örebro"),
                       "--text", "Hur många brukare använder välfärdstekniken i dag?", "--reply-by",
                       "2026-04-15"})
                       .trimmed())
                 .isNull());
    QVERIFY(!QUuid(ok({"questions", "add", round, "--finalist", m_applications.value("Örebro"),
                       "--text", "Hur följer ni upp resultaten i glesbygden?"})
                       .trimmed())
                 .isNull());
    QVERIFY(
        !QUuid(ok({"questions", "add", round, "--finalist", m_applications.value("Malmö"), "--text",
                   "Vilka lärdomar delar ni med andra kommuner?", "--reply-by", "20 april 2026"})
                   .trimmed())
             .isNull());
    QVERIFY(QFile::copy(round, file(QStringLiteral("questions.jury"))));
    m_letters = ok({"questions", "letters", round, "--out", file(QStringLiteral("frågebrev"))})
                    .split(u'\n', Qt::SkipEmptyParts);

    // The answers: Örebro as numbered text, Malmö as a PDF.
    const QString answer = writeFile(file(QStringLiteral("svar örebro.txt")),
                                     QStringLiteral("1. I dag använder 1 240 brukare tekniken.\n"
                                                    "2. Med enkäter i byarna varje halvår.\n")
                                         .toUtf8());
    QVERIFY(ok({"answer", round, "--finalist", m_applications.value("Örebro"), "--text-file",
                answer, "--received", "2026-04-14"})
                .contains(QStringLiteral("Svaret registrerades.")));
    const QString pdf = writeFile(file(QStringLiteral("svar-malmö.pdf")),
                                  makePdf(QStringLiteral("Svar från Malmö")));
    QVERIFY(!ok({"answer", round, "--finalist", m_applications.value("Malmö"), "--pdf", pdf,
                 "--received", "2026-04-20"})
                 .isEmpty());

    // The vote.
    QVERIFY(!ok({"phase", round, "vote"}).isEmpty());
    QVERIFY(QFile::copy(round, file(QStringLiteral("vote.jury"))));
    const QStringList specs = {"M>Ö>Y>Ä>Å", "M>Ö>Ä>Y", "Ö>M>Å>Y>Ä", "M>Å>Ö>Ä>Y"};
    for (int i = 0; i < jurors.size(); ++i)
        castBallot(round, jurors.at(i), specs.at(i));
    QVERIFY(QFile::copy(round, file(QStringLiteral("ballots.jury"))));

    // Erik changes his mind in his package; the return file is kept for later.
    const QString package = file(QStringLiteral("erik.jurypaket"));
    QVERIFY(!ok({"package", round, "--juror", m_jurors.value("Erik Lind"), "--out", package})
                 .isEmpty());
    castBallot(package, QStringLiteral("Erik Lind"), QStringLiteral("Ö>Å>M"));
    QVERIFY(!ok({"return", package, "--out", file(QStringLiteral("erik.juryretur"))}).isEmpty());

    // The decision.
    const QString motivation
        = writeFile(file(QStringLiteral("motivering.txt")), Motivation.toUtf8());
    m_decidedOutput = ok({"decide", round, "--motivation-file", motivation, "--date", "2026-05-12",
                          "--place", "Stockholm"});
    QVERIFY(QFile::copy(round, file(QStringLiteral("decided.jury"))));
}

QString tst_CliVote::expand(QString argument, const QString &round) const
{
    argument.replace(QLatin1String("{file}"), round);
    argument.replace(QLatin1String("{dir}"), m_dir.path());
    for (auto it = m_applications.cbegin(); it != m_applications.cend(); ++it)
        argument.replace(QStringLiteral("{%1}").arg(it.key()), it.value());
    for (auto it = m_jurors.cbegin(); it != m_jurors.cend(); ++it)
        argument.replace(QStringLiteral("{%1}").arg(it.key()), it.value());
    return argument;
}

void tst_CliVote::questionLettersOnePerFinalist()
{
    QCOMPARE(m_letters.size(), 2);
    QStringList names;
    for (const QString &path : m_letters) {
        QVERIFY2(readAll(path).startsWith("%PDF-"), qPrintable(path));
        names << QFileInfo(path).fileName();
    }
    names.sort();
    QCOMPARE(names, (QStringList{"Frågor till Malmö.pdf", "Frågor till Örebro.pdf"}));
    QPdfDocument letter;
    QCOMPARE(letter.load(file(QStringLiteral("frågebrev/Frågor till Örebro.pdf"))),
             QPdfDocument::Error::None);
    const QString text = letter.getAllText(0).text().simplified();
    for (const QString &part :
         {QStringLiteral("Sveriges eHälsokommun 2026"), QStringLiteral("Örebro kommun"),
          QStringLiteral("1. Hur många brukare använder välfärdstekniken i dag?"),
          QStringLiteral("2. Hur följer ni upp resultaten i glesbygden?"),
          QStringLiteral("Vi ber om ert svar senast 15 april 2026."),
          QStringLiteral("Sida 1 av 1")})
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" in ") + text));
    // A proposal is not a question until the organiser approves it.
    QVERIFY(!text.contains(QStringLiteral("Hur följs resultaten upp?")));
    QPdfDocument malmo;
    QCOMPARE(malmo.load(file(QStringLiteral("frågebrev/Frågor till Malmö.pdf"))),
             QPdfDocument::Error::None);
    QVERIFY(malmo.getAllText(0).text().simplified().contains(
        QStringLiteral("Vi ber om ert svar senast 20 april 2026.")));
}

void tst_CliVote::ballotSheetHasTheVoteColumns()
{
    const QString round = copyOf(QStringLiteral("ballots.jury"), QStringLiteral("ark.jury"));
    const QString sheet = file(QStringLiteral("karin.csv"));
    QVERIFY(
        !ok({"sheet", "export", round, "--juror", m_jurors.value("Karin Ekdahl"), "--out", sheet})
             .isEmpty());
    QVERIFY(readAll(sheet).startsWith("\xEF\xBB\xBF"
                                      "id;Kommun;Titel;Rang\r\n"));
    const QStringList lines = sheetLines(sheet);
    QStringList rows;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(u';');
        QCOMPARE(cells.at(0), m_applications.value(cells.at(1)));
        rows << cells.at(1) + u'=' + cells.at(3);
    }
    // Finalists only, in Swedish order, with Karin's ranks and nothing on Åre.
    QCOMPARE(rows, (QStringList{"Malmö=1", "Ystad=4", "Åre=", "Älvdalen=3", "Örebro=2"}));
}

void tst_CliVote::tallyJson()
{
    const QString round = file(QStringLiteral("ballots.jury"));
    const QByteArray before = fileHash(round);
    const QJsonObject vote = json({"tally", round, "--json"});
    QCOMPARE(fileHash(round), before);
    QCOMPARE(vote.value("ballots").toInt(), 4);
    QCOMPARE(vote.value("winner").toString(), m_applications.value("Malmö"));
    QCOMPARE(vote.value("tie").toBool(), false);
    QCOMPARE(vote.value("methods_disagree").toBool(), false);
    // Ranking: lists of ids, ties together.
    const QJsonArray ranking = vote.value("ranking").toArray();
    QCOMPARE(ranking.size(), 4);
    const auto group = [&](int g) {
        QStringList names;
        for (const QJsonValue &id : ranking.at(g).toArray())
            names << m_applications.key(id.toString(), id.toString());
        names.sort();
        return names.join(u'=');
    };
    QCOMPARE(group(0), QStringLiteral("Malmö"));
    QCOMPARE(group(1), QStringLiteral("Örebro"));
    QCOMPARE(group(2), QStringLiteral("Åre"));
    QCOMPARE(group(3), QStringLiteral("Ystad=Älvdalen"));
    // Pairwise: one row per finalist, one cell per other finalist, none for Lund.
    const QJsonObject pairwise = vote.value("pairwise").toObject();
    QCOMPARE(pairwise.size(), 5);
    QVERIFY(!pairwise.contains(m_applications.value("Lund")));
    for (const QString &row : pairwise.keys()) {
        const QJsonObject cells = pairwise.value(row).toObject();
        QCOMPARE(cells.size(), 4);
        QVERIFY(!cells.contains(row));
        for (const QString &column : cells.keys())
            QCOMPARE(cells.value(column).toInt()
                             + pairwise.value(column).toObject().value(row).toInt()
                         <= 4,
                     true);
    }
    const auto cell = [&](const char *row, const char *column) {
        return pairwise.value(m_applications.value(row))
            .toObject()
            .value(m_applications.value(column))
            .toInt(-1);
    };
    QCOMPARE(cell("Malmö", "Örebro"), 3);
    QCOMPARE(cell("Örebro", "Malmö"), 1);
    QCOMPARE(cell("Malmö", "Åre"), 3); // Karin's ballot says nothing on Åre
    QCOMPARE(cell("Åre", "Malmö"), 0);
    QCOMPARE(cell("Ystad", "Älvdalen"), 2);
    QCOMPARE(cell("Älvdalen", "Ystad"), 2);
    QCOMPARE(vote.value("widest_paths")
                 .toObject()
                 .value(m_applications.value("Örebro"))
                 .toObject()
                 .value(m_applications.value("Malmö"))
                 .toInt(-1),
             0);
}

void tst_CliVote::tallyText()
{
    const QString out = ok({"tally", file(QStringLiteral("ballots.jury"))});
    QVERIFY2(out.startsWith(QStringLiteral("4 röstsedlar.\n")), qPrintable(out));
    // The count, the other methods and the screening's order beside it.
    const QString problem = [&] {
        qsizetype at = 0;
        for (const QString &line :
             {QStringLiteral("\nSchulze: Malmö > Örebro > Åre > Ystad = Älvdalen\n"),
              QStringLiteral("\nBorda: Malmö > Örebro > Åre > Ystad = Älvdalen\n"),
              QStringLiteral("\nFlest förstaplatser: Malmö > Örebro > Ystad = Älvdalen = Åre\n"),
              QStringLiteral("\nGallring: Malmö > Örebro > Ystad > Älvdalen > Åre\n"),
              QStringLiteral("\nParvisa preferenser (rad före kolumn):\n"),
              QStringLiteral("\nStarkaste vägar (rad före kolumn):\n")}) {
            at = out.indexOf(line, at);
            if (at < 0)
                return line;
        }
        return QString();
    }();
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in ") + out));
    QVERIFY(!out.contains(QStringLiteral("Obs:")));
    QVERIFY(!out.contains(QStringLiteral("delad förstaplats")));
    QVERIFY(ok({"tally", file(QStringLiteral("vote.jury"))})
                .contains(QStringLiteral("Inga röstsedlar ännu.")));
}

void tst_CliVote::decisionInStatusJson()
{
    QVERIFY2(m_decidedOutput.contains(
                 QStringLiteral("Beslutet är registrerat och omgången är låst. Vinnare: Malmö.")),
             qPrintable(m_decidedOutput));
    const QJsonObject status = json({"status", file(QStringLiteral("decided.jury")), "--json"});
    QCOMPARE(status.value("round").toObject().value("phase").toString(), QStringLiteral("decided"));
    const QJsonObject decision = status.value("decision").toObject();
    for (const char *key : {"winner", "motivation", "date", "place", "locked", "record_sha256"})
        QVERIFY2(decision.contains(QLatin1String(key)), key);
    QCOMPARE(decision.value("winner").toString(), m_applications.value("Malmö"));
    QCOMPARE(decision.value("motivation").toString(), Motivation);
    QCOMPARE(decision.value("date").toString(), QStringLiteral("2026-05-12"));
    QCOMPARE(decision.value("place").toString(), QStringLiteral("Stockholm"));
    QCOMPARE(decision.value("locked").toBool(), true);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                .match(decision.value("record_sha256").toString())
                .hasMatch());
    // status --json holds the count as tally --json prints it.
    const QJsonObject vote = status.value("vote").toObject();
    const QJsonObject tally = json({"tally", file(QStringLiteral("decided.jury")), "--json"});
    QCOMPARE(vote.value("winner").toString(), m_applications.value("Malmö"));
    for (const char *key : {"ranking", "winner", "pairwise", "widest_paths", "screening"}) {
        QVERIFY2(vote.contains(QLatin1String(key)), key);
        QVERIFY2(vote.value(QLatin1String(key)) == tally.value(QLatin1String(key)), key);
    }
    QCOMPARE(vote.value("ranking").toArray().first().toArray(),
             QJsonArray{m_applications.value("Malmö")});

    // Before the decision the keys are there, empty, and the round is not locked.
    const QJsonObject open = json({"status", file(QStringLiteral("ballots.jury")), "--json"})
                                 .value("decision")
                                 .toObject();
    for (const char *key : {"winner", "motivation", "date", "place"})
        QVERIFY2(open.contains(QLatin1String(key)) && open.value(QLatin1String(key)).isNull(), key);
    QCOMPARE(open.value("locked").toBool(true), false);
}

void tst_CliVote::exportsDecisionAndProtocol()
{
    const QString round = file(QStringLiteral("decided.jury"));
    const QByteArray before = fileHash(round);
    const QString decision = file(QStringLiteral("juryns beslut.pdf"));
    const QString protocol = file(QStringLiteral("protokoll.pdf"));
    const QString csv = file(QStringLiteral("protokoll.csv"));
    QVERIFY(ok({"export", "decision", round, "--out", decision}).contains(decision));
    QVERIFY(!ok({"export", "protocol", round, "--out", protocol}).isEmpty());
    QVERIFY(!ok({"export", "protocol", round, "--out", csv}).isEmpty());
    QCOMPARE(fileHash(round), before);

    const QString sha = json({"status", round, "--json"})
                            .value("decision")
                            .toObject()
                            .value("record_sha256")
                            .toString();
    QPdfDocument document;
    QCOMPARE(document.load(decision), QPdfDocument::Error::None);
    const QString first = document.getAllText(0).text().simplified();
    QVERIFY2(first.startsWith(QStringLiteral("Juryns beslut – Sveriges eHälsokommun 2026")),
             qPrintable(first.left(200)));
    QVERIFY(first.contains(QStringLiteral("Utmärkelsen går till Malmö, Skåne län.")));
    QVERIFY(first.contains(QStringLiteral("Sida 1 av %1").arg(document.pageCount())));
    QVERIFY2(QString(first).remove(u' ').contains(sha), qPrintable(first.right(300)));
    QVERIFY(readAll(decision).contains("<pdfaid:part>1</pdfaid:part>"));

    QPdfDocument protocolDocument;
    QCOMPARE(protocolDocument.load(protocol), QPdfDocument::Error::None);
    QVERIFY(protocolDocument.getAllText(0).text().simplified().startsWith(
        QStringLiteral("Juryprotokoll – Sveriges eHälsokommun 2026")));

    const QByteArray bytes = readAll(csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "Del;Id;Kommun;Uppgift;V\xC3\xA4rde\r\n"));
    auto parsed = CsvReader::parse(bytes, csv);
    JB_VERIFY_OK(parsed);
    QHash<QString, QString> answers, schulze;
    QString hash;
    int ballots = 0;
    for (const CsvRecord &r : parsed->records) {
        const QStringList &f = r.fields;
        if (f.at(0) == QLatin1String("svar"))
            answers.insert(f.at(2) + u' ' + f.at(3), f.at(4));
        if (f.at(0) == QLatin1String("rangordning") && f.at(3) == QLatin1String("schulze"))
            schulze.insert(f.at(2), f.at(4));
        if (f.at(0) == QLatin1String("beslut") && f.at(3) == QLatin1String("sha256"))
            hash = f.at(4);
        ballots += f.at(0) == QStringLiteral("röstsedel");
    }
    QCOMPARE(answers.value("Örebro 1"), QStringLiteral("I dag använder 1 240 brukare tekniken."));
    QCOMPARE(answers.value("Örebro 2"), QStringLiteral("Med enkäter i byarna varje halvår."));
    const QHash<QString, QString> expected{
        {"Malmö", "1"}, {"Örebro", "2"}, {"Åre", "3"}, {"Ystad", "4"}, {"Älvdalen", "4"}};
    QCOMPARE(schulze, expected);
    QCOMPARE(ballots, 20);
    QCOMPARE(hash, sha);
    // The protocol tells the PDF answer by its name.
    QVERIFY(protocolDocument.pageCount() >= 1);
    QString all;
    for (int page = 0; page < protocolDocument.pageCount(); ++page)
        all += protocolDocument.getAllText(page).text().simplified() + u' ';
    QVERIFY2(all.contains(QStringLiteral("Svar inkom 20 april 2026 med bilagan svar-malmö.pdf.")),
             qPrintable(all));
}

void tst_CliVote::tieIsSettledByTheChair()
{
    const QString round = copyOf(QStringLiteral("vote.jury"), QStringLiteral("lika.jury"));
    castBallot(round, QStringLiteral("Erik Lind"), QStringLiteral("M>Ö"));
    castBallot(round, QStringLiteral("Maja Holm"), QStringLiteral("Ö>M"));
    const QJsonObject vote = json({"tally", round, "--json"});
    QCOMPARE(vote.value("tie").toBool(), true);
    QVERIFY(vote.value("winner").isNull());
    QCOMPARE(vote.value("ranking").toArray().first().toArray().size(), 2);
    const QString text = ok({"tally", round});
    QVERIFY2(text.contains(QStringLiteral(
                 "Omröstningen ger delad förstaplats; ordförandens utslagsröst avgör.")),
             qPrintable(text));
    // The screening put Malmö alone first: the notice says the methods do not agree.
    QVERIFY2(text.contains(QStringLiteral(
                 "Obs: metoderna eller poängen från gallringen är inte överens om vinnaren.")),
             qPrintable(text));
    QCOMPARE(vote.value("methods_disagree").toBool(), true);

    const QString motivation = writeFile(file(QStringLiteral("lika.txt")), Motivation.toUtf8());
    const QByteArray before = fileHash(round);
    Run r = run({"decide", round, "--motivation-file", motivation});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("delad förstaplats mellan Malmö och Örebro")),
             qPrintable(r.err));
    r = run({"decide", round, "--motivation-file", motivation, "--winner",
             m_applications.value("Ystad")});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(
                 QStringLiteral("Vid lika röstetal väljer ordföranden bland Malmö och Örebro.")),
             qPrintable(r.err));
    QCOMPARE(fileHash(round), before);

    QVERIFY(ok({"decide", round, "--motivation-file", motivation, "--winner",
                m_applications.value("Örebro"), "--date", "2026-05-12"})
                .contains(QStringLiteral("Vinnare: Örebro.")));
    const QJsonObject decision = json({"status", round, "--json"}).value("decision").toObject();
    QCOMPARE(decision.value("winner").toString(), m_applications.value("Örebro"));
    QCOMPARE(decision.value("casting_vote").toString(), QStringLiteral("Åsa Öberg"));
    QCOMPARE(decision.value("place").toString(), QString());
}

void tst_CliVote::refusalsChangeNothing_data()
{
    QTest::addColumn<QString>("snapshot");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("decide without ballots")
        << "vote.jury"
        << QStringList{"decide", "{file}", "--motivation-file", "{dir}/motivering.txt"} << 1
        << "Ingen jurymedlem har rangordnat finalisterna ännu.";
    QTest::newRow("decide on an impossible date")
        << "ballots.jury"
        << QStringList{"decide", "{file}",    "--motivation-file", "{dir}/motivering.txt",
                       "--date", "2026-02-30"}
        << 1 << "”2026-02-30” är inget datum";
    QTest::newRow("decide for another winner")
        << "ballots.jury"
        << QStringList{"decide",   "{file}",  "--motivation-file", "{dir}/motivering.txt",
                       "--winner", "{Örebro}"}
        << 1 << "Omröstningens vinnare är Malmö";
    QTest::newRow("decide for an unknown id")
        << "ballots.jury"
        << QStringList{"decide",
                       "{file}",
                       "--motivation-file",
                       "{dir}/motivering.txt",
                       "--winner",
                       "3f0e2c4a-0000-4000-8000-000000000000"}
        << 1 << "Det finns ingen ansökan med id 3f0e2c4a-0000-4000-8000-000000000000";
    QTest::newRow("decide without a motivation")
        << "ballots.jury" << QStringList{"decide", "{file}"} << 2 << "--motivation-file";
    QTest::newRow("decide with a missing motivation file")
        << "ballots.jury"
        << QStringList{"decide", "{file}", "--motivation-file", "{dir}/finns-inte.txt"} << 1
        << "Filen finns inte";
    QTest::newRow("decide with an empty motivation")
        << "ballots.jury" << QStringList{"decide", "{file}", "--motivation-file", "{dir}/tom.txt"}
        << 1 << "Beslutet behöver juryns motivering.";
    QTest::newRow("decide before the vote")
        << "questions.jury"
        << QStringList{"decide", "{file}", "--motivation-file", "{dir}/motivering.txt"} << 1
        << "Det går bara att registrera beslutet i fasen";
    QTest::newRow("answer with neither text nor PDF")
        << "questions.jury" << QStringList{"answer", "{file}", "--finalist", "{Örebro}"} << 2
        << "--text-file";
    QTest::newRow("answer with a missing text file")
        << "questions.jury" << QStringList{"answer",   "{file}",      "--finalist",
                                           "{Örebro}", "--text-file", "{dir}/finns-inte.txt"}
        << 1 << "Filen finns inte";
    QTest::newRow("answer with a bad date")
        << "questions.jury" << QStringList{"answer",     "{file}",      "--finalist",
                                           "{Örebro}",   "--text-file", "{dir}/motivering.txt",
                                           "--received", "2026-13-45"}
        << 2 << "--received måste vara ett datum";
    QTest::newRow("answer that is not a PDF")
        << "questions.jury" << QStringList{"answer",   "{file}", "--finalist",
                                           "{Örebro}", "--pdf",  "{dir}/motivering.txt"}
        << 1 << "Svarets fil är ingen PDF.";
    QTest::newRow("answer from a non-finalist")
        << "questions.jury" << QStringList{"answer", "{file}",      "--finalist",
                                           "{Lund}", "--text-file", "{dir}/motivering.txt"}
        << 1 << "Kompletterande frågor ställs bara till finalisterna.";
    QTest::newRow("question with a bad reply-by date")
        << "questions.jury"
        << QStringList{"questions", "add",  "{file}",     "--finalist", "{Ystad}",
                       "--text",    "Hur?", "--reply-by", "snart"}
        << 2 << "--reply-by måste vara ett datum";
    QTest::newRow("question to a non-finalist")
        << "questions.jury"
        << QStringList{"questions", "add", "{file}", "--finalist", "{Lund}", "--text", "Hur?"} << 1
        << "Kompletterande frågor ställs bara till finalisterna.";
    QTest::newRow("proposal by a conflicted juror")
        << "questions.jury"
        << QStringList{"questions",  "propose", "{file}", "--juror", "{Karin Ekdahl}",
                       "--finalist", "{Åre}",   "--text", "Hur?"}
        << 1 << "jävig för finalisten";
    QTest::newRow("letters without questions")
        << "followup.jury" << QStringList{"questions", "letters", "{file}", "--out", "{dir}/brev"}
        << 1 << "Ingen finalist har någon godkänd kompletterande fråga ännu.";
    QTest::newRow("ballot sheet with a rank in words")
        << "ballots.jury"
        << QStringList{"sheet",   "import",     "{file}", "{dir}/dålig röstsedel.csv",
                       "--juror", "{Erik Lind}"}
        << 1 << "dålig röstsedel.csv, rad 3, kolumn ”Rang”: ”etta” är ingen rang";
    QTest::newRow("ballot sheet during the follow-up")
        << "questions.jury"
        << QStringList{"sheet",   "import",     "{file}", "{dir}/röstsedel Erik Lind.csv",
                       "--juror", "{Erik Lind}"}
        << 1
        << "röstsedel Erik Lind.csv: Det går bara att importera ett bedömningsark för gallringen i "
           "fasen";
    QTest::newRow("tally of a file that is not a round")
        << "ballots.jury" << QStringList{"tally", "{dir}/motivering.txt"} << 1 << "motivering.txt";
    QTest::newRow("answer for an unknown finalist")
        << "questions.jury" << QStringList{"answer",      "{file}",
                                           "--finalist",  "3f0e2c4a-0000-4000-8000-000000000000",
                                           "--text-file", "{dir}/motivering.txt"}
        << 1 << "Det finns ingen ansökan med id 3f0e2c4a-0000-4000-8000-000000000000";
    QTest::newRow("decide for a winner by name")
        << "ballots.jury"
        << QStringList{"decide",   "{file}", "--motivation-file", "{dir}/motivering.txt",
                       "--winner", "Malmö"}
        << 1 << "Det finns ingen ansökan med id Malmö";
    QTest::newRow("export a decision not yet made")
        << "ballots.jury"
        << QStringList{"export", "decision", "{file}", "--out", "{dir}/beslut.pdf"} << 1
        << "Inget beslut har registrerats ännu.";
    QTest::newRow("export something else")
        << "decided.jury"
        << QStringList{"export", "pressmeddelande", "{file}", "--out", "{dir}/x.pdf"} << 2
        << "export decision";
}

void tst_CliVote::refusalsChangeNothing()
{
    QFETCH(QString, snapshot);
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, fragment);
    writeFile(file(QStringLiteral("tom.txt")), QByteArray(" \n\n "));
    writeFile(file(QStringLiteral("motivering.txt")), Motivation.toUtf8());
    writeFile(file(QStringLiteral("dålig röstsedel.csv")),
              expand(QStringLiteral(
                         "id;Kommun;Titel;Rang\r\n{Malmö};Malmö;;1\r\n{Örebro};Örebro;;etta\r\n"),
                     QString())
                  .toUtf8());
    const QString round = copyOf(snapshot, QStringLiteral("vägrad.jury"));
    for (QString &a : arguments)
        a = expand(a, round);
    const QByteArray before = readAll(round);
    const Run r = run(arguments);
    QCOMPARE(r.status, status);
    QVERIFY2(r.err.startsWith(QStringLiteral("jurybench:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY2(readAll(round) == before, "the round file changed");
    QVERIFY(!QFile::exists(round + QStringLiteral("-wal"))
            || QFileInfo(round + QStringLiteral("-wal")).size() == 0);
    QVERIFY(!QFile::exists(file(QStringLiteral("beslut.pdf"))));
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("brev"))));
}

void tst_CliVote::lockedRoundRefusesEdits_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("questions add") << QStringList{"questions", "add",    "{file}",    "--finalist",
                                                  "{Örebro}",  "--text", "Sen fråga?"};
    QTest::newRow("questions propose")
        << QStringList{"questions",  "propose",  "{file}", "--juror", "{Erik Lind}",
                       "--finalist", "{Örebro}", "--text", "Sen?"};
    QTest::newRow("answer") << QStringList{"answer",   "{file}",      "--finalist",
                                           "{Örebro}", "--text-file", "{dir}/motivering.txt"};
    QTest::newRow("ballot sheet") << QStringList{
        "sheet", "import", "{file}", "{dir}/röstsedel Erik Lind.csv", "--juror", "{Erik Lind}"};
    QTest::newRow("phase vote") << QStringList{"phase", "{file}", "vote"};
    QTest::newRow("phase followup") << QStringList{"phase", "{file}", "followup"};
    QTest::newRow("juror add") << QStringList{
        "juror", "add", "{file}", "--name", "Ny Person", "--organisation", "Org"};
    QTest::newRow("criterion add")
        << QStringList{"criterion", "add", "{file}", "--name", "Innovation"};
    QTest::newRow("import") << QStringList{"import", "{file}", "{dir}/ansökningar.csv"};
    QTest::newRow("finalists") << QStringList{"finalists", "{file}"};
    QTest::newRow("decide again") << QStringList{"decide", "{file}", "--motivation-file",
                                                 "{dir}/motivering.txt"};
    QTest::newRow("merge a return file") << QStringList{"merge", "{file}", "{dir}/erik.juryretur"};
}

void tst_CliVote::lockedRoundRefusesEdits()
{
    QFETCH(QStringList, arguments);
    const QString round = copyOf(QStringLiteral("decided.jury"), QStringLiteral("låst.jury"));
    for (QString &a : arguments)
        a = expand(a, round);
    // The return file is sound: an open copy of the round takes it.
    if (arguments.first() == QLatin1String("merge")) {
        const QString open = copyOf(QStringLiteral("ballots.jury"), QStringLiteral("öppen.jury"));
        QVERIFY(ok({"merge", open, arguments.at(2)}).contains(QStringLiteral("uppdaterade")));
    }
    const QByteArray before = readAll(round);
    const Run r = run(arguments);
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("jurybench:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("låst")), qPrintable(r.err));
    QVERIFY2(readAll(round) == before, "the round file changed");
    // Reading and publishing stay possible, and change nothing either.
    QVERIFY(!ok({"tally", round, "--json"}).isEmpty());
    QVERIFY(
        !ok({"export", "decision", round, "--out", file(QStringLiteral("låst.pdf"))}).isEmpty());
    QVERIFY2(readAll(round) == before, "the round file changed");
}

QTEST_MAIN(tst_CliVote)
#include "tst_cli_vote.moc"
