#include "finalistrepository.h"

#include "leaderboard.h"
#include "round.h"
#include "screening.h"
#include "storage/database.h"
#include "storage/roundrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

QString uuidList(const QList<QUuid> &uuids)
{
    QJsonArray array;
    for (const QUuid &uuid : uuids)
        array.append(uuidText(uuid));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QUuid> parseUuidList(const QString &json)
{
    QList<QUuid> uuids;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        uuids << QUuid(v.toString());
    return uuids;
}

} // namespace

bool FinalistChoice::followsSuggestion() const
{
    return QSet<QUuid>(suggested.cbegin(), suggested.cend())
           == QSet<QUuid>(chosen.cbegin(), chosen.cend());
}

Result<QSet<qint64>> FinalistRepository::finalistIds() const
{
    auto query = m_db.exec(QStringLiteral("SELECT id FROM application WHERE status = 'finalist'"));
    if (!query)
        return query.error();
    QSet<qint64> ids;
    while (query.value().next())
        ids.insert(query.value().value(0).toLongLong());
    return ids;
}

Result<std::optional<FinalistChoice>> FinalistRepository::load() const
{
    auto query = m_db.exec(QStringLiteral("SELECT suggested, chosen, reason, chosen_at "
                                          "FROM finalist_choice WHERE id = 1"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<FinalistChoice>();
    FinalistChoice choice;
    choice.suggested = parseUuidList(query.value().value(0).toString());
    choice.chosen = parseUuidList(query.value().value(1).toString());
    choice.reason = query.value().value(2).toString();
    choice.chosenAt = query.value().value(3).toString();
    return std::optional<FinalistChoice>(choice);
}

Result<QList<qint64>> FinalistRepository::suggestion() const
{
    auto round = RoundRepository(m_db).load();
    if (!round)
        return round.error();
    auto board = Leaderboard::load(m_db);
    if (!board)
        return board.error();
    return board->suggestion(round->settings.finalistCount);
}

Result<FinalistChoice> FinalistRepository::choose(QList<qint64> applicationIds,
                                                  const QString &reason)
{
    if (auto organiser = RoundRepository(m_db).requireOrganiserFile(tr("choose the finalists"));
        !organiser)
        return organiser.error();
    auto round = RoundRepository(m_db).requirePhase({Phase::Screening, Phase::Followup},
                                                    tr("choose the finalists"));
    if (!round)
        return round.error();
    auto board = Leaderboard::load(m_db);
    if (!board)
        return board.error();
    const int wanted = std::min(round->settings.finalistCount, int(board->entries.size()));
    const QList<qint64> suggested = board->suggestion(round->settings.finalistCount);
    if (applicationIds.isEmpty()) {
        if (suggested.isEmpty())
            return Error(tr("There is no suggestion yet: no application has been scored."));
        applicationIds = suggested;
    }
    const QSet<qint64> chosenSet(applicationIds.cbegin(), applicationIds.cend());
    if (chosenSet.size() != applicationIds.size())
        return Error(tr("The same application is chosen twice."));
    for (qint64 id : applicationIds) {
        if (!board->entry(id))
            return Error(tr("An application chosen as finalist is not in this round."));
    }
    const bool shortSuggestion = suggested.size() < wanted
                                 && chosenSet == QSet<qint64>(suggested.cbegin(), suggested.cend());
    if (applicationIds.size() != wanted && !shortSuggestion)
        return Error(tr("The round has %n finalist(s); %1 were chosen. Change the number of "
                        "finalists in the round's settings to choose another number.",
                        nullptr, wanted)
                         .arg(applicationIds.size()));
    const bool deviates = chosenSet != QSet<qint64>(suggested.cbegin(), suggested.cend());
    if (deviates && reason.trimmed().isEmpty())
        return Error(tr("The choice differs from the suggestion (the %n highest scored), so "
                        "it needs a written reason.",
                        nullptr, int(suggested.size())));

    FinalistChoice choice;
    for (const LeaderboardEntry &e : board->entries) {
        if (chosenSet.contains(e.applicationId))
            choice.chosen << e.uuid;
    }
    for (qint64 id : suggested)
        choice.suggested << board->entry(id)->uuid;
    choice.reason = reason.trimmed();
    choice.chosenAt = workTimestamp();

    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto stored = m_db.exec(QStringLiteral("INSERT INTO finalist_choice (id, suggested, chosen, "
                                           "reason, chosen_at) VALUES (1, ?, ?, ?, ?) "
                                           "ON CONFLICT (id) DO UPDATE SET suggested = excluded.suggested, "
                                           "chosen = excluded.chosen, reason = excluded.reason, "
                                           "chosen_at = excluded.chosen_at"),
                            {uuidList(choice.suggested), uuidList(choice.chosen), choice.reason,
                             choice.chosenAt});
    if (!stored)
        return stored.error();
    if (auto r = m_db.exec(QStringLiteral("UPDATE application SET status = 'not_advanced'")); !r)
        return r.error();
    for (qint64 id : applicationIds) {
        auto r = m_db.exec(QStringLiteral("UPDATE application SET status = 'finalist' WHERE id = ?"),
                           {id});
        if (!r)
            return r.error();
    }
    m_db.notifyChanged(Database::Topic::Applications);
    m_db.notifyChanged(Database::Topic::Round);
    if (auto r = transaction.commit(); !r)
        return r.error();
    return choice;
}
