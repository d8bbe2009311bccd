// libFuzzer target for the return-file reader: Merger::merge of one file, inside a transaction
// that is rolled back afterwards. Inputs are return-file templates as in tests/corpus/return:
// placeholders are filled in and "{sign}" becomes juror J1's signature, so that mutations get
// past the signature to the rows. A file stands where the merge's backup folder would be, so
// a merge that would change something stops at its backup (a copy of the round per input
// would slow fuzzing a hundredfold); the file's rows then go to the row merger directly. A
// refusal must name the file and write nothing.

#include "fuzzround.h"
#include "support/returntemplate.h"

#include "exchange/returnfile.h"
#include "exchange/worktables.h"

#include <QJsonDocument>

namespace {

// Rows written on this connection so far: a refusal must not add to them. (Reading the
// juror's work back after every input would cost more than the merge.)
qint64 changes(Database &db)
{
    auto count = db.scalar(QStringLiteral("SELECT total_changes()"));
    if (!count)
        FuzzRound::violated("total_changes", count.error().toString());
    return count.value().toLongLong();
}

void checkRefusal(const Error &error, const QString &path, qint64 before, Database &db)
{
    if (error.message.isEmpty() || (!path.isEmpty() && error.file != path))
        FuzzRound::violated("message", error.toString());
    if (changes(db) != before)
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
    static const bool ready = [&] {
        FuzzRound::write(Merger::backupFolder(db.filePath()), "not a folder");
        return !placeholders.isEmpty() && !key.isEmpty();
    }();
    if (!ready)
        FuzzRound::violated("set-up", QStringLiteral("no placeholders or key"));
    const QByteArray bytes = ReturnTemplate::fill(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), placeholders, key);
    FuzzRound::write(path, bytes);

    FuzzRound::rolledBack(db, [&] {
        const qint64 before = changes(db);
        auto results = Merger(db).merge({path});
        if (!results) {
            checkRefusal(results.error(), QString(), before, db);
        } else if (results->size() != 1) {
            FuzzRound::violated("results", QStringLiteral("%1 for one file").arg(results->size()));
        } else if (!results->first().merged()) {
            checkRefusal(*results->first().refusal, path, before, db);
        }
    });

    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonValue work = document.object().value(QStringLiteral("work"));
    if (!work.isObject())
        return 0;
    FuzzRound::rolledBack(db, [&] {
        const qint64 before = changes(db);
        const QUuid juror(QString::fromLatin1(placeholders.value("{juror}")));
        auto applied = Exchange::RowMerger(db, juror).apply(work.toObject());
        if (!applied)
            checkRefusal(applied.error(), QString(), before, db);
    });
    return 0;
}
