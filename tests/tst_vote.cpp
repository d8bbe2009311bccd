#include "exchange/package.h"
#include "exchange/returnfile.h"
#include "export/documents.h"
#include "import/applicationimporter.h"
#include "localization.h"
#include "reference/municipalityregistry.h"
#include "report/statusreport.h"
#include "screening/finalistrepository.h"
#include "screening/scoringsheet.h"
#include "screening/workrepository.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "support/testsupport.h"
#include "support/voteround.h"
#include "vote/ballotrepository.h"
#include "vote/decisionrepository.h"
#include "vote/followuprepository.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace TestSupport;

namespace {

// Groups of ties are written with their members in Swedish alphabetical order, so that an
// expected "MY" does not depend on the order inside a group.
const QString Alphabetical = QStringLiteral("MYÅÄÖ");

const QString Motivation = QStringLiteral(
    "Malmö visar hur en stor stad kan göra digital trygghet till en självklar del av "
    "hemtjänsten. Brukare, anhöriga och personal har varit med från början, och resultaten "
    "följs upp öppet.");

QString failure(const Result<void> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

template<typename T> QString failure(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

// Why a return file was refused, empty when it was merged.
QString refusal(const MergeResult &result)
{
    return result.refusal ? result.refusal->toString() : QString();
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

class tst_Vote : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // The count of stored ballots
    void countsStoredBallots_data();
    void countsStoredBallots();
    void conflictedJurorAddsNothingOnThatFinalist();
    void ballotRefusals_data();
    void ballotRefusals();
    void ballotSheetRoundTrip();
    void badBallotSheetsChangeNothing_data();
    void badBallotSheetsChangeNothing();

    // Ballots and proposals in return files
    void ballotsTravelInReturnFiles();
    void returnFilesFollowThePhaseAndConflicts();
    void returnFileWithAnImpossibleRankIsRefused_data();
    void returnFileWithAnImpossibleRankIsRefused();
    void proposalsTravelInReturnFiles();

    // The decision
    void decideSingleWinner();
    void decisionWithoutDateIsDatedToday();
    void draftIsNotADecision();
    void decideRefusals_data();
    void decideRefusals();
    void tieIsSettledByTheChair();
    void tieWithoutChairIsRefused();
    void chairCannotCastForAFinalistSheIsConflictedOn();
    void lockedRoundRefusesEveryChange();
    void decisionRecordHashIsStable();

    // Follow-up questions and answers
    void proposalsBelongToTheirAuthor();
    void approveQuestionsWithSources();
    void reorderQuestions();
    void replyByDate_data();
    void replyByDate();
    void recordAnswers();
    void answersSplitPerQuestion_data();
    void answersSplitPerQuestion();

private:
    Database &db() const { return m_round->db(); }
    qint64 f(QChar letter) const { return m_round->finalist(letter); }
    qint64 juror(const QString &name) const { return m_round->juror(name); }
    QChar letterOf(qint64 id) const;
    QString text(const QList<QList<qint64>> &ranking) const;
    QString nonZero(const Tally &tally, const QList<QList<int>> &matrix) const;
    QString phase() const { return phaseKey(RoundRepository(db()).load()->phase); }
    void reopen();
    /// The return file of @p jurorName's package, after @p work ran in the package (with the
    /// package's database and the juror's id there); empty when something failed.
    QString returnFile(const QString &jurorName, const QString &name,
                       const std::function<void(Database &, qint64)> &work);
    /// A copy of the vote round (no ballots) in @p phase, opened.
    std::unique_ptr<VoteRound> freshCopy(const QString &name, Phase phase);
    qint64 ballotRows(Database &db) const;

    QTemporaryDir m_templateDir;
    QString m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<VoteRound> m_round;
};

void tst_Vote::initTestCase()
{
    TestSupport::useFreshUserFolders();
    Localization::install(*QCoreApplication::instance(), QStringLiteral("sv"));
    QVERIFY(m_templateDir.isValid());
    m_template = m_templateDir.filePath(QStringLiteral("mall.jury"));
    QVERIFY(VoteRound::create(m_template));
}

void tst_Vote::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("omgång.jury"));
    QVERIFY(QFile::copy(m_template, m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_round = VoteRound::open(m_path);
    QVERIFY(m_round);
    QCOMPARE(phase(), QStringLiteral("vote"));
}

void tst_Vote::cleanup()
{
    m_round.reset();
    m_dir.reset();
}

void tst_Vote::reopen()
{
    m_round.reset();
    m_round = VoteRound::open(m_path);
    QVERIFY(m_round);
}

QString tst_Vote::returnFile(const QString &jurorName, const QString &name,
                             const std::function<void(Database &, qint64)> &work)
{
    const QUuid uuid(
        db().scalar(QStringLiteral("SELECT uuid FROM juror WHERE id = ?"), {juror(jurorName)})
            ->toString());
    const QString package = m_dir->filePath(name + QStringLiteral(".jurypaket"));
    const QString returned = m_dir->filePath(name + QStringLiteral(".juryretur"));
    if (auto built = Package::build(db(), uuid, package); !built) {
        qWarning("package: %s", qPrintable(built.error().toString()));
        return {};
    }
    auto copy = Database::open(package);
    if (!copy) {
        qWarning("package: %s", qPrintable(copy.error().toString()));
        return {};
    }
    work(*copy.value(), JurorRepository(*copy.value()).find(uuid)->id);
    auto bytes = ReturnFile::create(*copy.value());
    if (!bytes || QTest::currentTestFailed())
        return {};
    return writeFile(returned, bytes.value());
}

std::unique_ptr<VoteRound> tst_Vote::freshCopy(const QString &name, Phase phase)
{
    const QString path = m_dir->filePath(name);
    QFile::copy(m_template, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto round = VoteRound::open(path);
    if (round && phase != Phase::Vote && !RoundRepository(round->db()).setPhase(phase))
        return {};
    return round;
}

qint64 tst_Vote::ballotRows(Database &db) const
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM ballot WHERE rank IS NOT NULL"))
        ->toLongLong();
}

QChar tst_Vote::letterOf(qint64 id) const
{
    for (QChar letter : VoteRound::letters())
        if (f(letter) == id)
            return letter;
    return u'?';
}

QString tst_Vote::text(const QList<QList<qint64>> &ranking) const
{
    QStringList groups;
    for (const QList<qint64> &group : ranking) {
        QString letters;
        for (qint64 id : group)
            letters += letterOf(id);
        std::sort(letters.begin(), letters.end(), [](QChar a, QChar b) {
            return Alphabetical.indexOf(a) < Alphabetical.indexOf(b);
        });
        groups << letters;
    }
    return groups.join(u' ');
}

// "MÖ1 MY2 …": every non-zero cell as row, column and value, rows and columns in the
// screening order M, Ö, Y, Ä, Å whatever the order of the matrix.
QString tst_Vote::nonZero(const Tally &tally, const QList<QList<int>> &matrix) const
{
    QStringList cells;
    for (QChar row : VoteRound::letters()) {
        for (QChar column : VoteRound::letters()) {
            if (row == column)
                continue;
            const int i = int(tally.candidates.indexOf(f(row)));
            const int j = int(tally.candidates.indexOf(f(column)));
            if (i < 0 || j < 0)
                return QStringLiteral("missing candidate");
            if (matrix.at(i).at(j) != 0)
                cells << QStringLiteral("%1%2%3").arg(row).arg(column).arg(matrix.at(i).at(j));
        }
    }
    return cells.join(u' ');
}

// ---- The count ------------------------------------------------------------------------------

void tst_Vote::countsStoredBallots_data()
{
    // Ballots of Åsa, Karin, Erik and Maja. Karin is conflicted on Åre (Å) and never ranks it.
    QTest::addColumn<QStringList>("ballots");
    QTest::addColumn<int>("counted");
    QTest::addColumn<QString>("ranking");
    QTest::addColumn<QString>("pairwise");
    QTest::addColumn<QString>("widest");
    QTest::addColumn<QString>("borda");
    QTest::addColumn<QString>("plurality");
    QTest::addColumn<bool>("methodsDisagree");
    QTest::addColumn<bool>("disagreement"); // methods or the screening (Malmö first)

    // Ties inside ballots, unranked finalists below the ranked ones. Örebro wins every
    // pair; the screening put Malmö first, which is what the notice is about.
    QTest::newRow("ties in ballots")
        << QStringList{"M=Ö>Y", "Ö>M=Y>Ä", "Å>M>Ö=Ä", "Ö=Y>M"} << 4 << "Ö M Y Å Ä"
        << "MÖ1 MY2 MÄ4 MÅ2 ÖM2 ÖY3 ÖÄ3 ÖÅ2 YM1 YÄ3 YÅ2 ÄY1 ÅM1 ÅÖ1 ÅY1 ÅÄ1"
        << "MY2 MÄ4 MÅ2 ÖM2 ÖY3 ÖÄ3 ÖÅ2 YÄ3 YÅ2 ÅÄ1"
        << "Ö M Y Å Ä"
        << "Ö Å MY Ä" << false << true;
    // Åsa ranks only Älvdalen, Erik casts no ballot: Älvdalen and Åre tie at the top, no
    // path leads into either.
    QTest::newRow("partial ballots") << QStringList{"Ä", "Y>Ä", "", "Å>Ä>M"} << 3 << "ÅÄ MY Ö"
                                     << "MÖ1 MY1 YM1 YÖ1 YÄ1 ÄM3 ÄÖ3 ÄY2 ÄÅ1 ÅM1 ÅÖ1 ÅY1 ÅÄ1"
                                     << "MÖ1 YÖ1 ÄM3 ÄÖ3 ÄY2 ÅM1 ÅÖ1 ÅY1"
                                     << "Ä Å Y M Ö"
                                     << "YÅÄ MÖ" << true << true;
    // Malmö > Örebro > Ystad > Malmö, each 2 to 1: the widest paths are all 2, a three-way
    // tie for first place.
    QTest::newRow("cycle") << QStringList{"M>Ö>Y", "", "Ö>Y>M", "Y>M>Ö"} << 3 << "MYÖ ÅÄ"
                           << "MÖ2 MY1 MÄ3 MÅ3 ÖM1 ÖY2 ÖÄ3 ÖÅ3 YM2 YÖ1 YÄ3 YÅ3"
                           << "MÖ2 MY2 MÄ3 MÅ3 ÖM2 ÖY2 ÖÄ3 ÖÅ3 YM2 YÖ2 YÄ3 YÅ3"
                           << "MYÖ ÅÄ"
                           << "MYÖ ÅÄ" << false << true;
    // Without Karin's ballot on the pair, Åre beats Malmö 2 to 1; Borda still prefers Malmö.
    QTest::newRow("conflicted juror")
        << QStringList{"Å>M>Ö>Y>Ä", "M>Ö>Y>Ä", "Å>Ö>M>Y>Ä", "M>Å>Ö>Y>Ä"} << 4 << "Å M Ö Y Ä"
        << "MÖ3 MY4 MÄ4 MÅ1 ÖM1 ÖY4 ÖÄ4 YÄ4 ÅM2 ÅÖ3 ÅY3 ÅÄ3"
        << "MÖ3 MY4 MÄ4 ÖY4 ÖÄ4 YÄ4 ÅM2 ÅÖ3 ÅY3 ÅÄ3"
        << "M Å Ö Y Ä"
        << "MÅ YÄÖ" << true << true;
    QTest::newRow("tie for first place") << QStringList{"M>Ö", "", "Ö>M", ""} << 2 << "MÖ YÅÄ"
                                         << "MÖ1 MY2 MÄ2 MÅ2 ÖM1 ÖY2 ÖÄ2 ÖÅ2"
                                         << "MY2 MÄ2 MÅ2 ÖY2 ÖÄ2 ÖÅ2"
                                         << "MÖ YÅÄ"
                                         << "MÖ YÅÄ" << false << true;
    // The classic case: a majority for Malmö, a strong second choice for Örebro. Borda
    // names Örebro, Schulze, plurality and the screening Malmö.
    QTest::newRow("Borda differs")
        << QStringList{"M>Ö>Y>Ä>Å", "", "M>Ö>Y>Ä>Å", "Ö>Y>Ä>Å>M"} << 3 << "M Ö Y Ä Å"
        << "MÖ2 MY2 MÄ2 MÅ2 ÖM1 ÖY3 ÖÄ3 ÖÅ3 YM1 YÄ3 YÅ3 ÄM1 ÄÅ3 ÅM1"
        << "MÖ2 MY2 MÄ2 MÅ2 ÖY3 ÖÄ3 ÖÅ3 YÄ3 YÅ3 ÄÅ3"
        << "Ö M Y Ä Å"
        << "M Ö YÅÄ" << true << true;
    QTest::newRow("all agree") << QStringList{"M>Ö>Y>Ä>Å", "M>Ö>Y>Ä", "M>Ö>Y>Ä>Å", "M>Ö>Y>Ä>Å"} << 4
                               << "M Ö Y Ä Å"
                               << "MÖ4 MY4 MÄ4 MÅ3 ÖY4 ÖÄ4 ÖÅ3 YÄ4 YÅ3 ÄÅ3"
                               << "MÖ4 MY4 MÄ4 MÅ3 ÖY4 ÖÄ4 ÖÅ3 YÄ4 YÅ3 ÄÅ3"
                               << "M Ö Y Ä Å"
                               << "M YÅÄÖ" << false << false;
}

void tst_Vote::countsStoredBallots()
{
    QFETCH(QStringList, ballots);
    QFETCH(int, counted);
    QFETCH(QString, ranking);
    QFETCH(QString, pairwise);
    QFETCH(QString, widest);
    QFETCH(QString, borda);
    QFETCH(QString, plurality);
    QFETCH(bool, methodsDisagree);
    QFETCH(bool, disagreement);

    JB_VERIFY_OK(m_round->cast(ballots));
    // Counted from the file as it is stored, not from what was just written.
    reopen();
    auto vote = VoteResult::count(db());
    JB_VERIFY_OK(vote);
    const Tally &tally = vote->tally;
    QCOMPARE(vote->finalists.size(), 5);
    QVERIFY(!vote->finalists.contains(m_round->app(QStringLiteral("Lund"))));
    QCOMPARE(text(vote->screeningRanking), QStringLiteral("M Ö Y Ä Å"));
    QCOMPARE(vote->screeningWinners, QList<qint64>{f(u'M')});
    QCOMPARE(vote->ballots, counted);
    QCOMPARE(text(tally.ranking), ranking);
    QCOMPARE(nonZero(tally, tally.pairwise), pairwise);
    QCOMPARE(nonZero(tally, tally.widestPaths), widest);
    QCOMPARE(text(tally.bordaRanking), borda);
    QCOMPARE(text(tally.pluralityRanking), plurality);
    QCOMPARE(tally.methodsDisagree(), methodsDisagree);
    QCOMPARE(vote->disagreement, disagreement);

    // status --json says the same, keyed by application id.
    auto status = StatusReport::build(db());
    JB_VERIFY_OK(status);
    const QJsonObject json = status->value(QStringLiteral("vote")).toObject();
    QCOMPARE(json.value(QStringLiteral("ballots")).toInt(), counted);
    QCOMPARE(json.value(QStringLiteral("methods_disagree")).toBool(), disagreement);
    const QJsonArray groups = json.value(QStringLiteral("ranking")).toArray();
    QCOMPARE(groups.size(), tally.ranking.size());
    for (int g = 0; g < groups.size(); ++g) {
        QStringList expected, actual;
        for (qint64 id : tally.ranking.at(g))
            expected << uuidText(vote->uuid.value(id));
        for (const QJsonValue &v : groups.at(g).toArray())
            actual << v.toString();
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
    }
    const QJsonArray screening = json.value(QStringLiteral("screening")).toArray();
    QCOMPARE(screening.size(), 5);
    QCOMPARE(screening.first().toArray().first().toString(), uuidText(vote->uuid.value(f(u'M'))));
    QCOMPARE(screening.last().toArray().first().toString(), uuidText(vote->uuid.value(f(u'Å'))));
    const bool tie = tally.winners().size() > 1;
    QCOMPARE(json.value(QStringLiteral("tie")).toBool(), tie);
    if (tie)
        QVERIFY(json.value(QStringLiteral("winner")).isNull());
    else
        QCOMPARE(json.value(QStringLiteral("winner")).toString(),
                 uuidText(vote->uuid.value(tally.winners().first())));
    const QJsonObject matrix = json.value(QStringLiteral("pairwise")).toObject();
    QCOMPARE(matrix.size(), 5);
    const QString malmo = uuidText(vote->uuid.value(f(u'M')));
    const QString orebro = uuidText(vote->uuid.value(f(u'Ö')));
    QCOMPARE(matrix.value(malmo).toObject().size(), 4);
    QCOMPARE(
        matrix.value(malmo).toObject().value(orebro).toInt(),
        tally.pairwise.at(tally.candidates.indexOf(f(u'M'))).at(tally.candidates.indexOf(f(u'Ö'))));
}

void tst_Vote::conflictedJurorAddsNothingOnThatFinalist()
{
    const qint64 karin = juror(VoteRound::Recused);
    const auto cell = [&](const Tally &t, QChar row, QChar column) {
        return t.pairwise.at(t.candidates.indexOf(f(row))).at(t.candidates.indexOf(f(column)));
    };
    // Only Karin votes. She leaves Åre unranked, as she must; without the conflict that
    // would rank Åre below all four.
    JB_VERIFY_OK(m_round->cast({"", "M>Ö>Y>Ä", "", ""}));
    auto vote = VoteResult::count(db());
    JB_VERIFY_OK(vote);
    QCOMPARE(vote->ballots, 1);
    for (QChar other : QStringLiteral("MÖYÄ")) {
        QCOMPARE(cell(vote->tally, other, u'Å'), 0);
        QCOMPARE(cell(vote->tally, u'Å', other), 0);
    }
    QCOMPARE(cell(vote->tally, u'M', u'Ö'), 1);
    QCOMPARE(cell(vote->tally, u'Y', u'Ä'), 1);
    QCOMPARE(vote->tally.bordaPoints.value(f(u'Å')), 0.0);
    QCOMPARE(vote->tally.bordaPoints.value(f(u'M')), 3.0); // above Ö, Y and Ä only
    // Nothing is known of Åre, so nobody beats it: it shares the first place.
    QCOMPARE(text(vote->tally.ranking), QStringLiteral("MÅ Ö Y Ä"));

    // The ballot contributes nothing on Åre however Karin would have ranked it: a rank she
    // gave before declaring the conflict is kept in the file but not counted.
    JB_VERIFY_OK(WorkRepository(db()).withdrawConflict(karin, f(u'Å')));
    JB_VERIFY_OK(m_round->cast({"", "Å>M>Ö>Y>Ä", "", ""}));
    vote = VoteResult::count(db());
    QCOMPARE(cell(vote->tally, u'Å', u'M'), 1);
    JB_VERIFY_OK(WorkRepository(db()).declareConflict(
        karin, f(u'Å'), QStringLiteral("Anställd i Åre kommun"), false));
    QCOMPARE(BallotRepository(db()).ranks(karin)->value(f(u'Å')), 1);
    vote = VoteResult::count(db());
    for (QChar other : QStringLiteral("MÖYÄ")) {
        QCOMPARE(cell(vote->tally, other, u'Å'), 0);
        QCOMPARE(cell(vote->tally, u'Å', other), 0);
    }
    QCOMPARE(text(vote->tally.ranking), QStringLiteral("MÅ Ö Y Ä"));

    // With a second juror, every pair with Åre is that juror's alone.
    JB_VERIFY_OK(m_round->cast({"", "", "Ä>Å>Y>Ö>M", ""}));
    vote = VoteResult::count(db());
    QCOMPARE(vote->ballots, 2);
    QCOMPARE(cell(vote->tally, u'Å', u'M'), 1);
    QCOMPARE(cell(vote->tally, u'M', u'Å'), 0);
    QCOMPARE(cell(vote->tally, u'Ä', u'Å'), 1);
    QCOMPARE(cell(vote->tally, u'M', u'Ö'), 1);
    QCOMPARE(cell(vote->tally, u'Ö', u'M'), 1);
    QCOMPARE(text(vote->tally.ranking), QStringLiteral("Ä Å MYÖ"));
}

void tst_Vote::ballotRefusals_data()
{
    QTest::addColumn<QString>("juror");
    QTest::addColumn<QString>("municipality");
    QTest::addColumn<int>("rank");
    QTest::addColumn<bool>("followup");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not a finalist") << "Erik Lind"
                                    << "Lund" << 1 << false << "Bara finalister kan rangordnas.";
    QTest::newRow("conflicted") << "Karin Ekdahl"
                                << "Åre" << 1 << false
                                << "En jurymedlem som är jävig för Åre kan inte rangordna den.";
    QTest::newRow("rank zero") << "Erik Lind"
                               << "Malmö" << 0 << false << "Rangen börjar på 1 (bäst).";
    QTest::newRow("negative rank") << "Erik Lind"
                                   << "Malmö" << -3 << false << "Rangen börjar på 1 (bäst).";
    QTest::newRow("before the vote") << "Erik Lind"
                                     << "Malmö" << 1 << true << "Det går bara att rösta i fasen";
}

void tst_Vote::ballotRefusals()
{
    QFETCH(QString, juror);
    QFETCH(QString, municipality);
    QFETCH(int, rank);
    QFETCH(bool, followup);
    QFETCH(QString, fragment);
    // An earlier ballot of the same juror stays as it was.
    JB_VERIFY_OK(m_round->cast({"", "M>Ö", "Ö>M", ""}));
    if (followup)
        JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Followup));
    const QByteArray before = fingerprint(db());
    QHash<qint64, std::optional<int>> ballot{{f(u'Y'), 1}, {m_round->app(municipality), rank}};
    const auto refused = BallotRepository(db()).setRanks(this->juror(juror), ballot);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(fragment), qPrintable(refused.error().message));
    QCOMPARE(fingerprint(db()), before);
    const auto ranks = BallotRepository(db()).ranks(this->juror(juror));
    QCOMPARE(ranks->size(), 2);
    QVERIFY(!ranks->contains(f(u'Y')));
}

