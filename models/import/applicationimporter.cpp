#include "applicationimporter.h"

#include "reference/municipalityregistry.h"
#include "storage/database.h"
#include "storage/roundrepository.h"
#include "text/dates.h"
#include "text/swedish.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>

namespace {

constexpr qint64 MaxAttachmentSize = 200LL * 1024 * 1024;

QStringList attachmentNames(const QString &field)
{
    QStringList names;
    for (QString name : field.split(QRegularExpression(QStringLiteral("[|\\n]")))) {
        name = name.trimmed();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

QString cleanText(const QString &text)
{
    // Keep the line breaks people wrote, but not the form's padding around the text.
    QString cleaned = text;
    cleaned.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return cleaned.trimmed();
}

} // namespace

QString ImportReport::describe() const
{
    QString text = ApplicationImporter::tr("Imported %n application(s): %1 new, %2 changed, "
                                           "%3 unchanged.",
                                           nullptr, total())
                       .arg(added)
                       .arg(changed)
                       .arg(unchanged);
    if (!notices.isEmpty()) {
        text += QLatin1Char('\n') + ApplicationImporter::tr("Please check:");
        for (const QString &notice : notices)
            text += QLatin1Char('\n') + notice;
    }
    return text;
}

ApplicationImporter::ApplicationImporter(Database &db, const MunicipalityRegistry &registry)
    : m_db(db)
    , m_registry(registry)
{}

Result<QString> ApplicationImporter::pdfText(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    switch (document.error()) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        return Error(tr("the PDF is password-protected"));
    default:
        return Error(tr("the file cannot be read as a PDF"));
    }
    if (document.status() != QPdfDocument::Status::Ready)
        return Error(tr("the file cannot be read as a PDF"));
    QStringList pages;
    for (int page = 0; page < document.pageCount(); ++page)
        pages << document.getAllText(page).text();
    return pages.join(QLatin1Char('\n')).simplified();
}

Result<Round> ApplicationImporter::checkPhase() const
{
    if (auto organiser = RoundRepository(m_db).requireOrganiserFile(tr("import applications"));
        !organiser)
        return organiser.error();
    return RoundRepository(m_db).requirePhase({Phase::Preparation, Phase::Screening},
                                              tr("import applications"));
}

Result<AttachmentDraft> ApplicationImporter::readAttachment(const QString &name,
                                                            const QString &dir,
                                                            const QString &csvFile, int line,
                                                            const QString &column) const
{
    const QString path = QDir::cleanPath(QDir(dir).absoluteFilePath(name));
    const QString root = QDir::cleanPath(QDir(dir).absolutePath());
    if (!path.startsWith(root + QLatin1Char('/')))
        return Error(tr("The attachment “%1” lies outside the attachments folder.").arg(name),
                     csvFile, line, column);
    QFile file(path);
    if (!file.exists()) {
        return Error(tr("The attachment “%1” was not found in the folder %2.")
                         .arg(name, QDir::toNativeSeparators(root)),
                     csvFile, line, column);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(tr("The attachment “%1” cannot be read: %2").arg(name, file.errorString()),
                     csvFile, line, column);
    }
    if (file.size() > MaxAttachmentSize)
        return Error(tr("The attachment “%1” is larger than 200 MB.").arg(name), csvFile, line,
                     column);
    AttachmentDraft draft;
    draft.fileName = QFileInfo(name).fileName();
    draft.data = file.readAll();
    if (!draft.data.startsWith("%PDF-")) {
        return Error(tr("The attachment “%1” is not a PDF file.").arg(name), csvFile, line,
                     column);
    }
    auto text = pdfText(draft.data);
    if (!text) {
        return Error(tr("The attachment “%1” cannot be used: %2.").arg(name, text.error().message),
                     csvFile, line, column);
    }
    draft.text = text.value();
    draft.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(draft.data, QCryptographicHash::Sha256).toHex());
    return draft;
}

