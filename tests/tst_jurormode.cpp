#include "applicationlistpanel.h"
#include "demo/demoround.h"
#include "exchange/mergereportdialog.h"
#include "exchange/package.h"
#include "exchange/packagedialog.h"
#include "exchange/returnfile.h"
#include "mainwindow.h"
#include "screening/scorescale.h"
#include "screening/scoringpanel.h"
#include "screening/workrepository.h"
#include "storage/applicationrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "support/testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace TestSupport;

class tst_JurorMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void receivedPackageOpensInJurorMode();
    void packageDialogWritesPackages();
    void dialogsAreNamed();
    void readingWhileTheListChanges();

private:
    QTemporaryDir m_dir;
    QString m_round;
    QUuid m_maja;
};

void tst_JurorMode::initTestCase()
{
    TestSupport::useFreshUserFolders();
    m_round = m_dir.filePath(QStringLiteral("demo.jury"));
    JB_VERIFY_OK(DemoRound::write(m_round));
    auto db = Database::open(m_round);
    for (const Juror &j : JurorRepository(*db.value()).list().value())
        if (j.name == QStringLiteral("Maja Norrby"))
            m_maja = j.uuid;
    QVERIFY(!m_maja.isNull());
}

void tst_JurorMode::receivedPackageOpensInJurorMode()
{
    const QString package = m_dir.filePath(QStringLiteral("Maja.jurypaket"));
    {
        auto db = Database::open(m_round);
        JB_VERIFY_OK(Package::build(*db.value(), m_maja, package));
    }
    const QByteArray received = fileHash(package);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JB_VERIFY_OK(window.openRound(package));
    // The working copy is opened, and the received file is left as it was.
    QVERIFY(window.database()->filePath() != package);
    QCOMPARE(fileHash(package), received);
    QVERIFY(window.packageJuror() != 0);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Maja Norrby")));
    // Only juror functions.
    QVERIFY(!window.findChild<QToolBar *>(QStringLiteral("actingAsToolBar"))->isVisible());
    for (const char *organiser : {"importApplications", "receiveReturns", "createPackages",
                                  "mergeLog", "roundSettings", "chooseFinalists", "phaseForward"})
        QVERIFY2(!window.command(QString::fromLatin1(organiser))->isVisible(), organiser);
    QVERIFY(window.command(QStringLiteral("handIn"))->isVisible());
    // Maja scores by keyboard.
    const qint64 application = window.listPanel()->currentApplicationId();
    QTest::keyClick(&window, Qt::Key_F7);
    QTest::keyClick(window.scoringPanel()->scales().first(), Qt::Key_4);
    auto scores = WorkRepository(*window.database()).scores(window.packageJuror(), application);
    QCOMPARE(scores->size(), 1);
    // Hand in.
    const QString returned = m_dir.filePath(QStringLiteral("Maja.juryretur"));
    JB_VERIFY_OK(window.handIn(returned));
    QVERIFY(QFile::exists(returned));

    // The organiser receives it.
    JB_VERIFY_OK(window.openRound(m_round));
    QCOMPARE(window.packageJuror(), qint64(0));
    QVERIFY(window.findChild<QToolBar *>(QStringLiteral("actingAsToolBar"))->isVisible());
    QVERIFY(window.command(QStringLiteral("receiveReturns"))->isVisible());
    const QList<MergeResult> results = window.receiveReturnFiles({returned}, false);
    QCOMPARE(results.size(), 1);
    QVERIFY(results.first().merged());
    QCOMPARE(results.first().counts.added, 1);
    QCOMPARE(results.first().jurorName, QStringLiteral("Maja Norrby"));
}

void tst_JurorMode::packageDialogWritesPackages()
{
    auto db = Database::open(m_round);
    PackageDialog dialog(*db.value());
    dialog.setFolder(m_dir.filePath(QStringLiteral("paket")));
    dialog.jurors()->item(1)->setCheckState(Qt::Unchecked);
    QVERIFY(dialog.create());
    QCOMPARE(dialog.createdFiles().size(), 5);
    for (const QString &path : dialog.createdFiles()) {
        auto p = Database::openReadOnly(path);
        JB_VERIFY_OK(p);
        QVERIFY(Package::info(*p.value()).value().has_value());
    }
}

void tst_JurorMode::dialogsAreNamed()
{
    auto db = Database::open(m_round);
    PackageDialog packages(*db.value());
    MergeResult refused;
    refused.file = QStringLiteral("x.juryretur");
    refused.refusal = Error(QStringLiteral("Nej"));
    MergeReportDialog report({refused}, nullptr);
    MergeLogDialog log({}, nullptr);
    for (QDialog *dialog : QList<QDialog *>{&packages, &report, &log}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QStringList unnamed = unnamedFocusableControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }
}

QTEST_MAIN(tst_JurorMode)
#include "tst_jurormode.moc"

// A juror's first look at an application marks it read. The list may be in the middle of
// filtering when that happens (the current row is filtered away, or the "Unread by me" filter
// drops the row just read): the round must stay consistent and the program must not crash.
void tst_JurorMode::readingWhileTheListChanges()
{
    const QString round = m_dir.filePath(QStringLiteral("reading.jury"));
    JB_VERIFY_OK(DemoRound::write(round));
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JB_VERIFY_OK(window.openRound(round));
    Database &db = *window.database();
    ApplicationListPanel *list = window.listPanel();

    // The juror who has read the fewest applications.
    QComboBox *actingAs = window.actingAs();
    int chosen = -1;
    qsizetype fewest = std::numeric_limits<qsizetype>::max();
    for (int i = 0; i < actingAs->count(); ++i) {
        const qint64 juror = actingAs->itemData(i).toLongLong();
        if (juror == 0)
            continue;
        const qsizetype seen = WorkRepository(db).progress(juror)->size();
        if (seen < fewest) {
            fewest = seen;
            chosen = i;
        }
    }
    QVERIFY(chosen >= 0);
    const qint64 juror = actingAs->itemData(chosen).toLongLong();
    window.actAs(juror);
    const auto progressOf = [&](qint64 application) {
        return WorkRepository(db).progress(juror)->value(application, Progress::Unread);
    };

    // An unread application other than the current one, found by its municipality's name.
    const qint64 current = list->currentApplicationId();
    QVERIFY(current != 0);
    const QList<ApplicationRow> rows = ApplicationRepository(db).rows().value();
    QString municipality;
    qint64 target = 0;
    for (const ApplicationRow &row : rows) {
        const auto same = std::count_if(rows.begin(), rows.end(), [&](const ApplicationRow &r) {
            return r.municipality == row.municipality;
        });
        if (row.id != current && same == 1 && progressOf(row.id) == Progress::Unread
            && !row.municipality.contains(u' ')) {
            municipality = row.municipality;
            target = row.id;
            break;
        }
    }
    QVERIFY(target != 0);
    list->searchField()->setText(municipality);
    list->searchNow();
    QCOMPARE(list->currentApplicationId(), target);
    QTRY_COMPARE(progressOf(target), Progress::Read);
    list->searchField()->clear();
    list->searchNow();

    // Unread by me: each application looked at leaves the list, the next one becomes current.
    QComboBox *status = list->statusFilter();
    status->setCurrentIndex(status->findData(QStringLiteral("progress:unread")));
    const int unread = list->visibleCount();
    QVERIFY(unread > 3);
    for (int i = 1; i <= 3; ++i) {
        list->view()->setFocus();
        QTest::keyClick(list->view(), Qt::Key_Down);
        QTRY_COMPARE(list->visibleCount(), unread - i);
        QVERIFY(list->currentApplicationId() != 0);
    }
    QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
}
