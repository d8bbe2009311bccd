#pragma once

#include "result.h"

#include <QList>
#include <QStringList>

/// One record of a CSV file and the line it starts on (fields may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// A decoded CSV file: its header and data records, and how it was written.
struct CsvDocument
{
    QString fileName;
    QString encoding;
    QChar delimiter;
    CsvRecord header;
    QList<CsvRecord> records;
};

/// RFC 4180 CSV as web forms and Swedish Excel write it: UTF-8 with or without BOM or
/// Windows-1252; `;`, `,` or tab, detected from the header line; quoted fields with doubled
/// quotes, delimiters and line breaks; CRLF or LF. Blank lines are skipped.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// Parses @p bytes; @p fileName is only for messages. A null @p delimiter means detect.
    static Result<CsvDocument> parse(const QByteArray &bytes, const QString &fileName,
                                     QChar delimiter = {});
    /// Reads and parses a file.
    static Result<CsvDocument> readFile(const QString &path, QChar delimiter = {});

    /// The delimiter the first line uses most (outside quotes): ';', '\t' or ','.
    static QChar detectDelimiter(const QString &text);

    /// Writes one record, quoting where needed, terminated by CRLF.
    static QString formatRecord(const QStringList &fields, QChar delimiter);
};
