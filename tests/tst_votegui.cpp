// The final vote's widgets on real round files: a juror's ballot (keyboard, ties, unranked,
// conflicts of interest, drag and drop), the organiser's count, and the decision dialog.
// With JURYBENCH_SCREENSHOTS=DIR set, the screenshots test saves each widget as DIR/NAME.png
// to be looked at.

#include "import/applicationimporter.h"
#include "itemmodels/ballotmodel.h"
#include "itemmodels/tallymatrixmodel.h"
#include "itemmodels/tallymodel.h"
#include "localization.h"
#include "mainwindow.h"
#include "reference/municipalityregistry.h"
#include "screening/finalistrepository.h"
#include "screening/workrepository.h"
#include "storage/applicationrepository.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "support/testsupport.h"
#include "theme.h"
#include "vote/ballotpanel.h"
#include "vote/ballotrepository.h"
#include "vote/decisiondialog.h"
#include "vote/decisionrepository.h"
#include "vote/tallyview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace TestSupport;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QString words(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QStringLiteral("ord%1").arg(i);
    return list.join(u' ');
}

// Clicks the button with @p text in the next modal message box.
void answerNextMessageBox(const QString &text)
{
    QTimer::singleShot(0, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == text) {
                button->click();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no button ") + text));
    });
}

} // namespace

/// A round in the final vote: five jurors (Anna Andersson chairs), four finalists screened in
/// the order Kiruna, Lund, Umeå, Åre; Eva Ek has a conflict of interest on Kiruna.
class tst_VoteGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ballotRanksByKeyboard();
    void ballotTiesAndUnranks();
    void ballotButtons();
    void conflictedFinalistCannotBeRanked();
    void dragAndDropStoresTheRanks();
    void ballotClosedOutsideTheVote();
    void organiserActsAsJuror();
    void tallyShowsDisagreement();
    void tallyShowsTie();
    void decisionWordCount();
    void decisionIsStoredAndLocks();
    void cancelledConfirmationChangesNothing();
    void refusedDecisionChangesNothing();
    void closingStoresShortMotivations();
    void tieNeedsTheCastingVote();
    void draftSurvivesClosing();
    void windowRanksByKeyboard();
    void windowLeadsTheOrganiserToTheDecision();
    void everyControlIsNamed();
    void screenshots();

private:
    qint64 app(const QString &municipality) const { return m_apps.value(municipality); }
    qint64 juror(int index) const { return m_jurors.at(index).id; }
    QHash<qint64, int> ranks(qint64 jurorId) const;
    /// "Lund 1, Umeå 2": a juror's stored ranks by municipality, in Swedish order.
    QString stored(qint64 jurorId) const;
    /// The ballot as shown: "Kiruna 1 | Lund – | …".
    static QString shown(const BallotModel *model);
    void rank(qint64 jurorId, const QHash<QString, int> &byMunicipality);
    void vote3to2();
    void voteTie();
    void keyOn(BallotPanel &panel, const QString &municipality, Qt::Key key,
               Qt::KeyboardModifiers modifiers = Qt::AltModifier);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QList<Juror> m_jurors;
    QHash<QString, qint64> m_apps;
};

void tst_VoteGui::initTestCase()
{
    TestSupport::useFreshUserFolders();
}

void tst_VoteGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = createRound(m_dir->path());
    QVERIFY(m_db);
    JurorRepository jurors(*m_db);
    JB_VERIFY_OK(jurors.add(QStringLiteral("Anna Andersson"), QStringLiteral("Vitalis"), true));
    JB_VERIFY_OK(jurors.add(QStringLiteral("Bo Berg"), QStringLiteral("SKR"), false));
    JB_VERIFY_OK(jurors.add(QStringLiteral("Cecilia Carlsson"), QStringLiteral("FSS"), false));
    JB_VERIFY_OK(
        jurors.add(QStringLiteral("David Dahl"), QStringLiteral("Funktionsrätt Sverige"), false));
    JB_VERIFY_OK(jurors.add(QStringLiteral("Eva Ek"), QStringLiteral("Inera"), false));
    m_jurors = jurors.list().value();
    const QString csv = writeFile(m_dir->filePath(QStringLiteral("ansokningar.csv")),
                                  QStringLiteral("Kommun;Titel\n"
                                                 "Lund;Trygg hemma med digital nattillsyn\n"
                                                 "Umeå;Vård på distans i glesbygd\n"
                                                 "Kiruna;Digitala möten för äldre\n"
                                                 "Åre;E-hälsa i fjällen\n")
                                      .toUtf8());
    ApplicationImporter importer(*m_db, MunicipalityRegistry::builtIn());
    JB_VERIFY_OK(importer.importFile(csv));
    m_apps.clear();
    for (const ApplicationRow &r : ApplicationRepository(*m_db).rows().value())
        m_apps.insert(r.municipality, r.id);
    QCOMPARE(m_apps.size(), 4);

    RoundRepository rounds(*m_db);
    JB_VERIFY_OK(rounds.setPhase(Phase::Screening));
    const qint64 criterion = CriterionRepository(*m_db).list().value().first().id;
    WorkRepository work(*m_db);
    const QList<QPair<QString, int>> scores = {{"Kiruna", 5}, {"Lund", 4}, {"Umeå", 3}, {"Åre", 2}};
    for (const auto &[municipality, score] : scores)
        JB_VERIFY_OK(work.setScore(juror(0), app(municipality), criterion, score, QString()));
    JB_VERIFY_OK(work.declareConflict(juror(4), app("Kiruna"),
                                      QStringLiteral("Anställd i kommunen"), false));
    JB_VERIFY_OK(rounds.setPhase(Phase::Followup));
    JB_VERIFY_OK(FinalistRepository(*m_db).choose({}, QString()));
    JB_VERIFY_OK(rounds.setPhase(Phase::Vote));
}

void tst_VoteGui::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QHash<qint64, int> tst_VoteGui::ranks(qint64 jurorId) const
{
    auto r = BallotRepository(*m_db).ranks(jurorId);
    return r ? r.value() : QHash<qint64, int>{{-1, -1}};
}

QString tst_VoteGui::stored(qint64 jurorId) const
{
    const QHash<qint64, int> byId = ranks(jurorId);
    QStringList parts;
    for (const char *name : {"Kiruna", "Lund", "Umeå", "Åre"}) {
        const QString municipality = QString::fromUtf8(name);
        if (byId.contains(app(municipality)))
            parts << QStringLiteral("%1 %2").arg(municipality).arg(byId.value(app(municipality)));
    }
    return parts.join(QStringLiteral(", "));
}

