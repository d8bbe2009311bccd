// What a keyboard or screen-reader user meets, in Swedish and in English: in every state of
// the main window and in every dialog, each focusable control has an accessible name, and no
// Alt+letter is claimed twice (neither among the visible controls nor within one menu).

#include "applicationlistpanel.h"
#include "demo/demoround.h"
#include "exchange/mergereportdialog.h"
#include "exchange/package.h"
#include "exchange/packagedialog.h"
#include "followup/answerdialog.h"
#include "followup/followupdialog.h"
#include "importdialog.h"
#include "localization.h"
#include "mainwindow.h"
#include "newrounddialog.h"
#include "roundsettingsdialog.h"
#include "screening/conflictdialog.h"
#include "screening/finalistdialog.h"
#include "screening/leaderboardview.h"
#include "screening/workrepository.h"
#include "shortcutsdialog.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "support/testsupport.h"
#include "vote/ballotpanel.h"
#include "vote/ballotrepository.h"
#include "vote/decisiondialog.h"
#include "vote/tallyview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace TestSupport;

class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void mainWindow_data();
    void mainWindow();
    void dialogs_data();
    void dialogs();
    void jurorTasksByKeyboard();

private:
    void check(QWidget *widget, const QString &what);

    QTemporaryDir m_dir;
};

void tst_Accessibility::initTestCase()
{
    TestSupport::useFreshUserFolders();
}

void tst_Accessibility::cleanup()
{
    Localization::install(*qApp, QStringLiteral("sv"));
}

void tst_Accessibility::check(QWidget *widget, const QString &what)
{
    QApplication::processEvents();
    const QStringList unnamed = unnamedFocusableControls(widget);
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(what + QStringLiteral(": unnamed\n") + unnamed.join(QLatin1Char('\n'))));
    const QStringList clashes = clashingMnemonics(widget);
    QVERIFY2(clashes.isEmpty(),
             qPrintable(what + QStringLiteral(": Alt keys\n") + clashes.join(QLatin1Char('\n'))));
    // No keyboard trap: Tab leaves every editable text field instead of typing a tab.
    QStringList traps;
    for (QPlainTextEdit *edit : widget->findChildren<QPlainTextEdit *>()) {
        if (edit->isVisible() && !edit->isReadOnly() && !edit->tabChangesFocus())
            traps << edit->accessibleName();
    }
    for (QTextEdit *edit : widget->findChildren<QTextEdit *>()) {
        if (edit->isVisible() && !edit->isReadOnly() && !edit->tabChangesFocus())
            traps << edit->accessibleName();
    }
    QVERIFY2(traps.isEmpty(),
             qPrintable(what + QStringLiteral(": Tab stays in\n") + traps.join(u'\n')));
}

void tst_Accessibility::mainWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("state");
    for (const char *language : {"sv", "en"}) {
        for (const char *state :
             {"welcome", "screening-organiser", "screening-juror", "followup-organiser",
              "followup-juror", "vote-organiser", "vote-juror", "decided", "package"}) {
            QTest::addRow("%s-%s", language, state)
                << QString::fromLatin1(language) << QString::fromLatin1(state);
        }
    }
}

void tst_Accessibility::mainWindow()
{
    QFETCH(QString, language);
    QFETCH(QString, state);
    Localization::install(*qApp, language);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (state != QLatin1String("welcome")) {
        const QString stage = state.section(QLatin1Char('-'), 0, 0);
        const Phase phase
            = stage == QLatin1String("package") ? Phase::Followup : *phaseFromKey(stage);
        QString path = demoRoundAt(m_dir.path(), phase);
        if (state == QLatin1String("package")) {
            auto db = Database::open(path);
            JB_VERIFY_OK(db);
            const QUuid juror = JurorRepository(*db.value()).list().value().at(2).uuid;
            path = m_dir.filePath(QStringLiteral("juror-%1.jurypaket").arg(language));
            QFile::remove(path);
            JB_VERIFY_OK(Package::build(*db.value(), juror, path));
        }
        JB_VERIFY_OK(window.openRound(path));
        if (state.endsWith(QLatin1String("-juror")))
            window.actAs(JurorRepository(*window.database()).list().value().at(1).id);
        // A finalist, so that every panel of the phase shows.
        const auto finalists = VoteResult::count(*window.database()).value().finalists;
        if (!finalists.isEmpty())
            window.listPanel()->selectApplication(finalists.first());
    }
    check(&window, state);
    const QStringList menus = clashingMenuMnemonics(window.menuBar());
    QVERIFY2(menus.isEmpty(), qPrintable(menus.join(QLatin1Char('\n'))));
}

