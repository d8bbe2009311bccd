#include "roundsettingsdialog.h"

#include "itemmodels/criteriontablemodel.h"
#include "itemmodels/jurortablemodel.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

RoundSettingsDialog::RoundSettingsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_tabs(new QTabWidget(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Round settings"));
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->addTab(createRoundPage(), tr("&Round"));
    m_tabs->addTab(createJuryPage(), tr("&Jury"));
    m_tabs->addTab(createCriteriaPage(), tr("Cri&teria"));

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Saved changes"));
    m_message->setText(tr("Changes are saved as soon as you make them."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 520);
    loadRound();
}

QWidget *RoundSettingsDialog::createRoundPage()
{
    auto *page = new QWidget(this);
    m_award = new QLineEdit(page);
    m_award->setAccessibleName(tr("Award"));
    m_year = new QSpinBox(page);
    m_year->setRange(1900, 2200);
    m_year->setAccessibleName(tr("Year"));
    m_prize = new QSpinBox(page);
    m_prize->setRange(0, 1000000000);
    m_prize->setSingleStep(5000);
    m_prize->setGroupSeparatorShown(true);
    m_prize->setSuffix(tr(" kr"));
    m_prize->setAccessibleName(tr("Prize in kronor"));
    m_finalists = new QSpinBox(page);
    m_finalists->setRange(1, 100);
    m_finalists->setAccessibleName(tr("Number of finalists"));
    m_mode = new QComboBox(page);
    m_mode->addItem(tr("Independent: jurors see only their own work until screening closes"),
                    QStringLiteral("independent"));
    m_mode->addItem(tr("Open deliberation: shared comments are visible at once"),
                    QStringLiteral("open"));
    m_mode->setAccessibleName(tr("Screening mode"));
    m_contact = new QLineEdit(page);
    m_contact->setAccessibleName(tr("Organiser contact"));
    m_contact->setAccessibleDescription(tr("Printed in the letters to finalists."));
    m_contact->setPlaceholderText(tr("Name, organisation, email, telephone"));

    auto *form = new QFormLayout(page);
    const auto row = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, page);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    row(tr("&Award:"), m_award);
    row(tr("&Year:"), m_year);
    row(tr("&Prize:"), m_prize);
    row(tr("&Finalists:"), m_finalists);
    row(tr("Screening &mode:"), m_mode);
    row(tr("Organiser &contact:"), m_contact);

    connect(m_award, &QLineEdit::editingFinished, this, &RoundSettingsDialog::storeRound);
    connect(m_contact, &QLineEdit::editingFinished, this, &RoundSettingsDialog::storeRound);
    for (QSpinBox *box : {m_year, m_prize, m_finalists}) {
        box->setKeyboardTracking(false);
        connect(box, &QSpinBox::valueChanged, this, &RoundSettingsDialog::storeRound);
    }
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RoundSettingsDialog::storeRound);
    return page;
}

QWidget *RoundSettingsDialog::createJuryPage()
{
    auto *page = new QWidget(this);
    m_jurors = new JurorTableModel(m_db, page);
    m_jurorView = makeTable(page, m_jurors, tr("Jurors"));
    m_jurorView->setAccessibleDescription(tr("Press F2 to edit a name or organisation, Space "
                                             "to mark the chair."));
    m_jurorView->resizeColumnsToContents();
    connect(m_jurors, &JurorTableModel::editFailed, this, &RoundSettingsDialog::showError);

    m_jurorName = new QLineEdit(page);
    m_jurorName->setAccessibleName(tr("New juror's name"));
    m_jurorOrganisation = new QLineEdit(page);
    m_jurorOrganisation->setAccessibleName(tr("New juror's organisation"));
    m_jurorChair = new QCheckBox(tr("C&hair"), page);
    m_jurorChair->setAccessibleName(tr("New juror is the chair"));
    auto *add = new QPushButton(tr("&Add juror"), page);
    auto *remove = new QPushButton(tr("Re&move juror"), page);

    auto *nameLabel = new QLabel(tr("&Name:"), page);
    nameLabel->setBuddy(m_jurorName);
    auto *orgLabel = new QLabel(tr("&Organisation:"), page);
    orgLabel->setBuddy(m_jurorOrganisation);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(nameLabel);
    addRow->addWidget(m_jurorName, 2);
    addRow->addWidget(orgLabel);
    addRow->addWidget(m_jurorOrganisation, 2);
    addRow->addWidget(m_jurorChair);
    addRow->addWidget(add);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_jurorView, 1);
    layout->addLayout(addRow);
    layout->addWidget(remove, 0, Qt::AlignLeft);

    connect(add, &QPushButton::clicked, this, &RoundSettingsDialog::addJuror);
    connect(m_jurorOrganisation, &QLineEdit::returnPressed, this, &RoundSettingsDialog::addJuror);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_jurorView->currentIndex();
        if (!index.isValid())
            return;
        const Juror juror = m_jurors->jurorAt(index.row());
        const auto answer = QMessageBox::question(
            this, tr("Remove juror"),
            tr("Remove %1 from the jury?").arg(juror.name), QMessageBox::Yes | QMessageBox::No,
            QMessageBox::No);
        if (answer == QMessageBox::Yes)
            showResult(JurorRepository(m_db).remove(juror.id));
    });
    return page;
}

