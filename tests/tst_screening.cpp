#include "import/applicationimporter.h"
#include "reference/municipalityregistry.h"
#include "screening/finalistrepository.h"
#include "screening/leaderboard.h"
#include "screening/scoringsheet.h"
#include "screening/workrepository.h"
#include "storage/applicationrepository.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "support/testsupport.h"
#include "text/textdecoding.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace TestSupport;

/// A round with two weighted criteria (weights 1 and 3, scale 1–5), three jurors and four
/// applications: Lund, Umeå, Kiruna and Åre.
class tst_Screening : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void aggregation();
    void tiesGoToYesThenSwedishOrder();
    void allEqualScoresNormaliseToZero();
    void mixedScalesShareTheCommonScale();
    void conflictedJurorsTakeNoPart();
    void scoresRespectPhaseScaleAndConflict();
    void independentJudgement();
    void openDeliberationShowsSharedComments();
    void commentsKeepTombstones();
    void progressAndTally();
    void finalistRule();
    void phases();
    void lockedRoundRefusesEdits();
    void sheetRoundTrip();
    void badSheetsChangeNothing_data();
    void badSheetsChangeNothing();
    void sheetFromSwedishExcel();

private:
    void score(qint64 juror, const QString &municipality, std::optional<int> c1, std::optional<int> c2);
    qint64 app(const QString &municipality) const;
    const LeaderboardEntry &entry(const Leaderboard &board, const QString &municipality) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QList<Juror> m_jurors;
    QList<Criterion> m_criteria;
    QHash<QString, qint64> m_apps;
};

void tst_Screening::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = createRound(m_dir->path());
    QVERIFY(m_db);
    CriterionRepository criteria(*m_db);
    for (const Criterion &c : criteria.list().value())
        JB_VERIFY_OK(criteria.remove(c.id));
    Criterion c1;
    c1.name = QStringLiteral("Ledning");
    c1.weight = 1;
    Criterion c2;
    c2.name = QStringLiteral("Resultat");
    c2.weight = 3;
    JB_VERIFY_OK(criteria.add(c1));
    JB_VERIFY_OK(criteria.add(c2));
    m_criteria = criteria.list().value();
    JurorRepository jurors(*m_db);
    for (const char *name : {"J1", "J2", "J3"})
        JB_VERIFY_OK(jurors.add(QString::fromLatin1(name), QStringLiteral("Org"), false));
    m_jurors = jurors.list().value();
    const QString csv = writeFile(m_dir->filePath(QStringLiteral("a.csv")),
                                  QStringLiteral("Kommun;Titel\nLund;A\nUmeå;B\nKiruna;C\nÅre;D\n").toUtf8());
    ApplicationImporter importer(*m_db, MunicipalityRegistry::builtIn());
    JB_VERIFY_OK(importer.importFile(csv));
    m_apps.clear();
    for (const ApplicationRow &r : ApplicationRepository(*m_db).rows().value())
        m_apps.insert(r.municipality, r.id);
    JB_VERIFY_OK(RoundRepository(*m_db).setPhase(Phase::Screening));
}

void tst_Screening::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 tst_Screening::app(const QString &municipality) const
{
    return m_apps.value(municipality);
}

void tst_Screening::score(qint64 juror, const QString &municipality, std::optional<int> c1,
                          std::optional<int> c2)
{
    WorkRepository work(*m_db);
    JB_VERIFY_OK(work.setScore(juror, app(municipality), m_criteria.at(0).id, c1, QString()));
    JB_VERIFY_OK(work.setScore(juror, app(municipality), m_criteria.at(1).id, c2, QString()));
}

const LeaderboardEntry &tst_Screening::entry(const Leaderboard &board, const QString &municipality) const
{
    return *board.entry(app(municipality));
}

