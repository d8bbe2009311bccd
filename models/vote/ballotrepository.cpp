#include "ballotrepository.h"

#include "round.h"
#include "screening/leaderboard.h"
#include "screening/screening.h"
#include "screening/finalistrepository.h"
#include "storage/database.h"
#include "storage/roundrepository.h"
#include "text/swedish.h"

#include <QSet>
#include <QSqlQuery>

#include <cmath>

Result<QHash<qint64, int>> BallotRepository::ranks(qint64 jurorId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT application_id, rank FROM ballot WHERE juror_id = ? "
                                          "AND rank IS NOT NULL"),
                           {jurorId});
    if (!query)
        return query.error();
    QHash<qint64, int> ranks;
    while (query.value().next())
        ranks.insert(query.value().value(0).toLongLong(), query.value().value(1).toInt());
    return ranks;
}

Result<QList<BallotChoice>> BallotRepository::choices(qint64 jurorId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT a.id, m.name, a.title, "
                                          "(SELECT count(*) FROM conflict k WHERE k.juror_id = ? "
                                          "AND k.application_id = a.id AND k.withdrawn = 0), "
                                          "(SELECT b.rank FROM ballot b WHERE b.juror_id = ? "
                                          "AND b.application_id = a.id) "
                                          "FROM application a JOIN municipality m ON m.code = a.municipality_code "
                                          "WHERE a.status = 'finalist'"),
                           {jurorId, jurorId});
    if (!query)
        return query.error();
    QList<BallotChoice> choices;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        BallotChoice c;
        c.applicationId = q.value(0).toLongLong();
        c.municipality = q.value(1).toString();
        c.title = q.value(2).toString();
        c.conflicted = q.value(3).toInt() > 0;
        // A rank stored before the conflict was declared does not count (nor does the tally).
        if (!c.conflicted && !q.value(4).isNull() && q.value(4).toInt() >= 1)
            c.rank = q.value(4).toInt();
        choices << c;
    }
    std::sort(choices.begin(), choices.end(), [](const BallotChoice &a, const BallotChoice &b) {
        if (const int c = Swedish::compare(a.municipality, b.municipality); c != 0)
            return c < 0;
        if (const int c = Swedish::compare(a.title, b.title); c != 0)
            return c < 0;
        return a.applicationId < b.applicationId;
    });
    return choices;
}

Result<void> BallotRepository::setRanks(qint64 jurorId, const QHash<qint64, std::optional<int>> &ranks)
{
    if (auto round = RoundRepository(m_db).requirePhase({Phase::Vote}, tr("vote")); !round)
        return round.error();
    auto owner = RoundRepository(m_db).packageJuror();
    if (!owner)
        return owner.error();
    if (owner.value() != 0 && owner.value() != jurorId)
        return Error(tr("This package belongs to another juror; only their own ballot can change in it."));
    auto juror = m_db.scalar(QStringLiteral("SELECT uuid FROM juror WHERE id = ?"), {jurorId});
    if (!juror)
        return juror.error();
    if (juror.value().isNull())
        return Error(tr("The juror no longer exists."));
    auto finalists = m_db.exec(QStringLiteral("SELECT a.id, a.uuid, m.name, (SELECT count(*) FROM conflict k "
                                              "WHERE k.juror_id = ? AND k.application_id = a.id AND k.withdrawn = 0) "
                                              "FROM application a JOIN municipality m ON m.code = a.municipality_code "
                                              "WHERE a.status = 'finalist'"),
                               {jurorId});
    if (!finalists)
        return finalists.error();
    struct Finalist
    {
        QUuid uuid;
        QString name;
        bool conflicted;
    };
    QHash<qint64, Finalist> known;
    while (finalists.value().next()) {
        const QSqlQuery &q = finalists.value();
        known.insert(q.value(0).toLongLong(), {QUuid(q.value(1).toString()), q.value(2).toString(), q.value(3).toInt() > 0});
    }
    for (auto it = ranks.cbegin(); it != ranks.cend(); ++it) {
        const auto finalist = known.constFind(it.key());
        if (finalist == known.cend())
            return Error(tr("Only finalists can be ranked."));
        if (it.value() && *it.value() < 1)
            return Error(tr("Ranks start at 1 (the best)."));
        if (it.value() && finalist->conflicted)
            return Error(tr("A juror with a conflict of interest on %1 cannot rank it.").arg(finalist->name));
    }
    auto current = this->ranks(jurorId);
    if (!current)
        return current.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    bool changed = false;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        const std::optional<int> wanted = ranks.value(it.key());
        const std::optional<int> had = current->contains(it.key()) ? std::optional<int>(current->value(it.key()))
                                                                   : std::nullopt;
        if (wanted == had)
            continue;
        auto existing = m_db.scalar(QStringLiteral("SELECT count(*) FROM ballot WHERE juror_id = ? AND application_id = ?"),
                                    {jurorId, it.key()});
        if (!existing)
            return existing.error();
        if (!wanted && existing.value().toInt() == 0)
            continue;
        auto r = m_db.exec(QStringLiteral("INSERT INTO ballot (uuid, juror_id, application_id, rank, version, updated_at) "
                                          "VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (juror_id, application_id) DO UPDATE "
                                          "SET rank = excluded.rank, version = ballot.version + 1, "
                                          "updated_at = excluded.updated_at"),
                           {uuidText(WorkIds::ballot(QUuid(juror.value().toString()), it->uuid)), jurorId, it.key(),
                            wanted ? QVariant(*wanted) : QVariant(), workTimestamp()});
        if (!r)
            return r.error();
        changed = true;
    }
    if (changed)
        m_db.notifyChanged(Database::Topic::Work);
    return transaction.commit();
}