QString tst_VoteGui::shown(const BallotModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        rows << model->index(row, BallotModel::MunicipalityColumn).data().toString() + u' '
                    + model->index(row, BallotModel::RankColumn).data().toString();
    }
    return rows.join(QStringLiteral(" | "));
}

void tst_VoteGui::rank(qint64 jurorId, const QHash<QString, int> &byMunicipality)
{
    QHash<qint64, std::optional<int>> ranks;
    for (auto it = byMunicipality.cbegin(); it != byMunicipality.cend(); ++it)
        ranks.insert(app(it.key()), it.value());
    JB_VERIFY_OK(BallotRepository(*m_db).setRanks(jurorId, ranks));
}

// Three jurors Lund > Umeå > Åre, two Umeå > Åre > Lund; no one ranks Kiruna. Schulze: Lund
// (3 of 5 prefer it to each other finalist); Borda: Umeå; the screening: Kiruna.
void tst_VoteGui::vote3to2()
{
    for (int j : {0, 1, 2})
        rank(juror(j), {{"Lund", 1}, {"Umeå", 2}, {"Åre", 3}});
    for (int j : {3, 4})
        rank(juror(j), {{"Umeå", 1}, {"Åre", 2}, {"Lund", 3}});
}

// Anna: Lund > Umeå, Bo: Umeå > Lund. Schulze ties Lund and Umeå for first place.
void tst_VoteGui::voteTie()
{
    rank(juror(0), {{"Lund", 1}, {"Umeå", 2}});
    rank(juror(1), {{"Umeå", 1}, {"Lund", 2}});
}

void tst_VoteGui::keyOn(BallotPanel &panel, const QString &municipality, Qt::Key key,
                        Qt::KeyboardModifiers modifiers)
{
    panel.selectRow(panel.model()->rowOf(app(municipality)));
    QCOMPARE(panel.selectedRow(), panel.model()->rowOf(app(municipality)));
    QTest::keyClick(panel.list(), key, modifiers);
}