void tst_Screening::aggregation()
{
    const qint64 j1 = m_jurors.at(0).id, j2 = m_jurors.at(1).id, j3 = m_jurors.at(2).id;
    score(j1, "Lund", 5, 3);            // (5·1 + 3·3) / 4 = 3.5
    score(j2, "Lund", 4, std::nullopt); // only Ledning scored: its weight alone → 4
    score(j1, "Umeå", 1, 1);            // 1
    score(j2, "Umeå", 5, 5);            // 5
    score(j3, "Umeå", 3, 3);            // 3
    score(j1, "Kiruna", 2, 2);          // 2
    score(j3, "Kiruna", 4, 4);          // 4
    WorkRepository work(*m_db);
    // J3 scored Lund, then declared a conflict of interest: the scores no longer count.
    score(j3, "Lund", 1, 1);
    JB_VERIFY_OK(work.declareConflict(j3, app("Lund"), QStringLiteral("Anställd där"), false));
    JB_VERIFY_OK(work.setRecommendation(j2, app("Umeå"), Recommendation::Yes));
    JB_VERIFY_OK(work.setRecommendation(j1, app("Kiruna"), Recommendation::Yes));
    JB_VERIFY_OK(work.setRecommendation(j3, app("Kiruna"), Recommendation::Yes));
    JB_VERIFY_OK(work.setRecommendation(j1, app("Lund"), Recommendation::Maybe));
    JB_VERIFY_OK(work.setRecommendation(j2, app("Lund"), Recommendation::No));

    auto board = Leaderboard::load(*m_db);
    JB_VERIFY_OK(board);
    const LeaderboardEntry &lund = entry(board.value(), "Lund");
    QCOMPARE(*lund.score, 3.75);
    QCOMPARE(lund.jurorsScored, 2);
    QVERIFY(std::abs(*lund.spread - 0.25) < 1e-9);
    QVERIFY(!lund.discuss);
    QCOMPARE(lund.maybe, 1);
    QCOMPARE(lund.no, 1);
    QCOMPARE(lund.yes, 0);
    QVERIFY(std::abs(*lund.normalizedScore - 0.1488856845) < 1e-6);

    const LeaderboardEntry &umea = entry(board.value(), "Umeå");
    QCOMPARE(*umea.score, 3.0);
    QVERIFY(std::abs(*umea.spread - 1.6329931619) < 1e-6);
    QVERIFY(umea.discuss); // 1 and 5: range 4 ≥ 40 % of 4
    QVERIFY(std::abs(*umea.normalizedScore - -0.3785166493) < 1e-6);

    const LeaderboardEntry &kiruna = entry(board.value(), "Kiruna");
    QCOMPARE(*kiruna.score, 3.0);
    QCOMPARE(*kiruna.spread, 1.0);
    QVERIFY(kiruna.discuss); // 2 and 4: range 2 ≥ 1.6
    QVERIFY(std::abs(*kiruna.normalizedScore - 0.4188892894) < 1e-6);

    const LeaderboardEntry &are = entry(board.value(), "Åre");
    QVERIFY(!are.score);
    QVERIFY(!are.rank);
    QCOMPARE(are.jurorsScored, 0);

    // Umeå and Kiruna tie on 3.0; Kiruna has two "ja" to Umeå's one.
    QCOMPARE(*lund.rank, 1);
    QCOMPARE(*kiruna.rank, 2);
    QCOMPARE(*umea.rank, 3);
    QCOMPARE(board->entries.last().municipality, QStringLiteral("Åre"));
    // Group ranks: Lund and Umeå are both "Större stad"; Kiruna is "Mindre stad/tätort".
    QCOMPARE(*lund.groupRank, 1);
    QCOMPARE(*umea.groupRank, 2);
    QCOMPARE(*kiruna.groupRank, 1);
    QCOMPARE(board->suggestion(2), (QList<qint64>{app("Lund"), app("Kiruna")}));

    // A part of the leaderboard (the decision's finalists): the same scores, votes and order,
    // no ranks and no normalised scores, which compare with every application.
    auto part = Leaderboard::loadOnly(*m_db, {app("Umeå"), app("Kiruna"), app("Lund")});
    JB_VERIFY_OK(part);
    QCOMPARE(part->entries.size(), 3);
    QCOMPARE(part->suggestion(3), (QList<qint64>{app("Lund"), app("Kiruna"), app("Umeå")}));
    for (const LeaderboardEntry &e : part->entries) {
        const LeaderboardEntry &whole = entry(board.value(), e.municipality);
        QCOMPARE(e.score, whole.score);
        QCOMPARE(e.spread, whole.spread);
        QCOMPARE(e.jurorScores, whole.jurorScores);
        QCOMPARE(e.yes, whole.yes);
        QCOMPARE(e.no, whole.no);
        QVERIFY(!e.rank && !e.normalizedScore);
    }
}

