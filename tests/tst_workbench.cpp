#include "applicationlistpanel.h"
#include "attachmentviewer.h"
#include "demo/demoround.h"
#include "importdialog.h"
#include "itemmodels/applicationtablemodel.h"
#include "mainwindow.h"
#include "newrounddialog.h"
#include "readerview.h"
#include "roundsettingsdialog.h"
#include "shortcutsdialog.h"
#include "storage/database.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPdfView>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class tst_Workbench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheDemo();
    void searchesByKeyboard();
    void filtersByCountyAndGroup();
    void stepsThroughApplications();
    void readsAnAttachmentInline();
    void everyControlIsNamed();
    void dialogsAreNamed();
    void refusesAForeignFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Workbench::initTestCase()
{
    TestSupport::useFreshUserFolders();
    m_dir = std::make_unique<QTemporaryDir>();
    m_demo = m_dir->filePath(QStringLiteral("demo-template.jury"));
    JB_VERIFY_OK(DemoRound::write(m_demo));
}

void tst_Workbench::init()
{
    const QString copy = m_dir->filePath(QStringLiteral("demo.jury"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_demo, copy));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    JB_VERIFY_OK(m_window->openRound(copy));
}

void tst_Workbench::cleanup()
{
    m_window.reset();
}

void tst_Workbench::opensTheDemo()
{
    ApplicationListPanel *list = m_window->listPanel();
    QVERIFY(list);
    QCOMPARE(list->totalCount(), DemoRound::applicationCount());
    QCOMPARE(list->visibleCount(), DemoRound::applicationCount());
    QVERIFY(DemoRound::applicationCount() >= 35);
    // Sorted by municipality in Swedish order: the Ö names come last.
    QTableView *view = list->view();
    const QString first = view->model()->index(0, ApplicationTableModel::MunicipalityColumn).data().toString();
    const QString last = view->model()->index(view->model()->rowCount() - 1,
                                              ApplicationTableModel::MunicipalityColumn).data().toString();
    QCOMPARE(first, QStringLiteral("Ale"));
    QVERIFY2(last.startsWith(u'Ö'), qPrintable(last));
    // The reader shows the first application with its facts.
    QVERIFY(list->currentApplicationId() != 0);
    QCOMPARE(m_window->reader()->applicationId(), list->currentApplicationId());
    const QString text = m_window->reader()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Ale")));
    QVERIFY(text.contains(QStringLiteral("Västra Götalands län")));
    QVERIFY(text.contains(QStringLiteral("Pendlingskommun nära storstad")));
    QVERIFY(text.contains(QStringLiteral("2019")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Sveriges eHälsokommun")));
}

void tst_Workbench::searchesByKeyboard()
{
    ApplicationListPanel *list = m_window->listPanel();
    list->view()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), list->searchField());
    QTest::keyClicks(list->searchField(), QStringLiteral("nattillsyn"));
    QTRY_VERIFY(list->visibleCount() < list->totalCount());
    QVERIFY(list->visibleCount() > 0);
    QCOMPARE(list->searchTerms(), QStringList{QStringLiteral("nattillsyn")});
    // The shown application is a hit, and its words are highlighted.
    QVERIFY(m_window->reader()->hitCount() > 0);
    QVERIFY2(m_window->reader()->toPlainText().contains(QStringLiteral("nattillsyn"), Qt::CaseInsensitive),
             qPrintable(m_window->reader()->toPlainText().left(3000)));
    QTest::keyClick(list->searchField(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), list->view());
    // Nothing matches: an empty list and a reader that says so.
    list->searchField()->setText(QStringLiteral("qqqzzzxx"));
    list->searchNow();
    QCOMPARE(list->visibleCount(), 0);
    QVERIFY(m_window->reader()->toPlainText().contains(QStringLiteral("No application matches")));
    list->searchField()->clear();
    list->searchNow();
    QCOMPARE(list->visibleCount(), list->totalCount());
}

void tst_Workbench::filtersByCountyAndGroup()
{
    ApplicationListPanel *list = m_window->listPanel();
    QComboBox *county = list->countyFilter();
    county->setCurrentIndex(county->findData(QStringLiteral("Skåne län")));
    QVERIFY(list->visibleCount() > 0);
    QVERIFY(list->visibleCount() < list->totalCount());
    QAbstractItemModel *model = list->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(ApplicationTableModel::CountyRole).toString(),
                 QStringLiteral("Skåne län"));
    QComboBox *group = list->groupFilter();
    group->setCurrentIndex(group->findData(QStringLiteral("Storstäder")));
    QCOMPARE(list->visibleCount(), 0); // Malmö did not apply
    county->setCurrentIndex(0);
    QVERIFY(list->visibleCount() >= 1); // Göteborg
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(ApplicationTableModel::GroupRole).toString(),
                 QStringLiteral("Storstäder"));
    group->setCurrentIndex(0);
    QCOMPARE(list->visibleCount(), list->totalCount());
}

