#include "returntemplate.h"

#include "exchange/returnfile.h"
#include "screening/screening.h"
#include "storage/applicationrepository.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace ReturnTemplate {

namespace {

QByteArray text(const QUuid &uuid)
{
    return uuidText(uuid).toLatin1();
}

const QHash<QString, QByteArray> &applicationKeys()
{
    static const QHash<QString, QByteArray> keys = {{QStringLiteral("Lund"), "lund"},
                                                    {QStringLiteral("Umeå"), "umea"},
                                                    {QStringLiteral("Kiruna"), "kiruna"},
                                                    {QStringLiteral("Åre"), "are"},
                                                    {QStringLiteral("Malmö"), "malmo"}};
    return keys;
}

} // namespace

QHash<QByteArray, QByteArray> placeholders(Database &db)
{
    auto round = RoundRepository(db).load();
    auto jurors = JurorRepository(db).list();
    auto criteria = CriterionRepository(db).list();
    auto applications = ApplicationRepository(db).rows();
    if (!round || !jurors || jurors->size() < 2 || !criteria || !applications)
        return {};
    const QUuid j1 = jurors->at(0).uuid;
    const QUuid j2 = jurors->at(1).uuid;
    QHash<QByteArray, QByteArray> result
        = {{"{round}", text(round->uuid)}, {"{juror}", text(j1)}, {"{juror2}", text(j2)}};
    for (qsizetype c = 0; c < criteria->size(); ++c)
        result.insert("{c" + QByteArray::number(c + 1) + '}', text(criteria->at(c).uuid));
    for (const ApplicationRow &a : applications.value()) {
        const QByteArray key = applicationKeys().value(a.municipality);
        if (key.isEmpty())
            continue;
        result.insert('{' + key + '}', text(a.uuid));
        result.insert("{recommendation-" + key + '}', text(WorkIds::recommendation(j1, a.uuid)));
        result.insert("{conflict-" + key + '}', text(WorkIds::conflict(j1, a.uuid)));
        result.insert("{ballot-" + key + '}', text(WorkIds::ballot(j1, a.uuid)));
        for (qsizetype c = 0; c < criteria->size(); ++c) {
            const QByteArray suffix = key + "-c" + QByteArray::number(c + 1) + '}';
            const QUuid criterion = criteria->at(c).uuid;
            result.insert("{score-" + suffix, text(WorkIds::score(j1, a.uuid, criterion)));
            result.insert("{score2-" + suffix, text(WorkIds::score(j2, a.uuid, criterion)));
        }
    }
    return result;
}

QByteArray fill(const QByteArray &bytes, const QHash<QByteArray, QByteArray> &placeholders,
                const QByteArray &key)
{
    QByteArray filled = bytes;
    if (!filled.contains('{'))
        return filled;
    for (auto it = placeholders.cbegin(); it != placeholders.cend(); ++it)
        filled.replace(it.key(), it.value());
    if (!filled.contains("{sign}"))
        return filled;
    const QJsonDocument document = QJsonDocument::fromJson(filled);
    if (!document.isObject())
        return filled;
    QJsonObject object = document.object();
    object.remove(QStringLiteral("hmac"));
    const QByteArray signature = QMessageAuthenticationCode::hash(ReturnFile::canonical(object),
                                                                  key, QCryptographicHash::Sha256);
    return filled.replace("{sign}", signature.toHex());
}

QByteArray jurorKey(Database &db)
{
    auto jurors = JurorRepository(db).list();
    if (!jurors || jurors->isEmpty())
        return {};
    auto key = db.scalar(QStringLiteral("SELECT secret_key FROM juror WHERE id = ?"),
                         {jurors->first().id});
    return key ? key.value().toByteArray() : QByteArray();
}

} // namespace ReturnTemplate