void tst_Screening::tiesGoToYesThenSwedishOrder()
{
    const qint64 j1 = m_jurors.at(0).id;
    score(j1, "Åre", 4, 4);
    score(j1, "Umeå", 4, 4);
    score(j1, "Lund", 4, 4);
    auto board = Leaderboard::load(*m_db);
    // All equal, no "ja": Swedish alphabetical order, Å after U.
    QCOMPARE(board->suggestion(3), (QList<qint64>{app("Lund"), app("Umeå"), app("Åre")}));
    JB_VERIFY_OK(WorkRepository(*m_db).setRecommendation(j1, app("Åre"), Recommendation::Yes));
    board = Leaderboard::load(*m_db);
    QCOMPARE(board->suggestion(3), (QList<qint64>{app("Åre"), app("Lund"), app("Umeå")}));
}

void tst_Screening::allEqualScoresNormaliseToZero()
{
    const qint64 j1 = m_jurors.at(0).id;
    score(j1, "Lund", 3, 3);
    score(j1, "Umeå", 3, 3);
    score(j1, "Kiruna", 3, 3);
    auto board = Leaderboard::load(*m_db);
    for (const QString &m : {QStringLiteral("Lund"), QStringLiteral("Umeå"), QStringLiteral("Kiruna")}) {
        QCOMPARE(*entry(board.value(), m).score, 3.0);
        QCOMPARE(*entry(board.value(), m).normalizedScore, 0.0);
        QCOMPARE(*entry(board.value(), m).spread, 0.0);
    }
}

void tst_Screening::mixedScalesShareTheCommonScale()
{
    // Going back to preparation is allowed while nothing is scored; add a 0–10 criterion.
    JB_VERIFY_OK(RoundRepository(*m_db).setPhase(Phase::Preparation));
    Criterion ten;
    ten.name = QStringLiteral("Innovation");
    ten.scaleMin = 0;
    ten.scaleMax = 10;
    auto added = CriterionRepository(*m_db).add(ten);
    JB_VERIFY_OK(added);
    JB_VERIFY_OK(RoundRepository(*m_db).setPhase(Phase::Screening));
    WorkRepository work(*m_db);
    const qint64 j1 = m_jurors.at(0).id;
    // Common scale 0–10: 5 of 1–5 maps to 10, 10 of 0–10 stays 10 → weighted mean 10.
    JB_VERIFY_OK(work.setScore(j1, app("Lund"), m_criteria.at(1).id, 5, QString()));
    JB_VERIFY_OK(work.setScore(j1, app("Lund"), added->id, 10, QString()));
    auto board = Leaderboard::load(*m_db);
    QCOMPARE(board->scaleMin, 0.0);
    QCOMPARE(board->scaleMax, 10.0);
    QCOMPARE(*entry(board.value(), "Lund").score, 10.0);
}

