#include "importdialog.h"

#include "reference/municipalityregistry.h"
#include "settings.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace {
constexpr int PreviewRows = 8;

QString delimiterName(QChar c)
{
    if (c == u';')
        return ImportDialog::tr("semicolon");
    if (c == u',')
        return ImportDialog::tr("comma");
    if (c == u'\t')
        return ImportDialog::tr("tab");
    return QString(c);
}
} // namespace

ImportDialog::ImportDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_path(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_format(new QLabel(this))
    , m_mapping(new QTableWidget(this))
    , m_preview(new QTableView(this))
    , m_previewModel(new QStandardItemModel(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Import applications"));
    setModal(true);

    auto *browseCsv = new QPushButton(tr("&Choose…"), this);
    browseCsv->setAccessibleName(tr("Choose the CSV file"));
    auto *browseFolder = new QPushButton(tr("C&hoose…"), this);
    browseFolder->setAccessibleName(tr("Choose the attachments folder"));
    m_path->setAccessibleName(tr("CSV file"));
    m_path->setReadOnly(true);
    m_folder->setAccessibleName(tr("Attachments folder"));
    m_folder->setAccessibleDescription(tr("The folder with the PDF files named in the "
                                          "attachments column. By default the CSV file's folder."));

    auto *csvRow = new QHBoxLayout;
    csvRow->addWidget(m_path, 1);
    csvRow->addWidget(browseCsv);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browseFolder);
    auto *form = new QFormLayout;
    auto *csvLabel = new QLabel(tr("CSV &file:"), this);
    csvLabel->setBuddy(m_path);
    auto *folderLabel = new QLabel(tr("&Attachments folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(csvLabel, csvRow);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_format);

    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Holds"), tr("First value")});
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setAccessibleName(tr("Column mapping"));
    m_mapping->setAccessibleDescription(tr("For each column of the file, what it holds. Columns "
                                           "marked as text sections become parts of the "
                                           "application under the column's name."));
    m_mapping->setTabKeyNavigation(false);
    auto *mappingLabel = new QLabel(tr("Column &mapping:"), this);
    mappingLabel->setBuddy(m_mapping);

    m_preview->setModel(m_previewModel);
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->setTabKeyNavigation(false);
    m_preview->verticalHeader()->hide();
    auto *previewLabel = new QLabel(tr("&Preview of the first rows:"), this);
    previewLabel->setBuddy(m_preview);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setFocusPolicy(Qt::StrongFocus);
    m_message->setAccessibleName(tr("Import messages"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setVisible(false);

    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_import->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mappingLabel);
    layout->addWidget(m_mapping, 2);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(860, 640);

    connect(browseCsv, &QPushButton::clicked, this, &ImportDialog::chooseCsv);
    connect(browseFolder, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (m_report)
            accept();
        else
            startImport();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (isRunning())
            m_cancelled->store(true);
        else
            reject();
    });
    showInfo(tr("Choose the CSV file exported from the application form."));
}

ImportDialog::~ImportDialog()
{
    if (m_thread) {
        m_cancelled->store(true);
        m_thread->wait();
    }
}

void ImportDialog::chooseCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the CSV file"), Settings::lastFolder(),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::setLastFolder(QFileInfo(path).absolutePath());
    loadCsv(path);
}

void ImportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the attachments folder"),
                                                             m_folder->text());
    if (!folder.isEmpty())
        setAttachmentFolder(folder);
}

void ImportDialog::setAttachmentFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

bool ImportDialog::loadCsv(const QString &path)
{
    m_report.reset();
    m_import->setText(tr("&Import"));
    m_path->setText(QDir::toNativeSeparators(path));
    if (m_folder->text().isEmpty())
        setAttachmentFolder(QFileInfo(path).absolutePath());
    auto csv = CsvReader::readFile(path);
    if (!csv) {
        m_csv.reset();
        m_mapping->setRowCount(0);
        m_previewModel->clear();
        m_format->clear();
        m_import->setEnabled(false);
        showError(csv.error());
        return false;
    }
    m_csv = csv.value();
    m_format->setText(tr("Encoding %1, separated by %2, %n row(s).", nullptr,
                         int(m_csv->records.size()))
                          .arg(m_csv->encoding, delimiterName(m_csv->delimiter)));

    const QStringList header = m_csv->header.fields;
    const QList<ColumnRole> detected = ColumnMapping::detect(header);
    m_mapping->setRowCount(int(header.size()));
    for (int c = 0; c < header.size(); ++c) {
        auto *name = new QTableWidgetItem(header.at(c));
        m_mapping->setItem(c, 0, name);
        auto *box = new QComboBox(m_mapping);
        box->setAccessibleName(tr("What the column “%1” holds").arg(header.at(c)));
        for (ColumnRole role : ColumnMapping::choosableRoles())
            box->addItem(ColumnMapping::title(role), int(role));
        box->setCurrentIndex(box->findData(int(detected.at(c))));
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::showPreview);
        m_mapping->setCellWidget(c, 1, box);
        QString example;
        for (const CsvRecord &record : m_csv->records) {
            if (c < record.fields.size() && !record.fields.at(c).trimmed().isEmpty()) {
                example = record.fields.at(c).simplified().left(120);
                break;
            }
        }
        m_mapping->setItem(c, 2, new QTableWidgetItem(example));
    }
    m_mapping->resizeColumnToContents(0);
    m_mapping->resizeColumnToContents(1);
    showPreview();
    m_import->setEnabled(true);
    showInfo(tr("Check that each column holds what the list says, then import. Nothing is "
                "imported if any row has a problem."));
    return true;
}

