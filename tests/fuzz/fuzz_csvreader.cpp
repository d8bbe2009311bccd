// libFuzzer target for CsvReader::parse. Besides the sanitizers' findings it checks that what
// was parsed survives CsvReader::formatRecord and a second parse unchanged.

#include "import/csvreader.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void violated(const QString &detail)
{
    std::fprintf(stderr, "invariant violated: %s\n", qPrintable(detail));
    std::abort();
}

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::abort();
    }
}

// Records the round trip cannot keep as they are: formatRecord writes a single empty or blank
// field as a blank line, which a reader skips.
bool roundTrips(const CsvRecord &record)
{
    return !(record.fields.size() == 1 && record.fields.first().trimmed().isEmpty());
}

bool hasSurrogates(const QString &text)
{
    for (QChar c : text) {
        if (c.isSurrogate())
            return true; // pairs and lone halves alike; the latter do not survive UTF-8
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(quietMessages);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.csv");
    auto parsed = CsvReader::parse(bytes, name);
    if (!parsed) {
        const Error &e = parsed.error();
        if (e.message.isEmpty() || e.file != name)
            violated(QStringLiteral("refused without a message naming the file: ") + e.toString());
        return 0;
    }
    const CsvDocument &doc = parsed.value();
    if (doc.header.line < 1)
        violated(QStringLiteral("header line %1").arg(doc.header.line));
    int previous = doc.header.line;
    for (const CsvRecord &record : doc.records) {
        if (record.line <= previous)
            violated(
                QStringLiteral("record on line %1 after line %2").arg(record.line).arg(previous));
        previous = record.line;
    }

    QList<CsvRecord> all = doc.records;
    all.prepend(doc.header);
    QString text;
    for (const CsvRecord &record : all) {
        if (!roundTrips(record))
            return 0;
        text += CsvReader::formatRecord(record.fields, doc.delimiter);
    }
    if (hasSurrogates(text) || text.startsWith(QChar(0xFEFF)))
        return 0;
    auto again = CsvReader::parse(text.toUtf8(), name, doc.delimiter);
    if (!again)
        violated(QStringLiteral("formatted records do not parse: ") + again.error().toString());
    QList<CsvRecord> reread = again->records;
    reread.prepend(again->header);
    if (reread.size() != all.size())
        violated(QStringLiteral("%1 records became %2").arg(all.size()).arg(reread.size()));
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (reread.at(i).fields != all.at(i).fields)
            violated(QStringLiteral("record %1 changed: [%2] became [%3]")
                         .arg(i)
                         .arg(all.at(i).fields.join(QStringLiteral("|")).left(200),
                              reread.at(i).fields.join(QStringLiteral("|")).left(200)));
    }
    return 0;
}
