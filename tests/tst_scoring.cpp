#include "applicationlistpanel.h"
#include "demo/demoround.h"
#include "itemmodels/applicationtablemodel.h"
#include "itemmodels/commentlistmodel.h"
#include "mainwindow.h"
#include "screening/conflictdialog.h"
#include "screening/finalistdialog.h"
#include "screening/leaderboardview.h"
#include "screening/scorescale.h"
#include "screening/scoringpanel.h"
#include "screening/workrepository.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "support/testsupport.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace TestSupport;

class tst_Scoring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void scoresByKeyboardWithUndo();
    void scaleSpeaksItsValue();
    void recommendsAndComments();
    void jurorSeesOnlyOwnWorkDuringScreening();
    void organiserSeesTheJury();
    void leaderboardAndFinalists();
    void everyControlIsNamed();

private:
    qint64 jurorNamed(const QString &name) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Scoring::initTestCase()
{
    TestSupport::useFreshUserFolders();
    m_dir = std::make_unique<QTemporaryDir>();
    m_demo = m_dir->filePath(QStringLiteral("demo-template.jury"));
    JB_VERIFY_OK(DemoRound::write(m_demo));
}

void tst_Scoring::init()
{
    const QString copy = m_dir->filePath(QStringLiteral("demo.jury"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_demo, copy));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    JB_VERIFY_OK(m_window->openRound(copy));
}

void tst_Scoring::cleanup()
{
    m_window.reset();
}

qint64 tst_Scoring::jurorNamed(const QString &name) const
{
    for (const Juror &j : JurorRepository(*m_window->database()).list().value())
        if (j.name == name)
            return j.id;
    return 0;
}

void tst_Scoring::scoresByKeyboardWithUndo()
{
    // Maja Norrby has not started: act as her, go to the scoring with F7, and score.
    const qint64 maja = jurorNamed(QStringLiteral("Maja Norrby"));
    QVERIFY(maja);
    m_window->actAs(maja);
    ScoringPanel *panel = m_window->scoringPanel();
    QVERIFY(panel->progressText().contains(QStringLiteral("0 of")));
    const qint64 application = m_window->listPanel()->currentApplicationId();
    QTest::keyClick(m_window.get(), Qt::Key_F7);
    QCOMPARE(QApplication::focusWidget(), panel->scales().first());
    for (int key : {Qt::Key_4, Qt::Key_Down, Qt::Key_3, Qt::Key_Down, Qt::Key_5, Qt::Key_Down,
                    Qt::Key_2, Qt::Key_Down, Qt::Key_4})
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key));
    WorkRepository work(*m_window->database());
    auto criteria = CriterionRepository(*m_window->database()).list().value();
    auto scores = work.scores(maja, application).value();
    QCOMPARE(scores.value(criteria.at(0).id).value, std::optional<int>(4));
    QCOMPARE(scores.value(criteria.at(2).id).value, std::optional<int>(5));
    QCOMPARE(scores.value(criteria.at(4).id).value, std::optional<int>(4));
    QVERIFY(panel->progressText().contains(QStringLiteral("1 of")));
    // The list shows the application as scored by the current juror.
    QTableView *list = m_window->listPanel()->view();
    QCOMPARE(list->currentIndex().siblingAtColumn(ApplicationTableModel::ProgressColumn)
                 .data(ApplicationTableModel::ProgressKeyRole).toString(),
             QStringLiteral("scored"));

    // Undo takes the last score away, redo brings it back.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(work.scores(maja, application)->value(criteria.at(4).id).value, std::optional<int>());
    QCOMPARE(panel->scales().at(4)->value(), std::optional<int>());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(work.scores(maja, application)->value(criteria.at(4).id).value, std::optional<int>(4));

    // Delete clears; a note is kept with the score.
    panel->scales().at(1)->setFocus();
    QTest::keyClick(panel->scales().at(1), Qt::Key_Delete);
    QCOMPARE(work.scores(maja, application)->value(criteria.at(1).id).value, std::optional<int>());
    QLineEdit *note = panel->noteField(0);
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Tydlig styrning"));
    QTest::keyClick(note, Qt::Key_Tab);
    QCOMPARE(work.scores(maja, application)->value(criteria.at(0).id).note, QStringLiteral("Tydlig styrning"));
    QCOMPARE(work.scores(maja, application)->value(criteria.at(0).id).value, std::optional<int>(4));
}

void tst_Scoring::scaleSpeaksItsValue()
{
    m_window->actAs(jurorNamed(QStringLiteral("Maja Norrby")));
    ScoreScale *scale = m_window->scoringPanel()->scales().first();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(scale);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::Slider);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Ledning"));
    QVERIFY(!iface->text(QAccessible::Description).isEmpty());
    QCOMPARE(iface->text(QAccessible::Value), QStringLiteral("not scored"));
    QAccessibleValueInterface *value = iface->valueInterface();
    QVERIFY(value);
    QCOMPARE(value->maximumValue().toInt(), 5);
    value->setCurrentValue(3); // a screen reader sets the value
    QCOMPARE(scale->value(), std::optional<int>(3));
    QCOMPARE(iface->text(QAccessible::Value), QStringLiteral("3 of 5"));
}