void tst_Vote::ballotSheetRoundTrip()
{
    const qint64 erik = juror(QStringLiteral("Erik Lind"));
    auto sheet = ScoringSheet::exportSheet(db(), erik);
    JB_VERIFY_OK(sheet);
    QVERIFY(sheet->startsWith("\xEF\xBB\xBF"));
    QStringList lines
        = QString::fromUtf8(sheet->mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("id;Kommun;Titel;Rang"));
    // Finalists only, in Swedish order, none ranked yet.
    QStringList names;
    for (const QString &line : lines.mid(1)) {
        names << line.section(u';', 1, 1);
        QCOMPARE(line.section(u';', 3), QString());
    }
    QCOMPARE(names, (QStringList{"Malmö", "Ystad", "Åre", "Älvdalen", "Örebro"}));
    // Erik fills it in: Örebro and Åre share first place, Malmö third, Ystad left empty.
    const QHash<QString, QString> filled{
        {"Malmö", "3"}, {"Ystad", ""}, {"Åre", "1"}, {"Älvdalen", "4"}, {"Örebro", "1"}};
    for (int i = 1; i < lines.size(); ++i) {
        QStringList cells = lines.at(i).split(u';');
        cells[3] = filled.value(cells.at(1));
        lines[i] = cells.join(u';');
    }
    const QByteArray bytes
        = "\xEF\xBB\xBF" + (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
    auto report = ScoringSheet::importSheet(db(), erik, bytes, QStringLiteral("erik.csv"));
    JB_VERIFY_OK(report);
    QVERIFY(report->ballot);
    QCOMPARE(report->ranks, 4);
    QCOMPARE(report->describe(), QStringLiteral("Röstsedeln lästes in: 4 finalister rangordnade."));
    const auto ranks = BallotRepository(db()).ranks(erik);
    const QHash<qint64, int> expected{{f(u'M'), 3}, {f(u'Å'), 1}, {f(u'Ä'), 4}, {f(u'Ö'), 1}};
    QCOMPARE(ranks.value(), expected);
    // Exported again, the sheet shows the ballot.
    auto again = ScoringSheet::exportSheet(db(), erik);
    QVERIFY(QString::fromUtf8(again->mid(3))
                .contains(QStringLiteral(";Örebro;Välfärdsteknik i vardagen;1\r\n")));

    // Swedish Excel: Windows-1252, a rank removed (Malmö) is unranked afterwards; the sheet
    // is the whole ballot.
    QString excel = QStringLiteral("id;Kommun;Titel;Rang\r\n");
    for (QChar letter : QStringLiteral("ÅÖ"))
        excel += QStringLiteral("%1;%2;;%3\r\n")
                     .arg(db().scalar(QStringLiteral("SELECT uuid FROM application WHERE id = ?"),
                                      {f(letter)})
                              ->toString(),
                          VoteRound::municipality(letter),
                          letter == u'Å' ? QStringLiteral("2") : QStringLiteral("1"));
    report
        = ScoringSheet::importSheet(db(), erik, excel.toLatin1(), QStringLiteral("erik-excel.csv"));
    JB_VERIFY_OK(report);
    QCOMPARE(report->ranks, 2);
    const QHash<qint64, int> replaced{{f(u'Å'), 2}, {f(u'Ö'), 1}};
    QCOMPARE(BallotRepository(db()).ranks(erik).value(), replaced);
}

void tst_Vote::badBallotSheetsChangeNothing_data()
{
    // The sheet as "finalist=rank" lines; "Lund" is not a finalist, extra columns after '|'.
    QTest::addColumn<QString>("juror");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("columns");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("rank zero") << "Erik Lind"
                               << "Malmö=1 Örebro=0"
                               << ""
                               << "rad 3, kolumn ”Rang”"
                               << "”0” är ingen rang";
    QTest::newRow("decimal rank") << "Erik Lind"
                                  << "Malmö=1,5"
                                  << ""
                                  << "rad 2, kolumn ”Rang”"
                                  << "”1,5” är ingen rang";
    QTest::newRow("word") << "Erik Lind"
                          << "Malmö=etta"
                          << ""
                          << "rad 2, kolumn ”Rang”"
                          << "”etta” är ingen rang";
    QTest::newRow("not a finalist") << "Erik Lind"
                                    << "Malmö=1 Lund=2"
                                    << ""
                                    << "rad 3, kolumn ”id”"
                                    << "Ansökan är ingen finalist och kan inte rangordnas.";
    QTest::newRow("twice") << "Erik Lind"
                           << "Malmö=1 Malmö=2"
                           << ""
                           << "rad 3, kolumn ”id”"
                           << "Ansökan finns redan på rad 2.";
    QTest::newRow("conflicted")
        << "Karin Ekdahl"
        << "Malmö=1 Åre=2"
        << ""
        << "rad 3, kolumn ”Rang”"
        << "En rang har getts till en finalist som jurymedlemmen är jävig för.";
    QTest::newRow("screening column")
        << "Erik Lind"
        << "Malmö=1"
        << "Ledning"
        << "kolumn ”Ledning”"
        << "hör inte hemma i slutomröstningens ark (id;Kommun;Titel;Rang)";
}

void tst_Vote::badBallotSheetsChangeNothing()
{
    QFETCH(QString, juror);
    QFETCH(QString, rows);
    QFETCH(QString, columns);
    QFETCH(QString, where);
    QFETCH(QString, fragment);
    JB_VERIFY_OK(m_round->cast({"", "Y>M", "Ö>M", ""}));
    const QByteArray before = fingerprint(db());
    QString csv = QStringLiteral("id;Kommun;Titel;Rang")
                  + (columns.isEmpty() ? QString() : u';' + columns) + QStringLiteral("\r\n");
    for (const QString &row : rows.split(u' ')) {
        const QString name = row.section(u'=', 0, 0);
        const QString uuid
            = db().scalar(QStringLiteral("SELECT uuid FROM application WHERE id = ?"),
                          {m_round->app(name)})
                  ->toString();
        csv += QStringLiteral("%1;%2;;%3%4\r\n")
                   .arg(uuid, name, row.section(u'=', 1),
                        columns.isEmpty() ? QString() : QStringLiteral(";"));
    }
    const auto refused = ScoringSheet::importSheet(db(), this->juror(juror), csv.toUtf8(),
                                                   QStringLiteral("röstsedel.csv"));
    QVERIFY(!refused.ok());
    const QString message = refused.error().toString();
    QVERIFY2(message.startsWith(QStringLiteral("röstsedel.csv, ")), qPrintable(message));
    QVERIFY2(message.contains(where), qPrintable(message));
    QVERIFY2(message.contains(fragment), qPrintable(message));
    QCOMPARE(fingerprint(db()), before);
}

// ---- Return files ---------------------------------------------------------------------------

void tst_Vote::ballotsTravelInReturnFiles()
{
    const qint64 erik = juror(QStringLiteral("Erik Lind"));
    // Questions and the answer to them before Erik's package is made.
    JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Followup));
    FollowupRepository followup(db());
    JB_VERIFY_OK(followup.addQuestion(f(u'Ö'), QStringLiteral("Hur många brukare har larmet?")));
    JB_VERIFY_OK(followup.addQuestion(f(u'Ö'), QStringLiteral("Vad kostade införandet?")));
    JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Vote));
    JB_VERIFY_OK(followup.recordAnswer(
        f(u'Ö'), 0, QStringLiteral("1. Över 1 200 brukare.\n2. 3 miljoner kronor."), QString(),
        QByteArray(), QStringLiteral("2026-04-14")));
    JB_VERIFY_OK(m_round->cast({"", "", "M>Ö>Y>Ä>Å", ""}));

    const QString returned = returnFile(
        QStringLiteral("Erik Lind"), QStringLiteral("erik"), [&](Database &copy, qint64 own) {
            // The answers reached Erik with his package, each under its question.
            FollowupRepository received(copy);
            const auto split = FollowupRepository::answersPerQuestion(
                received.questions(f(u'Ö')).value(), received.answers(f(u'Ö')).value());
            QCOMPARE(split.first, (QList<QString>{"Över 1 200 brukare.", "3 miljoner kronor."}));
            // He reconsiders: Örebro first, then Åre, then Malmö; the rest unranked.
            JB_VERIFY_OK(
                BallotRepository(copy).setRanks(own, {{f(u'Ö'), 1}, {f(u'Å'), 2}, {f(u'M'), 3}}));
        });
    QVERIFY(!returned.isEmpty());
    // Nothing of the package is in the round before the merge.
    QCOMPARE(BallotRepository(db()).ranks(erik)->value(f(u'M')), 1);

    auto merged = Merger(db()).merge({returned});
    JB_VERIFY_OK(merged);
    QVERIFY2(merged->first().merged(), qPrintable(refusal(merged->first())));
    QCOMPARE(merged->first().counts.updated, 5); // three re-ranked, Ystad and Älvdalen unranked
    QCOMPARE(merged->first().counts.added, 0);
    const QHash<qint64, int> fromPackage{{f(u'Ö'), 1}, {f(u'Å'), 2}, {f(u'M'), 3}};
    QCOMPARE(BallotRepository(db()).ranks(erik).value(), fromPackage);
    auto vote = VoteResult::count(db());
    QCOMPARE(text(vote->tally.ranking), QStringLiteral("Ö Å M YÄ"));

    // The same file again changes nothing.
    QByteArray before = fingerprint(db());
    merged = Merger(db()).merge({returned});
    JB_VERIFY_OK(merged);
    QVERIFY(merged->first().merged());
    QCOMPARE(merged->first().counts.updated + merged->first().counts.added, 0);
    QVERIFY(merged->first().counts.unchanged >= 5);
    QCOMPARE(fingerprint(db()), before);

    // The organiser, acting as Erik at the meeting, changes the ballot after that: the
    // round's rows are newer, and the older return file no longer wins.
    JB_VERIFY_OK(m_round->cast({"", "", "Y>M", ""}));
    before = fingerprint(db());
    merged = Merger(db()).merge({returned});
    JB_VERIFY_OK(merged);
    QVERIFY(merged->first().merged());
    QCOMPARE(merged->first().counts.updated + merged->first().counts.added, 0);
    QCOMPARE(fingerprint(db()), before);
    const QHash<qint64, int> atTheMeeting{{f(u'Y'), 1}, {f(u'M'), 2}};
    QCOMPARE(BallotRepository(db()).ranks(erik).value(), atTheMeeting);
}

