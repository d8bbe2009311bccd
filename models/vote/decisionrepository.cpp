#include "decisionrepository.h"

#include "ballotrepository.h"
#include "round.h"
#include "screening/screening.h"
#include "screening/workrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "text/swedish.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

int DecisionRepository::wordCount(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\w’'-]+"), QRegularExpression::UseUnicodePropertiesOption);
    int n = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

Result<std::optional<Decision>> DecisionRepository::load() const
{
    auto query = m_db.exec(QStringLiteral("SELECT d.winner_id, d.motivation, d.decision_date, d.place, "
                                          "coalesce(d.casting_juror_id, 0), coalesce(j.name, ''), d.confirmed_at, "
                                          "d.record_sha256 FROM decision d LEFT JOIN juror j ON j.id = d.casting_juror_id "
                                          "WHERE d.id = 1"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<Decision>();
    const QSqlQuery &q = query.value();
    Decision d;
    d.winnerId = q.value(0).toLongLong();
    d.motivation = q.value(1).toString();
    d.date = q.value(2).toString();
    d.place = q.value(3).toString();
    d.castingJurorId = q.value(4).toLongLong();
    d.castingJurorName = q.value(5).toString();
    d.confirmedAt = q.value(6).toString();
    d.recordSha256 = q.value(7).toString();
    return std::optional<Decision>(d);
}

Result<QHash<qint64, QString>> DecisionRepository::finalistMotivations() const
{
    auto query = m_db.exec(QStringLiteral("SELECT application_id, text FROM finalist_motivation WHERE text <> ''"));
    if (!query)
        return query.error();
    QHash<qint64, QString> all;
    while (query.value().next())
        all.insert(query.value().value(0).toLongLong(), query.value().value(1).toString());
    return all;
}

Result<void> DecisionRepository::setFinalistMotivation(qint64 applicationId, const QString &text)
{
    if (auto organiser = RoundRepository(m_db).requireOrganiserFile(tr("write motivations")); !organiser)
        return organiser;
    if (auto round = RoundRepository(m_db).requireUnlocked(tr("change motivations")); !round)
        return round.error();
    Transaction transaction(m_db);
    auto r = m_db.exec(QStringLiteral("INSERT INTO finalist_motivation (application_id, text) VALUES (?, ?) "
                                      "ON CONFLICT (application_id) DO UPDATE SET text = excluded.text"),
                       {applicationId, text.trimmed()});
    if (!r)
        return r.error();
    m_db.notifyChanged(Database::Topic::Round);
    return transaction.commit();
}

Result<Decision> DecisionRepository::decide(std::optional<qint64> winner, const QString &motivation,
                                            const QString &date, const QString &place)
{
    if (auto organiser = RoundRepository(m_db).requireOrganiserFile(tr("record the decision")); !organiser)
        return organiser.error();
    if (auto round = RoundRepository(m_db).requirePhase({Phase::Vote}, tr("record the decision")); !round)
        return round.error();
    if (motivation.trimmed().isEmpty())
        return Error(tr("The decision needs the jury's motivation."));
    const QString day = date.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : date;
    if (!QDate::fromString(day, Qt::ISODate).isValid())
        return Error(tr("“%1” is not a date; write it as 2026-05-12.").arg(date));
    auto vote = VoteResult::count(m_db);
    if (!vote)
        return vote.error();
    if (vote->ballots == 0)
        return Error(tr("No juror has ranked the finalists yet."));
    const QList<qint64> winners = vote->tally.winners();
    const auto names = [&](const QList<qint64> &ids) {
        QStringList list;
        for (qint64 id : ids)
            list << vote->municipality.value(id);
        return list.join(tr(" and "));
    };
    qint64 chosen = 0;
    qint64 casting = 0;
    if (winners.size() == 1) {
        chosen = winners.first();
        if (winner && *winner != chosen)
            return Error(tr("The vote's winner is %1; another winner can only be chosen by the chair "
                            "when the vote ties for first place.")
                             .arg(vote->municipality.value(chosen)));
    } else {
        if (!winner)
            return Error(tr("The vote ties for first place between %1. The chair's casting vote decides: "
                            "choose the winner among them.")
                             .arg(names(winners)));
        if (!winners.contains(*winner))
            return Error(tr("In a tie the chair chooses among %1.").arg(names(winners)));
        auto jurors = JurorRepository(m_db).list();
        if (!jurors)
            return jurors.error();
        const auto chair = std::find_if(jurors->cbegin(), jurors->cend(), [](const Juror &j) { return j.chair; });
        if (chair == jurors->cend())
            return Error(tr("The vote ties for first place, and the jury has no chair to give the casting vote. "
                            "Mark the chair in the round's settings."));
        auto conflicted = WorkRepository(m_db).conflict(chair->id, *winner);
        if (!conflicted)
            return conflicted.error();
        if (conflicted.value())
            return Error(tr("The chair has a conflict of interest on %1 and cannot give the casting vote for it.")
                             .arg(vote->municipality.value(*winner)));
        chosen = *winner;
        casting = chair->id;
    }

    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto stored = m_db.exec(QStringLiteral("INSERT INTO decision (id, winner_id, motivation, decision_date, place, "
                                           "casting_juror_id, confirmed_at) VALUES (1, ?, ?, ?, ?, ?, ?) "
                                           "ON CONFLICT (id) DO UPDATE SET winner_id = excluded.winner_id, "
                                           "motivation = excluded.motivation, decision_date = excluded.decision_date, "
                                           "place = excluded.place, casting_juror_id = excluded.casting_juror_id, "
                                           "confirmed_at = excluded.confirmed_at"),
                            {chosen, motivation.trimmed(), day, place.trimmed(),
                             casting ? QVariant(casting) : QVariant(), workTimestamp()});
    if (!stored)
        return stored.error();
    // Locked from here on: every change checks the phase.
    if (auto r = m_db.exec(QStringLiteral("UPDATE round SET phase = 'decided'")); !r)
        return r.error();
    auto bytes = record();
    if (!bytes)
        return bytes.error();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256).toHex());
    if (auto r = m_db.exec(QStringLiteral("UPDATE decision SET record_sha256 = ?"), {sha}); !r)
        return r.error();
    m_db.notifyChanged(Database::Topic::Round);
    m_db.notifyChanged(Database::Topic::Work);
    if (auto r = transaction.commit(); !r)
        return r.error();
    auto decision = load();
    if (!decision)
        return decision.error();
    return *decision.value();
}

Result<QByteArray> DecisionRepository::record() const
{
    auto round = RoundRepository(m_db).load();
    auto decision = load();
    auto vote = VoteResult::count(m_db);
    auto jurors = JurorRepository(m_db).list();
    auto motivations = finalistMotivations();
    auto conflicts = WorkRepository(m_db).allConflicts();
    if (!round || !decision || !vote || !jurors || !motivations || !conflicts)
        return Error(tr("The decision record could not be read."));
    if (!decision.value())
        return Error(tr("No decision has been recorded."));
    const Decision &d = *decision.value();
    QJsonArray finalists;
    QList<qint64> byName = vote->finalists;
    std::sort(byName.begin(), byName.end(), [&](qint64 a, qint64 b) {
        return Swedish::compare(vote->municipality.value(a), vote->municipality.value(b)) < 0;
    });
    for (qint64 id : byName)
        finalists.append(QJsonObject{{QStringLiteral("id"), uuidText(vote->uuid.value(id))},
                                     {QStringLiteral("municipality"), vote->municipality.value(id)},
                                     {QStringLiteral("motivation"), motivations->value(id)}});
    QJsonArray jury;
    QHash<qint64, QString> jurorNames;
    for (const Juror &j : jurors.value()) {
        jurorNames.insert(j.id, j.name);
        jury.append(QJsonObject{{QStringLiteral("name"), j.name},
                                {QStringLiteral("organisation"), j.organisation},
                                {QStringLiteral("chair"), j.chair}});
    }
    QJsonArray recusals;
    for (const Conflict &k : conflicts.value())
        recusals.append(QJsonObject{{QStringLiteral("juror"), k.jurorName},
                                    {QStringLiteral("application"), vote->municipality.value(k.applicationId)}});
    QJsonArray ranking;
    for (const QList<qint64> &group : vote->tally.ranking) {
        QJsonArray ids;
        for (qint64 id : group)
            ids.append(uuidText(vote->uuid.value(id)));
        ranking.append(ids);
    }
    const QJsonObject record{
        {QStringLiteral("round"), uuidText(round->uuid)},
        {QStringLiteral("award"), round->settings.award},
        {QStringLiteral("year"), round->settings.year},
        {QStringLiteral("prize"), round->settings.prizeSek},
        {QStringLiteral("winner"), uuidText(vote->uuid.value(d.winnerId))},
        {QStringLiteral("winner_municipality"), vote->municipality.value(d.winnerId)},
        {QStringLiteral("motivation"), d.motivation},
        {QStringLiteral("date"), d.date},
        {QStringLiteral("place"), d.place},
        {QStringLiteral("casting_vote"), d.castingJurorName},
        {QStringLiteral("finalists"), finalists},
        {QStringLiteral("jury"), jury},
        {QStringLiteral("recusals"), recusals},
        {QStringLiteral("ranking"), ranking},
    };
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}
