// Renders the main windows and dialogs in the states users see them, offscreen. With
// JURYBENCH_SCREENSHOTS=DIR set, each is saved as DIR/NAME.png to be looked at; either way
// the test checks that every state renders.

#include "applicationlistpanel.h"
#include "attachmentviewer.h"
#include "demo/demoround.h"
#include "followup/answerdialog.h"
#include "followup/followupdialog.h"
#include "followup/proposalpanel.h"
#include "importdialog.h"
#include "localization.h"
#include "mainwindow.h"
#include "readerview.h"
#include "roundsettingsdialog.h"
#include "screening/finalistdialog.h"
#include "screening/leaderboardview.h"
#include "storage/jurorrepository.h"
#include "support/testsupport.h"
#include "theme.h"
#include "vote/ballotpanel.h"
#include "vote/decisiondialog.h"
#include "vote/tallyview.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class tst_Screenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindow_data();
    void mainWindow();
    void dialogs_data();
    void dialogs();

private:
    void save(QWidget *widget, const QString &name);
    void applyVariant(const QString &variant);
    void openWindow(const QString &variant);
    void verifyNothingClipped(QWidget *widget, const QString &name);
    /// A demo round taken on to @p stage, written once per test run.
    /// Selects the first finalist in the list.
    void selectFinalist();

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_outDir;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Screenshots::initTestCase()
{
    TestSupport::useFreshUserFolders();
    m_outDir = qEnvironmentVariable("JURYBENCH_SCREENSHOTS");
    if (!m_outDir.isEmpty())
        QDir().mkpath(m_outDir);
    Localization::install(*qApp, QStringLiteral("sv"));
    m_demo = m_dir.filePath(QStringLiteral("demo.jury"));
    JB_VERIFY_OK(DemoRound::write(m_demo));
}

void tst_Screenshots::init()
{
    openWindow(QStringLiteral(""));
}

void tst_Screenshots::openWindow(const QString &variant)
{
    applyVariant(variant);
    m_window = std::make_unique<MainWindow>();
    // Someone who needs 200 % text uses a large screen, maximised.
    if (variant.contains(QLatin1String("200")))
        m_window->resize(1920, 1080);
    else
        m_window->resize(1500, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    JB_VERIFY_OK(m_window->openRound(m_demo));
}

void tst_Screenshots::verifyNothingClipped(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QStringList clipped = clippedTexts(widget);
    QVERIFY2(clipped.isEmpty(),
             qPrintable(name + QStringLiteral(": clipped\n") + clipped.join(u'\n')));
}

void tst_Screenshots::cleanup()
{
    m_window.reset();
    Localization::install(*qApp, QStringLiteral("sv"));
    Theme::apply(*qApp, false, 100);
}

void tst_Screenshots::applyVariant(const QString &variant)
{
    Localization::install(*qApp, variant.contains(QLatin1String("en")) ? QStringLiteral("en")
                                                                       : QStringLiteral("sv"));
    Theme::apply(*qApp, variant.contains(QLatin1String("hc")),
                 variant.contains(QLatin1String("200")) ? 200 : 100);
}

void tst_Screenshots::selectFinalist()
{
    ApplicationListPanel *list = m_window->listPanel();
    QAbstractItemModel *model = list->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        list->view()->setCurrentIndex(model->index(row, 0));
        if (m_window->reader()->toPlainText().contains(
                applicationStatusTitle(ApplicationStatus::Finalist)))
            return;
    }
    QFAIL("The demo round has no finalist in the list.");
}

void tst_Screenshots::save(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    QVERIFY(pixmap.width() > 200 && pixmap.height() > 100);
    if (!m_outDir.isEmpty())
        QVERIFY(pixmap.save(QDir(m_outDir).filePath(name + QStringLiteral(".png"))));
}

void tst_Screenshots::mainWindow_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("variant");
    for (const char *state :
         {"list", "search", "attachment", "scoring", "organiser", "leaderboard", "followup-juror",
          "followup-organiser", "vote-answers", "vote-juror", "tally"})
        QTest::newRow(state) << state << "";
    // Large text and high contrast, in both languages: the main window, the scoring panel and
    // the ballot.
    for (const char *state : {"list", "scoring", "vote-juror"}) {
        for (const char *variant : {"200", "hc", "en-200", "en-hc"}) {
            const QByteArray row = QByteArray(state) + '-' + variant;
            QTest::newRow(row.constData()) << state << variant;
        }
    }
}

