#include "export/documents.h"
#include "import/csvreader.h"
#include "localization.h"
#include "storage/database.h"
#include "storage/roundrepository.h"
#include "support/pdftext.h"
#include "support/testsupport.h"
#include "support/voteround.h"
#include "vote/decisionrepository.h"
#include "vote/followuprepository.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace TestSupport;

namespace {

const QString Award = QStringLiteral("Sveriges eHälsokommun 2026");

// About a hundred words in two paragraphs, as the seeds' motivations are.
const QString Motivation = QStringLiteral(
    "Malmö visar hur en stor stad kan göra digital trygghet till en självklar del av "
    "hemtjänsten. Med nattillsyn via kamera, digitala trygghetslarm och läkemedelsrobotar har "
    "kommunen gett äldre större självständighet och personalen mer tid för det mänskliga "
    "mötet.\n\n"
    "Juryn vill särskilt lyfta fram hur brukare, anhöriga och medarbetare har varit delaktiga "
    "från första dagen, och hur resultaten följs upp öppet varje kvartal. Arbetet är väl "
    "förankrat i ledningen, bygger på en genomtänkt infrastruktur och sprids nu till andra "
    "kommuner i Skåne. Det är ett föredöme för hela Sverige.");

const QString OrebroMotivation
    = QStringLiteral("Örebro har byggt en bred och jämlik välfärdsteknik.");
const QString AreMotivation = QStringLiteral("Åre når långt ut i fjällbyarna med vård på distans.");
const QStringList OrebroQuestions = {
    QStringLiteral("Hur många brukare använder välfärdstekniken i dag?"),
    QStringLiteral("Hur har ni mätt resultaten för äldre i glesbygden?"),
};
const QString MalmoQuestion = QStringLiteral("Vilka lärdomar delar ni med andra kommuner?");

// The first of @p parts that is missing from @p text or not after the one before it.
QString outOfOrder(const QString &text, const QStringList &parts)
{
    qsizetype at = 0;
    for (const QString &part : parts) {
        const qsizetype found = text.indexOf(part, at);
        if (found < 0)
            return text.contains(part) ? QStringLiteral("out of order: ") + part
                                       : QStringLiteral("missing: ") + part;
        at = found + part.size();
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString longDate(const QDate &date)
{
    return QLocale(QLocale::Swedish, QLocale::Sweden).toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

class tst_Documents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void decisionFirstPage();
    void decisionHasTheMotivationInFull();
    void otherFinalistsInSwedishOrder();
    void juryAndRecusals();
    void methodRankingAndAnnex();
    void datePlaceAndSignature();
    void footerCarriesRoundAndRecordHash();
    void archivalPdf_data();
    void archivalPdf();
    void pdftotextReadsTheDecision();
    void decisionCanBeExportedAgain();
    void noDecisionNoDocument();
    void protocolPdf();
    void protocolCsv();
    void questionLetters();
    void noQuestionsNoLetters();
    void letterRecipientIsText();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString uuidOf(QChar letter) const;

    QTemporaryDir m_dir;
    std::unique_ptr<VoteRound> m_round;
    QString m_roundId;
    QString m_recordSha;
    QStringList m_letters;
    QPdfDocument m_decision;
    QPdfDocument m_protocol;
};

void tst_Documents::initTestCase()
{
    TestSupport::useFreshUserFolders();
    Localization::install(*QCoreApplication::instance(), QStringLiteral("sv"));
    QVERIFY(m_dir.isValid());
    const QString path = file(QStringLiteral("eHälsokommun 2026.jury"));
    m_round = VoteRound::make(path);
    QVERIFY(m_round);
    Database &db_ = m_round->db();
    const auto f = [&](QChar letter) {
        return m_round->finalist(letter);
    };

    // Follow-up questions to Örebro and Malmö, their letters, and the answers.
    JB_VERIFY_OK(RoundRepository(db_).setPhase(Phase::Followup));
    FollowupRepository followup(db_);
    for (const QString &q : OrebroQuestions)
        JB_VERIFY_OK(followup.addQuestion(f(u'Ö'), q));
    JB_VERIFY_OK(followup.setReplyBy(f(u'Ö'), QStringLiteral("2026-04-15")));
    JB_VERIFY_OK(followup.addQuestion(f(u'M'), MalmoQuestion));
    JB_VERIFY_OK(followup.setReplyBy(f(u'M'), QStringLiteral("2026-04-20")));
    auto letters = Documents::exportQuestionLetters(db_, file(QStringLiteral("frågebrev")));
    JB_VERIFY_OK(letters);
    m_letters = letters.value();
    JB_VERIFY_OK(followup.recordAnswer(
        f(u'Ö'), 0,
        QStringLiteral("Tack för frågorna!\n1. I dag använder 1 240 brukare tekniken.\n"
                       "2. Vi har mätt med enkäter i fjärran byar."),
        QString(), QByteArray(), QStringLiteral("2026-04-14")));
    JB_VERIFY_OK(followup.recordAnswer(
        f(u'M'), 0, QStringLiteral("Vi delar allt öppet på vår webbplats."),
        QStringLiteral("svar-malmö.pdf"), makePdf(QStringLiteral("Svar från Malmö")),
        QStringLiteral("2026-04-20")));

    // The vote: Malmö first, Örebro, Åre, then Ystad and Älvdalen sharing fourth place.
    JB_VERIFY_OK(RoundRepository(db_).setPhase(Phase::Vote));
    JB_VERIFY_OK(m_round->cast({"M>Ö>Y>Ä>Å", "M>Ö>Ä>Y", "Ö>M>Å>Y>Ä", "M>Å>Ö>Ä>Y"}));
    DecisionRepository decisions(db_);
    JB_VERIFY_OK(decisions.setFinalistMotivation(f(u'Ö'), OrebroMotivation));
    JB_VERIFY_OK(decisions.setFinalistMotivation(f(u'Å'), AreMotivation));
    auto decision = decisions.decide(std::nullopt, Motivation, QStringLiteral("2026-05-12"),
                                     QStringLiteral("Stockholm"));
    JB_VERIFY_OK(decision);
    m_recordSha = decision->recordSha256;
    QCOMPARE(m_recordSha, QString::fromLatin1(QCryptographicHash::hash(decisions.record().value(),
                                                                       QCryptographicHash::Sha256)
                                                  .toHex()));
    m_roundId = uuidText(RoundRepository(db_).load()->uuid);

    JB_VERIFY_OK(Documents::exportDecision(db_, file(QStringLiteral("beslut.pdf"))));
    JB_VERIFY_OK(Documents::exportProtocol(db_, file(QStringLiteral("protokoll.pdf"))));
    QCOMPARE(m_decision.load(file(QStringLiteral("beslut.pdf"))), QPdfDocument::Error::None);
    QCOMPARE(m_protocol.load(file(QStringLiteral("protokoll.pdf"))), QPdfDocument::Error::None);
}

QString tst_Documents::uuidOf(QChar letter) const
{
    return m_round->db()
        .scalar(QStringLiteral("SELECT uuid FROM application WHERE id = ?"),
                {m_round->finalist(letter)})
        ->toString();
}

void tst_Documents::decisionFirstPage()
{
    const int pages = m_decision.pageCount();
    QVERIFY2(pages >= 2, "the annex begins a page of its own");
    const QString first = pageText(m_decision, 0);
    QVERIFY2(first.startsWith(QStringLiteral("Juryns beslut – ") + Award),
             qPrintable(first.left(200)));
    QVERIFY2(first.contains(QStringLiteral("Utmärkelsen går till Malmö, Skåne län.")),
             qPrintable(first.left(400)));
    QVERIFY2(first.contains(QStringLiteral("Prissumma: 50 000 kr.")), qPrintable(first.left(400)));
    QVERIFY2(first.contains(QStringLiteral("Sida 1 av %1").arg(pages)),
             qPrintable(first.right(300)));
    QVERIFY2(pageText(m_decision, pages - 1).contains(QStringLiteral("Sida %1 av %1").arg(pages)),
             qPrintable(pageText(m_decision, pages - 1).right(300)));
    for (int page = 0; page < pages; ++page)
        QCOMPARE(int(pageText(m_decision, page).count(QStringLiteral("Sida "))), 1);
    QCOMPARE(m_decision.metaData(QPdfDocument::MetaDataField::Title).toString(),
             QStringLiteral("Juryns beslut – ") + Award);
}

void tst_Documents::decisionHasTheMotivationInFull()
{
    const QString text = allText(m_decision);
    const int heading = int(text.indexOf(QStringLiteral("Juryns motivering")));
    QVERIFY(heading > 0);
    // Every word, in order, the paragraphs one after the other.
    QVERIFY2(squeezed(text).contains(squeezed(Motivation)), qPrintable(text.mid(heading, 1200)));
    QVERIFY(text.indexOf(QStringLiteral("Malmö visar hur en stor stad")) > heading);
    QVERIFY(text.contains(QStringLiteral("Det är ett föredöme för hela Sverige.")));
}

void tst_Documents::otherFinalistsInSwedishOrder()
{
    const QString text = allText(m_decision);
    const int from = int(text.indexOf(QStringLiteral("Övriga finalister")));
    const int to = int(text.indexOf(QStringLiteral("Åsa Öberg, Vitalis (ordförande)")));
    QVERIFY2(from > 0 && to > from, qPrintable(text.left(2000)));
    const QString section = text.mid(from, to - from);
    // Ystad before Åre before Älvdalen before Örebro, each with its motivation if any.
    const QString problem = outOfOrder(
        section, {QStringLiteral("Ystad, Skåne län"), QStringLiteral("Åre, Jämtlands län"),
                  AreMotivation, QStringLiteral("Älvdalen, Dalarnas län"),
                  QStringLiteral("Örebro, Örebro län"), OrebroMotivation});
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in ") + section));
    QVERIFY2(!section.contains(QStringLiteral("Malmö")), qPrintable(section));
    QVERIFY(!section.contains(QStringLiteral("Lund")));
}

void tst_Documents::juryAndRecusals()
{
    const QString text = allText(m_decision);
    const QString problem = outOfOrder(
        text, {QStringLiteral("Juryn"), QStringLiteral("Åsa Öberg, Vitalis (ordförande)"),
               QStringLiteral("Karin Ekdahl, SKR"), QStringLiteral("Erik Lind, FSS"),
               QStringLiteral("Maja Holm, Funktionsrätt Sverige"),
               QStringLiteral("Karin Ekdahl deltog inte i bedömningen av Åre på grund av jäv.")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(int(text.count(QStringLiteral("(ordförande)"))), 1);
    QCOMPARE(int(text.count(QStringLiteral("deltog inte i bedömningen"))), 1);
}

void tst_Documents::methodRankingAndAnnex()
{
    const QString text = allText(m_decision);
    QVERIFY2(text.contains(QStringLiteral(
                 "Efter att ha gallrat 6 ansökningar valde juryn finalisterna; varje "
                 "jurymedlem rangordnade sedan finalisterna, och rangordningarna räknades "
                 "samman med Schulzemetoden")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("utslagsrösten"))); // no tie, no casting vote
    const int ranking = int(text.indexOf(QStringLiteral("Slutlig rangordning")));
    QVERIFY(ranking > 0);
    const QString problem = outOfOrder(
        text.mid(ranking),
        {QStringLiteral("1 Malmö"), QStringLiteral("2 Örebro"), QStringLiteral("3 Åre"),
         QStringLiteral("4 Ystad, Älvdalen (delad plats)"), QStringLiteral("Stockholm")});
    QVERIFY2(problem.isEmpty(),
             qPrintable(problem + QStringLiteral(" in ") + text.mid(ranking, 300)));

    // The annex begins its own page, after the signature.
    int annex = -1;
    for (int page = 0; page < m_decision.pageCount() && annex < 0; ++page)
        if (pageText(m_decision, page).contains(QStringLiteral("Bilaga: de parvisa jämförelserna")))
            annex = page;
    QVERIFY(annex >= 1);
    const QString page = pageText(m_decision, annex);
    QVERIFY2(page.startsWith(QStringLiteral("Bilaga: de parvisa jämförelserna")),
             qPrintable(page.left(200)));
    QVERIFY(!pageText(m_decision, annex - 1).contains(QStringLiteral("Bilaga")));
    // The pairwise matrix in the order of the ranking: the winner's row first. Malmö is
    // preferred to Örebro by 3, to Åre by 3, to Ystad and Älvdalen by all 4.
    const QString matrix = page.mid(page.indexOf(QStringLiteral("kolumnens.")));
    const QString rows = outOfOrder(
        matrix,
        {QStringLiteral("Malmö Örebro Åre Ystad Älvdalen"), QStringLiteral("Malmö – 3 3 4 4"),
         QStringLiteral("Örebro 1 – 2 4 4"), QStringLiteral("Åre 0 1 – 2 2"),
         QStringLiteral("Ystad 0 0 1 – 2"), QStringLiteral("Älvdalen 0 0 1 2 –"),
         QStringLiteral("De starkaste vägarna"), QStringLiteral("Malmö – 3 3 4 4"),
         QStringLiteral("Örebro 0 – 2 4 4"), QStringLiteral("Åre 0 0 – 2 2"),
         QStringLiteral("Ystad 0 0 0 – 0"), QStringLiteral("Älvdalen 0 0 0 0 –")});
    QVERIFY2(rows.isEmpty(), qPrintable(rows + QStringLiteral(" in ") + matrix));
}

void tst_Documents::datePlaceAndSignature()
{
    const QString text = allText(m_decision);
    const QString problem = outOfOrder(text, {QStringLiteral("Slutlig rangordning"),
                                              QStringLiteral("Stockholm, 12 maj 2026"),
                                              QStringLiteral("______________________________"),
                                              QStringLiteral("Åsa Öberg, juryns ordförande"),
                                              QStringLiteral("Bilaga: de parvisa jämförelserna")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_Documents::footerCarriesRoundAndRecordHash()
{
    const QString footer = squeezed(
        QStringLiteral("Omgång %1 · SHA-256 för beslutsposten: %2").arg(m_roundId, m_recordSha));
    for (int page = 0; page < m_decision.pageCount(); ++page) {
        const QString text = squeezed(pageText(m_decision, page));
        QVERIFY2(text.contains(footer), qPrintable(text.right(300)));
    }
    // The hash printed is the hash of the record as the round file holds it now.
    const QString text = squeezed(pageText(m_decision, 0));
    static const QRegularExpression hash(QStringLiteral("beslutsposten:([0-9a-f]{64})"));
    const auto match = hash.match(text);
    QVERIFY(match.hasMatch());
    const QByteArray record = DecisionRepository(m_round->db()).record().value();
    QCOMPARE(
        match.captured(1),
        QString::fromLatin1(QCryptographicHash::hash(record, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(match.captured(1), DecisionRepository(m_round->db()).load().value()->recordSha256);
}

void tst_Documents::archivalPdf_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("title");
    QTest::newRow("decision") << "beslut.pdf" << QStringLiteral("Juryns beslut – ") + Award;
    QTest::newRow("protocol") << "protokoll.pdf" << QStringLiteral("Juryprotokoll – ") + Award;
    QTest::newRow("letter to Örebro")
        << "frågebrev/Frågor till Örebro.pdf" << QStringLiteral("Kompletterande frågor – ") + Award;
    QTest::newRow("letter to Malmö")
        << "frågebrev/Frågor till Malmö.pdf" << QStringLiteral("Kompletterande frågor – ") + Award;
}

void tst_Documents::archivalPdf()
{
    QFETCH(QString, name);
    QFETCH(QString, title);
    const QByteArray pdf = readAll(file(name));
    QVERIFY2(pdf.startsWith("%PDF-1.4"), qPrintable(name));
    QPdfDocument document;
    QCOMPARE(document.load(file(name)), QPdfDocument::Error::None);
    QVERIFY(document.pageCount() >= 1);
    for (int page = 0; page < document.pageCount(); ++page) {
        const QSizeF size = document.pagePointSize(page);
        QVERIFY2(qAbs(size.width() - 595.3) <= 1 && qAbs(size.height() - 841.9) <= 1,
                 qPrintable(QStringLiteral("page %1: %2 × %3")
                                .arg(page + 1)
                                .arg(size.width())
                                .arg(size.height())));
    }
    QCOMPARE(document.metaData(QPdfDocument::MetaDataField::Title).toString(), title);

    // PDF/A-1b, declared in the XMP metadata and by the output intent.
    const auto xmp = xmpProperties(pdf);
    QCOMPARE(xmp.value(QStringLiteral("pdfaid:part")), QStringLiteral("1"));
    QCOMPARE(xmp.value(QStringLiteral("pdfaid:conformance")), QStringLiteral("B"));
    QCOMPARE(xmp.value(QStringLiteral("dc:title")), title);
    QCOMPARE(xmp.value(QStringLiteral("dc:language")), QStringLiteral("sv"));
    QVERIFY(pdf.contains("/S/GTS_PDFA1") || pdf.contains("/S /GTS_PDFA1"));
    QVERIFY(!pdf.contains("/Encrypt"));

    // Every font embedded, and text, not pictures of text.
    int descriptors = 0;
    for (const QByteArray &object : pdfObjects(pdf)) {
        if (object.contains("/Type /FontDescriptor") || object.contains("/Type/FontDescriptor")) {
            ++descriptors;
            QVERIFY2(object.contains("/FontFile2") || object.contains("/FontFile3")
                         || object.contains("/FontFile "),
                     object.constData());
        } else if ((object.contains("/Type /Font") || object.contains("/Type/Font"))
                   && !object.contains("/Type0") && !object.contains("/Type3")) {
            QVERIFY2(object.contains("/FontDescriptor"), object.constData());
        }
    }
    QVERIFY(descriptors >= 2);
    QVERIFY(!pdf.contains("/Subtype /Image") && !pdf.contains("/Subtype/Image"));
    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (pdffonts.isEmpty())
        return;
    QProcess process;
    process.start(pdffonts, {file(name)});
    QVERIFY(process.waitForFinished(30000));
    const QStringList lines
        = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3);
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.simplified().split(u' ');
        QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"),
                 qPrintable(line));
    }
}

void tst_Documents::pdftotextReadsTheDecision()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed; QPdfDocument has read the text in the other tests");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                              file(QStringLiteral("beslut.pdf")), QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    for (const QString &expected :
         {QStringLiteral("Juryns beslut – Sveriges eHälsokommun 2026"),
          QStringLiteral("Utmärkelsen går till Malmö, Skåne län."),
          QStringLiteral("Karin Ekdahl deltog inte i bedömningen av Åre på grund av jäv."),
          QStringLiteral("Åsa Öberg, juryns ordförande"), QStringLiteral("Älvdalen"),
          QStringLiteral("Sida 1 av ")})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QCOMPARE(int(text.count(QStringLiteral("Sida "))), m_decision.pageCount());
}

void tst_Documents::decisionCanBeExportedAgain()
{
    // The round is locked; the decision can still be exported, as often as wanted, and
    // exporting changes nothing in the round file.
    const QByteArray before = fingerprint(m_round->db());
    const QString again = file(QStringLiteral("beslut igen.pdf"));
    JB_VERIFY_OK(Documents::exportDecision(m_round->db(), again));
    JB_VERIFY_OK(Documents::protocolCsv(m_round->db()));
    QCOMPARE(fingerprint(m_round->db()), before);
    QPdfDocument document;
    QCOMPARE(document.load(again), QPdfDocument::Error::None);
    QCOMPARE(document.pageCount(), m_decision.pageCount());
    QCOMPARE(allText(document), allText(m_decision));
    // Into a folder that does not exist the export is refused.
    const auto refused
        = Documents::exportDecision(m_round->db(), file(QStringLiteral("finns inte/beslut.pdf")));
    QVERIFY(!refused.ok());
}

void tst_Documents::noDecisionNoDocument()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("öppen.jury"));
    auto round = VoteRound::make(path);
    QVERIFY(round);
    const QString pdf = dir.filePath(QStringLiteral("beslut.pdf"));
    const auto refused = Documents::exportDecision(round->db(), pdf);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message, QStringLiteral("Inget beslut har registrerats ännu."));
    QVERIFY(!QFile::exists(pdf));
    // The protocol exists in every phase; before the vote it says so.
    auto html = Documents::protocolHtml(round->db());
    JB_VERIFY_OK(html);
    QVERIFY(html->contains(QStringLiteral("Inga röstsedlar ännu.")));
}

void tst_Documents::protocolPdf()
{
    const int pages = m_protocol.pageCount();
    const QString text = allText(m_protocol);
    QVERIFY2(text.startsWith(QStringLiteral("Juryprotokoll – ") + Award),
             qPrintable(text.left(200)));
    const QString problem = outOfOrder(
        text,
        {QStringLiteral("Fas: Beslutad. Prissumma: 50 000 kr. Finalister: 5."),
         QStringLiteral("Åsa Öberg, Vitalis (ordförande)"),
         QStringLiteral("Karin Ekdahl för Åre: Anställd i Åre kommun (anmält av jurymedlemmen)."),
         QStringLiteral("Gallring"), QStringLiteral("Kompletterande frågor och svar"),
         QStringLiteral("1. ") + MalmoQuestion,
         QStringLiteral("Svar: Vi delar allt öppet på vår webbplats."),
         QStringLiteral("Svar inkom 20 april 2026 med bilagan svar-malmö.pdf."),
         QStringLiteral("1. ") + OrebroQuestions.at(0),
         QStringLiteral("I dag använder 1 240 brukare tekniken."),
         QStringLiteral("2. ") + OrebroQuestions.at(1),
         QStringLiteral("Vi har mätt med enkäter i fjärran byar."),
         QStringLiteral("Svar: Tack för frågorna!"), QStringLiteral("Slutomröstningen"),
         QStringLiteral("Rangordning enligt Schulze"), QStringLiteral("Bordaräkning"),
         QStringLiteral("Flest förstaplatser"), QStringLiteral("Beslutet"),
         QStringLiteral("Vinnare: Malmö. Beslutat i Stockholm den 12 maj 2026.")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(squeezed(text).contains(
        squeezed(QStringLiteral("SHA-256 för beslutsposten: ") + m_recordSha)));
    // The ballots: Karin's cell on Åre reads "jäv".
    QVERIFY2(text.contains(QStringLiteral("Karin Ekdahl 1 2 4 3 jäv")), qPrintable(text));
    for (int page = 0; page < pages; ++page) {
        const QString t = pageText(m_protocol, page);
        QVERIFY2(t.contains(QStringLiteral("Sida %1 av %2").arg(page + 1).arg(pages)),
                 qPrintable(t.right(200)));
        QVERIFY2(squeezed(t).contains(squeezed(QStringLiteral("Omgång ") + m_roundId)),
                 qPrintable(t.right(200)));
    }
}

void tst_Documents::protocolCsv()
{
    auto bytes = Documents::protocolCsv(m_round->db());
    JB_VERIFY_OK(bytes);
    QVERIFY(bytes->startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes->mid(3).startsWith("Del;Id;Kommun;Uppgift;V\xC3\xA4rde\r\n"));
    auto csv = CsvReader::parse(bytes.value(), QStringLiteral("protokoll.csv"));
    JB_VERIFY_OK(csv);
    QCOMPARE(csv->delimiter, QChar(u';'));
    QCOMPARE(csv->header.fields, (QStringList{"Del", "Id", "Kommun", "Uppgift", "Värde"}));
    QMultiHash<QString, QStringList> parts;
    for (const CsvRecord &r : csv->records) {
        QCOMPARE(r.fields.size(), 5);
        parts.insert(r.fields.at(0), r.fields);
    }
    const auto rows = [&](const QString &part) {
        QList<QStringList> list = parts.values(part);
        std::reverse(list.begin(), list.end()); // QMultiHash gives the latest first
        return list;
    };

    QCOMPARE(rows("omgång").size(), 2);
    QCOMPARE(rows("omgång").at(0), (QStringList{"omgång", m_roundId, "", "utmärkelse", Award}));
    QCOMPARE(rows("omgång").at(1).at(4), QStringLiteral("decided"));
    QCOMPARE(rows("jury").size(), 4);
    QCOMPARE(rows("jury").at(0).mid(3), (QStringList{"ordförande", "Åsa Öberg, Vitalis"}));
    QCOMPARE(rows("jury").at(1).mid(3), (QStringList{"jurymedlem", "Karin Ekdahl, SKR"}));
    QCOMPARE(rows("jäv").size(), 1);
    QCOMPARE(rows("jäv").first(),
             (QStringList{"jäv", uuidOf(u'Å'), "Åre", "Karin Ekdahl", "Anställd i Åre kommun"}));

    // Screening: every application, Lund did not advance.
    QCOMPARE(rows("gallring").size(), 6 * 5);
    bool lund = false;
    for (const QStringList &r : rows("gallring"))
        if (r.at(2) == QLatin1String("Lund") && r.at(3) == QLatin1String("status"))
            lund = r.at(4) == QLatin1String("not_advanced");
    QVERIFY(lund);

    // Questions and the answers, split by their numbers.
    QCOMPARE(rows("fråga").size(), 3);
    QList<QStringList> expectedQuestions
        = {{"fråga", uuidOf(u'M'), "Malmö", "1", MalmoQuestion},
           {"fråga", uuidOf(u'Ö'), "Örebro", "1", OrebroQuestions.at(0)},
           {"fråga", uuidOf(u'Ö'), "Örebro", "2", OrebroQuestions.at(1)}};
    QList<QStringList> questions = rows("fråga");
    std::sort(questions.begin(), questions.end());
    std::sort(expectedQuestions.begin(), expectedQuestions.end());
    QCOMPARE(questions, expectedQuestions);
    QList<QStringList> answers = rows("svar");
    QList<QStringList> expectedAnswers
        = {{"svar", uuidOf(u'M'), "Malmö", "", "Vi delar allt öppet på vår webbplats."},
           {"svar", uuidOf(u'Ö'), "Örebro", "1", "I dag använder 1 240 brukare tekniken."},
           {"svar", uuidOf(u'Ö'), "Örebro", "2", "Vi har mätt med enkäter i fjärran byar."},
           {"svar", uuidOf(u'Ö'), "Örebro", "", "Tack för frågorna!"}};
    std::sort(answers.begin(), answers.end());
    std::sort(expectedAnswers.begin(), expectedAnswers.end());
    QCOMPARE(answers, expectedAnswers);

    // Every ballot as cast; Karin's cell on Åre is her conflict.
    const QStringList jurors = VoteRound::jurorNames();
    const QStringList specs = {"M>Ö>Y>Ä>Å", "M>Ö>Ä>Y", "Ö>M>Å>Y>Ä", "M>Å>Ö>Ä>Y"};
    QHash<QString, QString> cast;
    for (int j = 0; j < jurors.size(); ++j) {
        const QHash<qint64, int> ranks = m_round->ranks(specs.at(j));
        for (QChar letter : VoteRound::letters()) {
            const qint64 id = m_round->finalist(letter);
            cast.insert(jurors.at(j) + u'|' + VoteRound::municipality(letter),
                        ranks.contains(id) ? QString::number(ranks.value(id))
                                           : QStringLiteral("jäv"));
        }
    }
    QHash<QString, QString> ballots;
    for (const QStringList &r : rows("röstsedel")) {
        QCOMPARE(r.at(1),
                 uuidOf(VoteRound::letters().at(VoteRound::letters().indexOf(r.at(2).at(0)))));
        ballots.insert(r.at(3) + u'|' + r.at(2), r.at(4));
    }
    QCOMPARE(ballots, cast);
    QCOMPARE(ballots.value(QStringLiteral("Karin Ekdahl|Åre")), QStringLiteral("jäv"));

    // The Schulze ranking with its shared fourth place, Borda and plurality beside it.
    QHash<QString, QString> schulze, borda;
    for (const QStringList &r : rows("rangordning")) {
        if (r.at(3) == QLatin1String("schulze"))
            schulze.insert(r.at(2), r.at(4));
        if (r.at(3) == QLatin1String("borda"))
            borda.insert(r.at(2), r.at(4));
    }
    const QHash<QString, QString> expectedRanking{
        {"Malmö", "1"}, {"Örebro", "2"}, {"Åre", "3"}, {"Ystad", "4"}, {"Älvdalen", "4"}};
    QCOMPARE(schulze, expectedRanking);
    QCOMPARE(borda, expectedRanking);
    QCOMPARE(rows("rangordning").size(), 15);

    // The pairwise matrix, row over column.
    QHash<QString, QString> pairwise;
    for (const QStringList &r : rows("parvis"))
        pairwise.insert(r.at(2) + QStringLiteral(" > ") + r.at(3), r.at(4));
    QCOMPARE(pairwise.size(), 20);
    QCOMPARE(pairwise.value("Malmö > Örebro"), QStringLiteral("3"));
    QCOMPARE(pairwise.value("Örebro > Malmö"), QStringLiteral("1"));
    QCOMPARE(pairwise.value("Malmö > Åre"), QStringLiteral("3"));
    QCOMPARE(pairwise.value("Åre > Malmö"), QStringLiteral("0"));
    QCOMPARE(pairwise.value("Ystad > Älvdalen"), QStringLiteral("2"));
    QCOMPARE(pairwise.value("Älvdalen > Ystad"), QStringLiteral("2"));
    QCOMPARE(pairwise.value("Åre > Ystad"), QStringLiteral("2"));
    QCOMPARE(pairwise.value("Ystad > Åre"), QStringLiteral("1"));

    QList<QStringList> decision = rows("beslut");
    QCOMPARE(decision.size(), 3);
    QCOMPARE(decision.at(0),
             (QStringList{"beslut", uuidOf(u'M'), "Malmö", "vinnare", "2026-05-12"}));
    QCOMPARE(decision.at(1).at(4), Motivation);
    QCOMPARE(decision.at(2).at(4), m_recordSha);
}

void tst_Documents::questionLetters()
{
    // One letter per finalist with questions, none for the others.
    QCOMPARE(m_letters.size(), 2);
    QStringList names;
    for (const QString &path : m_letters)
        names << QFileInfo(path).fileName();
    names.sort();
    QCOMPARE(names, (QStringList{"Frågor till Malmö.pdf", "Frågor till Örebro.pdf"}));
    QCOMPARE(QDir(file(QStringLiteral("frågebrev"))).entryList(QDir::Files).size(), 2);

    const QString today = longDate(QDate::currentDate());
    const struct
    {
        QString file;
        QString municipality;
        QString title;
        QStringList questions;
        QString replyBy;
    } letters[] = {
        {QStringLiteral("Frågor till Örebro.pdf"), QStringLiteral("Örebro"),
         QStringLiteral("Välfärdsteknik i vardagen"), OrebroQuestions,
         QStringLiteral("15 april 2026")},
        {QStringLiteral("Frågor till Malmö.pdf"),
         QStringLiteral("Malmö"),
         QStringLiteral("Trygghet hela dygnet"),
         {MalmoQuestion},
         QStringLiteral("20 april 2026")},
    };
    for (const auto &letter : letters) {
        QPdfDocument document;
        QCOMPARE(document.load(file(QStringLiteral("frågebrev/") + letter.file)),
                 QPdfDocument::Error::None);
        QString text = allText(document);
        QStringList parts
            = {Award, today, letter.municipality,
               QStringLiteral("Kompletterande frågor om er ansökan"),
               QStringLiteral("Grattis! %1 är en av finalisterna i %2 med ansökan ”%3”.")
                   .arg(letter.municipality, Award, letter.title)};
        for (int i = 0; i < letter.questions.size(); ++i)
            parts << QStringLiteral("%1. %2").arg(i + 1).arg(letter.questions.at(i));
        parts << QStringLiteral("Vi ber om ert svar senast %1.").arg(letter.replyBy)
              << QStringLiteral("Numrera svaren på samma sätt som frågorna.")
              << QStringLiteral("Skicka svaren till, eller fråga:") << VoteRound::Contact
              << QStringLiteral("Med vänliga hälsningar")
              << QStringLiteral("Juryn för Sveriges eHälsokommun");
        const QString problem = outOfOrder(text, parts);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in ") + text));
        QVERIFY2(text.contains(QStringLiteral("Sida 1 av %1").arg(document.pageCount())),
                 qPrintable(text));
        // Nothing of the other finalists or of the jury's work.
        for (const QString &other :
             {QStringLiteral("Ystad"), QStringLiteral("Älvdalen"), QStringLiteral("Åsa Öberg")})
            QVERIFY2(!text.contains(other), qPrintable(other));
    }
}

void tst_Documents::noQuestionsNoLetters()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("utan frågor.jury"));
    auto round = VoteRound::make(path);
    QVERIFY(round);
    const auto refused
        = Documents::exportQuestionLetters(round->db(), dir.filePath(QStringLiteral("brev")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             QStringLiteral("Ingen finalist har någon godkänd kompletterande fråga ännu."));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("brev"))));
}