void tst_Vote::returnFilesFollowThePhaseAndConflicts()
{
    const qint64 maja = juror(QStringLiteral("Maja Holm"));
    const QString erikFile = returnFile(
        QStringLiteral("Erik Lind"), QStringLiteral("erik"), [&](Database &copy, qint64 own) {
            JB_VERIFY_OK(BallotRepository(copy).setRanks(own, {{f(u'M'), 1}, {f(u'Ö'), 2}}));
        });
    const QString majaFile = returnFile(
        QStringLiteral("Maja Holm"), QStringLiteral("maja"), [&](Database &copy, qint64 own) {
            JB_VERIFY_OK(BallotRepository(copy).setRanks(own, {{f(u'Y'), 1}, {f(u'M'), 2}}));
        });
    QVERIFY(!erikFile.isEmpty() && !majaFile.isEmpty());

    // A round still in the follow-up phase takes no ballots.
    auto followup = freshCopy(QStringLiteral("uppföljning.jury"), Phase::Followup);
    QVERIFY(followup);
    QByteArray before = fingerprint(followup->db());
    auto merged = Merger(followup->db()).merge({erikFile});
    JB_VERIFY_OK(merged);
    QVERIFY(!merged->first().merged());
    QVERIFY2(refusal(merged->first()).contains(QStringLiteral("röstsedel")),
             qPrintable(refusal(merged->first())));
    QVERIFY2(refusal(merged->first()).contains(phaseTitle(Phase::Followup)),
             qPrintable(refusal(merged->first())));
    QCOMPARE(fingerprint(followup->db()), before);

    // The organiser learns of Maja's conflict on Ystad after her package went out: her
    // ballot, which ranks Ystad, is refused whole; Erik's, merged in the same go, is taken.
    JB_VERIFY_OK(WorkRepository(db()).declareConflict(
        maja, f(u'Y'), QStringLiteral("Gift med kommunalrådet"), true));
    merged = Merger(db()).merge({majaFile, erikFile});
    JB_VERIFY_OK(merged);
    QCOMPARE(merged->size(), 2);
    QVERIFY(!merged->at(0).merged());
    QVERIFY2(refusal(merged->at(0)).contains(QStringLiteral("Ystad")),
             qPrintable(refusal(merged->at(0))));
    QVERIFY2(refusal(merged->at(0)).contains(QStringLiteral("jäv")),
             qPrintable(refusal(merged->at(0))));
    QVERIFY(merged->at(1).merged());
    QVERIFY(BallotRepository(db()).ranks(maja)->isEmpty());
    const QHash<qint64, int> erik{{f(u'M'), 1}, {f(u'Ö'), 2}};
    QCOMPARE(BallotRepository(db()).ranks(juror(QStringLiteral("Erik Lind"))).value(), erik);
    QCOMPARE(ballotRows(db()), 2);
}

