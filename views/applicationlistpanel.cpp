#include "applicationlistpanel.h"

#include "application.h"
#include "flowlayout.h"
#include "itemmodels/applicationfiltermodel.h"
#include "itemmodels/applicationtablemodel.h"
#include "reference/municipalityregistry.h"
#include "search/searchquery.h"
#include "storage/applicationrepository.h"
#include "storage/database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

ApplicationListPanel::ApplicationListPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new ApplicationTableModel(db, this))
    , m_filter(new ApplicationFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_county(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    m_filter->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search the applications"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setAccessibleDescription(
        tr("Finds applications containing every word typed, attachments included. "
           "Results appear while you type."));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);

    auto *countyLabel = new QLabel(tr("C&ounty:"), this);
    countyLabel->setBuddy(m_county);
    m_county->setAccessibleName(tr("Filter by county"));
    auto *groupLabel = new QLabel(tr("Gro&up:"), this);
    groupLabel->setBuddy(m_group);
    m_group->setAccessibleName(tr("Filter by municipality group"));
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    m_status->setAccessibleName(tr("Filter by status"));
    for (QComboBox *box : {m_county, m_group, m_status}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
    }
    fillFilters();

    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Applications"));
    m_view->setAccessibleDescription(tr("Use the arrow keys to choose an application; the "
                                        "reader shows the one chosen."));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The order shown first is set before sorting is switched on, so the rows are sorted once.
    m_view->horizontalHeader()->setSortIndicator(ApplicationTableModel::MunicipalityColumn,
                                                 Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // No stretching: a stretched last column would shrink below its title in a narrow list.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->sortByColumn(ApplicationTableModel::MunicipalityColumn, Qt::AscendingOrder);
    fitColumns();

    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    // The filters reflow onto more rows when the list is narrow (large text), instead of
    // widening the list at the reader's expense.
    auto *filterRow = new QWidget(this);
    auto *flow = new FlowLayout(filterRow);
    flow->setContentsMargins(0, 0, 0, 0);
    const std::pair<QLabel *, QComboBox *> pairs[] = {
        {countyLabel, m_county}, {groupLabel, m_group}, {statusLabel, m_status}};
    for (const auto &[label, box] : pairs) {
        auto *pair = new QWidget(filterRow);
        auto *pairLayout = new QHBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 0, 0);
        label->setParent(pair);
        box->setParent(pair);
        pairLayout->addWidget(label);
        pairLayout->addWidget(box);
        flow->addWidget(pair);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->addLayout(searchRow);
    layout->addWidget(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    setTabOrder(m_search, m_county);
    setTabOrder(m_county, m_group);
    setTabOrder(m_group, m_status);
    setTabOrder(m_status, m_view);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &ApplicationListPanel::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        m_view->setFocus();
    });

    for (QComboBox *box : {m_county, m_group, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &ApplicationListPanel::applyFilters);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.isValid()
                                      ? current.data(ApplicationTableModel::IdRole).toLongLong()
                                      : 0;
                if (id != m_current) {
                    m_current = id;
                    emit currentApplicationChanged(id);
                }
            });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ApplicationListPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ApplicationListPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ApplicationListPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        keepSelection();
    });
    connect(m_model, &ApplicationTableModel::loadFailed, this, &ApplicationListPanel::failed);
    updateCount();
    keepSelection();
}

void ApplicationListPanel::fillFilters()
{
    const MunicipalityRegistry &registry = MunicipalityRegistry::builtIn();
    m_county->addItem(tr("All counties"), QString());
    for (const QString &county : registry.counties())
        m_county->addItem(county, county);
    m_group->addItem(tr("All groups"), QString());
    for (const QString &group : registry.groups())
        m_group->addItem(group, group);
    setViewer(Viewer::organiser());
}

void ApplicationListPanel::applyFilters()
{
    m_filter->setCounty(m_county->currentData().toString());
    m_filter->setGroup(m_group->currentData().toString());
    // The status filter holds both application statuses and, for a juror, their progress.
    const QString key = m_status->currentData().toString();
    const bool progress = key.startsWith(QLatin1String("progress:"));
    m_filter->setStatus(progress ? QString() : key);
    m_filter->setProgress(progress ? key.mid(9) : QString());
    keepSelection();
}