void tst_Screening::conflictedJurorsTakeNoPart()
{
    WorkRepository work(*m_db);
    const qint64 j1 = m_jurors.at(0).id;
    JB_VERIFY_OK(work.declareConflict(j1, app("Lund"), QStringLiteral("Bor där"), false));
    const QByteArray before = fingerprint(*m_db);
    QVERIFY(!work.setScore(j1, app("Lund"), m_criteria.at(0).id, 4, QString()).ok());
    QVERIFY(!work.setRecommendation(j1, app("Lund"), Recommendation::Yes).ok());
    QCOMPARE(fingerprint(*m_db), before);
    // Comments stay allowed; the conflict shows with its reason.
    auto conflicts = work.conflictsOn(app("Lund"));
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->first().reason, QStringLiteral("Bor där"));
    QCOMPARE(conflicts->first().jurorName, QStringLiteral("J1"));
    // Withdrawn, the juror can score again.
    JB_VERIFY_OK(work.withdrawConflict(j1, app("Lund")));
    JB_VERIFY_OK(work.setScore(j1, app("Lund"), m_criteria.at(0).id, 4, QString()));
    // The organiser can register a conflict for a juror.
    JB_VERIFY_OK(work.declareConflict(m_jurors.at(1).id, app("Umeå"), QStringLiteral("Jäv"), true));
    QVERIFY(work.conflict(m_jurors.at(1).id, app("Umeå"))->value().declaredByOrganiser);
}

void tst_Screening::scoresRespectPhaseScaleAndConflict()
{
    WorkRepository work(*m_db);
    const qint64 j1 = m_jurors.at(0).id;
    auto outside = work.setScore(j1, app("Lund"), m_criteria.at(0).id, 6, QString());
    QVERIFY(!outside.ok());
    QVERIFY2(outside.error().message.contains(QStringLiteral("Ledning")), qPrintable(outside.error().message));
    JB_VERIFY_OK(work.setScore(j1, app("Lund"), m_criteria.at(0).id, 2, QStringLiteral("tunn")));
    // The version grows with every change, and only with a change.
    auto v1 = work.scores(j1, app("Lund"))->value(m_criteria.at(0).id).version;
    JB_VERIFY_OK(work.setScore(j1, app("Lund"), m_criteria.at(0).id, 2, QStringLiteral("tunn")));
    QCOMPARE(work.scores(j1, app("Lund"))->value(m_criteria.at(0).id).version, v1);
    JB_VERIFY_OK(work.setScore(j1, app("Lund"), m_criteria.at(0).id, 3, QStringLiteral("tunn")));
    QCOMPARE(work.scores(j1, app("Lund"))->value(m_criteria.at(0).id).version, v1 + 1);
    JB_VERIFY_OK(RoundRepository(*m_db).setPhase(Phase::Followup));
    auto closed = work.setScore(j1, app("Lund"), m_criteria.at(0).id, 4, QString());
    QVERIFY(!closed.ok());
    QVERIFY(!work.setRecommendation(j1, app("Lund"), Recommendation::Yes).ok());
}

void tst_Screening::independentJudgement()
{
    WorkRepository work(*m_db);
    const qint64 a = m_jurors.at(0).id, b = m_jurors.at(1).id;
    score(b, "Lund", 5, 5);
    JB_VERIFY_OK(work.addComment(b, app("Lund"), QStringLiteral("B:s delade kommentar"), true));
    JB_VERIFY_OK(work.addComment(b, app("Lund"), QStringLiteral("B:s privata anteckning"), false));
    JB_VERIFY_OK(work.addComment(a, app("Lund"), QStringLiteral("A:s egen"), false));
    auto round = RoundRepository(*m_db).load().value();
    // Acting as A during independent screening: only A's own work.
    auto asA = work.comments(Viewer::juror(a), app("Lund"));
    QCOMPARE(asA->size(), 1);
    QCOMPARE(asA->first().body, QStringLiteral("A:s egen"));
    QVERIFY(!Visibility::othersScores(round, Viewer::juror(a), false));
    QVERIFY(!Visibility::othersSharedComments(round, Viewer::juror(a), false));
    // The organiser sees everything shared, never the private notes.
    auto asOrganiser = work.comments(Viewer::organiser(), app("Lund"));
    QCOMPARE(asOrganiser->size(), 1);
    QCOMPARE(asOrganiser->first().body, QStringLiteral("B:s delade kommentar"));
    QVERIFY(Visibility::othersScores(round, Viewer::organiser(), false));
    // Screening closes: A now sees B's shared comment and scores, but not the private note.
    JB_VERIFY_OK(RoundRepository(*m_db).setPhase(Phase::Followup));
    round = RoundRepository(*m_db).load().value();
    asA = work.comments(Viewer::juror(a), app("Lund"));
    QCOMPARE(asA->size(), 2);
    QVERIFY(Visibility::othersScores(round, Viewer::juror(a), false));
    // …except where A is conflicted.
    JB_VERIFY_OK(work.declareConflict(a, app("Lund"), QStringLiteral("Jäv"), true));
    asA = work.comments(Viewer::juror(a), app("Lund"));
    QCOMPARE(asA->size(), 1);
    QVERIFY(!Visibility::othersScores(round, Viewer::juror(a), true));
}

