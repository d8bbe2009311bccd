#include "import/applicationimporter.h"
#include "itemmodels/applicationfiltermodel.h"
#include "itemmodels/applicationtablemodel.h"
#include "itemmodels/criteriontablemodel.h"
#include "itemmodels/commentlistmodel.h"
#include "itemmodels/jurortablemodel.h"
#include "itemmodels/leaderboardmodel.h"
#include "screening/workrepository.h"
#include "storage/roundrepository.h"
#include "reference/municipalityregistry.h"
#include "storage/applicationrepository.h"
#include "storage/database.h"
#include "storage/criterionrepository.h"
#include "storage/jurorrepository.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class tst_Models : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void applicationTable();
    void swedishSortInTheProxy();
    void compareAgreesWithSortKeys();
    void filters();
    void searchHitsByRelevance();
    void reloadsAfterImport();
    void jurorTableEdits();
    void criterionTableEdits();
    void leaderboardModel();
    void commentListModel();
    void progressColumn();

private:
    void importRows(const QString &csv);
    QStringList column(QAbstractItemModel *model, int column);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_Models::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = createRound(m_dir->path());
    QVERIFY(m_db);
    importRows(QStringLiteral("Kommun;Titel;Text\n"
                              "Östersund;Ö-titel;vård på distans\n"
                              "Arvika;A-titel;nattillsyn\n"
                              "Åre;Å-titel;nattillsyn och vård\n"
                              "Älvdalen;Ä-titel;vård\n"
                              "Ystad;Y-titel;annat\n"));
}

void tst_Models::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_Models::importRows(const QString &csv)
{
    const QString path = writeFile(m_dir->filePath(QStringLiteral("rows.csv")), csv.toUtf8());
    ApplicationImporter importer(*m_db, MunicipalityRegistry::builtIn());
    JB_VERIFY_OK(importer.importFile(path));
}

QStringList tst_Models::column(QAbstractItemModel *model, int c)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, c).data().toString();
    return values;
}

void tst_Models::applicationTable()
{
    ApplicationTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(ApplicationTableModel::ColumnCount));
    const int row = model.rowOf(ApplicationRepository(*m_db).rows()->first().id);
    QVERIFY(row >= 0);
    const QModelIndex population = model.index(row, ApplicationTableModel::PopulationColumn);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    const int inhabitants = population.data(ApplicationTableModel::SortKeyRole).toInt();
    QVERIFY(inhabitants > 1000);
    // Swedish digit grouping: a (non-breaking) space every three digits.
    QCOMPARE(population.data().toString(),
             QLocale(QLocale::Swedish, QLocale::Sweden).toString(inhabitants));
    QVERIFY(population.data().toString().contains(QChar(0x00A0)));
    QLocale::setDefault(previous);
    QCOMPARE(model.headerData(ApplicationTableModel::CountyColumn, Qt::Horizontal).toString(),
             QStringLiteral("County"));
}

void tst_Models::swedishSortInTheProxy()
{
    ApplicationTableModel model(*m_db);
    ApplicationFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ApplicationTableModel::MunicipalityColumn, Qt::AscendingOrder);
    QCOMPARE(column(&proxy, ApplicationTableModel::MunicipalityColumn),
             (QStringList{"Arvika", "Ystad", "Åre", "Älvdalen", "Östersund"}));
    proxy.sort(ApplicationTableModel::MunicipalityColumn, Qt::DescendingOrder);
    QCOMPARE(column(&proxy, ApplicationTableModel::MunicipalityColumn).first(), QStringLiteral("Östersund"));
    proxy.sort(ApplicationTableModel::PopulationColumn, Qt::AscendingOrder);
    int previous = -1;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const int population = proxy.index(row, ApplicationTableModel::PopulationColumn)
                                   .data(ApplicationTableModel::SortKeyRole)
                                   .toInt();
        QVERIFY(population >= previous);
        previous = population;
    }
}