Result<QList<Ballot>> BallotRepository::ballots() const
{
    QHash<qint64, Ballot> byJuror;
    auto query = m_db.exec(QStringLiteral("SELECT juror_id, application_id, rank FROM ballot WHERE rank IS NOT NULL"));
    if (!query)
        return query.error();
    while (query.value().next()) {
        Ballot &b = byJuror[query.value().value(0).toLongLong()];
        b.jurorId = query.value().value(0).toLongLong();
        b.ranks.insert(query.value().value(1).toLongLong(), query.value().value(2).toInt());
    }
    auto conflicts = m_db.exec(QStringLiteral("SELECT juror_id, application_id FROM conflict WHERE withdrawn = 0"));
    if (!conflicts)
        return conflicts.error();
    while (conflicts.value().next()) {
        const qint64 juror = conflicts.value().value(0).toLongLong();
        if (byJuror.contains(juror))
            byJuror[juror].conflicts.insert(conflicts.value().value(1).toLongLong());
    }
    QList<Ballot> list = byJuror.values();
    std::sort(list.begin(), list.end(), [](const Ballot &a, const Ballot &b) { return a.jurorId < b.jurorId; });
    return list;
}

Result<VoteResult> VoteResult::count(Database &db)
{
    VoteResult result;
    auto board = Leaderboard::load(db);
    if (!board)
        return board.error();
    for (const LeaderboardEntry &e : board->entries) {
        result.municipality.insert(e.applicationId, e.municipality);
        result.uuid.insert(e.applicationId, e.uuid);
    }
    auto finalists = FinalistRepository(db).finalistIds();
    if (!finalists)
        return finalists.error();
    const QSet<qint64> set = finalists.value();
    for (const LeaderboardEntry &e : board->entries) {
        if (set.contains(e.applicationId))
            result.finalists << e.applicationId;
    }
    auto ballots = BallotRepository(db).ballots();
    if (!ballots)
        return ballots.error();
    result.tally = Tally::count(result.finalists, ballots.value());
    for (const Ballot &b : ballots.value()) {
        bool ranked = false;
        for (auto it = b.ranks.cbegin(); it != b.ranks.cend(); ++it)
            ranked = ranked || (set.contains(it.key()) && !b.conflicts.contains(it.key()) && it.value() >= 1);
        result.ballots += ranked;
    }
    // The screening's best among the finalists, ties included.
    const auto scoreOf = [&](qint64 id) {
        const LeaderboardEntry *e = board->entry(id);
        return e && e->score ? *e->score : -1e9;
    };
    for (qint64 id : result.finalists) {
        if (result.screeningWinners.isEmpty()
            || std::abs(scoreOf(id) - scoreOf(result.screeningWinners.first())) < 1e-9)
            result.screeningWinners << id;
    }
    if (result.ballots > 0) {
        QList<qint64> schulze = result.tally.winners();
        QList<qint64> screening = result.screeningWinners;
        std::sort(schulze.begin(), schulze.end());
        std::sort(screening.begin(), screening.end());
        result.disagreement = result.tally.methodsDisagree() || schulze != screening;
    }
    return result;
}