void tst_Screening::openDeliberationShowsSharedComments()
{
    RoundRepository rounds(*m_db);
    RoundSettings s = rounds.load()->settings;
    s.screeningMode = ScreeningMode::Open;
    JB_VERIFY_OK(rounds.updateSettings(s));
    WorkRepository work(*m_db);
    const qint64 a = m_jurors.at(0).id, b = m_jurors.at(1).id;
    JB_VERIFY_OK(work.addComment(b, app("Lund"), QStringLiteral("Delad"), true));
    JB_VERIFY_OK(work.addComment(b, app("Lund"), QStringLiteral("Privat"), false));
    auto asA = work.comments(Viewer::juror(a), app("Lund"));
    QCOMPARE(asA->size(), 1);
    QCOMPARE(asA->first().body, QStringLiteral("Delad"));
    // Scores stay hidden until screening closes, in open mode too.
    QVERIFY(!Visibility::othersScores(rounds.load().value(), Viewer::juror(a), false));
}

void tst_Screening::commentsKeepTombstones()
{
    WorkRepository work(*m_db);
    const qint64 a = m_jurors.at(0).id, b = m_jurors.at(1).id;
    auto added = work.addComment(a, app("Lund"), QStringLiteral("Första"), true);
    JB_VERIFY_OK(added);
    QVERIFY(!work.editComment(b, added->uuid, QStringLiteral("Kapning"), true).ok());
    QVERIFY(!work.deleteComment(b, added->uuid).ok());
    JB_VERIFY_OK(work.editComment(a, added->uuid, QStringLiteral("Rättad"), false));
    JB_VERIFY_OK(work.deleteComment(a, added->uuid));
    QVERIFY(work.comments(Viewer::juror(a), app("Lund"))->isEmpty());
    // The row stays as a tombstone with a higher version and no text.
    auto row = m_db->exec(QStringLiteral("SELECT deleted, version, body FROM comment WHERE uuid = ?"),
                          {uuidText(added->uuid)});
    QVERIFY(row.value().next());
    QCOMPARE(row.value().value(0).toInt(), 1);
    QCOMPARE(row.value().value(1).toInt(), 3);
    QCOMPARE(row.value().value(2).toString(), QString());
}

void tst_Screening::progressAndTally()
{
    WorkRepository work(*m_db);
    const qint64 j1 = m_jurors.at(0).id;
    JB_VERIFY_OK(work.markRead(j1, app("Lund")));
    score(j1, "Umeå", 4, 4);
    score(j1, "Kiruna", 4, std::nullopt); // partly scored
    JB_VERIFY_OK(work.declareConflict(j1, app("Åre"), QStringLiteral("Jäv"), false));
    auto progress = work.progress(j1);
    QCOMPARE(progress->value(app("Lund")), Progress::Read);
    QCOMPARE(progress->value(app("Umeå")), Progress::Scored);
    QCOMPARE(progress->value(app("Kiruna"), Progress::Unread), Progress::Unread);
    QCOMPARE(progress->value(app("Åre")), Progress::Conflicted);
    auto tally = work.tally(j1);
    QCOMPARE(tally->scored, 1);
    QCOMPARE(tally->total, 3);
}

