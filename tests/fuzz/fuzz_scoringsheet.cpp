// libFuzzer target for ScoringSheet::importSheet (juror J1), inside a transaction that is
// rolled back afterwards. The corpus's placeholders {lund}, {umea}, … are replaced by the
// applications' ids, so that mutations of real sheets reach the checks behind the id lookup.
// A refusal must name the file and leave the juror's work as it was.

#include "fuzzround.h"

#include "screening/scoringsheet.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzRound::Round &r = FuzzRound::round();
    Database &db = *r.db;
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (auto it = r.ids.cbegin(); it != r.ids.cend(); ++it)
        bytes.replace(it.key(), it.value());
    const QString name = QStringLiteral("/fuzz/bedomning.csv");
    static const QString before = FuzzRound::work(db, r.juror);

    FuzzRound::rolledBack(db, [&] {
        auto report = ScoringSheet::importSheet(db, r.juror, bytes, name);
        if (report)
            return;
        const Error &error = report.error();
        if (error.message.isEmpty() || error.file != name)
            FuzzRound::violated("message", error.toString());
        if (FuzzRound::work(db, r.juror) != before)
            FuzzRound::violated("refused sheet changed the round", error.toString());
    });
    return 0;
}
