#include "leaderboard.h"

#include "reference/municipalityregistry.h"
#include "storage/database.h"
#include "storage/rowreader.h"
#include "text/swedish.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace {

// Scores are means of small integers; equal means may differ in the last bits.
constexpr double Epsilon = 1e-9;

struct Stats
{
    double mean = 0;
    double deviation = 0; // population standard deviation
};

Stats stats(const QList<double> &values)
{
    Stats s;
    if (values.isEmpty())
        return s;
    for (double v : values)
        s.mean += v;
    s.mean /= values.size();
    double squares = 0;
    for (double v : values)
        squares += (v - s.mean) * (v - s.mean);
    s.deviation = std::sqrt(squares / values.size());
    return s;
}

} // namespace

Leaderboard Leaderboard::compute(LeaderboardInput input)
{
    Leaderboard board;
    board.scaleMin = input.scaleMin;
    board.scaleMax = input.scaleMax;
    board.entries.reserve(input.applications.size());

    QHash<qint64, Stats> jurorStats;
    for (auto it = input.scoresByJuror.cbegin(); it != input.scoresByJuror.cend(); ++it)
        jurorStats.insert(it.key(), stats(it.value()));
    input.scoresByJuror = {};

    const double width = input.scaleMax - input.scaleMin;
    for (const auto &application : input.applications) {
        LeaderboardEntry e;
        e.applicationId = application.id;
        e.uuid = application.uuid;
        e.municipality = application.municipality;
        e.title = application.title;
        e.group = application.group;
        e.population = application.population;
        e.populationClass = MunicipalityRegistry::populationClass(application.population);
        const auto votes = input.recommendations.value(application.id);
        e.yes = votes.yes;
        e.maybe = votes.maybe;
        e.no = votes.no;

        // Moved out, so that a large round holds each juror's scores once.
        QList<QPair<qint64, double>> scores = input.scoresByApplication.take(application.id);
        std::sort(scores.begin(), scores.end());
        e.jurorScores = scores;
        e.jurorsScored = int(scores.size());
        if (!scores.isEmpty()) {
            QList<double> values, zs;
            for (const auto &[juror, score] : scores) {
                values << score;
                const Stats js = jurorStats.value(juror);
                zs << (js.deviation > Epsilon ? (score - js.mean) / js.deviation : 0.0);
            }
            const Stats own = stats(values);
            e.score = own.mean;
            if (input.whole) // z-scores need each juror's scores on every application
                e.normalizedScore = stats(zs).mean;
            e.spread = own.deviation;
            const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
            e.discuss = values.size() >= 2 && width > 0 && (*hi - *lo) >= 0.4 * width - Epsilon;
        }
        board.entries << e;
    }

    // Swedish order breaks ties between equal scores: keys once per municipality, and for
    // titles only where two entries of one municipality tie.
    QHash<QString, QString> municipalityKeys;
    for (const auto &e : std::as_const(board.entries)) {
        if (!municipalityKeys.contains(e.municipality))
            municipalityKeys.insert(e.municipality, Swedish::sortKey(e.municipality));
    }
    QHash<qint64, QString> titleKeys;
    const auto titleKey = [&titleKeys](const LeaderboardEntry &e) {
        auto it = titleKeys.constFind(e.applicationId);
        if (it == titleKeys.constEnd())
            it = titleKeys.insert(e.applicationId, Swedish::sortKey(e.title));
        return *it;
    };
    std::sort(board.entries.begin(), board.entries.end(),
              [&](const LeaderboardEntry &a, const LeaderboardEntry &b) {
                  if (a.score.has_value() != b.score.has_value())
                      return a.score.has_value();
                  if (a.score && std::abs(*a.score - *b.score) > Epsilon)
                      return *a.score > *b.score;
                  if (a.yes != b.yes)
                      return a.yes > b.yes;
                  const int m = municipalityKeys.value(a.municipality)
                                    .compare(municipalityKeys.value(b.municipality));
                  if (m != 0)
                      return m < 0;
                  const int t = titleKey(a).compare(titleKey(b));
                  if (t != 0)
                      return t < 0;
                  return a.applicationId < b.applicationId;
              });
    board.indexById.reserve(board.entries.size());
    for (int i = 0; i < board.entries.size(); ++i)
        board.indexById.insert(board.entries.at(i).applicationId, i);

    int rank = 0;
    QHash<QString, int> groupRanks;
    QHash<int, int> classRanks;
    for (LeaderboardEntry &e : board.entries) {
        if (!e.score || !input.whole)
            continue;
        e.rank = ++rank;
        e.groupRank = ++groupRanks[e.group];
        e.populationClassRank = ++classRanks[e.populationClass];
    }
    return board;
}