void tst_Screenshots::mainWindow()
{
    QFETCH(QString, state);
    QFETCH(QString, variant);
    if (!variant.isEmpty())
        openWindow(variant);
    const QString name = variant.isEmpty() ? state : state + u'-' + variant;
    ApplicationListPanel *list = m_window->listPanel();
    if (state == QLatin1String("search")) {
        list->searchField()->setText(QStringLiteral("nattillsyn"));
        list->searchNow();
        QVERIFY(m_window->reader()->hitCount() > 0);
    } else if (state == QLatin1String("attachment")) {
        list->searchField()->setText(QStringLiteral("Lund"));
        list->searchNow();
        m_window->reader()->setFocus();
        QTest::keyClick(m_window->reader(), Qt::Key_Tab);
        QTest::keyClick(m_window->reader(), Qt::Key_Return);
        QTRY_COMPARE(m_window->readerTabs()->currentWidget(), m_window->attachmentViewer());
        QTest::qWait(500); // pages render in a worker thread
    }
    if (state.startsWith(QLatin1String("followup")) || state.startsWith(QLatin1String("vote"))
        || state == QLatin1String("tally")) {
        const Phase stage
            = state.startsWith(QLatin1String("followup")) ? Phase::Followup : Phase::Vote;
        JB_VERIFY_OK(m_window->openRound(demoRoundAt(m_dir.path(), stage)));
        const auto jurors = JurorRepository(*m_window->database()).list().value();
        m_window->actAs(state.endsWith(QLatin1String("-juror")) ? jurors.at(1).id : 0);
        selectFinalist();
        if (stage == Phase::Followup) {
            QVERIFY(m_window->proposalPanel()->isVisible());
        } else if (state == QLatin1String("vote-juror")) {
            QVERIFY(m_window->ballotPanel()->isVisible());
            QTest::keyClick(m_window.get(), Qt::Key_F8);
        } else if (state == QLatin1String("tally")) {
            QWidget *tally = m_window->showTally();
            tally->resize(1200, 800);
            QVERIFY(QTest::qWaitForWindowExposed(tally));
            save(tally, name);
            verifyNothingClipped(tally, name);
            return;
        } else {
            QVERIFY(m_window->reader()->toPlainText().contains(QStringLiteral("Svar på fråga 1")));
            m_window->reader()->scrollToAnchor(QStringLiteral("followup"));
        }
    }
    if (state == QLatin1String("scoring")) {
        const auto jurors = JurorRepository(*m_window->database()).list().value();
        m_window->actAs(jurors.last().id);
        list->view()->setCurrentIndex(list->view()->model()->index(3, 0));
        QTest::keyClick(m_window.get(), Qt::Key_F7);
        for (int key : {Qt::Key_4, Qt::Key_Down, Qt::Key_3, Qt::Key_Down, Qt::Key_5})
            QTest::keyClick(QApplication::focusWidget(), Qt::Key(key));
    } else if (state == QLatin1String("organiser")) {
        m_window->actAs(0);
        list->view()->setCurrentIndex(list->view()->model()->index(3, 0));
    } else if (state == QLatin1String("leaderboard")) {
        QWidget *board = m_window->showLeaderboard();
        board->resize(1400, 700);
        QVERIFY(QTest::qWaitForWindowExposed(board));
        save(board, QStringLiteral("leaderboard"));
        verifyNothingClipped(board, name);
        return;
    }
    save(m_window.get(), QStringLiteral("main-") + name);
    verifyNothingClipped(m_window.get(), name);
}

void tst_Screenshots::dialogs_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<QString>("variant");
    QTest::newRow("import") << "import"
                            << "";
    QTest::newRow("import-error") << "import-error"
                                  << "";
    QTest::newRow("settings-round") << "settings-0"
                                    << "";
    QTest::newRow("settings-jury") << "settings-1"
                                   << "";
    QTest::newRow("settings-criteria") << "settings-2"
                                       << "";
    QTest::newRow("finalists") << "finalists"
                               << "";
    QTest::newRow("followup") << "followup"
                              << "";
    QTest::newRow("answer") << "answer"
                            << "";
    QTest::newRow("decision") << "decision"
                              << "";
    for (const char *dialog : {"settings-0", "settings-2", "decision"}) {
        for (const char *variant : {"200", "hc", "en-200", "en-hc"}) {
            const QByteArray row = QByteArray(dialog) + '-' + variant;
            QTest::newRow(row.constData()) << dialog << variant;
        }
    }
}