void tst_VoteGui::ballotRanksByKeyboard()
{
    BallotPanel panel(*m_db);
    QAbstractItemModelTester tester(panel.model(), Fatal);
    panel.setViewer(Viewer::juror(juror(1)));
    panel.resize(700, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.isEditable());
    QVERIFY(panel.noticeText().isEmpty());
    // Nothing ranked yet: the finalists in Swedish order, none ahead of another.
    QCOMPARE(shown(panel.model()), QStringLiteral("Kiruna – | Lund – | Umeå – | Åre –"));
    QCOMPARE(panel.statusText(), QStringLiteral("0 of 4 finalists ranked."));

    QSignalSpy announced(&panel, &BallotPanel::announced);
    panel.focusBallot();
    keyOn(panel, "Umeå", Qt::Key_Up);
    QCOMPARE(stored(juror(1)), QStringLiteral("Umeå 1"));
    QCOMPARE(announced.last().at(0).toString(), QStringLiteral("Umeå: place 1 of 4."));
    // The selection follows the finalist to its new row.
    QCOMPARE(panel.selectedRow(), 0);
    QCOMPARE(shown(panel.model()), QStringLiteral("Umeå 1 | Kiruna – | Lund – | Åre –"));

    keyOn(panel, "Lund", Qt::Key_Up);
    QCOMPARE(stored(juror(1)), QStringLiteral("Lund 2, Umeå 1"));
    QTest::keyClick(panel.list(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(stored(juror(1)), QStringLiteral("Lund 1, Umeå 2"));
    QCOMPARE(announced.last().at(0).toString(), QStringLiteral("Lund: place 1 of 4."));
    QCOMPARE(panel.selectedRow(), 0);
    // Already first: nothing changes, and the position is said again.
    QTest::keyClick(panel.list(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(stored(juror(1)), QStringLiteral("Lund 1, Umeå 2"));
    QCOMPARE(announced.last().at(0).toString(), QStringLiteral("Lund: place 1 of 4."));
    QTest::keyClick(panel.list(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(stored(juror(1)), QStringLiteral("Lund 2, Umeå 1"));
    QCOMPARE(panel.selectedRow(), 1);
    QCOMPARE(announced.last().at(0).toString(), QStringLiteral("Lund: place 2 of 4."));
    // Plain arrows still move the selection.
    QTest::keyClick(panel.list(), Qt::Key_Up);
    QCOMPARE(panel.selectedRow(), 0);
    QCOMPARE(panel.statusText(), QStringLiteral("2 of 4 finalists ranked."));

    // What is stored is what a new look at the ballot shows.
    BallotModel fresh(*m_db);
    fresh.setJuror(juror(1));
    QCOMPARE(shown(&fresh), shown(panel.model()));
    // Another juror's ballot is untouched.
    QCOMPARE(stored(juror(0)), QString());
}

void tst_VoteGui::ballotTiesAndUnranks()
{
    BallotPanel panel(*m_db);
    QAbstractItemModelTester tester(panel.model(), Fatal);
    panel.setViewer(Viewer::juror(juror(2)));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy announced(&panel, &BallotPanel::announced);
    for (const char *name : {"Kiruna", "Lund", "Umeå"})
        keyOn(panel, QString::fromUtf8(name), Qt::Key_Up);
    QCOMPARE(stored(juror(2)), QStringLiteral("Kiruna 1, Lund 2, Umeå 3"));

    // Equal to the one above: a shared place, shown on both.
    keyOn(panel, "Umeå", Qt::Key_Right);
    QCOMPARE(stored(juror(2)), QStringLiteral("Kiruna 1, Lund 2, Umeå 2"));
    QCOMPARE(announced.last().at(0).toString(), QStringLiteral("Umeå: shared place 2 with Lund."));
    QCOMPARE(shown(panel.model()),
             QStringLiteral("Kiruna 1 | Lund 2 (shared) | Umeå 2 (shared) | Åre –"));
    QCOMPARE(
        panel.model()->index(2, BallotModel::RankColumn).data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Shared place 2"));
    // …and undone.
    QTest::keyClick(panel.list(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(stored(juror(2)), QStringLiteral("Kiruna 1, Lund 2, Umeå 3"));
    QCOMPARE(announced.last().at(0).toString(), QStringLiteral("Umeå: place 3 of 4."));

    // An unranked finalist made equal to the one above joins the last ranked.
    keyOn(panel, "Åre", Qt::Key_Right);
    QCOMPARE(stored(juror(2)), QStringLiteral("Kiruna 1, Lund 2, Umeå 3, Åre 3"));
    // Moving out of a tie: ahead of the finalists it was equal to.
    QTest::keyClick(panel.list(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(stored(juror(2)), QStringLiteral("Kiruna 1, Lund 2, Umeå 4, Åre 3"));
    // Making the top finalist of a tie equal to the one above brings its tie along.
    keyOn(panel, "Umeå", Qt::Key_Right);
    keyOn(panel, "Åre", Qt::Key_Right);
    QCOMPARE(stored(juror(2)), QStringLiteral("Kiruna 1, Lund 2, Umeå 2, Åre 2"));

    // Unranked: below every ranked finalist, at the end of the list.
    keyOn(panel, "Lund", Qt::Key_Delete, Qt::NoModifier);
    QCOMPARE(stored(juror(2)), QStringLiteral("Kiruna 1, Umeå 2, Åre 2"));
    QCOMPARE(announced.last().at(0).toString(), QStringLiteral("Lund: unranked."));
    QCOMPARE(shown(panel.model()),
             QStringLiteral("Kiruna 1 | Åre 2 (shared) | Umeå 2 (shared) | Lund –"));
    QCOMPARE(panel.selectedRow(), 3);
    QVERIFY(!panel.model()->canEdit(BallotEdit::Unrank, 3));
    QVERIFY(!panel.model()->canEdit(BallotEdit::MoveDown, 3));
    // Moving an unranked finalist up ranks it last.
    QTest::keyClick(panel.list(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(stored(juror(2)), QStringLiteral("Kiruna 1, Lund 4, Umeå 2, Åre 2"));
    QCOMPARE(panel.statusText(), QStringLiteral("4 of 4 finalists ranked."));
}

void tst_VoteGui::ballotButtons()
{
    BallotPanel panel(*m_db);
    panel.setViewer(Viewer::juror(juror(0)));
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.selectRow(panel.model()->rowOf(app("Åre")));
    // Unranked: it can be ranked, or made equal to nothing above, or moved down nowhere.
    QVERIFY(panel.button(BallotEdit::MoveUp)->isEnabled());
    QVERIFY(!panel.button(BallotEdit::MoveDown)->isEnabled());
    QVERIFY(!panel.button(BallotEdit::TieWithAbove)->isEnabled());
    QVERIFY(!panel.button(BallotEdit::Untie)->isEnabled());
    QVERIFY(!panel.button(BallotEdit::Unrank)->isEnabled());
    QTest::mouseClick(panel.button(BallotEdit::MoveUp), Qt::LeftButton);
    QCOMPARE(stored(juror(0)), QStringLiteral("Åre 1"));
    QCOMPARE(panel.selectedRow(), 0);
    QVERIFY(panel.button(BallotEdit::Unrank)->isEnabled());
    QVERIFY(!panel.button(BallotEdit::MoveUp)->isEnabled());
    // The list keeps the keyboard.
    QCOMPARE(QApplication::focusWidget(), panel.list());
    panel.selectRow(panel.model()->rowOf(app("Lund")));
    QTest::mouseClick(panel.button(BallotEdit::TieWithAbove), Qt::LeftButton);
    QCOMPARE(stored(juror(0)), QStringLiteral("Lund 1, Åre 1"));
    QVERIFY(panel.button(BallotEdit::Untie)->isEnabled());
    QTest::mouseClick(panel.button(BallotEdit::Unrank), Qt::LeftButton);
    QCOMPARE(stored(juror(0)), QStringLiteral("Åre 1"));
}

void tst_VoteGui::conflictedFinalistCannotBeRanked()
{
    BallotPanel panel(*m_db);
    QAbstractItemModelTester tester(panel.model(), Fatal);
    panel.setViewer(Viewer::juror(juror(4))); // Eva: conflict of interest on Kiruna
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    BallotModel *model = panel.model();
    // Shown last, marked, and not counted among the finalists to rank.
    QCOMPARE(shown(model), QStringLiteral("Lund – | Umeå – | Åre – | Kiruna conflict"));
    QVERIFY2(panel.noticeText().contains(QStringLiteral("Kiruna")), qPrintable(panel.noticeText()));
    QCOMPARE(panel.statusText(), QStringLiteral("0 of 3 finalists ranked."));
    const int kiruna = model->rowOf(app("Kiruna"));
    QCOMPARE(model->standing(kiruna), BallotModel::Standing::Conflicted);
    QVERIFY(!(model->flags(model->index(kiruna, 0)) & Qt::ItemIsDragEnabled));
    QVERIFY(model->flags(model->index(0, 0)) & Qt::ItemIsDragEnabled);
    QVERIFY(!model->mimeData({model->index(kiruna, 0)}));

    QSignalSpy announced(&panel, &BallotPanel::announced);
    QSignalSpy failed(&panel, &BallotPanel::failed);
    panel.selectRow(kiruna);
    for (const BallotEdit edit : {BallotEdit::MoveUp, BallotEdit::TieWithAbove}) {
        QVERIFY(!model->canEdit(edit, kiruna));
        QVERIFY(!panel.button(edit)->isEnabled());
    }
    QTest::keyClick(panel.list(), Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(panel.list(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(stored(juror(4)), QString());
    QCOMPARE(announced.last().at(0).toString(),
             QStringLiteral("Kiruna: conflict of interest, cannot be ranked."));
    QCOMPARE(failed.count(), 0);
    const auto refused = model->edit(BallotEdit::MoveUp, kiruna);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("conflict of interest")),
             qPrintable(refused.error().message));
    QVERIFY(!model->place(kiruna, 0).ok());
    QCOMPARE(stored(juror(4)), QString());

    // The others can be ranked; the conflicted finalist stays out of the ballot.
    keyOn(panel, "Åre", Qt::Key_Up);
    keyOn(panel, "Lund", Qt::Key_Up);
    QCOMPARE(stored(juror(4)), QStringLiteral("Lund 2, Åre 1"));
    QCOMPARE(shown(model), QStringLiteral("Åre 1 | Lund 2 | Umeå – | Kiruna conflict"));
    QCOMPARE(announced.last().at(0).toString(), QStringLiteral("Lund: place 2 of 3."));
}

void tst_VoteGui::dragAndDropStoresTheRanks()
{
    BallotPanel panel(*m_db);
    BallotModel *model = panel.model();
    QAbstractItemModelTester tester(model, Fatal);
    panel.setViewer(Viewer::juror(juror(3)));
    QSignalSpy dropped(model, &BallotModel::dropped);
    QSignalSpy announced(&panel, &BallotPanel::announced);
    QVERIFY(model->mimeTypes().contains(BallotModel::mimeType()));
    QCOMPARE(model->supportedDropActions(), Qt::MoveAction);
    QVERIFY(model->flags({}) & Qt::ItemIsDropEnabled);
    // Drops fall between finalists, never on one.
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsDropEnabled));

    const auto drop = [&](const QString &municipality, int row) {
        std::unique_ptr<QMimeData> data(
            model->mimeData({model->index(model->rowOf(app(municipality)), 0)}));
        if (!data || !model->canDropMimeData(data.get(), Qt::MoveAction, row, 0, {}))
            return false;
        return model->dropMimeData(data.get(), Qt::MoveAction, row, 0, {});
    };
    // To the top of an unranked list: first.
    QVERIFY(drop("Åre", 0));
    QCOMPARE(stored(juror(3)), QStringLiteral("Åre 1"));
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(announced.last().at(0).toString(), QStringLiteral("Åre: place 1 of 4."));
    QCOMPARE(panel.selectedRow(), 0);
    // Directly below the last ranked: ranked last.
    QVERIFY(drop("Lund", 1));
    QCOMPARE(stored(juror(3)), QStringLiteral("Lund 2, Åre 1"));
    // Between two finalists of different rank: a place of its own.
    QVERIFY(drop("Umeå", 1));
    QCOMPARE(stored(juror(3)), QStringLiteral("Lund 3, Umeå 2, Åre 1"));
    QCOMPARE(shown(model), QStringLiteral("Åre 1 | Umeå 2 | Lund 3 | Kiruna –"));
    // Between two tied finalists: equal to them.
    JB_VERIFY_OK(model->edit(BallotEdit::TieWithAbove, model->rowOf(app("Lund"))));
    QVERIFY(drop("Kiruna", 2));
    QCOMPARE(stored(juror(3)), QStringLiteral("Kiruna 2, Lund 2, Umeå 2, Åre 1"));
    QCOMPARE(shown(model),
             QStringLiteral("Åre 1 | Umeå 2 (shared) | Kiruna 2 (shared) | Lund 2 (shared)"));
    // On its own place: nothing changes (a tie is not broken by a slip of the mouse).
    QVERIFY(drop("Kiruna", 2));
    QVERIFY(drop("Kiruna", 3));
    QCOMPARE(stored(juror(3)), QStringLiteral("Kiruna 2, Lund 2, Umeå 2, Åre 1"));
    // At the end of a fully ranked list: last.
    QVERIFY(drop("Åre", model->rowCount()));
    QCOMPARE(stored(juror(3)), QStringLiteral("Kiruna 1, Lund 1, Umeå 1, Åre 4"));
    // Below the unranked ones: unranked.
    JB_VERIFY_OK(model->edit(BallotEdit::Unrank, model->rowOf(app("Åre"))));
    QVERIFY(drop("Umeå", -1));
    QCOMPARE(stored(juror(3)), QStringLiteral("Kiruna 1, Lund 1"));
    QCOMPARE(shown(model), QStringLiteral("Kiruna 1 (shared) | Lund 1 (shared) | Umeå – | Åre –"));

    // A drag from another list (another round file, another juror) is refused.
    BallotModel other(*m_db);
    other.setJuror(juror(2));
    std::unique_ptr<QMimeData> foreign(other.mimeData({other.index(0, 0)}));
    QVERIFY(foreign);
    QVERIFY(!model->canDropMimeData(foreign.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(!model->dropMimeData(foreign.get(), Qt::MoveAction, 0, 0, {}));
    QMimeData text;
    text.setText(QStringLiteral("Lund"));
    QVERIFY(!model->canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    QCOMPARE(stored(juror(3)), QStringLiteral("Kiruna 1, Lund 1"));
}

void tst_VoteGui::ballotClosedOutsideTheVote()
{
    rank(juror(0), {{"Lund", 1}});
    JB_VERIFY_OK(RoundRepository(*m_db).setPhase(Phase::Followup));
    BallotPanel panel(*m_db);
    QAbstractItemModelTester tester(panel.model(), Fatal);
    panel.setViewer(Viewer::juror(juror(0)));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!panel.isEditable());
    QVERIFY2(panel.noticeText().contains(QStringLiteral("has not started")),
             qPrintable(panel.noticeText()));
    for (const BallotEdit edit : {BallotEdit::MoveUp, BallotEdit::MoveDown,
                                  BallotEdit::TieWithAbove, BallotEdit::Untie, BallotEdit::Unrank})
        QVERIFY(!panel.button(edit)->isEnabled());
    QVERIFY(!(panel.model()->flags(panel.model()->index(1, 0)) & Qt::ItemIsDragEnabled));
    QVERIFY(!(panel.model()->flags({}) & Qt::ItemIsDropEnabled));
    const QByteArray before = fingerprint(*m_db);
    QSignalSpy failed(&panel, &BallotPanel::failed);
    keyOn(panel, "Umeå", Qt::Key_Up);
    QCOMPARE(fingerprint(*m_db), before);
    QCOMPARE(failed.count(), 0);
    // Still readable.
    QCOMPARE(shown(panel.model()), QStringLiteral("Lund 1 | Kiruna – | Umeå – | Åre –"));
    // The vote opens: the panel follows at once.
    JB_VERIFY_OK(RoundRepository(*m_db).setPhase(Phase::Vote));
    QVERIFY(panel.isEditable());
    QVERIFY(panel.noticeText().isEmpty());
    QVERIFY(panel.button(BallotEdit::MoveUp)->isEnabled());
}

void tst_VoteGui::organiserActsAsJuror()
{
    BallotPanel panel(*m_db);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.viewer(), Viewer::organiser());
    QVERIFY(!panel.isEditable());
    QVERIFY(!panel.list()->isVisible());
    QCOMPARE(panel.model()->rowCount(), 0);
    panel.setViewer(Viewer::juror(juror(0)));
    QVERIFY(panel.list()->isVisible());
    QVERIFY(panel.isEditable());
    keyOn(panel, "Kiruna", Qt::Key_Up);
    QCOMPARE(stored(juror(0)), QStringLiteral("Kiruna 1"));
    panel.setViewer(Viewer::juror(juror(1)));
    QCOMPARE(shown(panel.model()), QStringLiteral("Kiruna – | Lund – | Umeå – | Åre –"));
}

void tst_VoteGui::tallyShowsDisagreement()
{
    // All agree on Kiruna first (Eva, conflicted on it, ranks the rest).
    for (int j : {0, 1, 2, 3})
        rank(juror(j), {{"Kiruna", 1}, {"Lund", 2}, {"Umeå", 3}, {"Åre", 4}});
    rank(juror(4), {{"Lund", 1}, {"Umeå", 2}, {"Åre", 3}});
    TallyView view(*m_db);
    QAbstractItemModelTester tester(view.model(), Fatal);
    QAbstractItemModelTester pairwiseTester(view.pairwiseModel(), Fatal);
    QAbstractItemModelTester pathsTester(view.widestPathsModel(), Fatal);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY2(view.ballotsText().startsWith(QStringLiteral("5 ballot")),
             qPrintable(view.ballotsText()));
    QVERIFY2(view.disagreementText().isEmpty(), qPrintable(view.disagreementText()));
    QVERIFY(view.tieText().isEmpty());
    QVERIFY(view.decideButton()->isEnabled());

    // The case: first check that the methods do name different winners.
    vote3to2();
    auto vote = VoteResult::count(*m_db);
    JB_VERIFY_OK(vote);
    QCOMPARE(vote->tally.winners(), QList<qint64>{app("Lund")});
    QCOMPARE(vote->tally.bordaRanking.value(0), QList<qint64>{app("Umeå")});
    QCOMPARE(vote->tally.pluralityRanking.value(0), QList<qint64>{app("Lund")});
    QCOMPARE(vote->screeningWinners, QList<qint64>{app("Kiruna")});
    QVERIFY(vote->disagreement);

    // The shown view counted again by itself.
    const QString notice = view.disagreementText();
    QVERIFY2(notice.contains(QStringLiteral("puts Lund first")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("Borda puts Umeå first")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("screening put Kiruna first")), qPrintable(notice));
    QVERIFY2(!notice.contains(QStringLiteral("first places")), qPrintable(notice));
    QVERIFY(view.tieText().isEmpty());

    // One row per finalist, in the Schulze ranking.
    TallyModel *model = view.model();
    QCOMPARE(model->rowCount(), 4);
    const auto cell = [&](int row, int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, TallyModel::MunicipalityColumn), QStringLiteral("Lund"));
    QCOMPARE(cell(0, TallyModel::SchulzePlaceColumn), QStringLiteral("1"));
    QCOMPARE(cell(0, TallyModel::BordaPlaceColumn), QStringLiteral("2"));
    // Borda: 3 × 3 points as first of four, 1 above the unranked Kiruna, 0 from Eva, who is
    // conflicted on Kiruna and ranked Lund last of three.
    QCOMPARE(cell(0, TallyModel::BordaPointsColumn), QStringLiteral("10"));
    QCOMPARE(cell(0, TallyModel::PluralityPlaceColumn), QStringLiteral("1"));
    QCOMPARE(cell(0, TallyModel::PluralityPointsColumn), QStringLiteral("3"));
    QCOMPARE(cell(0, TallyModel::ScreeningRankColumn), QStringLiteral("2"));
    QVERIFY(model->index(0, 0).data(TallyModel::WinnerRole).toBool());
    QCOMPARE(cell(1, TallyModel::MunicipalityColumn), QStringLiteral("Umeå"));
    QCOMPARE(cell(1, TallyModel::BordaPlaceColumn), QStringLiteral("1"));
    QCOMPARE(cell(1, TallyModel::BordaPointsColumn), QStringLiteral("11"));
    QCOMPARE(cell(3, TallyModel::MunicipalityColumn), QStringLiteral("Kiruna"));
    QCOMPARE(cell(3, TallyModel::ScreeningRankColumn), QStringLiteral("1"));
    // Nobody ranked Kiruna: no first places.
    QCOMPARE(cell(3, TallyModel::SchulzePlaceColumn), QStringLiteral("4"));
    QCOMPARE(cell(3, TallyModel::PluralityPointsColumn), QStringLiteral("0"));

    // The matrices in ranking order, named by municipality, with an empty diagonal.
    TallyMatrixModel *d = view.pairwiseModel();
    QCOMPARE(d->rowCount(), 4);
    QCOMPARE(d->columnCount(), 4);
    QCOMPARE(d->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Lund"));
    QCOMPARE(d->headerData(0, Qt::Vertical).toString(), QStringLiteral("Lund"));
    QCOMPARE(d->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Umeå"));
    QCOMPARE(d->index(0, 0).data().toString(), QStringLiteral("–"));
    QCOMPARE(d->index(0, 1).data().toString(), QStringLiteral("3")); // Lund over Umeå
    QCOMPARE(d->index(1, 0).data().toString(), QStringLiteral("2"));
    const QString said = d->index(0, 1).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(said.startsWith(QStringLiteral("3 juror"))
                 && said.endsWith(QStringLiteral("Lund above Umeå.")),
             qPrintable(said));
    QVERIFY(d->index(0, 1).data(TallyMatrixModel::RowWinsRole).toBool());
    QVERIFY(!d->index(1, 0).data(TallyMatrixModel::RowWinsRole).toBool());
    TallyMatrixModel *p = view.widestPathsModel();
    QCOMPARE(p->index(2, 2).data().toString(), QStringLiteral("–"));
    QCOMPARE(p->index(0, 1).data().toString(), QStringLiteral("3"));
    QCOMPARE(p->index(1, 0).data().toString(), QStringLiteral("0"));
    QCOMPARE(view.pairwiseTable()->model(), d);
    QCOMPARE(view.widestPathsTable()->model(), p);
    QVERIFY(!(view.pairwiseTable()->editTriggers() & QAbstractItemView::AllEditTriggers));
}

void tst_VoteGui::tallyShowsTie()
{
    TallyView view(*m_db);
    QAbstractItemModelTester tester(view.model(), Fatal);
    QCOMPARE(view.ballotsText(), QStringLiteral("No juror has ranked the finalists yet."));
    QVERIFY(!view.decideButton()->isEnabled());
    voteTie();
    auto vote = VoteResult::count(*m_db);
    JB_VERIFY_OK(vote);
    QCOMPARE(vote->tally.winners(), (QList<qint64>{app("Lund"), app("Umeå")}));
    // A hidden view counts again when shown.
    QCOMPARE(view.ballotsText(), QStringLiteral("No juror has ranked the finalists yet."));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY2(view.ballotsText().startsWith(QStringLiteral("2 ballot")),
             qPrintable(view.ballotsText()));
    QCOMPARE(view.tieText(),
             QStringLiteral("Schulze ties for first place between Lund and Umeå. "
                            "The chair's casting vote decides (the chair: Anna Andersson)."));
    QCOMPARE(view.model()->index(0, TallyModel::SchulzePlaceColumn).data().toString(),
             QStringLiteral("1 (shared)"));
    QCOMPARE(view.model()->index(1, TallyModel::SchulzePlaceColumn).data().toString(),
             QStringLiteral("1 (shared)"));
    QCOMPARE(view.model()->index(2, TallyModel::SchulzePlaceColumn).data().toString(),
             QStringLiteral("3 (shared)"));
    // Plurality ties too; the screening's Kiruna is the only disagreement with the tie.
    QVERIFY2(view.disagreementText().contains(QStringLiteral("screening put Kiruna first")),
             qPrintable(view.disagreementText()));
    // Without a chair, the notice says what to do.
    Juror anna = m_jurors.first();
    anna.chair = false;
    JB_VERIFY_OK(JurorRepository(*m_db).update(anna));
    QVERIFY2(view.tieText().contains(QStringLiteral("no chair")), qPrintable(view.tieText()));
}

void tst_VoteGui::decisionWordCount()
{
    vote3to2();
    DecisionDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.wordCountText().startsWith(QStringLiteral("0 word")),
             qPrintable(dialog.wordCountText()));
    QVERIFY(!dialog.wordCountHint().isEmpty());
    dialog.motivationEditor()->setFocus();
    QTest::keyClicks(dialog.motivationEditor(), QStringLiteral("Lund har visat resultat."));
    QVERIFY2(dialog.wordCountText().startsWith(QStringLiteral("4 word")),
             qPrintable(dialog.wordCountText()));
    QVERIFY2(dialog.wordCountHint().startsWith(QStringLiteral("Shorter")),
             qPrintable(dialog.wordCountHint()));
    dialog.motivationEditor()->setPlainText(words(112));
    QVERIFY2(dialog.wordCountText().startsWith(QStringLiteral("112 word")),
             qPrintable(dialog.wordCountText()));
    QCOMPARE(dialog.wordCountHint(), QString());
    QCOMPARE(dialog.motivationEditor()->accessibleDescription(), dialog.wordCountText());
    dialog.motivationEditor()->setPlainText(words(151));
    QVERIFY2(dialog.wordCountText().startsWith(QStringLiteral("151 word")),
             qPrintable(dialog.wordCountText()));
    QVERIFY2(dialog.wordCountHint().startsWith(QStringLiteral("Longer")),
             qPrintable(dialog.wordCountHint()));
    // Never blocking.
    QVERIFY(dialog.decideButton()->isEnabled());
    dialog.motivationEditor()->setPlainText(words(1));
    QVERIFY2(dialog.wordCountText().startsWith(QStringLiteral("1 word")),
             qPrintable(dialog.wordCountText()));
    QVERIFY(dialog.decideButton()->isEnabled());
}

void tst_VoteGui::decisionIsStoredAndLocks()
{
    vote3to2();
    BallotPanel panel(*m_db);
    panel.setViewer(Viewer::juror(juror(0)));
    QVERIFY(panel.isEditable());
    DecisionDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.isReadOnly());
    // One winner: preselected and fixed.
    QCOMPARE(dialog.fixedWinner(), QStringLiteral("Lund"));
    QCOMPARE(dialog.winnerBox()->currentText(), QStringLiteral("Lund"));
    QVERIFY(!dialog.winnerBox()->isEnabled());
    QVERIFY2(dialog.winnerText().contains(QStringLiteral("Lund")), qPrintable(dialog.winnerText()));
    QCOMPARE(dialog.dateEdit()->date(), QDate::currentDate());
    // Short motivations for the others, not the winner.
    QVERIFY(!dialog.finalistMotivationEditor(app("Lund"))->isVisible());
    QPlainTextEdit *umea = dialog.finalistMotivationEditor(app("Umeå"));
    QVERIFY(umea->isVisible());
    // Stored as soon as the organiser leaves the field.
    umea->setFocus();
    QTest::keyClicks(umea, QStringLiteral("Stark samverkan med regionen."));
    dialog.placeField()->setFocus();
    QCOMPARE(DecisionRepository(*m_db).finalistMotivations()->value(app("Umeå")),
             QStringLiteral("Stark samverkan med regionen."));

    const QString motivation = words(100);
    dialog.motivationEditor()->setPlainText(motivation);
    dialog.dateEdit()->setDate(QDate(2026, 5, 12));
    QTest::keyClicks(dialog.placeField(), QStringLiteral("Stockholm"));
    QSignalSpy decided(&dialog, &DecisionDialog::decided);
    answerNextMessageBox(QStringLiteral("Record and lock"));
    QVERIFY(dialog.confirmAndDecide());
    QCOMPARE(decided.count(), 1);
    QCOMPARE(dialog.errorText(), QString());

    auto stored = DecisionRepository(*m_db).load();
    JB_VERIFY_OK(stored);
    QVERIFY(stored->has_value());
    QCOMPARE(stored.value()->winnerId, app("Lund"));
    QCOMPARE(stored.value()->motivation, motivation);
    QCOMPARE(stored.value()->date, QStringLiteral("2026-05-12"));
    QCOMPARE(stored.value()->place, QStringLiteral("Stockholm"));
    QCOMPARE(stored.value()->castingJurorId, qint64(0));
    QCOMPARE(RoundRepository(*m_db).load()->phase, Phase::Decided);

    // The dialog now shows the decision, read-only.
    QVERIFY(dialog.isReadOnly());
    QVERIFY(dialog.motivationEditor()->isReadOnly());
    QVERIFY(dialog.placeField()->isReadOnly());
    QVERIFY(dialog.dateEdit()->isReadOnly());
    QVERIFY(!dialog.decideButton()->isVisible());
    QVERIFY(umea->isReadOnly());
    // The ballot is locked too.
    QVERIFY(!panel.isEditable());
    QVERIFY2(panel.noticeText().contains(QStringLiteral("locked")), qPrintable(panel.noticeText()));

    // Opened again: the decision as recorded.
    DecisionDialog again(*m_db);
    QVERIFY(again.isReadOnly());
    QCOMPARE(again.motivationEditor()->toPlainText(), motivation);
    QCOMPARE(again.fixedWinner(), QStringLiteral("Lund"));
    QCOMPARE(again.dateEdit()->date(), QDate(2026, 5, 12));
    QCOMPARE(again.placeField()->text(), QStringLiteral("Stockholm"));
    QCOMPARE(again.finalistMotivationEditor(app("Umeå"))->toPlainText(),
             QStringLiteral("Stark samverkan med regionen."));
    QVERIFY(!again.decide());
}

void tst_VoteGui::cancelledConfirmationChangesNothing()
{
    vote3to2();
    DecisionDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.motivationEditor()->setPlainText(words(90));
    const QByteArray before = fingerprint(*m_db);
    answerNextMessageBox(QStringLiteral("Cancel"));
    QVERIFY(!dialog.confirmAndDecide());
    QCOMPARE(fingerprint(*m_db), before);
    QVERIFY(!dialog.isReadOnly());
    QCOMPARE(RoundRepository(*m_db).load()->phase, Phase::Vote);
}

void tst_VoteGui::refusedDecisionChangesNothing()
{
    vote3to2();
    DecisionDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QByteArray before = fingerprint(*m_db);
    QSignalSpy decided(&dialog, &DecisionDialog::decided);
    // An empty motivation: refused by the round file, without asking to lock.
    dialog.motivationEditor()->setPlainText(QStringLiteral("   "));
    QVERIFY(!dialog.confirmAndDecide());
    QCOMPARE(dialog.errorText(), QStringLiteral("The decision needs the jury's motivation."));
    QCOMPARE(fingerprint(*m_db), before);
    QCOMPARE(decided.count(), 0);
    QVERIFY(!dialog.isReadOnly());
    QVERIFY(dialog.decideButton()->isVisible());
    // Fixed, it goes through and the error disappears.
    dialog.motivationEditor()->setPlainText(words(100));
    QVERIFY(dialog.decide());
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(RoundRepository(*m_db).load()->phase, Phase::Decided);
}

void tst_VoteGui::closingStoresShortMotivations()
{
    vote3to2();
    DecisionDialog dialog(*m_db);
    dialog.finalistMotivationEditor(app("Åre"))->setPlainText(QStringLiteral("Modigt i fjällen."));
    dialog.motivationEditor()->setPlainText(words(100));
    dialog.reject();
    QCOMPARE(DecisionRepository(*m_db).finalistMotivations()->value(app("Åre")),
             QStringLiteral("Modigt i fjällen."));
    QCOMPARE(RoundRepository(*m_db).load()->phase, Phase::Vote);
}

void tst_VoteGui::tieNeedsTheCastingVote()
{
    voteTie();
    DecisionDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *winner = dialog.winnerBox();
    QVERIFY(winner->isEnabled());
    QCOMPARE(winner->count(), 2);
    QCOMPARE(winner->itemText(0), QStringLiteral("Lund"));
    QCOMPARE(winner->itemText(1), QStringLiteral("Umeå"));
    QCOMPARE(winner->currentIndex(), -1);
    QVERIFY(winner->isVisible());
    QCOMPARE(dialog.fixedWinner(), QString());
    QCOMPARE(winner->accessibleName(), QStringLiteral("The chair's casting vote (Anna Andersson)"));
    QCOMPARE(unnamedFocusableControls(&dialog), QStringList());
    QVERIFY2(dialog.winnerText().contains(QStringLiteral("Anna Andersson chooses the winner")),
             qPrintable(dialog.winnerText()));
    dialog.motivationEditor()->setPlainText(words(100));
    const QByteArray before = fingerprint(*m_db);
    QVERIFY(!dialog.confirmAndDecide());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("casting vote")),
             qPrintable(dialog.errorText()));
    QCOMPARE(fingerprint(*m_db), before);
    // Both tied finalists could get a short motivation until the chair chooses.
    QVERIFY(dialog.finalistMotivationEditor(app("Umeå"))->isVisible());
    winner->setCurrentIndex(1);
    QVERIFY(!dialog.finalistMotivationEditor(app("Umeå"))->isVisible());
    QVERIFY(dialog.finalistMotivationEditor(app("Lund"))->isVisible());
    answerNextMessageBox(QStringLiteral("Record and lock"));
    QVERIFY(dialog.confirmAndDecide());
    auto stored = DecisionRepository(*m_db).load();
    JB_VERIFY_OK(stored);
    QCOMPARE(stored.value()->winnerId, app("Umeå"));
    QCOMPARE(stored.value()->castingJurorName, QStringLiteral("Anna Andersson"));
    QVERIFY2(dialog.winnerText().contains(QStringLiteral("Anna Andersson")),
             qPrintable(dialog.winnerText()));
    QCOMPARE(dialog.fixedWinner(), QStringLiteral("Umeå"));
    QVERIFY(!dialog.finalistMotivationEditor(app("Umeå"))->isVisible());
    DecisionDialog again(*m_db);
    QCOMPARE(again.fixedWinner(), QStringLiteral("Umeå"));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(!again.finalistMotivationEditor(app("Umeå"))->isVisible());
    QVERIFY(again.finalistMotivationEditor(app("Lund"))->isVisible());
}

void tst_VoteGui::draftSurvivesClosing()
{
    voteTie();
    {
        DecisionDialog dialog(*m_db);
        dialog.winnerBox()->setCurrentIndex(dialog.winnerBox()->findData(app("Umeå")));
        dialog.motivationEditor()->setPlainText(words(40));
        dialog.placeField()->setText(QStringLiteral("Visby"));
        dialog.dateEdit()->setDate(QDate(2026, 10, 2));
        dialog.reject(); // closed before the pause after typing: still kept
    }
    QVERIFY(!DecisionRepository(*m_db).load()->has_value());
    QCOMPARE(RoundRepository(*m_db).load()->phase, Phase::Vote);
    DecisionDialog dialog(*m_db);
    QCOMPARE(dialog.motivationEditor()->toPlainText(), words(40));
    QCOMPARE(dialog.placeField()->text(), QStringLiteral("Visby"));
    QCOMPARE(dialog.dateEdit()->date(), QDate(2026, 10, 2));
    QCOMPARE(dialog.winnerBox()->currentData().toLongLong(), app("Umeå"));
    // Typing is kept shortly after it stops, without closing.
    dialog.placeField()->setText(QStringLiteral("Stockholm"));
    QTRY_COMPARE(DecisionRepository(*m_db).draft().value()->place, QStringLiteral("Stockholm"));
    QVERIFY(dialog.decide());
    const Decision decision = *DecisionRepository(*m_db).load().value();
    QCOMPARE(decision.winnerId, app("Umeå"));
    QCOMPARE(decision.place, QStringLiteral("Stockholm"));
    QVERIFY(!DecisionRepository(*m_db).draft()->has_value());
}

void tst_VoteGui::windowRanksByKeyboard()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JB_VERIFY_OK(window.openRound(m_db->filePath()));
    window.actAs(juror(1));
    BallotPanel *ballot = window.ballotPanel();
    QVERIFY(ballot && ballot->isVisible());
    // F8 goes to the ballot; the keys alone rank.
    QTest::keyClick(&window, Qt::Key_F8);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(ballot->list()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(stored(juror(1)), QStringLiteral("Åre 1"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(stored(juror(1)), QStringLiteral("Kiruna 2, Åre 1"));
}

void tst_VoteGui::windowLeadsTheOrganiserToTheDecision()
{
    vote3to2();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JB_VERIFY_OK(window.openRound(m_db->filePath()));
    window.actAs(0);
    QAction *forward = window.command(QStringLiteral("phaseForward"));
    QVERIFY(forward->isEnabled());
    QCOMPARE(forward->text(), QStringLiteral("Record the &decision…"));
    QAction *tally = window.command(QStringLiteral("tally"));
    QVERIFY(tally->isEnabled());
    TallyView *view = window.showTally();
    QVERIFY(view && view->isVisible());
    QVERIFY(view->ballotsText().contains(u'5'));
    // A juror acting in the window sees no count.
    window.actAs(juror(0));
    QVERIFY(!tally->isEnabled());
    QVERIFY(!view->isVisible());
}

void tst_VoteGui::everyControlIsNamed()
{
    vote3to2();
    BallotPanel panel(*m_db);
    panel.setViewer(Viewer::juror(juror(4)));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(unnamedFocusableControls(&panel), QStringList());
    panel.setViewer(Viewer::organiser());
    QCOMPARE(unnamedFocusableControls(&panel), QStringList());

    TallyView view(*m_db);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(unnamedFocusableControls(&view), QStringList());

    DecisionDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(unnamedFocusableControls(&dialog), QStringList());
    dialog.motivationEditor()->setPlainText(words(100));
    QVERIFY(dialog.decide());
    QCOMPARE(unnamedFocusableControls(&dialog), QStringList());
}

void tst_VoteGui::screenshots()
{
    const QString outDir = qEnvironmentVariable("JURYBENCH_SCREENSHOTS");
    if (!outDir.isEmpty())
        QDir().mkpath(outDir);
    const auto save = [&](QWidget *widget, const QString &name) {
        QApplication::processEvents();
        const QPixmap pixmap = widget->grab();
        QVERIFY(!pixmap.isNull());
        QVERIFY(pixmap.width() > 200 && pixmap.height() > 100);
        if (!outDir.isEmpty())
            QVERIFY(pixmap.save(QDir(outDir).filePath(name + QStringLiteral(".png"))));
    };
    Localization::install(*qApp, QStringLiteral("sv"));
    for (const int scale : {100, 200}) {
        Theme::apply(*qApp, false, scale);
        const QString suffix = scale == 200 ? QStringLiteral("-200") : QString();
        {
            BallotPanel panel(*m_db);
            panel.setViewer(Viewer::juror(juror(4)));
            panel.resize(scale == 200 ? 1100 : 720, scale == 200 ? 760 : 460);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            keyOn(panel, "Umeå", Qt::Key_Up);
            keyOn(panel, "Lund", Qt::Key_Up);
            keyOn(panel, "Åre", Qt::Key_Up);
            keyOn(panel, "Åre", Qt::Key_Right);
            save(&panel, QStringLiteral("ballot") + suffix);
        }
        if (scale == 100) {
            BallotPanel panel(*m_db);
            panel.resize(720, 300);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            save(&panel, QStringLiteral("ballot-organiser"));
        }
    }
    Theme::apply(*qApp, false, 100);
    vote3to2();
    {
        TallyView view(*m_db);
        view.resize(1000, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        save(&view, QStringLiteral("tally"));
        DecisionDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.motivationEditor()->setPlainText(words(64));
        dialog.placeField()->setText(QStringLiteral("Stockholm"));
        save(&dialog, QStringLiteral("decision"));
    }
    // Lund and Umeå 2 : 2, each preferred to Åre and Kiruna: a tie for first place.
    rank(juror(0), {{"Lund", 1}, {"Umeå", 2}, {"Åre", 3}});
    rank(juror(1), {{"Umeå", 1}, {"Lund", 2}, {"Åre", 3}});
    rank(juror(2), {{"Lund", 1}, {"Umeå", 2}});
    rank(juror(3), {{"Umeå", 1}, {"Lund", 2}});
    rank(juror(4), {{"Åre", 1}, {"Lund", 2}, {"Umeå", 2}});
    {
        TallyView view(*m_db);
        view.resize(1000, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.tieText().isEmpty());
        save(&view, QStringLiteral("tally-tie"));
        DecisionDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        save(&dialog, QStringLiteral("decision-tie"));
        dialog.winnerBox()->setCurrentIndex(0);
        dialog.motivationEditor()->setPlainText(words(120));
        QVERIFY(dialog.decide());
        save(&dialog, QStringLiteral("decision-recorded"));
    }
    Localization::install(*qApp, QStringLiteral("en"));
}

QTEST_MAIN(tst_VoteGui)
#include "tst_votegui.moc"