QWidget *RoundSettingsDialog::createCriteriaPage()
{
    auto *page = new QWidget(this);
    m_criteria = new CriterionTableModel(m_db, page);
    m_criterionView = makeTable(page, m_criteria, tr("Criteria"));
    m_criterionView->setAccessibleDescription(tr("Press F2 to edit a cell."));
    m_criterionView->resizeColumnsToContents();
    m_criterionView->setColumnWidth(CriterionTableModel::NameColumn, 260);
    connect(m_criteria, &CriterionTableModel::editFailed, this, &RoundSettingsDialog::showError);

    auto *add = new QPushButton(tr("&Add criterion"), page);
    auto *remove = new QPushButton(tr("Re&move criterion"), page);
    auto *up = new QPushButton(tr("Move &up"), page);
    auto *down = new QPushButton(tr("Move &down"), page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(up);
    buttons->addWidget(down);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_criterionView, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &RoundSettingsDialog::addCriterion);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_criterionView->currentIndex();
        if (!index.isValid())
            return;
        const Criterion c = m_criteria->criterionAt(index.row());
        const auto answer = QMessageBox::question(this, tr("Remove criterion"),
                                                  tr("Remove the criterion “%1”?").arg(c.name),
                                                  QMessageBox::Yes | QMessageBox::No,
                                                  QMessageBox::No);
        if (answer == QMessageBox::Yes)
            showResult(CriterionRepository(m_db).remove(c.id));
    });
    const auto move = [this](int delta) {
        const QModelIndex index = m_criterionView->currentIndex();
        if (!index.isValid())
            return;
        const qint64 id = m_criteria->criterionAt(index.row()).id;
        showResult(CriterionRepository(m_db).move(id, delta));
        for (int row = 0; row < m_criteria->rowCount(); ++row) {
            if (m_criteria->criterionAt(row).id == id)
                m_criterionView->setCurrentIndex(m_criteria->index(row, index.column()));
        }
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(+1); });
    return page;
}

void RoundSettingsDialog::loadRound()
{
    auto round = RoundRepository(m_db).load();
    if (!round) {
        showError(round.error());
        return;
    }
    const RoundSettings &s = round->settings;
    const QSignalBlocker b1(m_year), b2(m_prize), b3(m_finalists), b4(m_mode);
    m_award->setText(s.award);
    m_year->setValue(s.year);
    m_prize->setValue(int(s.prizeSek));
    m_finalists->setValue(s.finalistCount);
    m_mode->setCurrentIndex(m_mode->findData(screeningModeKey(s.screeningMode)));
    m_contact->setText(s.organiserContact);
}

void RoundSettingsDialog::storeRound()
{
    auto round = RoundRepository(m_db).load();
    if (!round) {
        showError(round.error());
        return;
    }
    RoundSettings s = round->settings;
    s.award = m_award->text();
    s.year = m_year->value();
    s.prizeSek = m_prize->value();
    s.finalistCount = m_finalists->value();
    s.screeningMode = screeningModeFromKey(m_mode->currentData().toString())
                          .value_or(ScreeningMode::Independent);
    s.organiserContact = m_contact->text().trimmed();
    if (s == round->settings)
        return;
    auto result = RoundRepository(m_db).updateSettings(s);
    showResult(result);
    if (!result)
        loadRound();
}

void RoundSettingsDialog::addJuror()
{
    auto added = JurorRepository(m_db).add(m_jurorName->text(), m_jurorOrganisation->text(),
                                           m_jurorChair->isChecked());
    if (!added) {
        showError(added.error());
        m_jurorName->setFocus();
        return;
    }
    m_jurorName->clear();
    m_jurorOrganisation->clear();
    m_jurorChair->setChecked(false);
    m_jurorName->setFocus();
    m_message->setText(tr("%1 was added to the jury.").arg(added->name));
}

void RoundSettingsDialog::addCriterion()
{
    Criterion c;
    c.name = tr("New criterion");
    auto added = CriterionRepository(m_db).add(c);
    if (!added) {
        showError(added.error());
        return;
    }
    const int row = m_criteria->rowCount() - 1;
    const QModelIndex index = m_criteria->index(row, CriterionTableModel::NameColumn);
    m_criterionView->setCurrentIndex(index);
    m_criterionView->setFocus();
    m_criterionView->edit(index);
}

void RoundSettingsDialog::showResult(const Result<void> &result)
{
    if (result)
        m_message->setText(tr("Saved."));
    else
        showError(result.error());
}

void RoundSettingsDialog::showError(const Error &error)
{
    m_message->setText(tr("Not saved: %1").arg(error.toString()));
    m_message->setAccessibleName(m_message->text());
}

QString RoundSettingsDialog::messageText() const
{
    return m_message->text();
}
