// libFuzzer target for the return-file reader: Merger::merge of one file, inside a transaction
// that is rolled back afterwards. Inputs are return-file templates as in tests/corpus/return:
// placeholders are filled in and "{sign}" becomes juror J1's signature, so that mutations get
// past the signature to the rows. Where the merge stops before writing (its backup copy cannot
// be made inside a transaction), the file's rows also go to the row merger directly. A refusal
// must name the file and leave J1's work as it was.

#include "fuzzround.h"
#include "support/returntemplate.h"

#include "exchange/returnfile.h"
#include "exchange/worktables.h"

#include <QJsonDocument>

namespace {

void checkRefusal(const Error &error, const QString &path, const QString &before, Database &db,
                  qint64 juror)
{
    if (error.message.isEmpty() || (!path.isEmpty() && error.file != path))
        FuzzRound::violated("message", error.toString());
    if (FuzzRound::work(db, juror) != before)
        FuzzRound::violated("refused return file changed the round", error.toString());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzRound::Round &r = FuzzRound::round();
    Database &db = *r.db;
    static const QHash<QByteArray, QByteArray> placeholders = ReturnTemplate::placeholders(db);
    static const QByteArray key = ReturnTemplate::jurorKey(db);
    static const QString path = r.folder + QStringLiteral("/retur/fuzz.juryretur");
    static const QString before = FuzzRound::work(db, r.juror);
    if (placeholders.isEmpty() || key.isEmpty())
        FuzzRound::violated("set-up", QStringLiteral("no placeholders or key"));
    const QByteArray bytes = ReturnTemplate::fill(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), placeholders, key);
    FuzzRound::write(path, bytes);

    FuzzRound::rolledBack(db, [&] {
        auto results = Merger(db).merge({path});
        if (!results) {
            checkRefusal(results.error(), QString(), before, db, r.juror);
        } else if (results->size() != 1) {
            FuzzRound::violated("results", QStringLiteral("%1 for one file").arg(results->size()));
        } else if (!results->first().merged()) {
            checkRefusal(*results->first().refusal, path, before, db, r.juror);
        }
    });

    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonValue work = document.object().value(QStringLiteral("work"));
    if (!work.isObject())
        return 0;
    FuzzRound::rolledBack(db, [&] {
        const QUuid juror(QString::fromLatin1(placeholders.value("{juror}")));
        auto applied = Exchange::RowMerger(db, juror).apply(work.toObject());
        if (!applied)
            checkRefusal(applied.error(), QString(), before, db, r.juror);
    });
    return 0;
}