void ApplicationListPanel::setViewer(const Viewer &viewer)
{
    m_model->setViewer(viewer);
    const QString current = m_status->currentData().toString();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (auto status : {ApplicationStatus::Submitted, ApplicationStatus::Finalist,
                        ApplicationStatus::NotAdvanced})
        m_status->addItem(applicationStatusTitle(status), applicationStatusKey(status));
    if (!viewer.isOrganiser()) {
        m_status->insertSeparator(m_status->count());
        m_status->addItem(tr("Unread by me"), QStringLiteral("progress:unread"));
        m_status->addItem(tr("Not fully scored by me"), QStringLiteral("progress:unscored"));
        m_status->addItem(tr("Scored by me"), QStringLiteral("progress:scored"));
        m_status->addItem(tr("My conflicts of interest"), QStringLiteral("progress:conflicted"));
    }
    const int index = m_status->findData(current);
    m_status->setCurrentIndex(index >= 0 ? index : 0);
    applyFilters();
    // The titles follow who is looking ("My assessment" for a juror): widen where they grew.
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        m_view->setColumnWidth(column, std::max(m_view->columnWidth(column), header->sectionSizeHint(column)));
}

qint64 ApplicationListPanel::currentApplicationId() const
{
    return m_current;
}

bool ApplicationListPanel::selectApplication(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool ApplicationListPanel::step(int delta)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return false;
    const QModelIndex current = m_view->currentIndex();
    const int next = current.isValid() ? current.row() + delta : 0;
    if (next < 0 || next >= rows)
        return false;
    const QModelIndex index = m_filter->index(next, current.isValid() ? current.column() : 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ApplicationListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QStringList ApplicationListPanel::searchTerms() const
{
    return m_terms;
}

void ApplicationListPanel::searchNow()
{
    if (m_searchTimer->isActive()) {
        m_searchTimer->stop();
        runSearch();
    }
}

void ApplicationListPanel::runSearch()
{
    const QString typed = m_search->text();
    const QStringList terms = SearchQuery::terms(typed);
    if (terms.isEmpty()) {
        m_filter->setSearchHits(std::nullopt);
        if (m_filter->sortedByRelevance())
            m_view->sortByColumn(ApplicationTableModel::MunicipalityColumn, Qt::AscendingOrder);
    } else {
        auto hits = ApplicationRepository(m_db).search(typed);
        if (!hits) {
            emit failed(hits.error());
            return;
        }
        const bool wasSearching = m_filter->isSearching();
        m_filter->setSearchHits(std::move(hits).value());
        if (!wasSearching) {
            m_view->horizontalHeader()->setSortIndicatorShown(false);
            m_filter->sortByRelevance();
        }
    }
    if (!m_filter->sortedByRelevance())
        m_view->horizontalHeader()->setSortIndicatorShown(true);
    if (terms != m_terms) {
        m_terms = terms;
        emit searchTermsChanged(m_terms);
    }
    keepSelection();
    updateCount();
}

void ApplicationListPanel::keepSelection()
{
    if (m_current != 0 && selectApplication(m_current))
        return;
    if (m_filter->rowCount() > 0) {
        m_view->setCurrentIndex(m_filter->index(0, 0));
        m_view->scrollToTop();
    } else if (m_current != 0) {
        m_current = 0;
        emit currentApplicationChanged(0);
    }
}

int ApplicationListPanel::visibleCount() const
{
    return m_filter->rowCount();
}

int ApplicationListPanel::totalCount() const
{
    return m_model->rowCount();
}

void ApplicationListPanel::updateCount()
{
    const int shown = visibleCount();
    const int total = totalCount();
    QString text;
    if (m_filter->isSearching())
        text = tr("%1 of %n application(s) match the search", nullptr, total).arg(shown);
    else if (shown == total)
        text = tr("%n application(s)", nullptr, total);
    else
        text = tr("%1 of %n application(s) shown", nullptr, total).arg(shown);
    if (text != m_count->text()) {
        m_count->setText(text);
        emit countChanged(text);
    }
}

void ApplicationListPanel::fitColumns()
{
    // Widths in average characters, so they follow the text size; never narrower than the
    // column's title.
    const int ch = m_view->fontMetrics().averageCharWidth();
    const QList<QPair<int, int>> widths = {{ApplicationTableModel::MunicipalityColumn, 13},
                                           {ApplicationTableModel::TitleColumn, 30},
                                           {ApplicationTableModel::CountyColumn, 17},
                                           {ApplicationTableModel::PopulationColumn, 11},
                                           {ApplicationTableModel::GroupColumn, 24},
                                           {ApplicationTableModel::StatusColumn, 14},
                                           {ApplicationTableModel::ProgressColumn, 14}};
    QHeaderView *header = m_view->horizontalHeader();
    for (const auto &[column, chars] : widths)
        m_view->setColumnWidth(column, std::max(chars * ch + 16, header->sectionSizeHint(column)));
}

void ApplicationListPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        fitColumns();
}