void tst_Accessibility::dialogs_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"sv", "en"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void tst_Accessibility::dialogs()
{
    QFETCH(QString, language);
    Localization::install(*qApp, language);
    MainWindow window;
    window.show();
    JB_VERIFY_OK(window.openRound(demoRoundAt(m_dir.path(), Phase::Followup)));
    Database &db = *window.database();
    const auto jurors = JurorRepository(db).list().value();
    const qint64 finalist = VoteResult::count(db).value().finalists.first();

    QList<QWidget *> shown;
    auto *import = new ImportDialog(db, &window);
    const QString csv = writeFile(m_dir.filePath(QStringLiteral("x.csv")),
                                  QByteArray("Kommun;Titel;Text\nLund;A;B\n"));
    QVERIFY(import->loadCsv(csv));
    auto *settings = new RoundSettingsDialog(db, &window);
    MergeResult refused;
    refused.file = QStringLiteral("retur.juryretur");
    refused.jurorName = jurors.first().name;
    refused.refusal = Error(QStringLiteral("—"));
    shown << import << settings << new NewRoundDialog(&window)
          << new ShortcutsDialog(window.commands(), &window) << new FinalistDialog(db, &window)
          << new PackageDialog(db, &window) << new MergeReportDialog({refused}, &window)
          << new MergeLogDialog({}, &window)
          << new ConflictDialog(QStringLiteral("Falun"), jurors, &window)
          << new FollowupDialog(db, &window) << new AnswerDialog(db, finalist, &window)
          << new LeaderboardView(db, nullptr);
    const auto checkAll = [&] {
        for (QWidget *widget : std::as_const(shown)) {
            const QString name = QString::fromLatin1(widget->metaObject()->className());
            widget->show();
            QVERIFY(QTest::qWaitForWindowExposed(widget));
            check(widget, name);
            if (widget == settings) {
                for (int page = 1; page < settings->tabs()->count(); ++page) {
                    settings->tabs()->setCurrentIndex(page);
                    check(widget, name + QString::number(page));
                }
            }
            delete widget;
        }
        shown.clear();
    };
    checkAll();

    // The final vote: the organiser's count and the decision, on a round where the jury has voted.
    JB_VERIFY_OK(window.openRound(demoRoundAt(m_dir.path(), Phase::Vote)));
    shown << new TallyView(*window.database(), nullptr)
          << new DecisionDialog(*window.database(), &window);
    checkAll();
}

// A juror's work from the first window to the final vote, with key presses only: open the
// demo round, act as a juror, search, read, score, comment and rank.
void tst_Accessibility::jurorTasksByKeyboard()
{
    MainWindow window;
    window.resize(1400, 860);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Keys go where the keyboard focus is, as for a user.
    const auto press = [&window](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, key,
                        modifiers);
    };
    // Alt and the underlined letter of a control's text.
    const auto pressMnemonic = [&window](const QString &text) {
        const QChar letter = mnemonic(text);
        QVERIFY2(!letter.isNull(), qPrintable(text));
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window,
                        letter.toLatin1(), Qt::AltModifier);
    };

    // Open: the welcome page's button for the demo round, by its Alt key.
    pressMnemonic(QCoreApplication::translate("MainWindow", "Open the &demo round"));
    QTRY_VERIFY(window.database());
    Database &db = *window.database();

    // Act as the second juror: Ctrl+Shift+J opens the list under "Act as".
    press(Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window.actingAs()->view()->isVisible());
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    const qint64 juror = window.actingAs()->currentData().toLongLong();
    QVERIFY(juror != 0);

    // Search: Ctrl+F, type, Return goes to the hits.
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), window.listPanel()->searchField());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("nattillsyn"));
    press(Qt::Key_Return);
    QTRY_VERIFY(window.listPanel()->visibleCount() < window.listPanel()->totalCount());
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.listPanel()->view()));
    press(Qt::Key_Down);
    const qint64 application = window.listPanel()->currentApplicationId();
    QVERIFY(application != 0);

    // Read: Ctrl+2 goes to the text, Page Down scrolls it.
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.reader()));
    const int before = window.reader()->verticalScrollBar()->value(); // at the first hit
    press(Qt::Key_PageDown);
    QVERIFY(window.reader()->verticalScrollBar()->value() > before);

    // Score: F7, then a digit per criterion and Down to the next.
    press(Qt::Key_F7);
    for (Qt::Key key : {Qt::Key_4, Qt::Key_Down, Qt::Key_2})
        press(key);
    const auto criteria = CriterionRepository(db).list().value();
    auto scores = WorkRepository(db).scores(juror, application).value();
    QCOMPARE(scores.value(criteria.at(0).id).value, std::optional<int>(4));
    QCOMPARE(scores.value(criteria.at(1).id).value, std::optional<int>(2));

    // Comment: Ctrl+K, type, save with the button's Alt key.
    const qsizetype commentsBefore
        = WorkRepository(db).comments(Viewer::juror(juror), application)->size();
    press(Qt::Key_K, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Fraga om kostnaden"));
    pressMnemonic(QCoreApplication::translate("ScoringPanel", "Save &comment"));
    // The button's Alt key clicks it after a short visible press; the window then says so
    // where a screen reader listens: the status bar's live text.
    const auto said = [&window] {
        QStringList texts;
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            texts << label->accessibleName();
        return texts;
    };
    QTRY_VERIFY2(
        said().contains(QCoreApplication::translate("ScoringPanel", "The comment was saved.")),
        qPrintable(said().join(u'|')));
    const auto comments = WorkRepository(db).comments(Viewer::juror(juror), application).value();
    QCOMPARE(comments.size(), commentsBefore + 1);
    QVERIFY(std::any_of(comments.cbegin(), comments.cend(), [](const Comment &c) {
        return c.body == QStringLiteral("Fraga om kostnaden");
    }));

    // Rank, in the final vote: F8 goes to the ballot, Alt+Up moves the chosen finalist up.
    JB_VERIFY_OK(window.openRound(demoRoundAt(m_dir.path(), Phase::Vote)));
    // The offscreen platform leaves the closed "Act as" popup active; a desktop does not.
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.listPanel()->view()->setFocus();
    press(Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window.actingAs()->view()->isVisible());
    press(Qt::Key_End); // the last juror, who has not voted in the demo
    press(Qt::Key_Return);
    const qint64 voter = window.actingAs()->currentData().toLongLong();
    QVERIFY(BallotRepository(*window.database()).ranks(voter).value().isEmpty());
    press(Qt::Key_F8);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.ballotPanel()->list()));
    press(Qt::Key_End);
    press(Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(BallotRepository(*window.database()).ranks(voter).value().size(), 1);
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