void tst_Screening::finalistRule()
{
    RoundRepository rounds(*m_db);
    RoundSettings s = rounds.load()->settings;
    s.finalistCount = 2;
    JB_VERIFY_OK(rounds.updateSettings(s));
    const qint64 j1 = m_jurors.at(0).id;
    score(j1, "Lund", 5, 5);
    score(j1, "Umeå", 4, 4);
    score(j1, "Kiruna", 3, 3);
    score(j1, "Åre", 2, 2);
    FinalistRepository finalists(*m_db);
    QCOMPARE(finalists.suggestion().value(), (QList<qint64>{app("Lund"), app("Umeå")}));

    const QByteArray before = fingerprint(*m_db);
    // A different choice needs a reason; a wrong number is refused.
    QVERIFY(!finalists.choose({app("Lund"), app("Åre")}, QString()).ok());
    QVERIFY(!finalists.choose({app("Lund")}, QStringLiteral("x")).ok());
    QVERIFY(!finalists.choose({app("Lund"), app("Lund")}, QStringLiteral("x")).ok());
    QCOMPARE(fingerprint(*m_db), before);

    auto choice = finalists.choose({app("Åre"), app("Lund")}, QStringLiteral("Åre visar starka resultat för sin storlek."));
    JB_VERIFY_OK(choice);
    QVERIFY(!choice->followsSuggestion());
    QCOMPARE(choice->chosen.size(), 2);
    QCOMPARE(choice->suggested.size(), 2);
    auto stored = finalists.load();
    QCOMPARE(stored.value()->reason, QStringLiteral("Åre visar starka resultat för sin storlek."));
    for (const ApplicationRow &r : ApplicationRepository(*m_db).rows().value()) {
        const bool finalist = r.municipality == QStringLiteral("Lund") || r.municipality == QStringLiteral("Åre");
        QCOMPARE(r.status, finalist ? ApplicationStatus::Finalist : ApplicationStatus::NotAdvanced);
    }
    // The suggestion needs no reason.
    JB_VERIFY_OK(finalists.choose({}, QString()));
    QVERIFY(finalists.load().value()->followsSuggestion());
}

void tst_Screening::phases()
{
    RoundRepository rounds(*m_db);
    // Back to preparation is refused once jurors have worked.
    score(m_jurors.at(0).id, "Lund", 3, 3);
    auto back = rounds.setPhase(Phase::Preparation);
    QVERIFY(!back.ok());
    QVERIFY(back.error().message.contains(QStringLiteral("preparation")));
    // The vote needs finalists. With fewer scored than the round's number of finalists, the
    // suggestion is shorter, and choosing it is allowed.
    JB_VERIFY_OK(rounds.setPhase(Phase::Followup));
    QVERIFY(!rounds.setPhase(Phase::Vote).ok());
    JB_VERIFY_OK(FinalistRepository(*m_db).choose({}, QString()));
    JB_VERIFY_OK(rounds.setPhase(Phase::Vote));
    // Back one step is fine while nothing depends on it; two steps is not.
    QVERIFY(!rounds.setPhase(Phase::Screening).ok());
    JB_VERIFY_OK(rounds.setPhase(Phase::Followup));
    JB_VERIFY_OK(rounds.setPhase(Phase::Screening));
    QCOMPARE(rounds.load()->phase, Phase::Screening);
    // Deciding needs a decision.
    QVERIFY(!rounds.setPhase(Phase::Decided).ok());
    // Criteria are fixed once screening has started.
    Criterion c = m_criteria.first();
    c.weight = 2;
    QVERIFY(!CriterionRepository(*m_db).update(c).ok());
}

void tst_Screening::lockedRoundRefusesEdits()
{
    score(m_jurors.at(0).id, "Lund", 3, 3);
    JB_VERIFY_OK(m_db->exec(QStringLiteral("UPDATE round SET phase = 'decided'")));
    const QByteArray before = fingerprint(*m_db);
    WorkRepository work(*m_db);
    const qint64 j1 = m_jurors.at(0).id;
    auto refused = work.addComment(j1, app("Lund"), QStringLiteral("Sent"), true);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("locked")), qPrintable(refused.error().message));
    QVERIFY(!work.declareConflict(j1, app("Umeå"), QStringLiteral("x"), false).ok());
    QVERIFY(!JurorRepository(*m_db).add(QStringLiteral("Ny"), QString(), false).ok());
    RoundSettings s = RoundRepository(*m_db).load()->settings;
    s.prizeSek = 1;
    QVERIFY(!RoundRepository(*m_db).updateSettings(s).ok());
    QVERIFY(!RoundRepository(*m_db).setPhase(Phase::Vote).ok());
    QCOMPARE(fingerprint(*m_db), before);
}