void tst_Vote::returnFileWithAnImpossibleRankIsRefused_data()
{
    QTest::addColumn<QString>("municipality");
    QTest::addColumn<QJsonValue>("rank");
    QTest::newRow("rank 0") << "Malmö" << QJsonValue(0);
    QTest::newRow("negative rank") << "Malmö" << QJsonValue(-2);
    QTest::newRow("not a finalist") << "Lund" << QJsonValue(1);
}

void tst_Vote::returnFileWithAnImpossibleRankIsRefused()
{
    QFETCH(QString, municipality);
    QFETCH(QJsonValue, rank);
    // A return file the program would not write, signed with the juror's key all the same
    // (a damaged or hand-edited file): the round accepts no rank it would refuse itself.
    const QString honest = returnFile(
        QStringLiteral("Erik Lind"), QStringLiteral("erik"), [&](Database &copy, qint64 own) {
            JB_VERIFY_OK(BallotRepository(copy).setRanks(own, {{f(u'Ö'), 1}, {f(u'Y'), 2}}));
        });
    QVERIFY(!honest.isEmpty());
    QFile in(honest);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject object = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject work = object.value(QStringLiteral("work")).toObject();
    QJsonArray ballots = work.value(QStringLiteral("ballots")).toArray();
    QVERIFY(!ballots.isEmpty());
    const QUuid erik(object.value(QStringLiteral("juror")).toString());
    const QUuid application(db().scalar(QStringLiteral("SELECT uuid FROM application WHERE id = ?"),
                                        {m_round->app(municipality)})
                                ->toString());
    QJsonObject row = ballots.first().toObject();
    row.insert(QStringLiteral("uuid"), uuidText(WorkIds::ballot(erik, application)));
    row.insert(QStringLiteral("application"), uuidText(application));
    row.insert(QStringLiteral("rank"), rank);
    row.insert(QStringLiteral("version"), 9);
    ballots.append(row);
    work.insert(QStringLiteral("ballots"), ballots);
    object.insert(QStringLiteral("work"), work);
    object.remove(QStringLiteral("hmac"));
    const QByteArray key
        = db().scalar(QStringLiteral("SELECT secret_key FROM juror WHERE uuid = ?"),
                      {uuidText(erik)})
              ->toByteArray();
    object.insert(QStringLiteral("hmac"), QString::fromLatin1(QMessageAuthenticationCode::hash(
                                                                  ReturnFile::canonical(object),
                                                                  key, QCryptographicHash::Sha256)
                                                                  .toHex()));
    const QString forged = writeFile(m_dir->filePath(QStringLiteral("erik-ändrad.juryretur")),
                                     QJsonDocument(object).toJson(QJsonDocument::Compact));

    const QByteArray before = fingerprint(db());
    auto merged = Merger(db()).merge({forged});
    JB_VERIFY_OK(merged);
    QVERIFY2(!merged->first().merged(), "the file was merged");
    QVERIFY2(refusal(merged->first()).contains(municipality), qPrintable(refusal(merged->first())));
    QCOMPARE(fingerprint(db()), before);
    // The file as written by the program is fine.
    merged = Merger(db()).merge({honest});
    JB_VERIFY_OK(merged);
    QVERIFY(merged->first().merged());
    QCOMPARE(ballotRows(db()), 2);
}

void tst_Vote::proposalsTravelInReturnFiles()
{
    JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Followup));
    const QString returned = returnFile(
        QStringLiteral("Erik Lind"), QStringLiteral("erik"), [&](Database &copy, qint64 own) {
            JB_VERIFY_OK(FollowupRepository(copy).propose(
                own, f(u'Ä'), QStringLiteral("Hur når ni byarna i fjällen?")));
        });
    QVERIFY(!returned.isEmpty());
    // Once the vote has begun, a late proposal is refused.
    JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Vote));
    QByteArray before = fingerprint(db());
    auto merged = Merger(db()).merge({returned});
    JB_VERIFY_OK(merged);
    QVERIFY(!merged->first().merged());
    QVERIFY2(refusal(merged->first()).contains(phaseTitle(Phase::Vote)),
             qPrintable(refusal(merged->first())));
    QCOMPARE(fingerprint(db()), before);
    // In the follow-up phase the organiser sees it with its author.
    JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Followup));
    merged = Merger(db()).merge({returned});
    JB_VERIFY_OK(merged);
    QVERIFY(merged->first().merged());
    QCOMPARE(merged->first().counts.added, 1);
    const auto proposals = FollowupRepository(db()).proposals(f(u'Ä'));
    QCOMPARE(proposals->size(), 1);
    QCOMPARE(proposals->first().author, QStringLiteral("Erik Lind"));
    QCOMPARE(proposals->first().text, QStringLiteral("Hur når ni byarna i fjällen?"));
}

// ---- The decision ---------------------------------------------------------------------------

void tst_Vote::decideSingleWinner()
{
    JB_VERIFY_OK(m_round->cast({"M>Ö>Y>Ä>Å", "M>Ö>Y>Ä", "M>Ö>Y>Ä>Å", "Ö>M"}));
    // Naming the vote's own winner is allowed.
    auto decision = DecisionRepository(db()).decide(
        f(u'M'), QStringLiteral("  ") + Motivation + QStringLiteral("\n"),
        QStringLiteral("2026-05-12"), QStringLiteral(" Stockholm "));
    JB_VERIFY_OK(decision);
    QCOMPARE(decision->winnerId, f(u'M'));
    QCOMPARE(decision->motivation, Motivation);
    QCOMPARE(decision->date, QStringLiteral("2026-05-12"));
    QCOMPARE(decision->place, QStringLiteral("Stockholm"));
    QCOMPARE(decision->castingJurorId, 0);
    QVERIFY(decision->castingJurorName.isEmpty());
    QVERIFY(!decision->confirmedAt.isEmpty());
    QCOMPARE(decision->recordSha256.size(), 64);
    QCOMPARE(phase(), QStringLiteral("decided"));
    reopen();
    auto loaded = DecisionRepository(db()).load();
    JB_VERIFY_OK(loaded);
    QVERIFY(loaded->has_value());
    QCOMPARE(loaded.value()->winnerId, f(u'M'));
    QCOMPARE(loaded.value()->recordSha256, decision->recordSha256);
}

