#pragma once

#include "import/applicationimporter.h"
#include "import/csvreader.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class Database;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QThread;

/// Imports the application form's CSV export: choose the file and the attachments folder,
/// look at the first rows, correct the column mapping, import with progress.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Database &db, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Reads @p path and shows its preview; false (with the message shown) when unreadable.
    bool loadCsv(const QString &path);
    void setAttachmentFolder(const QString &folder);
    /// Starts the import; the result arrives with finished().
    void startImport();
    bool isRunning() const { return m_thread != nullptr; }

    QList<ColumnRole> mapping() const;
    void setRole(int column, ColumnRole role);
    /// The message area's text: the error, the report or a hint.
    QString messageText() const;
    const std::optional<ImportReport> &report() const { return m_report; }

signals:
    void importFinished(bool ok);

private:
    void chooseCsv();
    void chooseFolder();
    void showPreview();
    void showError(const Error &error);
    void showInfo(const QString &text);
    void finish(const Result<ImportReport> &result);
    void setRunning(bool running);

    Database &m_db;
    std::optional<CsvDocument> m_csv;
    std::optional<ImportReport> m_report;
    QLineEdit *m_path;
    QLineEdit *m_folder;
    QLabel *m_format;
    QTableWidget *m_mapping;
    QTableView *m_preview;
    QStandardItemModel *m_previewModel;
    QLabel *m_message;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};
