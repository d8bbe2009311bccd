// libFuzzer target for ScoringSheet::importSheet (juror J1), inside a transaction that is
// rolled back afterwards. The corpus's placeholders {lund}, {umea}, … are replaced by the
// applications' ids, so that mutations of real sheets reach the checks behind the id lookup.
// A refusal must name the file and leave the juror's work as it was.

#include "fuzzround.h"

#include "screening/scoringsheet.h"
#include "screening/workrepository.h"
#include "storage/applicationrepository.h"

namespace {

// J1's scores, recommendations, conflicts and comments, with their versions.
QString work(Database &db, qint64 juror)
{
    WorkRepository repository(db);
    QStringList lines;
    auto rows = ApplicationRepository(db).rows();
    if (!rows)
        FuzzRound::violated("rows", rows.error().toString());
    for (const ApplicationRow &a : rows.value()) {
        auto scores = repository.scores(juror, a.id);
        auto recommendation = repository.recommendation(juror, a.id);
        auto conflict = repository.conflict(juror, a.id);
        auto comments = repository.comments(Viewer::juror(juror), a.id);
        if (!scores || !recommendation || !conflict || !comments)
            FuzzRound::violated("work", QStringLiteral("cannot read the juror's work"));
        for (const Score &s : scores.value())
            lines << QStringLiteral("s %1 %2 %3")
                         .arg(uuidText(s.uuid))
                         .arg(s.value.value_or(-1))
                         .arg(s.version);
        lines << QStringLiteral("r %1 %2").arg(a.id).arg(
            recommendation.value() ? int(*recommendation.value()) : -1);
        lines << QStringLiteral("k %1 %2").arg(a.id).arg(conflict.value() ? conflict.value()->reason
                                                                          : QString());
        for (const Comment &c : comments.value())
            lines << QStringLiteral("c %1 %2 %3").arg(uuidText(c.uuid)).arg(c.version).arg(c.body);
    }
    lines.sort();
    return lines.join(u'\n');
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzRound::round();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzRound::Round &r = FuzzRound::round();
    Database &db = *r.db;
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (auto it = r.ids.cbegin(); it != r.ids.cend(); ++it)
        bytes.replace(it.key(), it.value());
    const QString name = QStringLiteral("/fuzz/bedomning.csv");
    static const QString before = work(db, r.juror);

    if (auto begun = db.begin(); !begun)
        FuzzRound::violated("begin", begun.error().toString());
    auto report = ScoringSheet::importSheet(db, r.juror, bytes, name);
    if (!report) {
        const Error &error = report.error();
        if (error.message.isEmpty() || error.file != name)
            FuzzRound::violated("message", error.toString());
        if (work(db, r.juror) != before)
            FuzzRound::violated("refused sheet changed the round", error.toString());
    }
    db.rollback();
    return 0;
}