void tst_Vote::decisionWithoutDateIsDatedToday()
{
    JB_VERIFY_OK(m_round->cast({"M>Ö", "M>Ö", "", ""}));
    auto decision = DecisionRepository(db()).decide(std::nullopt, Motivation, QString(), QString());
    JB_VERIFY_OK(decision);
    QCOMPARE(decision->date, QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(decision->place, QString());
    QCOMPARE(decision->winnerId, f(u'M'));
}

void tst_Vote::draftIsNotADecision()
{
    JB_VERIFY_OK(m_round->cast({"M>Ö", "", "Ö>M", ""}));
    DecisionRepository decisions(db());
    JB_VERIFY_OK(decisions.saveDraft(f(u'Ö'), QStringLiteral("Ett första utkast."),
                                     QStringLiteral("2026-05-12"), QStringLiteral("Visby")));
    reopen();
    DecisionRepository reread(db());
    QVERIFY(!reread.load()->has_value());
    QCOMPARE(reread.draft().value()->motivation, QStringLiteral("Ett första utkast."));
    QCOMPARE(reread.draft().value()->winnerId, f(u'Ö'));
    QCOMPARE(phase(), QStringLiteral("vote"));
    // Nothing is decided or locked, and nothing can be published yet.
    const QJsonObject json
        = StatusReport::build(db())->value(QStringLiteral("decision")).toObject();
    QVERIFY(json.value(QStringLiteral("winner")).isNull());
    QVERIFY(json.value(QStringLiteral("motivation")).isNull());
    QCOMPARE(json.value(QStringLiteral("locked")).toBool(true), false);
    QVERIFY(!Documents::exportDecision(db(), m_dir->filePath(QStringLiteral("beslut.pdf"))).ok());
    JB_VERIFY_OK(
        BallotRepository(db()).setRanks(juror(QStringLiteral("Erik Lind")), {{f(u'Y'), 1}}));

    // Recording the decision replaces the draft.
    auto decision
        = reread.decide(f(u'M'), Motivation, QStringLiteral("2026-05-13"), QStringLiteral("Visby"));
    JB_VERIFY_OK(decision);
    QCOMPARE(decision->winnerId, f(u'M'));
    QCOMPARE(decision->castingJurorName, VoteRound::Chair);
    QCOMPARE(reread.load().value()->motivation, Motivation);
    QCOMPARE(reread.load().value()->date, QStringLiteral("2026-05-13"));
    QVERIFY(!reread.draft()->has_value());
}

void tst_Vote::decideRefusals_data()
{
    QTest::addColumn<QStringList>("ballots");
    QTest::addColumn<QString>("inPhase");
    QTest::addColumn<QString>("winner");
    QTest::addColumn<QString>("motivation");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("fragment");
    const QStringList agree{"M>Ö>Y>Ä>Å", "M>Ö>Y>Ä", "M>Ö>Y>Ä>Å", "M>Ö>Y>Ä>Å"};
    QTest::newRow("no ballots") << QStringList() << "vote"
                                << "" << Motivation << "2026-05-12"
                                << "Ingen jurymedlem har rangordnat finalisterna ännu.";
    QTest::newRow("another winner")
        << agree << "vote"
        << "Ö" << Motivation << "2026-05-12"
        << "Omröstningens vinnare är Malmö; en annan vinnare kan bara väljas av ordföranden";
    QTest::newRow("a non-finalist as winner") << agree << "vote"
                                              << "L" << Motivation << "2026-05-12"
                                              << "Omröstningens vinnare är Malmö";
    QTest::newRow("impossible date") << agree << "vote"
                                     << "" << Motivation << "2026-02-30"
                                     << "”2026-02-30” är inget datum; skriv det som 2026-05-12.";
    QTest::newRow("date in words") << agree << "vote"
                                   << "" << Motivation << "12 maj 2026"
                                   << "”12 maj 2026” är inget datum";
    QTest::newRow("no motivation") << agree << "vote"
                                   << ""
                                   << " \n "
                                   << "2026-05-12"
                                   << "Beslutet behöver juryns motivering.";
    QTest::newRow("before the vote") << agree << "followup"
                                     << "" << Motivation << "2026-05-12"
                                     << "Det går bara att registrera beslutet i fasen";
}

void tst_Vote::decideRefusals()
{
    QFETCH(QStringList, ballots);
    QFETCH(QString, inPhase);
    QFETCH(QString, winner);
    QFETCH(QString, motivation);
    QFETCH(QString, date);
    QFETCH(QString, fragment);
    JB_VERIFY_OK(m_round->cast(ballots));
    if (inPhase == QLatin1String("followup"))
        JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Followup));
    const QByteArray before = fingerprint(db());
    std::optional<qint64> chosen;
    if (!winner.isEmpty())
        chosen
            = winner == QLatin1String("L") ? m_round->app(QStringLiteral("Lund")) : f(winner.at(0));
    const auto refused
        = DecisionRepository(db()).decide(chosen, motivation, date, QStringLiteral("Stockholm"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(fragment), qPrintable(refused.error().message));
    QCOMPARE(fingerprint(db()), before);
    QCOMPARE(phase(), inPhase);
    QVERIFY(!DecisionRepository(db()).load()->has_value());
}

void tst_Vote::tieIsSettledByTheChair()
{
    JB_VERIFY_OK(m_round->cast({"M>Ö", "", "Ö>M", ""}));
    DecisionRepository decisions(db());
    const QByteArray before = fingerprint(db());
    auto refused = decisions.decide(std::nullopt, Motivation, QStringLiteral("2026-05-12"),
                                    QStringLiteral("Visby"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("Omröstningen ger delad förstaplats mellan Malmö och Örebro. "
                                "Ordförandens utslagsröst avgör")),
             qPrintable(refused.error().message));
    refused = decisions.decide(f(u'Y'), Motivation, QStringLiteral("2026-05-12"),
                               QStringLiteral("Visby"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("Vid lika röstetal väljer ordföranden bland Malmö och Örebro.")),
             qPrintable(refused.error().message));
    QCOMPARE(fingerprint(db()), before);

    auto decision = decisions.decide(f(u'Ö'), Motivation, QStringLiteral("2026-05-12"),
                                     QStringLiteral("Visby"));
    JB_VERIFY_OK(decision);
    QCOMPARE(decision->winnerId, f(u'Ö'));
    QCOMPARE(decision->castingJurorId, juror(VoteRound::Chair));
    QCOMPARE(decision->castingJurorName, VoteRound::Chair);

    auto status = StatusReport::build(db());
    const QJsonObject json = status->value(QStringLiteral("decision")).toObject();
    QCOMPARE(json.value(QStringLiteral("casting_vote")).toString(), VoteRound::Chair);
    QCOMPARE(json.value(QStringLiteral("locked")).toBool(), true);
    // The vote itself still shows the tie; the decision names the winner.
    const QJsonObject vote = status->value(QStringLiteral("vote")).toObject();
    QCOMPARE(vote.value(QStringLiteral("tie")).toBool(), true);
    QCOMPARE(vote.value(QStringLiteral("winner")).toString(),
             json.value(QStringLiteral("winner")).toString());
    const QJsonObject record = QJsonDocument::fromJson(decisions.record().value()).object();
    QCOMPARE(record.value(QStringLiteral("casting_vote")).toString(), VoteRound::Chair);
    QCOMPARE(record.value(QStringLiteral("winner_municipality")).toString(),
             QStringLiteral("Örebro"));
    // The decision document says how the tie was settled.
    auto html = Documents::decisionHtml(db());
    JB_VERIFY_OK(html);
    QVERIFY(html->contains(QStringLiteral(
        "Omröstningen gav delad förstaplats; ordföranden, Åsa Öberg, lade utslagsrösten.")));
    QVERIFY(html->contains(QStringLiteral("Utmärkelsen går till Örebro, Örebro län.")));
}

void tst_Vote::tieWithoutChairIsRefused()
{
    JurorRepository jurors(db());
    Juror chair = jurors.find(jurors.list()->first().uuid).value();
    QCOMPARE(chair.name, VoteRound::Chair);
    chair.chair = false;
    JB_VERIFY_OK(jurors.update(chair));
    JB_VERIFY_OK(m_round->cast({"M>Ö", "", "Ö>M", ""}));
    const QByteArray before = fingerprint(db());
    const auto refused = DecisionRepository(db()).decide(f(u'M'), Motivation,
                                                         QStringLiteral("2026-05-12"), QString());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("juryn har ingen ordförande som kan ge utslagsrösten")),
             qPrintable(refused.error().message));
    QCOMPARE(fingerprint(db()), before);
    QCOMPARE(phase(), QStringLiteral("vote"));
}

void tst_Vote::chairCannotCastForAFinalistSheIsConflictedOn()
{
    const qint64 asa = juror(VoteRound::Chair);
    JB_VERIFY_OK(
        WorkRepository(db()).declareConflict(asa, f(u'Å'), QStringLiteral("Bor i Åre"), true));
    JB_VERIFY_OK(m_round->cast({"M", "", "Å>M", "M>Å"}));
    auto vote = VoteResult::count(db());
    QCOMPARE(text({vote->tally.winners()}), QStringLiteral("MÅ"));
    const QByteArray before = fingerprint(db());
    const auto refused = DecisionRepository(db()).decide(f(u'Å'), Motivation,
                                                         QStringLiteral("2026-05-12"), QString());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("Ordföranden är jävig för Åre")),
             qPrintable(refused.error().message));
    QCOMPARE(fingerprint(db()), before);
    auto decision = DecisionRepository(db()).decide(f(u'M'), Motivation,
                                                    QStringLiteral("2026-05-12"), QString());
    JB_VERIFY_OK(decision);
    QCOMPARE(decision->castingJurorName, VoteRound::Chair);
}