void tst_Screenshots::dialogs()
{
    QFETCH(QString, dialog);
    QFETCH(QString, variant);
    if (!variant.isEmpty())
        openWindow(variant);
    const QString name = variant.isEmpty() ? dialog : dialog + u'-' + variant;
    Database &db = *m_window->database();
    std::unique_ptr<QDialog> shown;
    if (dialog.startsWith(QLatin1String("import"))) {
        auto *import = new ImportDialog(db, m_window.get());
        shown.reset(import);
        writeFile(m_dir.filePath(QStringLiteral("bilagor/plan.pdf")),
                  makePdf(QStringLiteral("Plan")));
        const QString csv = writeFile(
            m_dir.filePath(QStringLiteral("ansokningar.csv")),
            QStringLiteral("Kommun;Titel;Sammanfattning;Inskickad;Hur leder ni arbetet?;Bilagor\r\n"
                           "Lunds kommun;Trygg hemma;Nattillsyn med kamera;2026-03-12;Politiken "
                           "prioriterar;plan.pdf\r\n"
                           "Vasteras;Nära vård;Videosamtal;12 mars 2026;Strategi;\r\n"
                           "%1;Digital delaktighet;Bildstöd;2026-03-14;Ledningen;\r\n")
                .arg(dialog == QLatin1String("import-error") ? QStringLiteral("Lundd")
                                                             : QStringLiteral("Region Gotland"))
                .toUtf8());
        QVERIFY(import->loadCsv(csv));
        import->setAttachmentFolder(m_dir.filePath(QStringLiteral("bilagor")));
        import->show();
        QVERIFY(QTest::qWaitForWindowExposed(import));
        import->startImport();
        QTRY_VERIFY_WITH_TIMEOUT(!import->isRunning(), 20000);
    } else if (dialog == QLatin1String("followup") || dialog == QLatin1String("answer")) {
        JB_VERIFY_OK(m_window->openRound(demoRoundAt(m_dir.path(), Phase::Followup)));
        auto *followup = new FollowupDialog(*m_window->database(), m_window.get());
        shown.reset(followup);
        followup->finalistList()->setCurrentRow(0);
        if (dialog == QLatin1String("answer")) {
            auto *answer = new AnswerDialog(*m_window->database(), followup->currentFinalist(),
                                            m_window.get());
            shown.reset(answer);
            answer->textEdit()->setPlainText(
                QStringLiteral("1. Brukarrådet har varit med sedan starten.\n\n"
                               "2. Väntetiderna har halverats."));
        } else {
            followup->proposalList()->item(0)->setCheckState(Qt::Checked);
        }
        shown->show();
        QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    } else if (dialog == QLatin1String("decision")) {
        JB_VERIFY_OK(m_window->openRound(demoRoundAt(m_dir.path(), Phase::Vote)));
        auto *decision = new DecisionDialog(*m_window->database(), m_window.get());
        shown.reset(decision);
        decision->motivationEditor()->setPlainText(QStringLiteral(
            "Kommunen har med små resurser byggt en digital nattillsyn som de äldre själva "
            "har varit med och utformat."));
        decision->placeField()->setText(QStringLiteral("Stockholm"));
        decision->show();
        QVERIFY(QTest::qWaitForWindowExposed(decision));
    } else if (dialog == QLatin1String("finalists")) {
        auto *finalists = new FinalistDialog(db, m_window.get());
        shown.reset(finalists);
        finalists->show();
        QVERIFY(QTest::qWaitForWindowExposed(finalists));
        finalists->setChosen(4, false);
        finalists->setChosen(6, true);
    } else {
        auto *settings = new RoundSettingsDialog(db, m_window.get());
        shown.reset(settings);
        settings->tabs()->setCurrentIndex(dialog.right(1).toInt());
        settings->show();
        QVERIFY(QTest::qWaitForWindowExposed(settings));
    }
    save(shown.get(), QStringLiteral("dialog-") + name);
    verifyNothingClipped(shown.get(), name);
}

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