void tst_Scoring::recommendsAndComments()
{
    const qint64 maja = jurorNamed(QStringLiteral("Maja Norrby"));
    m_window->actAs(maja);
    ScoringPanel *panel = m_window->scoringPanel();
    const qint64 application = m_window->listPanel()->currentApplicationId();
    WorkRepository work(*m_window->database());
    panel->recommendationButton(Recommendation::Maybe)->click();
    QCOMPARE(work.recommendation(maja, application).value(), std::optional<Recommendation>(Recommendation::Maybe));

    // Ctrl+K starts a comment; it is stored shared, can be undone and redone.
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), panel->commentEditor());
    QTest::keyClicks(panel->commentEditor(), QStringLiteral("Vill veta mer om resultaten."));
    QVERIFY(panel->commentShared()->isChecked());
    panel->saveCommentButton()->click();
    auto comments = work.comments(Viewer::juror(maja), application).value();
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.first().body, QStringLiteral("Vill veta mer om resultaten."));
    QCOMPARE(panel->commentList()->model()->rowCount(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(work.comments(Viewer::juror(maja), application)->size(), 0);
    m_window->undoStack()->redo();
    QCOMPARE(work.comments(Viewer::juror(maja), application)->size(), 1);
    m_window->undoStack()->undo(); // comment
    m_window->undoStack()->undo(); // recommendation
    QCOMPARE(work.recommendation(maja, application).value(), std::optional<Recommendation>());
}

void tst_Scoring::jurorSeesOnlyOwnWorkDuringScreening()
{
    // The demo's other jurors have scored and commented; as Maja, none of it shows.
    m_window->actAs(jurorNamed(QStringLiteral("Maja Norrby")));
    ScoringPanel *panel = m_window->scoringPanel();
    ApplicationListPanel *list = m_window->listPanel();
    for (int row = 0; row < list->view()->model()->rowCount(); ++row) {
        list->view()->setCurrentIndex(list->view()->model()->index(row, 0));
        QCOMPARE(panel->commentList()->model()->rowCount(), 0);
        QVERIFY(!panel->findChild<QTableWidget *>()->isVisible());
    }
    QVERIFY(!m_window->command(QStringLiteral("leaderboard"))->isEnabled());
    QVERIFY(!m_window->command(QStringLiteral("chooseFinalists"))->isEnabled());
    // Closing the screening opens the others' work to her.
    JB_VERIFY_OK(RoundRepository(*m_window->database()).setPhase(Phase::Followup));
    QVERIFY(m_window->command(QStringLiteral("leaderboard"))->isEnabled());
    QVERIFY(panel->findChild<QTableWidget *>()->isVisible());
    QVERIFY(!panel->scales().first()->isEnabled());
}

void tst_Scoring::organiserSeesTheJury()
{
    m_window->actAs(0);
    ScoringPanel *panel = m_window->scoringPanel();
    auto *table = panel->findChild<QTableWidget *>();
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 6);
    QVERIFY(!panel->scales().first()->isVisible());
    QVERIFY(m_window->command(QStringLiteral("leaderboard"))->isEnabled());
    // The list's progress column counts the jurors who scored.
    const QString scoredBy = m_window->listPanel()->view()->currentIndex()
                                 .siblingAtColumn(ApplicationTableModel::ProgressColumn).data().toString();
    QVERIFY2(scoredBy.contains(QStringLiteral(" of ")), qPrintable(scoredBy));
}

void tst_Scoring::leaderboardAndFinalists()
{
    LeaderboardView *board = m_window->showLeaderboard();
    QVERIFY(board);
    QCOMPARE(board->table()->model()->rowCount(), DemoRound::applicationCount());
    QCOMPARE(board->table()->model()->index(0, 0).data().toString(), QStringLiteral("1"));

    FinalistDialog dialog(*m_window->database(), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.chooseButton()->isEnabled()); // the suggestion is ticked
    QVERIFY(dialog.statusText().contains(QStringLiteral("5 of 5")));
    dialog.setChosen(4, false);
    dialog.setChosen(7, true);
    QVERIFY(dialog.statusText().contains(QStringLiteral("differs")));
    QVERIFY(!dialog.chooseButton()->isEnabled());
    dialog.reasonField()->setFocus();
    QTest::keyClicks(dialog.reasonField(), QStringLiteral("Juryn vill lyfta en liten kommun."));
    QVERIFY(dialog.chooseButton()->isEnabled());
    QVERIFY(dialog.store());
    const auto statuses = m_window->database()->scalar(
        QStringLiteral("SELECT count(*) FROM application WHERE status = 'finalist'"));
    QCOMPARE(statuses.value().toInt(), 5);
}

void tst_Scoring::everyControlIsNamed()
{
    for (qint64 juror : {jurorNamed(QStringLiteral("Maja Norrby")), qint64(0)}) {
        m_window->actAs(juror);
        const QStringList unnamed = unnamedFocusableControls(m_window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }
    LeaderboardView *board = m_window->showLeaderboard();
    QVERIFY(QTest::qWaitForWindowExposed(board));
    QStringList unnamed = unnamedFocusableControls(board);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    FinalistDialog finalists(*m_window->database(), m_window.get());
    finalists.show();
    QVERIFY(QTest::qWaitForWindowExposed(&finalists));
    unnamed = unnamedFocusableControls(&finalists);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    ConflictDialog conflict(QStringLiteral("Lund"), JurorRepository(*m_window->database()).list().value(),
                            m_window.get());
    conflict.show();
    QVERIFY(QTest::qWaitForWindowExposed(&conflict));
    unnamed = unnamedFocusableControls(&conflict);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_Scoring)
#include "tst_scoring.moc"