// The proxy sorts with ApplicationTableModel::compare (ranks computed once); every column
// must order rows exactly as the sort keys the model shows.
void tst_Models::compareAgreesWithSortKeys()
{
    ApplicationTableModel model(*m_db);
    const auto sign = [](auto v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); };
    for (int column = 0; column < ApplicationTableModel::ColumnCount; ++column) {
        for (int l = 0; l < model.rowCount(); ++l) {
            for (int r = 0; r < model.rowCount(); ++r) {
                const QVariant a = model.index(l, column).data(ApplicationTableModel::SortKeyRole);
                const QVariant b = model.index(r, column).data(ApplicationTableModel::SortKeyRole);
                const int expected = a.typeId() == QMetaType::QString
                                         ? sign(a.toString().compare(b.toString()))
                                         : sign(a.toLongLong() - b.toLongLong());
                QVERIFY2(sign(model.compare(column, l, r)) == expected,
                         qPrintable(QStringLiteral("column %1, rows %2 and %3").arg(column).arg(l).arg(r)));
            }
        }
    }
    // Titles in Swedish order, and counties with ties broken by municipality.
    ApplicationFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ApplicationTableModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(column(&proxy, ApplicationTableModel::TitleColumn),
             (QStringList{"A-titel", "Y-titel", "Å-titel", "Ä-titel", "Ö-titel"}));
    proxy.sort(ApplicationTableModel::CountyColumn, Qt::AscendingOrder);
    const QStringList counties = column(&proxy, ApplicationTableModel::CountyColumn);
    const QStringList municipalities = column(&proxy, ApplicationTableModel::MunicipalityColumn);
    const int jamtland = int(counties.indexOf(QStringLiteral("Jämtlands län")));
    QVERIFY(jamtland >= 0);
    QCOMPARE(municipalities.mid(jamtland, 2), (QStringList{"Åre", "Östersund"}));
}

void tst_Models::filters()
{
    ApplicationTableModel model(*m_db);
    ApplicationFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setCounty(QStringLiteral("Jämtlands län"));
    QCOMPARE(column(&proxy, ApplicationTableModel::MunicipalityColumn).size(), 2); // Åre, Östersund
    proxy.setGroup(QStringLiteral("Större stad"));
    QCOMPARE(column(&proxy, ApplicationTableModel::MunicipalityColumn),
             QStringList{QStringLiteral("Östersund")});
    proxy.setCounty(QString());
    proxy.setGroup(QString());
    proxy.setStatus(QStringLiteral("finalist"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setStatus(QStringLiteral("submitted"));
    QCOMPARE(proxy.rowCount(), 5);
}

void tst_Models::searchHitsByRelevance()
{
    ApplicationTableModel model(*m_db);
    ApplicationFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ApplicationTableModel::MunicipalityColumn);
    auto hits = ApplicationRepository(*m_db).search(QStringLiteral("nattillsyn"));
    JB_VERIFY_OK(hits);
    proxy.setSearchHits(hits.value());
    proxy.sortByRelevance();
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.index(0, 0).data(ApplicationTableModel::IdRole).toLongLong(), hits->first().id);
    proxy.setCounty(QStringLiteral("Värmlands län"));
    QCOMPARE(column(&proxy, ApplicationTableModel::MunicipalityColumn),
             QStringList{QStringLiteral("Arvika")});
    proxy.setCounty(QString());
    // Equally good hits (the word in the text of each) come in Swedish order.
    auto ties = ApplicationRepository(*m_db).search(QStringLiteral("vård"));
    JB_VERIFY_OK(ties);
    proxy.setSearchHits(ties.value());
    QCOMPARE(column(&proxy, ApplicationTableModel::MunicipalityColumn),
             (QStringList{"Åre", "Älvdalen", "Östersund"}));
    proxy.setSearchHits(std::nullopt);
    QCOMPARE(proxy.rowCount(), 5);
}

void tst_Models::reloadsAfterImport()
{
    ApplicationTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QString path = writeFile(m_dir->filePath(QStringLiteral("more.csv")),
                                   QStringLiteral("Kommun;Titel\nKiruna;Ny\n").toUtf8());
    ApplicationImporter importer(*m_db, MunicipalityRegistry::builtIn());
    JB_VERIFY_OK(importer.importFile(path));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 6);
}