QList<ColumnRole> ImportDialog::mapping() const
{
    QList<ColumnRole> roles;
    for (int c = 0; c < m_mapping->rowCount(); ++c) {
        auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(c, 1));
        roles << (box ? ColumnRole(box->currentData().toInt()) : ColumnRole::Ignore);
    }
    return roles;
}

void ImportDialog::setRole(int column, ColumnRole role)
{
    if (auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(column, 1)))
        box->setCurrentIndex(box->findData(int(role)));
}

void ImportDialog::showPreview()
{
    m_previewModel->clear();
    if (!m_csv)
        return;
    const QList<ColumnRole> roles = mapping();
    const QStringList header = m_csv->header.fields;
    QStringList labels;
    for (int c = 0; c < header.size(); ++c)
        labels << QStringLiteral("%1 → %2").arg(header.at(c), ColumnMapping::title(roles.at(c)));
    m_previewModel->setHorizontalHeaderLabels(labels);
    for (int r = 0; r < std::min(PreviewRows, int(m_csv->records.size())); ++r) {
        QList<QStandardItem *> items;
        const QStringList &fields = m_csv->records.at(r).fields;
        for (int c = 0; c < header.size(); ++c) {
            const QString value = c < fields.size() ? fields.at(c) : QString();
            auto *item = new QStandardItem(value.simplified().left(200));
            item->setToolTip(value.left(2000));
            if (roles.at(c) == ColumnRole::Ignore)
                item->setEnabled(false);
            items << item;
        }
        m_previewModel->appendRow(items);
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < header.size(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));
}

void ImportDialog::showError(const Error &error)
{
    m_message->setText(tr("Nothing was imported. %1").arg(error.toString()));
    m_message->setStyleSheet(QStringLiteral("QLabel { border: 2px solid #b00020; padding: 6px; }"));
    m_message->setAccessibleName(tr("Error: %1").arg(error.toString()));
    m_message->setFocus();
}

void ImportDialog::showInfo(const QString &text)
{
    m_message->setText(text);
    m_message->setStyleSheet(QString());
    m_message->setAccessibleName(text);
}

QString ImportDialog::messageText() const
{
    return m_message->text();
}

void ImportDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_import->setEnabled(!running);
    m_mapping->setEnabled(!running);
    m_folder->setEnabled(!running);
    if (running)
        m_progress->setRange(0, 0);
}

void ImportDialog::startImport()
{
    if (!m_csv || isRunning())
        return;
    setRunning(true);
    showInfo(tr("Importing…"));
    m_cancelled = std::make_shared<std::atomic_bool>(false);

    // The import runs on its own connection in a worker thread, so the window stays
    // responsive; SQLite's write-ahead log lets this window keep reading meanwhile.
    const QString roundPath = m_db.filePath();
    const CsvDocument csv = *m_csv;
    const QList<ColumnRole> roles = mapping();
    const QString folder = QDir::fromNativeSeparators(m_folder->text());
    const auto cancelled = m_cancelled;
    QPointer<ImportDialog> self(this);
    m_thread = QThread::create([=] {
        Result<ImportReport> result = Error();
        auto db = Database::open(roundPath);
        if (!db) {
            result = db.error();
        } else {
            ApplicationImporter importer(*db.value(), MunicipalityRegistry::builtIn());
            const auto progress = [&](int done, int total) {
                QMetaObject::invokeMethod(self, [self, done, total] {
                    if (self) {
                        self->m_progress->setRange(0, total);
                        self->m_progress->setValue(done);
                    }
                });
                return !cancelled->load();
            };
            auto plan = importer.prepare(csv, roles, folder, progress);
            result = plan ? importer.apply(plan.value(), progress) : Result<ImportReport>(plan.error());
        }
        QMetaObject::invokeMethod(self, [self, result] {
            if (self)
                self->finish(result);
        });
    });
    m_thread->start();
}

void ImportDialog::finish(const Result<ImportReport> &result)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    setRunning(false);
    if (!result) {
        showError(result.error());
        emit importFinished(false);
        return;
    }
    m_report = result.value();
    // The import wrote through its own connection; tell this window's models.
    m_db.notifyChanged(Database::Topic::Applications);
    showInfo(m_report->describe());
    m_import->setText(tr("&Close"));
    m_import->setEnabled(true);
    m_cancel->setEnabled(false);
    m_import->setFocus();
    emit importFinished(true);
}