void tst_Vote::lockedRoundRefusesEveryChange()
{
    // Work of every kind before the decision: proposals and questions in the follow-up
    // phase, then ballots, a comment, an answer and a juror's package in the vote.
    JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Followup));
    FollowupRepository followup(db());
    WorkRepository work(db());
    const qint64 erik = juror(QStringLiteral("Erik Lind"));
    const qint64 maja = juror(QStringLiteral("Maja Holm"));
    auto proposal
        = followup.propose(erik, f(u'Ö'), QStringLiteral("Hur många brukare har larmet?"));
    JB_VERIFY_OK(proposal);
    auto q1 = followup.addQuestion(f(u'Ö'), QStringLiteral("Hur många brukare har larmet?"),
                                   {proposal->uuid});
    auto q2 = followup.addQuestion(f(u'Ö'), QStringLiteral("Vad kostade införandet?"));
    JB_VERIFY_OK(q1);
    JB_VERIFY_OK(q2);
    JB_VERIFY_OK(followup.setReplyBy(f(u'Ö'), QStringLiteral("2026-04-15")));
    JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Vote));
    JB_VERIFY_OK(followup.recordAnswer(f(u'Ö'), 0,
                                       QStringLiteral("1. 1 200.\n2. 3 miljoner kronor."),
                                       QString(), QByteArray(), QStringLiteral("2026-04-14")));
    auto comment = work.addComment(maja, f(u'M'), QStringLiteral("Starkast i jämförelsen."), true);
    JB_VERIFY_OK(comment);
    JB_VERIFY_OK(m_round->cast({"M>Ö>Y>Ä>Å", "M>Ö>Y>Ä", "M>Ö>Y>Ä>Å", "Ö>M"}));

    // Erik changes his ballot in his package and hands it in, but too late.
    const QString returned = returnFile(
        QStringLiteral("Erik Lind"), QStringLiteral("erik"), [&](Database &copy, qint64 own) {
            JB_VERIFY_OK(BallotRepository(copy).setRanks(own, {{f(u'Ö'), 1}, {f(u'M'), 2}}));
        });
    QVERIFY(!returned.isEmpty());
    // The same file merges into a copy of the round that is still open for votes.
    JB_VERIFY_OK(db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    const QString openCopy = m_dir->filePath(QStringLiteral("kopia.jury"));
    QVERIFY(QFile::copy(m_path, openCopy));
    {
        auto copy = Database::open(openCopy);
        JB_VERIFY_OK(copy);
        auto merged = Merger(*copy.value()).merge({returned});
        JB_VERIFY_OK(merged);
        if (!merged->first().merged())
            QFAIL(qPrintable(refusal(merged->first())));
        QCOMPARE(merged->first().counts.updated, 5); // Örebro and Malmö changed, three unranked
    }

    JB_VERIFY_OK(
        DecisionRepository(db()).setFinalistMotivation(f(u'Ö'), QStringLiteral("Stark tvåa.")));
    JB_VERIFY_OK(DecisionRepository(db()).decide(
        std::nullopt, Motivation, QStringLiteral("2026-05-12"), QStringLiteral("Stockholm")));
    const QByteArray before = fingerprint(db());
    const QList<Criterion> criteria = CriterionRepository(db()).list().value();
    const QString csv = writeFile(m_dir->filePath(QStringLiteral("sen.csv")),
                                  QByteArray("Kommun;Titel\nKiruna;Sent\n"));
    QString sheet
        = QStringLiteral("id;Kommun;Titel;Rang\r\n%1;Malmö;;2\r\n")
              .arg(db().scalar(QStringLiteral("SELECT uuid FROM application WHERE id = ?"),
                               {f(u'M')})
                       ->toString());
    RoundSettings settings = RoundRepository(db()).load()->settings;
    settings.prizeSek = 100000;
    Juror renamed = JurorRepository(db()).list()->at(3);
    renamed.name = QStringLiteral("Maja Holm Ek");
    Criterion extra;
    extra.name = QStringLiteral("Innovation");

    const QList<QPair<const char *, std::function<QString()>>> attempts = {
        {"score",
         [&] {
             return failure(
                 work.setScore(erik, m_round->app("Lund"), criteria.first().id, 4, QString()));
         }},
        {"recommendation",
         [&] {
             return failure(work.setRecommendation(erik, f(u'M'), Recommendation::Yes));
         }},
        {"comment",
         [&] {
             return failure(work.addComment(maja, f(u'M'), QStringLiteral("Sent"), true));
         }},
        {"edit comment",
         [&] {
             return failure(work.editComment(maja, comment->uuid, QStringLiteral("Ändrad"), true));
         }},
        {"delete comment",
         [&] {
             return failure(work.deleteComment(maja, comment->uuid));
         }},
        {"declare conflict",
         [&] {
             return failure(work.declareConflict(maja, f(u'Y'), QStringLiteral("Sent jäv"), false));
         }},
        {"withdraw conflict",
         [&] {
             return failure(work.withdrawConflict(juror(VoteRound::Recused), f(u'Å')));
         }},
        {"ballot",
         [&] {
             return failure(BallotRepository(db()).setRanks(erik, {{f(u'Ö'), 1}}));
         }},
        {"ballot sheet",
         [&] {
             return failure(
                 ScoringSheet::importSheet(db(), erik, sheet.toUtf8(), QStringLiteral("erik.csv")));
         }},
        {"propose",
         [&] {
             return failure(followup.propose(maja, f(u'Ö'), QStringLiteral("Sen fråga?")));
         }},
        {"edit proposal",
         [&] {
             return failure(followup.editProposal(erik, proposal->uuid, QStringLiteral("Ändrad?")));
         }},
        {"withdraw proposal",
         [&] {
             return failure(followup.withdrawProposal(erik, proposal->uuid));
         }},
        {"add question",
         [&] {
             return failure(followup.addQuestion(f(u'Ö'), QStringLiteral("Sen fråga?")));
         }},
        {"edit question",
         [&] {
             return failure(followup.editQuestion(q1->id, QStringLiteral("Ändrad?")));
         }},
        {"remove question",
         [&] {
             return failure(followup.removeQuestion(q1->id));
         }},
        {"move question",
         [&] {
             return failure(followup.moveQuestion(q2->id, -1));
         }},
        {"move question nowhere",
         [&] {
             return failure(followup.moveQuestion(q1->id, -1));
         }},
        {"reply-by",
         [&] {
             return failure(followup.setReplyBy(f(u'Ö'), QStringLiteral("2026-04-30")));
         }},
        {"answer",
         [&] {
             return failure(followup.recordAnswer(f(u'Ö'), 0, QStringLiteral("Nytt svar"),
                                                  QString(), QByteArray(),
                                                  QStringLiteral("2026-05-13")));
         }},
        {"finalist motivation",
         [&] {
             return failure(
                 DecisionRepository(db()).setFinalistMotivation(f(u'Y'), QStringLiteral("Sen.")));
         }},
        {"decision draft",
         [&] {
             return failure(
                 DecisionRepository(db()).saveDraft(0, QStringLiteral("Ny"), QString(), QString()));
         }},
        {"decide again",
         [&] {
             return failure(DecisionRepository(db()).decide(std::nullopt, QStringLiteral("Ny"),
                                                            QString(), QString()));
         }},
        {"phase vote",
         [&] {
             return failure(RoundRepository(db()).setPhase(Phase::Vote));
         }},
        {"phase followup",
         [&] {
             return failure(RoundRepository(db()).setPhase(Phase::Followup));
         }},
        {"settings",
         [&] {
             return failure(RoundRepository(db()).updateSettings(settings));
         }},
        {"add juror",
         [&] {
             return failure(
                 JurorRepository(db()).add(QStringLiteral("Ny"), QStringLiteral("Org"), false));
         }},
        {"rename juror",
         [&] {
             return failure(JurorRepository(db()).update(renamed));
         }},
        {"finalists",
         [&] {
             return failure(FinalistRepository(db()).choose({}, QString()));
         }},
        {"criterion",
         [&] {
             return failure(CriterionRepository(db()).add(extra));
         }},
        {"import",
         [&] {
             return failure(
                 ApplicationImporter(db(), MunicipalityRegistry::builtIn()).importFile(csv));
         }},
        {"merge",
         [&] {
             return failure(Merger(db()).merge({returned}));
         }},
    };
    for (const auto &[what, attempt] : attempts) {
        const QString message = attempt();
        QVERIFY2(!message.isEmpty(), what);
        QVERIFY2(message.contains(QStringLiteral("låst")),
                 qPrintable(QStringLiteral("%1: %2").arg(what, message)));
        QVERIFY2(fingerprint(db()) == before, what);
    }
    QVERIFY2(QDir(Merger::backupFolder(m_path)).isEmpty(), "no backup for a refused merge");
    // Reading and exporting stay possible.
    JB_VERIFY_OK(VoteResult::count(db()));
    JB_VERIFY_OK(DecisionRepository(db()).record());
    JB_VERIFY_OK(ScoringSheet::exportSheet(db(), erik));
    QCOMPARE(fingerprint(db()), before);
}

