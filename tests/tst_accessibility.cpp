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
#include "shortcutsdialog.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "support/testsupport.h"
#include "vote/ballotrepository.h"

#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

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

private:
    void check(QWidget *widget, const QString &what);

    QTemporaryDir m_dir;
};

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Accessibility::cleanup()
{
    Localization::install(*qApp, QStringLiteral("sv"));
}


void tst_Accessibility::check(QWidget *widget, const QString &what)
{
    QApplication::processEvents();
    const QStringList unnamed = unnamedFocusableControls(widget);
    QVERIFY2(unnamed.isEmpty(), qPrintable(what + QStringLiteral(": unnamed\n") + unnamed.join(QLatin1Char('\n'))));
    const QStringList clashes = clashingMnemonics(widget);
    QVERIFY2(clashes.isEmpty(), qPrintable(what + QStringLiteral(": Alt keys\n") + clashes.join(QLatin1Char('\n'))));
}

void tst_Accessibility::mainWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("state");
    for (const char *language : {"sv", "en"}) {
        for (const char *state : {"welcome", "screening-organiser", "screening-juror", "followup-organiser",
                                  "followup-juror", "vote-organiser", "vote-juror", "decided", "package"}) {
            QTest::addRow("%s-%s", language, state) << QString::fromLatin1(language) << QString::fromLatin1(state);
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
        const Phase phase = stage == QLatin1String("package") ? Phase::Followup : *phaseFromKey(stage);
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
    const QString csv = writeFile(m_dir.filePath(QStringLiteral("x.csv")), QByteArray("Kommun;Titel;Text\nLund;A;B\n"));
    QVERIFY(import->loadCsv(csv));
    auto *settings = new RoundSettingsDialog(db, &window);
    MergeResult refused;
    refused.file = QStringLiteral("retur.juryretur");
    refused.jurorName = jurors.first().name;
    refused.refusal = Error(QStringLiteral("—"));
    shown << import << settings << new NewRoundDialog(&window) << new ShortcutsDialog(window.commands(), &window)
          << new FinalistDialog(db, &window) << new PackageDialog(db, &window)
          << new MergeReportDialog({refused}, &window) << new MergeLogDialog({}, &window)
          << new ConflictDialog(QStringLiteral("Falun"), jurors, &window) << new FollowupDialog(db, &window)
          << new AnswerDialog(db, finalist, &window) << new LeaderboardView(db, nullptr);
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
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