void tst_Screening::sheetRoundTrip()
{
    const qint64 j1 = m_jurors.at(0).id;
    score(j1, "Lund", 4, 2);
    JB_VERIFY_OK(WorkRepository(*m_db).setRecommendation(j1, app("Lund"), Recommendation::Maybe));
    auto sheet = ScoringSheet::exportSheet(*m_db, j1);
    JB_VERIFY_OK(sheet);
    QVERIFY(sheet->startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(sheet->mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QString::fromUtf8("id;Kommun;Titel;Ledning;Resultat;Rekommendation;Jäv;Kommentar"));
    QCOMPARE(lines.size(), 5);
    // Swedish order: Kiruna, Lund, Umeå, Åre.
    QVERIFY(lines.at(1).contains(QStringLiteral(";Kiruna;")));
    QVERIFY(lines.at(4).contains(QString::fromUtf8(";Åre;")));
    QVERIFY(lines.at(2).endsWith(QStringLiteral(";4;2;kanske;;")));

    // Importing the sheet unchanged changes nothing.
    const QByteArray before = fingerprint(*m_db);
    auto same = ScoringSheet::importSheet(*m_db, j1, sheet.value(), QStringLiteral("ark.csv"));
    JB_VERIFY_OK(same);
    QCOMPARE(same->scores + same->recommendations + same->comments + same->conflicts, 0);
    QCOMPARE(fingerprint(*m_db), before);

    // Filled in on the train.
    QStringList edited = lines;
    const QString lundId = lines.at(2).section(u';', 0, 0);
    const QString kirunaId = lines.at(1).section(u';', 0, 0);
    const QString areId = lines.at(4).section(u';', 0, 0);
    edited[1] = kirunaId + QStringLiteral(";Kiruna;C;5;4;ja;;\"Stark; tydlig\"");
    edited[2] = lundId + QStringLiteral(";Lund;A;;3;;;");
    edited[4] = areId + QString::fromUtf8(";Åre;D;;;;Bor i kommunen;");
    auto report = ScoringSheet::importSheet(*m_db, j1, (edited.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8(),
                                            QStringLiteral("ark.csv"));
    JB_VERIFY_OK(report);
    QCOMPARE(report->scores, 3);
    QCOMPARE(report->recommendations, 1);
    QCOMPARE(report->comments, 1);
    QCOMPARE(report->conflicts, 1);
    WorkRepository work(*m_db);
    QCOMPARE(work.scores(j1, app("Kiruna"))->value(m_criteria.at(0).id).value, std::optional<int>(5));
    // An empty cell is "not scored": Lund keeps its 4 on Ledning.
    QCOMPARE(work.scores(j1, app("Lund"))->value(m_criteria.at(0).id).value, std::optional<int>(4));
    QCOMPARE(work.scores(j1, app("Lund"))->value(m_criteria.at(1).id).value, std::optional<int>(3));
    QCOMPARE(work.recommendation(j1, app("Kiruna")).value(), std::optional<Recommendation>(Recommendation::Yes));
    QCOMPARE(work.comments(Viewer::juror(j1), app("Kiruna"))->first().body, QStringLiteral("Stark; tydlig"));
    QVERIFY(work.comments(Viewer::juror(j1), app("Kiruna"))->first().shared);
    QCOMPARE(work.conflict(j1, app("Åre"))->value().reason, QStringLiteral("Bor i kommunen"));
}

void tst_Screening::badSheetsChangeNothing_data()
{
    QTest::addColumn<QString>("row");      // {id} is Lund's id, {are} is Åre's (conflicted)
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    const QString header = QString::fromUtf8("id;Kommun;Titel;Ledning;Resultat;Rekommendation;Jäv;Kommentar");
    QTest::newRow("outside the scale") << "{id};Lund;A;6;;;;" << header << 3 << "Ledning";
    QTest::newRow("not a number") << "{id};Lund;A;fyra;;;;" << header << 3 << "Ledning";
    QTest::newRow("half a point") << "{id};Lund;A;3,5;;;;" << header << 3 << "Ledning";
    QTest::newRow("unknown id") << "00000000-0000-0000-0000-000000000000;Lund;A;3;;;;" << header << 3 << "id";
    QTest::newRow("unknown recommendation") << "{id};Lund;A;3;;kanhända;;" << header << 3 << "Rekommendation";
    QTest::newRow("score on a conflicted application") << "{are};Åre;D;3;;;;" << header << 3 << "Ledning";
    QTest::newRow("score with a conflict in the same row") << "{id};Lund;A;;2;;Jäv;" << header << 3 << "Resultat";
    QTest::newRow("unknown column") << "{id};Lund;A;3;;;;" << header + QStringLiteral(";Ledningg") << 1 << "Ledningg";
    QTest::newRow("no id column") << "{id};Lund;A;3" << QStringLiteral("Kommun;Titel;Ledning") << 1 << "";
}

void tst_Screening::badSheetsChangeNothing()
{
    QFETCH(QString, row);
    QFETCH(QString, header);
    QFETCH(int, line);
    QFETCH(QString, column);
    const qint64 j1 = m_jurors.at(0).id;
    JB_VERIFY_OK(WorkRepository(*m_db).declareConflict(j1, app("Åre"), QStringLiteral("Jäv"), false));
    const QString lund = uuidText(ApplicationRepository(*m_db).load(app("Lund"))->row.uuid);
    const QString are = uuidText(ApplicationRepository(*m_db).load(app("Åre"))->row.uuid);
    const QString umea = uuidText(ApplicationRepository(*m_db).load(app("Umeå"))->row.uuid);
    row.replace(QStringLiteral("{id}"), lund).replace(QStringLiteral("{are}"), are);
    // A good row first: it must not be stored either.
    const QString good = umea + QStringLiteral(";Umeå;B;5;5;ja;;");
    const QString text = header + QStringLiteral("\r\n") + good + QStringLiteral("\r\n") + row + QStringLiteral("\r\n");
    const QByteArray before = fingerprint(*m_db);
    auto report = ScoringSheet::importSheet(*m_db, j1, text.toUtf8(), QStringLiteral("ark.csv"));
    QVERIFY(!report.ok());
    QCOMPARE(report.error().file, QStringLiteral("ark.csv"));
    QCOMPARE(report.error().line, line);
    QCOMPARE(report.error().column, column);
    QCOMPARE(fingerprint(*m_db), before);
}

void tst_Screening::sheetFromSwedishExcel()
{
    // Windows-1252, comma separated, CRLF.
    const qint64 j1 = m_jurors.at(0).id;
    const QString lund = uuidText(ApplicationRepository(*m_db).load(app("Lund"))->row.uuid);
    const QString text = QString::fromUtf8("id,Kommun,Titel,Ledning,Resultat,Rekommendation,Jäv,Kommentar\r\n")
                         + lund + QString::fromUtf8(",Lund,A,2,3,NEJ,,Svårt att följa resultaten – tyvärr\r\n");
    auto report = ScoringSheet::importSheet(*m_db, j1, TextDecoding::toWindows1252(text), QStringLiteral("ark.csv"));
    JB_VERIFY_OK(report);
    WorkRepository work(*m_db);
    QCOMPARE(work.recommendation(j1, app("Lund")).value(), std::optional<Recommendation>(Recommendation::No));
    QCOMPARE(work.comments(Viewer::juror(j1), app("Lund"))->first().body,
             QString::fromUtf8("Svårt att följa resultaten – tyvärr"));
}

QTEST_GUILESS_MAIN(tst_Screening)
#include "tst_screening.moc"