void tst_Vote::decisionRecordHashIsStable()
{
    JB_VERIFY_OK(m_round->cast({"M>Ö>Y>Ä>Å", "M>Ö>Y>Ä", "M>Ö>Y>Ä>Å", "Ö>M"}));
    DecisionRepository decisions(db());
    JB_VERIFY_OK(decisions.setFinalistMotivation(f(u'Ö'), QStringLiteral("Örebro visar bredd.")));
    JB_VERIFY_OK(decisions.setFinalistMotivation(f(u'Å'), QStringLiteral("Åre visar mod.")));
    auto decision = decisions.decide(std::nullopt, Motivation, QStringLiteral("2026-05-12"),
                                     QStringLiteral("Stockholm"));
    JB_VERIFY_OK(decision);
    const QByteArray record = decisions.record().value();
    QCOMPARE(QString::fromLatin1(sha256Hex(record)), decision->recordSha256);
    QCOMPARE(decisions.record().value(), record);

    // The same after closing and opening the file again.
    reopen();
    QCOMPARE(DecisionRepository(db()).record().value(), record);
    QCOMPARE(DecisionRepository(db()).load().value()->recordSha256, decision->recordSha256);

    auto status = StatusReport::build(db());
    JB_VERIFY_OK(status);
    const QJsonObject json = status->value(QStringLiteral("decision")).toObject();
    const QString malmo
        = db().scalar(QStringLiteral("SELECT uuid FROM application WHERE id = ?"), {f(u'M')})
              ->toString();
    QCOMPARE(json.value(QStringLiteral("record_sha256")).toString(), decision->recordSha256);
    QCOMPARE(json.value(QStringLiteral("winner")).toString(), malmo);
    QCOMPARE(json.value(QStringLiteral("motivation")).toString(), Motivation);
    QCOMPARE(json.value(QStringLiteral("date")).toString(), QStringLiteral("2026-05-12"));
    QCOMPARE(json.value(QStringLiteral("place")).toString(), QStringLiteral("Stockholm"));
    QCOMPARE(json.value(QStringLiteral("locked")).toBool(), true);
    QVERIFY(json.value(QStringLiteral("casting_vote")).isNull());
    QCOMPARE(
        status->value(QStringLiteral("vote")).toObject().value(QStringLiteral("winner")).toString(),
        malmo);

    // What the record states.
    const QJsonObject r = QJsonDocument::fromJson(record).object();
    QCOMPARE(r.value(QStringLiteral("award")).toString(), QStringLiteral("Sveriges eHälsokommun"));
    QCOMPARE(r.value(QStringLiteral("year")).toInt(), 2026);
    QCOMPARE(r.value(QStringLiteral("prize")).toInt(), 50000);
    QCOMPARE(r.value(QStringLiteral("winner")).toString(), malmo);
    QCOMPARE(r.value(QStringLiteral("winner_municipality")).toString(), QStringLiteral("Malmö"));
    QCOMPARE(r.value(QStringLiteral("motivation")).toString(), Motivation);
    QStringList finalists, motivations;
    for (const QJsonValue &v : r.value(QStringLiteral("finalists")).toArray()) {
        finalists << v.toObject().value(QStringLiteral("municipality")).toString();
        motivations << v.toObject().value(QStringLiteral("motivation")).toString();
    }
    QCOMPARE(finalists, (QStringList{"Malmö", "Ystad", "Åre", "Älvdalen", "Örebro"}));
    QCOMPARE(motivations, (QStringList{"", "", "Åre visar mod.", "", "Örebro visar bredd."}));
    const QJsonArray recusals = r.value(QStringLiteral("recusals")).toArray();
    QCOMPARE(recusals.size(), 1);
    QCOMPARE(recusals.first().toObject().value(QStringLiteral("juror")).toString(),
             VoteRound::Recused);
    QCOMPARE(recusals.first().toObject().value(QStringLiteral("application")).toString(),
             QStringLiteral("Åre"));
    const QJsonArray jury = r.value(QStringLiteral("jury")).toArray();
    QCOMPARE(jury.size(), 4);
    QCOMPARE(jury.first().toObject().value(QStringLiteral("name")).toString(), VoteRound::Chair);
    QCOMPARE(jury.first().toObject().value(QStringLiteral("chair")).toBool(), true);
    QCOMPARE(r.value(QStringLiteral("ranking")).toArray().size(), 5);
    QCOMPARE(r.value(QStringLiteral("ranking")).toArray().first().toArray().first().toString(),
             malmo);
    // Canonical: compact, keys sorted.
    QVERIFY(!record.contains('\n'));
    QCOMPARE(QJsonDocument(r).toJson(QJsonDocument::Compact), record);
}

// ---- Follow-up questions --------------------------------------------------------------------

void tst_Vote::proposalsBelongToTheirAuthor()
{
    JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Followup));
    FollowupRepository followup(db());
    const qint64 erik = juror(QStringLiteral("Erik Lind"));
    const qint64 maja = juror(QStringLiteral("Maja Holm"));
    auto mine
        = followup.propose(erik, f(u'M'), QStringLiteral("  Hur många brukare använder larmen?  "));
    JB_VERIFY_OK(mine);
    QCOMPARE(mine->text, QStringLiteral("Hur många brukare använder larmen?"));
    auto hers = followup.propose(maja, f(u'M'), QStringLiteral("Vad har det kostat?"));
    JB_VERIFY_OK(hers);
    auto all = followup.proposals(f(u'M'));
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().author, QStringLiteral("Erik Lind"));
    QCOMPARE(followup.proposals(f(u'M'), maja)->size(), 1);
    QCOMPARE(followup.proposals(f(u'M'), maja)->first().text,
             QStringLiteral("Vad har det kostat?"));

    const QByteArray before = fingerprint(db());
    auto refused = followup.editProposal(maja, mine->uuid, QStringLiteral("Kapat!"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             QStringLiteral("Bara jurymedlemmen som föreslog en fråga kan ändra den."));
    refused = followup.withdrawProposal(maja, mine->uuid);
    QCOMPARE(refused.error().message,
             QStringLiteral("Bara jurymedlemmen som föreslog en fråga kan dra tillbaka den."));
    refused = followup.editProposal(erik, mine->uuid, QStringLiteral("   "));
    QCOMPARE(refused.error().message, QStringLiteral("Frågan är tom."));
    QCOMPARE(fingerprint(db()), before);

    JB_VERIFY_OK(followup.editProposal(erik, mine->uuid,
                                       QStringLiteral("Hur många brukare har larmet i dag?")));
    QCOMPARE(followup.proposals(f(u'M'), erik)->first().text,
             QStringLiteral("Hur många brukare har larmet i dag?"));
    JB_VERIFY_OK(followup.withdrawProposal(erik, mine->uuid));
    QCOMPARE(followup.proposals(f(u'M'), erik)->size(), 0);
    QCOMPARE(followup.proposals(f(u'M'))->size(), 1);
    QVERIFY(!followup.editProposal(erik, mine->uuid, QStringLiteral("Igen?")).ok());
    QVERIFY(!followup.withdrawProposal(erik, mine->uuid).ok());

    const auto karin = juror(VoteRound::Recused);
    auto conflicted = followup.propose(karin, f(u'Å'), QStringLiteral("Varför?"));
    QCOMPARE(conflicted.error().message,
             QStringLiteral(
                 "En jurymedlem som är jävig för finalisten kan inte föreslå frågor till den."));
    JB_VERIFY_OK(followup.propose(karin, f(u'Ä'), QStringLiteral("Hur når ni byarna?")));
    auto lund
        = followup.propose(erik, m_round->app(QStringLiteral("Lund")), QStringLiteral("Varför?"));
    QCOMPARE(lund.error().message,
             QStringLiteral("Kompletterande frågor ställs bara till finalisterna."));
    QCOMPARE(followup.propose(erik, f(u'M'), QStringLiteral(" ")).error().message,
             QStringLiteral("Frågan är tom."));

    JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Vote));
    auto late = followup.propose(erik, f(u'M'), QStringLiteral("Sen fråga?"));
    QVERIFY(!late.ok());
    QVERIFY2(late.error().message.contains(
                 QStringLiteral("Det går bara att föreslå kompletterande frågor i fasen")),
             qPrintable(late.error().message));
}

void tst_Vote::approveQuestionsWithSources()
{
    JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Followup));
    FollowupRepository followup(db());
    auto p1 = followup.propose(juror(QStringLiteral("Erik Lind")), f(u'Ö'),
                               QStringLiteral("Hur följs resultaten upp?"));
    auto p2 = followup.propose(juror(VoteRound::Chair), f(u'Ö'),
                               QStringLiteral("Vilka mätetal använder ni?"));
    JB_VERIFY_OK(p1);
    JB_VERIFY_OK(p2);
    // The organiser merges the two proposals into one question.
    auto merged = followup.addQuestion(
        f(u'Ö'), QStringLiteral("Hur följer ni upp resultaten, och med vilka mätetal?"),
        {p1->uuid, p2->uuid});
    JB_VERIFY_OK(merged);
    QCOMPARE(merged->position, 0);
    QCOMPARE(merged->sources, (QList<QUuid>{p1->uuid, p2->uuid}));
    auto own = followup.addQuestion(f(u'Ö'), QStringLiteral("Vad kostade införandet?"));
    JB_VERIFY_OK(own);
    QCOMPARE(own->position, 1);
    QVERIFY(own->sources.isEmpty());
    JB_VERIFY_OK(followup.addQuestion(f(u'M'), QStringLiteral("En fråga till Malmö?")));

    reopen();
    FollowupRepository reread(db());
    auto questions = reread.questions(f(u'Ö'));
    JB_VERIFY_OK(questions);
    QCOMPARE(questions->size(), 2);
    QCOMPARE(questions->at(0).text,
             QStringLiteral("Hur följer ni upp resultaten, och med vilka mätetal?"));
    QCOMPARE(questions->at(0).sources, (QList<QUuid>{p1->uuid, p2->uuid}));
    QCOMPARE(questions->at(1).text, QStringLiteral("Vad kostade införandet?"));
    // The proposals stay: they are the jurors' own record.
    QCOMPARE(reread.proposals(f(u'Ö'))->size(), 2);

    JB_VERIFY_OK(reread.editQuestion(questions->at(1).id,
                                     QStringLiteral("Vad kostade införandet, i kronor?")));
    QCOMPARE(reread.questions(f(u'Ö'))->at(1).text,
             QStringLiteral("Vad kostade införandet, i kronor?"));
    QCOMPARE(reread.editQuestion(questions->at(1).id, QStringLiteral("  ")).error().message,
             QStringLiteral("Frågan är tom."));
    JB_VERIFY_OK(reread.removeQuestion(questions->at(0).id));
    QCOMPARE(reread.questions(f(u'Ö'))->size(), 1);
    QCOMPARE(reread.questions(f(u'M'))->size(), 1);

    QCOMPARE(reread.addQuestion(m_round->app(QStringLiteral("Lund")), QStringLiteral("Varför?"))
                 .error()
                 .message,
             QStringLiteral("Kompletterande frågor ställs bara till finalisterna."));
    QCOMPARE(reread.addQuestion(f(u'Ö'), QString()).error().message,
             QStringLiteral("Frågan är tom."));
    JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Vote));
    auto late = reread.addQuestion(f(u'Ö'), QStringLiteral("Sen?"));
    QVERIFY(!late.ok());
    QVERIFY2(late.error().message.contains(QStringLiteral("godkänna kompletterande frågor")),
             qPrintable(late.error().message));
}

void tst_Vote::reorderQuestions()
{
    JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Followup));
    FollowupRepository followup(db());
    QList<qint64> ids;
    for (const char *question : {"Ett?", "Två?", "Tre?"})
        ids << followup.addQuestion(f(u'Y'), QString::fromUtf8(question))->id;
    const auto order = [&] {
        QStringList texts;
        QList<int> positions;
        for (const FollowupQuestion &q : followup.questions(f(u'Y')).value()) {
            texts << q.text;
            positions << q.position;
        }
        if (positions != QList<int>{0, 1, 2})
            texts << QStringLiteral("(positions not 0, 1, 2)");
        return texts.join(u' ');
    };
    JB_VERIFY_OK(followup.moveQuestion(ids.at(2), -2));
    QCOMPARE(order(), QStringLiteral("Tre? Ett? Två?"));
    JB_VERIFY_OK(followup.moveQuestion(ids.at(2), 1));
    QCOMPARE(order(), QStringLiteral("Ett? Tre? Två?"));
    JB_VERIFY_OK(followup.moveQuestion(ids.at(1), -1));
    QCOMPARE(order(), QStringLiteral("Ett? Två? Tre?"));
    // Past either end nothing moves.
    JB_VERIFY_OK(followup.moveQuestion(ids.at(0), -1));
    JB_VERIFY_OK(followup.moveQuestion(ids.at(1), 5));
    QCOMPARE(order(), QStringLiteral("Ett? Två? Tre?"));
    // A question added afterwards goes last.
    JB_VERIFY_OK(followup.addQuestion(f(u'Y'), QStringLiteral("Fyra?")));
    QCOMPARE(followup.questions(f(u'Y'))->last().text, QStringLiteral("Fyra?"));
    QCOMPARE(followup.questions(f(u'Y'))->last().position, 3);
}

