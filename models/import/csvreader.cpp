#include "csvreader.h"

#include "text/textdecoding.h"

#include <QFile>

namespace {
constexpr qint64 MaxFileSize = 1024LL * 1024 * 1024;
}

QChar CsvReader::detectDelimiter(const QString &text)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == u'\n' || c == u'\r')
                break;
            if (c == u';')
                ++semicolons;
            else if (c == u',')
                ++commas;
            else if (c == u'\t')
                ++tabs;
        }
    }
    if (semicolons >= commas && semicolons >= tabs && semicolons > 0)
        return u';';
    if (tabs >= commas && tabs > 0)
        return u'\t';
    if (commas > 0)
        return u',';
    return u';';
}

Result<CsvDocument> CsvReader::parse(const QByteArray &bytes, const QString &fileName,
                                     QChar delimiter)
{
    const TextDecoding::Decoded decoded = TextDecoding::decode(bytes);
    const QString &text = decoded.text;
    if (text.contains(QChar(0)))
        return Error(tr("The file is not a text file (CSV)."), fileName);
    if (decoded.mixedEncodingLine > 0)
        return Error(tr("The file is written in UTF-8 but has characters in another encoding here, "
                        "so its å, ä and ö cannot be read. Save it again as “CSV UTF-8” and import "
                        "it again."),
                     fileName, decoded.mixedEncodingLine);

    CsvDocument document;
    document.fileName = fileName;
    document.encoding = decoded.encoding;
    document.delimiter = delimiter.isNull() ? detectDelimiter(text) : delimiter;
    const QChar sep = document.delimiter;

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    int fieldStartLine = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool afterClosingQuote = false;
    bool recordHasContent = false;
    record.line = 1;

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
        afterClosingQuote = false;
    };
    const auto endRecord = [&] {
        endField();
        if (recordHasContent)
            records.append(record);
        record = CsvRecord();
        recordHasContent = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
                    ++line;
                if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                    continue; // CRLF inside a field is one line break
                field.append(c == u'\r' ? QChar(u'\n') : c);
            }
            continue;
        }
        if (c == sep) {
            endField();
            recordHasContent = true;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            record.line = line;
            continue;
        }
        if (afterClosingQuote) {
            return Error(tr("After a closing quotation mark only a delimiter or a line break may "
                            "follow, not “%1”.")
                             .arg(c),
                         fileName, line);
        }
        if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            fieldStartLine = line;
            recordHasContent = true;
            continue;
        }
        if (!c.isSpace())
            recordHasContent = true;
        field.append(c);
    }
    if (inQuotes) {
        return Error(tr("A quoted field that starts here is never closed (a quotation mark "
                        "is missing)."),
                     fileName, fieldStartLine);
    }
    endRecord();

    if (records.isEmpty())
        return Error(tr("The file is empty: it has no header line."), fileName);
    document.header = records.takeFirst();
    document.records = std::move(records);
    return document;
}

Result<CsvDocument> CsvReader::readFile(const QString &path, QChar delimiter)
{
    QFile file(path);
    if (!file.exists())
        return Error(tr("The file does not exist."), path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("The file cannot be read: %1").arg(file.errorString()), path);
    if (file.size() > MaxFileSize)
        return Error(tr("The file is too large (more than 1 GB)."), path);
    return parse(file.readAll(), path, delimiter);
}

QString CsvReader::formatRecord(const QStringList &fields, QChar delimiter)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields) {
        const bool quote = f.contains(delimiter) || f.contains(u'"') || f.contains(u'\n')
                           || f.contains(u'\r') || f.startsWith(u' ') || f.endsWith(u' ');
        if (quote) {
            QString escaped = f;
            escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            out << u'"' + escaped + u'"';
        } else {
            out << f;
        }
    }
    return out.join(delimiter) + QStringLiteral("\r\n");
}
