#pragma once

#include "csvreader.h"
#include "columnmapping.h"
#include "result.h"
#include "round.h"
#include "storage/applicationrepository.h"

#include <functional>

class Database;
class MunicipalityRegistry;

/// What an import did.
struct ImportReport
{
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    QStringList notices; ///< forgiving matches and other things the organiser should check

    int total() const { return added + changed + unchanged; }
    /// What happened, in a sentence, followed by the notices.
    QString describe() const;
};

/// A checked import, ready to be written in one transaction.
struct ImportPlan
{
    QList<ApplicationDraft> drafts;
    QStringList notices;
};

/// Imports the application form's CSV export with its PDF attachments. All or nothing: any
/// problem aborts the whole import before anything is written, and names file, line, column.
class ApplicationImporter
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationImporter)

public:
    /// Called with work done and total; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    ApplicationImporter(Database &db, const MunicipalityRegistry &registry);

    /// Checks every row and reads every attachment without writing anything.
    /// @p mapping has one role per column; empty means detect from the header.
    Result<ImportPlan> prepare(const CsvDocument &csv, QList<ColumnRole> mapping,
                               const QString &attachmentDir, const Progress &progress = {}) const;

    /// Writes a prepared import in one transaction.
    Result<ImportReport> apply(const ImportPlan &plan, const Progress &progress = {});

    /// Reads, checks and writes @p csvPath; attachments are looked up in @p attachmentDir
    /// (default: the CSV's folder).
    Result<ImportReport> importFile(const QString &csvPath, const QString &attachmentDir = {},
                                    const QList<ColumnRole> &mapping = {},
                                    const Progress &progress = {});

    /// The text of a PDF's pages, or an error when it cannot be read as a PDF.
    static Result<QString> pdfText(const QByteArray &data);

private:
    Result<Round> checkPhase() const;
    Result<AttachmentDraft> readAttachment(const QString &name, const QString &dir,
                                           const QString &csvFile, int line,
                                           const QString &column) const;

    Database &m_db;
    const MunicipalityRegistry &m_registry;
};