void tst_Vote::replyByDate_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("ISO date") << "2026-04-15"
                              << "";
    QTest::newRow("leap day") << "2028-02-29"
                              << "";
    QTest::newRow("none") << ""
                          << "";
    QTest::newRow("no such day") << "2026-02-29"
                                 << "”2026-02-29” är inget datum.";
    QTest::newRow("Swedish short form") << "15/4"
                                        << "”15/4” är inget datum.";
    QTest::newRow("words") << "snart"
                           << "”snart” är inget datum.";
}

void tst_Vote::replyByDate()
{
    QFETCH(QString, date);
    QFETCH(QString, fragment);
    JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Followup));
    FollowupRepository followup(db());
    JB_VERIFY_OK(followup.setReplyBy(f(u'M'), QStringLiteral("2026-04-01")));
    const QByteArray before = fingerprint(db());
    const auto result = followup.setReplyBy(f(u'M'), date);
    if (fragment.isEmpty()) {
        JB_VERIFY_OK(result);
        QCOMPARE(followup.replyBy(f(u'M')).value(), date);
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, fragment);
        QCOMPARE(fingerprint(db()), before);
        QCOMPARE(followup.replyBy(f(u'M')).value(), QStringLiteral("2026-04-01"));
    }
    // Each finalist has its own date.
    QCOMPARE(followup.replyBy(f(u'Ö')).value(), QString());
}

void tst_Vote::recordAnswers()
{
    JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Followup));
    FollowupRepository followup(db());
    auto q1 = followup.addQuestion(f(u'Ö'), QStringLiteral("Hur många?"));
    auto q2 = followup.addQuestion(f(u'Ö'), QStringLiteral("Vad kostade det?"));
    JB_VERIFY_OK(q1);
    JB_VERIFY_OK(q2);
    JB_VERIFY_OK(followup.recordAnswer(f(u'Ö'), 0, QStringLiteral("1. Tolv.\n2. Lite."), QString(),
                                       QByteArray(), QStringLiteral("2026-04-10")));
    // A second answer to the whole letter replaces the first.
    JB_VERIFY_OK(followup.recordAnswer(f(u'Ö'), 0,
                                       QStringLiteral("1. Tretton.\n2. Mindre än väntat."),
                                       QString(), QByteArray(), QStringLiteral("2026-04-11")));
    auto answers = followup.answers(f(u'Ö'));
    QCOMPARE(answers->size(), 1);
    QCOMPARE(answers->first().questionId, 0);
    QCOMPARE(answers->first().received, QStringLiteral("2026-04-11"));
    QCOMPARE(answers->first().text, QStringLiteral("1. Tretton.\n2. Mindre än väntat."));

    // Answers may come in during the vote, also as a PDF only, to one question.
    JB_VERIFY_OK(RoundRepository(db()).setPhase(Phase::Vote));
    const QByteArray pdf("%PDF-1.4\n% Svar från Örebro\n%%EOF\n");
    JB_VERIFY_OK(followup.recordAnswer(f(u'Ö'), q2->id, QString(), QStringLiteral("kostnader.pdf"),
                                       pdf, QStringLiteral("2026-04-20")));
    answers = followup.answers(f(u'Ö'));
    QCOMPARE(answers->size(), 2);
    const Answer &withPdf = answers->at(1);
    QCOMPARE(withPdf.questionId, q2->id);
    QCOMPARE(withPdf.pdfName, QStringLiteral("kostnader.pdf"));
    QCOMPARE(withPdf.pdfSha256, QString::fromLatin1(sha256Hex(pdf)));
    QCOMPARE(followup.answerPdf(withPdf.id).value(), pdf);
    QCOMPARE(followup.answerPdf(answers->at(0).id).error().message,
             QStringLiteral("Svaret har ingen PDF."));

    const QByteArray before = fingerprint(db());
    const struct
    {
        qint64 application;
        QString text;
        QByteArray pdf;
        QString received;
        QString message;
    } refusals[] = {
        {f(u'Ö'), QStringLiteral("  "), QByteArray(), QStringLiteral("2026-04-20"),
         QStringLiteral("Ett svar behöver en text, en PDF eller båda.")},
        {f(u'Ö'), QString(), QByteArray("PK\x03\x04 inte en pdf"), QStringLiteral("2026-04-20"),
         QStringLiteral("svar.pdf: Svarets fil är ingen PDF.")},
        {f(u'Ö'), QStringLiteral("Svar"), QByteArray(), QStringLiteral("2026-13-01"),
         QStringLiteral("”2026-13-01” är inget datum.")},
        {f(u'Ö'), QStringLiteral("Svar"), QByteArray(), QString(),
         QStringLiteral("”” är inget datum.")},
        {m_round->app(QStringLiteral("Lund")), QStringLiteral("Svar"), QByteArray(),
         QStringLiteral("2026-04-20"),
         QStringLiteral("Kompletterande frågor ställs bara till finalisterna.")},
    };
    for (const auto &r : refusals) {
        const auto refused = followup.recordAnswer(r.application, 0, r.text,
                                                   QStringLiteral("svar.pdf"), r.pdf, r.received);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().toString(), r.message);
        QCOMPARE(fingerprint(db()), before);
    }
}

void tst_Vote::answersSplitPerQuestion_data()
{
    QTest::addColumn<int>("questions");
    QTest::addColumn<QString>("letter"); // the answer to the whole letter
    QTest::addColumn<QString>("first");  // a separate answer to question 1, or empty
    QTest::addColumn<QStringList>("perQuestion");
    QTest::addColumn<QString>("rest");

    QTest::newRow("1. 2.") << 2 << "1. Vi har 1 200 brukare.\n2. Det kostade 3 miljoner kronor."
                           << ""
                           << QStringList{"Vi har 1 200 brukare.", "Det kostade 3 miljoner kronor."}
                           << "";
    QTest::newRow("1) 2)") << 2 << "1) Ja.\n2) Nej."
                           << "" << QStringList{"Ja.", "Nej."} << "";
    QTest::newRow("Fråga 1:") << 2 << "Fråga 1: Ja.\nFråga 2: Nej."
                              << "" << QStringList{"Ja.", "Nej."} << "";
    QTest::newRow("FRÅGA in capitals") << 2 << "FRÅGA 1: Ja.\nFRÅGA 2: Nej."
                                       << "" << QStringList{"Ja.", "Nej."} << "";
    QTest::newRow("Svar 1.") << 2 << "Svar 1. Ja.\nSvar 2. Nej."
                             << "" << QStringList{"Ja.", "Nej."} << "";
    QTest::newRow("Windows line ends") << 3 << "1. Ett.\r\n2. Två.\r\n3. Tre.\r\n"
                                       << "" << QStringList{"Ett.", "Två.", "Tre."} << "";
    QTest::newRow("answer over lines")
        << 2 << "1. Första raden.\nAndra raden.\n\n2. Nej."
        << "" << QStringList{"Första raden.\nAndra raden.", "Nej."} << "";
    QTest::newRow("numbers inside a line")
        << 2 << "1. Vi köpte 2. generationens larm.\n2. Ja."
        << "" << QStringList{"Vi köpte 2. generationens larm.", "Ja."} << "";
    QTest::newRow("decimal at a line start")
        << 2 << "1. Kostnaden var\n1.5 miljoner.\n2. Nej."
        << "" << QStringList{"Kostnaden var\n1.5 miljoner.", "Nej."} << "";
    // A greeting before the first answer belongs to no question but is kept.
    QTest::newRow("greeting first") << 2 << "Tack för frågorna!\n1. Ja.\n2. Nej."
                                    << "" << QStringList{"Ja.", "Nej."} << "Tack för frågorna!";
    // An answer may leave a question out; its place stays empty.
    QTest::newRow("last question skipped") << 3 << "1. Ja.\n2. Nej."
                                           << "" << QStringList{"Ja.", "Nej.", ""} << "";
    QTest::newRow("middle question skipped") << 3 << "1. Ja.\n3. Tre."
                                             << "" << QStringList{"Ja.", "", "Tre."} << "";
    // A number the letter has no question for: the text is not a numbered answer.
    QTest::newRow("number beyond the letter") << 2 << "1. Ja.\n3. Nej."
                                              << "" << QStringList{"", ""} << "1. Ja.\n3. Nej.";
    QTest::newRow("out of order") << 2 << "2. Nej.\n1. Ja."
                                  << "" << QStringList{"", ""} << "2. Nej.\n1. Ja.";
    QTest::newRow("no numbers") << 2 << "Se bifogad PDF."
                                << "" << QStringList{"", ""} << "Se bifogad PDF.";
    QTest::newRow("separate answer wins")
        << 2 << "1. Ja.\n2. Nej."
        << "Ett eget svar." << QStringList{"Ett eget svar.", "Nej."} << "";
    QTest::newRow("only separate answers")
        << 2 << ""
        << "Ett eget svar." << QStringList{"Ett eget svar.", ""} << "";
}

void tst_Vote::answersSplitPerQuestion()
{
    QFETCH(int, questions);
    QFETCH(QString, letter);
    QFETCH(QString, first);
    QFETCH(QStringList, perQuestion);
    QFETCH(QString, rest);
    QList<FollowupQuestion> list;
    for (int i = 0; i < questions; ++i) {
        FollowupQuestion q;
        q.id = 40 + i;
        q.position = i;
        q.text = QStringLiteral("Fråga %1?").arg(i + 1);
        list << q;
    }
    QList<Answer> answers;
    if (!first.isEmpty()) {
        Answer a;
        a.questionId = 40;
        a.text = first;
        answers << a;
    }
    if (!letter.isEmpty()) {
        Answer a;
        a.text = letter;
        answers << a;
    }
    const auto split = FollowupRepository::answersPerQuestion(list, answers);
    QCOMPARE(split.first, perQuestion);
    QCOMPARE(split.second, rest);
}

QTEST_GUILESS_MAIN(tst_Vote)
#include "tst_vote.moc"
