// libFuzzer target for the application import: parse, check every row and attachment
// (prepare) and write (apply), inside a transaction that is rolled back afterwards. A refusal
// must name the file and leave the round's applications as they were.

#include "fuzzround.h"

#include "import/applicationimporter.h"
#include "reference/municipalityregistry.h"
#include "storage/applicationrepository.h"

namespace {

// The applications as the organiser sees them: enough to notice a half-written import.
QString applications(Database &db)
{
    QStringList rows;
    auto list = ApplicationRepository(db).rows();
    if (!list)
        FuzzRound::violated("rows", list.error().toString());
    for (const ApplicationRow &row : list.value())
        rows << uuidText(row.uuid) + u' ' + row.municipalityCode + u' ' + row.title;
    return rows.join(u'\n');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzRound::Round &r = FuzzRound::round();
    Database &db = *r.db;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("/fuzz/ansokningar.csv");
    static const QString before = applications(db);

    FuzzRound::rolledBack(db, [&] {
        ApplicationImporter importer(db, MunicipalityRegistry::builtIn());
        Error error;
        auto csv = CsvReader::parse(bytes, name);
        if (!csv) {
            error = csv.error();
        } else if (auto plan = importer.prepare(csv.value(), {}, r.attachments); !plan) {
            error = plan.error();
        } else if (auto report = importer.apply(plan.value()); !report) {
            // apply's errors come from the round file, not from the CSV: there should be none.
            FuzzRound::violated("apply", report.error().toString());
        } else {
            if (report->total() != plan->drafts.size())
                FuzzRound::violated("report", report->describe());
            return;
        }
        if (error.message.isEmpty() || error.file != name)
            FuzzRound::violated("message", error.toString());
        if (applications(db) != before)
            FuzzRound::violated("refused import changed the round", error.toString());
    });
    return 0;
}