void tst_Models::jurorTableEdits()
{
    JB_VERIFY_OK(JurorRepository(*m_db).add(QStringLiteral("Eva"), QStringLiteral("Vitalis"), false));
    JB_VERIFY_OK(JurorRepository(*m_db).add(QStringLiteral("Karin"), QStringLiteral("SKR"), true));
    JurorTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.setData(model.index(0, JurorTableModel::NameColumn), QStringLiteral("Eva Sjöholm")));
    QCOMPARE(JurorRepository(*m_db).list()->first().name, QStringLiteral("Eva Sjöholm"));
    QVERIFY(model.setData(model.index(0, JurorTableModel::ChairColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.index(0, JurorTableModel::ChairColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(model.index(1, JurorTableModel::ChairColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QSignalSpy failed(&model, &JurorTableModel::editFailed);
    QVERIFY(!model.setData(model.index(1, JurorTableModel::NameColumn), QString()));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(JurorRepository(*m_db).list()->at(1).name, QStringLiteral("Karin"));
}

void tst_Models::criterionTableEdits()
{
    CriterionTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.setData(model.index(0, CriterionTableModel::WeightColumn), 2.0));
    QCOMPARE(model.index(0, CriterionTableModel::WeightColumn).data(Qt::EditRole).toDouble(), 2.0);
    QSignalSpy failed(&model, &CriterionTableModel::editFailed);
    QVERIFY(!model.setData(model.index(0, CriterionTableModel::MaxColumn), 0));
    QVERIFY(!model.setData(model.index(0, CriterionTableModel::WeightColumn), QStringLiteral("tung")));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(model.index(0, CriterionTableModel::MaxColumn).data(Qt::EditRole).toInt(), 5);
}

void tst_Models::leaderboardModel()
{
    JB_VERIFY_OK(JurorRepository(*m_db).add(QStringLiteral("Eva"), QString(), false));
    const qint64 juror = JurorRepository(*m_db).list()->first().id;
    JB_VERIFY_OK(RoundRepository(*m_db).setPhase(Phase::Screening));
    LeaderboardModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    const auto criteria = CriterionRepository(*m_db).list().value();
    const qint64 ystad = ApplicationRepository(*m_db).search(QStringLiteral("Ystad"))->first().id;
    for (const Criterion &c : criteria)
        JB_VERIFY_OK(WorkRepository(*m_db).setScore(juror, ystad, c.id, 4, QString()));
    // Reloaded on the change: Ystad is first, with its score and the juror on the plot.
    QCOMPARE(model.index(0, LeaderboardModel::MunicipalityColumn).data().toString(), QStringLiteral("Ystad"));
    QCOMPARE(model.index(0, LeaderboardModel::RankColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, LeaderboardModel::JurorsColumn).data().toInt(), 1);
    QCOMPARE(model.index(0, LeaderboardModel::PlotColumn).data(LeaderboardModel::JurorScoresRole).toList().size(), 1);
    QVERIFY(model.index(0, LeaderboardModel::PlotColumn).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Eva")));
    QCOMPARE(model.index(1, LeaderboardModel::RankColumn).data().toString(), QStringLiteral("–"));
}

void tst_Models::commentListModel()
{
    JB_VERIFY_OK(JurorRepository(*m_db).add(QStringLiteral("Eva"), QString(), false));
    JB_VERIFY_OK(JurorRepository(*m_db).add(QStringLiteral("Karin"), QString(), false));
    const auto jurors = JurorRepository(*m_db).list().value();
    const qint64 ystad = ApplicationRepository(*m_db).search(QStringLiteral("Ystad"))->first().id;
    CommentListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContext(Viewer::juror(jurors.at(0).id), ystad);
    QCOMPARE(model.rowCount(), 0);
    WorkRepository work(*m_db);
    JB_VERIFY_OK(work.addComment(jurors.at(0).id, ystad, QStringLiteral("Egen"), false));
    JB_VERIFY_OK(work.addComment(jurors.at(1).id, ystad, QStringLiteral("Karins"), true));
    QCOMPARE(model.rowCount(), 1); // Karin's shared comment is hidden during screening
    QVERIFY(model.index(0, 0).data(CommentListModel::OwnRole).toBool());
    QVERIFY(model.index(0, 0).data().toString().contains(QStringLiteral("Egen")));
    model.setContext(Viewer::organiser(), ystad);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(CommentListModel::BodyRole).toString(), QStringLiteral("Karins"));
    QVERIFY(!model.index(0, 0).data(CommentListModel::OwnRole).toBool());
}

void tst_Models::progressColumn()
{
    JB_VERIFY_OK(JurorRepository(*m_db).add(QStringLiteral("Eva"), QString(), false));
    const qint64 juror = JurorRepository(*m_db).list()->first().id;
    ApplicationTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setViewer(Viewer::juror(juror));
    const qint64 ystad = ApplicationRepository(*m_db).search(QStringLiteral("Ystad"))->first().id;
    const QModelIndex cell = model.index(model.rowOf(ystad), ApplicationTableModel::ProgressColumn);
    QCOMPARE(cell.data(ApplicationTableModel::ProgressKeyRole).toString(), QStringLiteral("unread"));
    JB_VERIFY_OK(WorkRepository(*m_db).markRead(juror, ystad));
    QCOMPARE(cell.data(ApplicationTableModel::ProgressKeyRole).toString(), QStringLiteral("read"));
    JB_VERIFY_OK(WorkRepository(*m_db).declareConflict(juror, ystad, QStringLiteral("Jäv"), false));
    QCOMPARE(cell.data(ApplicationTableModel::ProgressKeyRole).toString(), QStringLiteral("conflicted"));
    model.setViewer(Viewer::organiser());
    QCOMPARE(cell.data().toString(), QStringLiteral("0 of 0"));
}

QTEST_GUILESS_MAIN(tst_Models)
#include "tst_models.moc"