void tst_Documents::letterRecipientIsText()
{
    // The applicant as the web form wrote it is text, never markup.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sökande.jury"));
    auto round = VoteRound::make(path);
    QVERIFY(round);
    JB_VERIFY_OK(RoundRepository(round->db()).setPhase(Phase::Followup));
    JB_VERIFY_OK(FollowupRepository(round->db()).addQuestion(round->finalist(u'M'), MalmoQuestion));
    JB_VERIFY_OK(
        round->db().exec(QStringLiteral("UPDATE application SET applicant = ? WHERE id = ?"),
                         {QStringLiteral("Malmö stad <Vård & omsorg>"), round->finalist(u'M')}));
    auto html = Documents::questionLetterHtml(round->db(), round->finalist(u'M'));
    JB_VERIFY_OK(html);
    QVERIFY2(html->contains(QStringLiteral("Malmö stad &lt;Vård &amp; omsorg&gt;")),
             qPrintable(html.value()));
    QVERIFY(!html->contains(QStringLiteral("<Vård")));
    auto letters
        = Documents::exportQuestionLetters(round->db(), dir.filePath(QStringLiteral("brev")));
    JB_VERIFY_OK(letters);
    QPdfDocument letter;
    QCOMPARE(letter.load(letters->first()), QPdfDocument::Error::None);
    QVERIFY(
        allText(letter).contains(QStringLiteral("Malmö stad <Vård & omsorg> Att. Sara Nilsson")));
}

QTEST_MAIN(tst_Documents)
#include "tst_documents.moc"