void tst_Workbench::stepsThroughApplications()
{
    ApplicationListPanel *list = m_window->listPanel();
    QAbstractItemModel *model = list->view()->model();
    const qint64 first = model->index(0, 0).data(ApplicationTableModel::IdRole).toLongLong();
    const qint64 second = model->index(1, 0).data(ApplicationTableModel::IdRole).toLongLong();
    QCOMPARE(list->currentApplicationId(), first);
    QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(list->currentApplicationId(), second);
    QCOMPARE(m_window->reader()->applicationId(), second);
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(list->currentApplicationId(), first);
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier); // already first
    QCOMPARE(list->currentApplicationId(), first);
    // Arrow keys in the list move too.
    list->view()->setFocus();
    QTest::keyClick(list->view(), Qt::Key_Down);
    QCOMPARE(m_window->reader()->applicationId(), second);
}

void tst_Workbench::readsAnAttachmentInline()
{
    ApplicationListPanel *list = m_window->listPanel();
    // Lund's demo application has an action plan attached.
    list->searchField()->setText(QStringLiteral("Lund"));
    list->searchNow();
    QVERIFY(list->visibleCount() >= 1);
    list->view()->setCurrentIndex(list->view()->model()->index(0, 0));
    QVERIFY(m_window->reader()->toPlainText().contains(QStringLiteral("handlingsplan")));
    // Keyboard only: Ctrl+2 to the text, Tab to the first link, Enter to open it.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), m_window->reader());
    QTest::keyClick(m_window->reader(), Qt::Key_Tab);
    QTest::keyClick(m_window->reader(), Qt::Key_Return);
    QTRY_COMPARE(m_window->readerTabs()->currentWidget(), m_window->attachmentViewer());
    QVERIFY(m_window->attachmentViewer()->pageCount() >= 1);
    QVERIFY(m_window->attachmentViewer()->fileName().endsWith(QStringLiteral(".pdf")));
    m_window->attachmentViewer()->zoomIn();
    QCOMPARE(m_window->attachmentViewer()->pdfView()->zoomMode(), QPdfView::ZoomMode::Custom);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->readerTabs()->currentWidget(), m_window->reader());
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->readerTabs()->currentWidget(), m_window->attachmentViewer());
}

void tst_Workbench::everyControlIsNamed()
{
    const QStringList unnamed = unnamedFocusableControls(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

void tst_Workbench::dialogsAreNamed()
{
    Database *db = m_window->database();
    QList<QDialog *> dialogs;
    auto *import = new ImportDialog(*db, m_window.get());
    const QString csv = writeFile(m_dir->filePath(QStringLiteral("x.csv")),
                                  QByteArray("Kommun;Titel;Text\nLund;A;B\n"));
    QVERIFY(import->loadCsv(csv));
    auto *settings = new RoundSettingsDialog(*db, m_window.get());
    dialogs << import << settings << new NewRoundDialog(m_window.get())
            << new ShortcutsDialog(m_window->commands(), m_window.get());
    for (QDialog *dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QStringList unnamed = unnamedFocusableControls(dialog);
        if (dialog == settings) {
            for (int page = 1; page < settings->tabs()->count(); ++page) {
                settings->tabs()->setCurrentIndex(page);
                unnamed << unnamedFocusableControls(dialog);
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(QString::fromLatin1(dialog->metaObject()->className())
                                               + QLatin1Char('\n') + unnamed.join(QLatin1Char('\n'))));
        delete dialog;
    }
}

void tst_Workbench::refusesAForeignFile()
{
    const QString path = writeFile(m_dir->filePath(QStringLiteral("notes.jury")), "Anteckningar");
    auto result = m_window->openRound(path);
    QVERIFY(!result.ok());
    // The open round stays open.
    QVERIFY(m_window->database());
    QCOMPARE(m_window->listPanel()->totalCount(), DemoRound::applicationCount());
}

QTEST_MAIN(tst_Workbench)
#include "tst_workbench.moc"