QList<qint64> Leaderboard::suggestion(int count) const
{
    QList<qint64> ids;
    for (const LeaderboardEntry &e : entries) {
        if (ids.size() >= count || !e.score)
            break;
        ids << e.applicationId;
    }
    return ids;
}

const LeaderboardEntry *Leaderboard::entry(qint64 applicationId) const
{
    const auto it = indexById.constFind(applicationId);
    return it == indexById.constEnd() ? nullptr : &entries.at(*it);
}

Result<Leaderboard> Leaderboard::load(Database &db)
{
    return load(db, nullptr);
}

Result<Leaderboard> Leaderboard::loadOnly(Database &db, const QSet<qint64> &ids)
{
    return load(db, &ids);
}

Result<Leaderboard> Leaderboard::load(Database &db, const QSet<qint64> *only)
{
    LeaderboardInput input;
    input.whole = only == nullptr;
    // Row ids are numbers: written into the statements as they are.
    QString among;
    if (only) {
        QStringList ids;
        for (qint64 id : *only)
            ids << QString::number(id);
        among = QStringLiteral(" IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    auto scale = db.exec(QStringLiteral("SELECT min(scale_min), max(scale_max) FROM criterion"));
    if (!scale)
        return scale.error();
    if (scale.value().next() && !scale.value().value(0).isNull()) {
        input.scaleMin = scale.value().value(0).toDouble();
        input.scaleMax = scale.value().value(1).toDouble();
    }

    RowReader applications(db, QStringLiteral(
        "SELECT a.id, a.uuid, m.name, a.title, m.municipality_group, m.population "
        "FROM application a JOIN municipality m ON m.code = a.municipality_code")
        + (only ? QStringLiteral(" WHERE a.id") + among : QString()));
    // Municipality names and groups repeat: every entry shares one copy of each.
    QSet<QString> shared;
    const auto intern = [&shared](const QString &text) { return *shared.insert(text); };
    while (applications.next()) {
        input.applications.append({applications.integer(0), QUuid(applications.text(1)),
                                   intern(applications.text(2)), applications.text(3),
                                   intern(applications.text(4)), int(applications.integer(5))});
    }
    if (!applications.ok())
        return applications.error();

    // Each juror's weighted mean per application, on the common scale, leaving out
    // applications the juror is conflicted on.
    RowReader scores(db,
        QStringLiteral("SELECT s.juror_id, s.application_id, "
                       "sum(c.weight * (? + (s.value - c.scale_min) * (? - ?) * 1.0 "
                       "    / (c.scale_max - c.scale_min))) / sum(c.weight) "
                       "FROM score s JOIN criterion c ON c.id = s.criterion_id "
                       "WHERE s.value IS NOT NULL AND NOT EXISTS (SELECT 1 FROM conflict k "
                       "  WHERE k.juror_id = s.juror_id AND k.application_id = s.application_id "
                       "  AND k.withdrawn = 0) ")
            + (only ? QStringLiteral("AND s.application_id") + among + QLatin1Char(' ') : QString())
            + QStringLiteral("GROUP BY s.juror_id, s.application_id"),
        {input.scaleMin, input.scaleMax, input.scaleMin});
    // Room for every juror's score at once: a large round has many short lists, and growing
    // each one step by step leaves the heap fragmented.
    auto jurors = db.scalar(QStringLiteral("SELECT count(*) FROM juror"));
    if (!jurors)
        return jurors.error();
    input.scoresByApplication.reserve(input.applications.size());
    while (scores.next()) {
        const qint64 juror = scores.integer(0);
        const double score = scores.real(2);
        auto &byApplication = input.scoresByApplication[scores.integer(1)];
        if (byApplication.isEmpty())
            byApplication.reserve(jurors.value().toInt());
        byApplication.append({juror, score});
        input.scoresByJuror[juror].append(score);
    }
    if (!scores.ok())
        return scores.error();

    RowReader votes(db, QStringLiteral(
        "SELECT r.application_id, sum(r.value = 'ja'), sum(r.value = 'kanske'), "
        "sum(r.value = 'nej') FROM recommendation r WHERE r.value IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM conflict k WHERE k.juror_id = r.juror_id "
        "AND k.application_id = r.application_id AND k.withdrawn = 0) ")
        + (only ? QStringLiteral("AND r.application_id") + among + QLatin1Char(' ') : QString())
        + QStringLiteral("GROUP BY r.application_id"));
    while (votes.next()) {
        input.recommendations.insert(votes.integer(0),
                                     {int(votes.integer(1)), int(votes.integer(2)),
                                      int(votes.integer(3))});
    }
    if (!votes.ok())
        return votes.error();
    return compute(std::move(input));
}