Result<ImportPlan> ApplicationImporter::prepare(const CsvDocument &csv, QList<ColumnRole> mapping,
                                                const QString &attachmentDir,
                                                const Progress &progress) const
{
    const QString file = csv.fileName;
    const QStringList header = csv.header.fields;
    if (mapping.isEmpty())
        mapping = ColumnMapping::detect(header);
    if (mapping.size() != header.size())
        return Error(tr("The column mapping does not fit the file's %1 columns.")
                         .arg(header.size()),
                     file, csv.header.line);
    for (ColumnRole role : ColumnMapping::choosableRoles()) {
        if (role != ColumnRole::Section && role != ColumnRole::Ignore && mapping.count(role) > 1)
            return Error(tr("Two columns are marked as “%1”.").arg(ColumnMapping::title(role)),
                         file, csv.header.line);
    }
    const int municipalityColumn = int(mapping.indexOf(ColumnRole::Municipality));
    if (municipalityColumn < 0) {
        return Error(tr("The file has no column “Kommun” (or “Municipality”). Columns found: %1.")
                         .arg(header.join(QStringLiteral(", "))),
                     file, csv.header.line);
    }
    for (int c = 0; c < header.size(); ++c) {
        if (mapping.at(c) == ColumnRole::Section && header.at(c).trimmed().isEmpty())
            return Error(tr("Column %1 has no name in the header line; name it or choose "
                            "“Ignore” for it.")
                             .arg(c + 1),
                         file, csv.header.line);
    }

    if (auto open = checkPhase(); !open)
        return open.error();
    const QString dir = attachmentDir.isEmpty() ? QFileInfo(file).absolutePath() : attachmentDir;
    if (mapping.contains(ColumnRole::Attachments) && !QFileInfo(dir).isDir())
        return Error(tr("The attachments folder %1 does not exist.")
                         .arg(QDir::toNativeSeparators(dir)),
                     file);

    ImportPlan plan;
    QHash<QString, int> lineOfKey;
    const int total = int(csv.records.size());
    int done = 0;
    for (const CsvRecord &record : csv.records) {
        if (progress && !progress(done, total))
            return Error(tr("The import was cancelled; nothing was imported."), file);
        ++done;
        const QStringList &fields = record.fields;
        if (std::all_of(fields.begin(), fields.end(),
                        [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        if (fields.size() > header.size()) {
            return Error(tr("The line has %1 fields but the header has %2. A text containing "
                            "“%3” may be missing its quotation marks.")
                             .arg(fields.size())
                             .arg(header.size())
                             .arg(csv.delimiter == u'\t' ? tr("tab") : QString(csv.delimiter)),
                         file, record.line);
        }
        const auto field = [&](int column) {
            return column < fields.size() ? fields.at(column) : QString();
        };

        ApplicationDraft draft;
        QString explicitId;
        for (int c = 0; c < header.size(); ++c) {
            const QString value = field(c);
            const QString column = header.at(c);
            switch (mapping.at(c)) {
            case ColumnRole::Ignore:
                break;
            case ColumnRole::Id:
                explicitId = value.trimmed();
                break;
            case ColumnRole::Municipality: {
                draft.applicant = value.simplified();
                if (draft.applicant.isEmpty())
                    return Error(tr("The municipality is missing."), file, record.line, column);
                auto match = m_registry.match(value);
                if (!match)
                    return Error(match.error().message, file, record.line, column);
                draft.municipalityCode = match->code;
                if (!match->notice.isEmpty())
                    plan.notices << tr("Line %1: %2").arg(record.line).arg(match->notice);
                break;
            }
            case ColumnRole::Title:
                draft.title = value.simplified();
                break;
            case ColumnRole::Summary:
                draft.summary = cleanText(value);
                break;
            case ColumnRole::Contact:
                draft.contactName = value.simplified();
                break;
            case ColumnRole::Email:
                draft.contactEmail = value.trimmed();
                break;
            case ColumnRole::Submitted:
                if (!value.trimmed().isEmpty()) {
                    const auto date = Dates::parse(value);
                    if (!date) {
                        return Error(tr("“%1” is not a date; write it as 2026-05-12 or "
                                        "12 maj 2026.")
                                         .arg(value.simplified()),
                                     file, record.line, column);
                    }
                    draft.submitted = *date;
                }
                break;
            case ColumnRole::Attachments:
                for (const QString &name : attachmentNames(value)) {
                    auto attachment = readAttachment(name, dir, file, record.line, column);
                    if (!attachment)
                        return attachment.error();
                    draft.attachments << attachment.value();
                }
                break;
            case ColumnRole::Section: {
                const QString body = cleanText(value);
                if (!body.isEmpty())
                    draft.sections << Section{column.simplified(), body};
                break;
            }
            }
        }
        draft.importKey = !explicitId.isEmpty()
                              ? QStringLiteral("id:") + explicitId
                              : draft.municipalityCode + QLatin1Char('|')
                                    + Swedish::fold(draft.title.simplified());
        if (lineOfKey.contains(draft.importKey)) {
            return Error(tr("This application is the same as the one on line %1 (same %2). "
                            "Remove one of them.")
                             .arg(lineOfKey.value(draft.importKey))
                             .arg(explicitId.isEmpty() ? tr("municipality and title")
                                                       : tr("application id")),
                         file, record.line);
        }
        lineOfKey.insert(draft.importKey, record.line);
        plan.drafts << draft;
    }
    if (plan.drafts.isEmpty())
        return Error(tr("The file has a header but no applications."), file);
    return plan;
}

Result<ImportReport> ApplicationImporter::apply(const ImportPlan &plan, const Progress &progress)
{
    auto round = checkPhase();
    if (!round)
        return round.error();
    ApplicationRepository applications(m_db);
    ImportReport report;
    report.notices = plan.notices;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const int total = int(plan.drafts.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total))
            return Error(tr("The import was cancelled; nothing was imported."));
        auto outcome = applications.upsert(plan.drafts.at(i), round->uuid);
        if (!outcome)
            return outcome.error();
        switch (outcome.value()) {
        case ApplicationRepository::Outcome::Added:
            ++report.added;
            break;
        case ApplicationRepository::Outcome::Changed:
            ++report.changed;
            break;
        case ApplicationRepository::Outcome::Unchanged:
            ++report.unchanged;
            break;
        }
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    if (progress)
        progress(total, total);
    return report;
}

Result<ImportReport> ApplicationImporter::importFile(const QString &csvPath,
                                                     const QString &attachmentDir,
                                                     const QList<ColumnRole> &mapping,
                                                     const Progress &progress)
{
    auto csv = CsvReader::readFile(csvPath);
    if (!csv)
        return csv.error();
    auto plan = prepare(csv.value(), mapping, attachmentDir, progress);
    if (!plan)
        return plan.error();
    return apply(plan.value(), progress);
}
