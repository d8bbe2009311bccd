#include "statusreport.h"

#include "exchange/package.h"
#include "vote/ballotrepository.h"
#include "vote/decisionrepository.h"
#include "screening/finalistrepository.h"
#include "screening/leaderboard.h"
#include "screening/workrepository.h"
#include "storage/applicationrepository.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "reference/municipalityregistry.h"
#include "text/swedish.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {

QJsonValue rounded(const std::optional<double> &value)
{
    if (!value)
        return QJsonValue::Null;
    return std::round(*value * 10000.0) / 10000.0;
}

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray uuidArray(const QList<QUuid> &uuids)
{
    QJsonArray array;
    for (const QUuid &uuid : uuids)
        array.append(uuidText(uuid));
    return array;
}

} // namespace

namespace StatusReport {

Result<QJsonObject> build(Database &db)
{
    auto round = RoundRepository(db).load();
    if (!round)
        return round.error();
    auto jurors = JurorRepository(db).list();
    if (!jurors)
        return jurors.error();
    auto criteria = CriterionRepository(db).list();
    if (!criteria)
        return criteria.error();
    ApplicationRepository repository(db);
    auto rows = repository.rows();
    if (!rows)
        return rows.error();

    const RoundSettings &s = round->settings;
    QJsonObject roundJson{
        {QStringLiteral("id"), uuidText(round->uuid)},
        {QStringLiteral("award"), s.award},
        {QStringLiteral("year"), s.year},
        {QStringLiteral("prize"), s.prizeSek},
        {QStringLiteral("finalists"), s.finalistCount},
        {QStringLiteral("phase"), phaseKey(round->phase)},
        {QStringLiteral("screening_mode"), screeningModeKey(s.screeningMode)},
        {QStringLiteral("organiser_contact"), s.organiserContact},
    };

    WorkRepository work(db);
    QJsonArray jurorsJson;
    QHash<qint64, QString> jurorUuids;
    for (const Juror &j : jurors.value()) {
        auto tally = work.tally(j.id);
        if (!tally)
            return tally.error();
        jurorUuids.insert(j.id, uuidText(j.uuid));
        jurorsJson.append(QJsonObject{{QStringLiteral("id"), uuidText(j.uuid)},
                                      {QStringLiteral("name"), j.name},
                                      {QStringLiteral("organisation"), j.organisation},
                                      {QStringLiteral("chair"), j.chair},
                                      {QStringLiteral("scored"), tally->scored},
                                      {QStringLiteral("to_score"), tally->total}});
    }

    auto board = Leaderboard::load(db);
    if (!board)
        return board.error();
    auto choice = FinalistRepository(db).load();
    if (!choice)
        return choice.error();
    QJsonArray suggestedJson;
    for (qint64 id : board->suggestion(s.finalistCount))
        suggestedJson.append(uuidText(board->entry(id)->uuid));
    QJsonValue choiceJson = QJsonValue::Null;
    if (choice.value()) {
        const FinalistChoice &c = *choice.value();
        choiceJson = QJsonObject{{QStringLiteral("chosen"), uuidArray(c.chosen)},
                                 {QStringLiteral("suggested"), uuidArray(c.suggested)},
                                 {QStringLiteral("reason"), c.reason},
                                 {QStringLiteral("chosen_at"), c.chosenAt}};
    }

    auto conflicts = work.allConflicts();
    if (!conflicts)
        return conflicts.error();
    QHash<qint64, QString> applicationUuids;
    for (const ApplicationRow &row : rows.value())
        applicationUuids.insert(row.id, uuidText(row.uuid));
    QJsonArray conflictsJson;
    for (const Conflict &k : conflicts.value()) {
        conflictsJson.append(QJsonObject{
            {QStringLiteral("juror"), jurorUuids.value(k.jurorId)},
            {QStringLiteral("application"), applicationUuids.value(k.applicationId)},
            {QStringLiteral("reason"), k.reason},
            {QStringLiteral("declared_by"),
             k.declaredByOrganiser ? QStringLiteral("organiser") : QStringLiteral("juror")}});
    }

    QJsonArray criteriaJson;
    for (const Criterion &c : criteria.value()) {
        criteriaJson.append(QJsonObject{{QStringLiteral("id"), uuidText(c.uuid)},
                                        {QStringLiteral("name"), c.name},
                                        {QStringLiteral("weight"), c.weight},
                                        {QStringLiteral("min"), c.scaleMin},
                                        {QStringLiteral("max"), c.scaleMax},
                                        {QStringLiteral("guidance"), c.guidance}});
    }

    QList<ApplicationRow> sorted = rows.value();
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        const int c = Swedish::compare(a.municipality, b.municipality);
        return c != 0 ? c < 0 : Swedish::compare(a.title, b.title) < 0;
    });
    QJsonArray applicationsJson;
    for (const ApplicationRow &row : sorted) {
        auto application = repository.load(row.id);
        if (!application)
            return application.error();
        QJsonArray sections;
        for (const Section &section : application->sections) {
            sections.append(QJsonObject{{QStringLiteral("heading"), section.heading},
                                        {QStringLiteral("text"), section.body}});
        }
        QJsonArray attachments;
        for (const AttachmentInfo &a : application->attachments) {
            attachments.append(QJsonObject{{QStringLiteral("name"), a.fileName},
                                           {QStringLiteral("sha256"), a.sha256},
                                           {QStringLiteral("size"), a.size}});
        }
        const LeaderboardEntry *e = board->entry(row.id);
        QJsonObject jurorScores;
        for (const auto &[juror, score] : e->jurorScores)
            jurorScores.insert(jurorUuids.value(juror), rounded(score));
        applicationsJson.append(QJsonObject{
            {QStringLiteral("score"), rounded(e->score)},
            {QStringLiteral("normalized_score"), rounded(e->normalizedScore)},
            {QStringLiteral("yes"), e->yes},
            {QStringLiteral("maybe"), e->maybe},
            {QStringLiteral("no"), e->no},
            {QStringLiteral("jurors_scored"), e->jurorsScored},
            {QStringLiteral("spread"), rounded(e->spread)},
            {QStringLiteral("discuss"), e->discuss},
            {QStringLiteral("rank"), optionalInt(e->rank)},
            {QStringLiteral("group_rank"), optionalInt(e->groupRank)},
            {QStringLiteral("population_class"),
             MunicipalityRegistry::populationClassTitle(e->populationClass)},
            {QStringLiteral("population_class_rank"), optionalInt(e->populationClassRank)},
            {QStringLiteral("juror_scores"), jurorScores},
            {QStringLiteral("id"), uuidText(row.uuid)},
            {QStringLiteral("municipality"), row.municipality},
            {QStringLiteral("municipality_code"), row.municipalityCode},
            {QStringLiteral("county"), row.county},
            {QStringLiteral("population"), row.population},
            {QStringLiteral("population_year"), row.populationYear},
            {QStringLiteral("group"), row.group},
            {QStringLiteral("title"), row.title},
            {QStringLiteral("status"), applicationStatusKey(row.status)},
            {QStringLiteral("applicant"), application->applicant},
            {QStringLiteral("summary"), application->summary},
            {QStringLiteral("contact"), application->contactName},
            {QStringLiteral("email"), application->contactEmail},
            {QStringLiteral("submitted"), application->submitted},
            {QStringLiteral("sections"), sections},
            {QStringLiteral("attachments"), attachments},
        });
    }

    // "finalists": the chosen finalists once chosen, otherwise the suggestion; both in
    // leaderboard order.
    const QJsonArray finalistsJson = choice.value() ? uuidArray(choice.value()->chosen)
                                                    : suggestedJson;
    // The final vote: the Schulze ranking with ties, the winner when there is one, and the
    // matrices keyed by application id: pairwise[a][b] jurors ranking a above b.
    auto vote = VoteResult::count(db);
    if (!vote)
        return vote.error();
    auto decision = DecisionRepository(db).load();
    if (!decision)
        return decision.error();
    const auto idOf = [&](qint64 id) { return uuidText(vote->uuid.value(id)); };
    const auto groups = [&](const QList<QList<qint64>> &ranking) {
        QJsonArray list;
        for (const QList<qint64> &group : ranking) {
            QJsonArray ids;
            for (qint64 id : group)
                ids.append(idOf(id));
            list.append(ids);
        }
        return list;
    };
    const auto matrix = [&](const QList<QList<int>> &m) {
        QJsonObject rows;
        for (int i = 0; i < vote->tally.candidates.size(); ++i) {
            QJsonObject row;
            for (int j = 0; j < vote->tally.candidates.size(); ++j)
                if (i != j)
                    row.insert(idOf(vote->tally.candidates.at(j)), m.at(i).at(j));
            rows.insert(idOf(vote->tally.candidates.at(i)), row);
        }
        return rows;
    };
    const auto points = [&](const QHash<qint64, double> &p) {
        QJsonObject o;
        for (auto it = p.cbegin(); it != p.cend(); ++it)
            o.insert(idOf(it.key()), std::round(it.value() * 10000.0) / 10000.0);
        return o;
    };
    QJsonValue winnerJson = QJsonValue::Null;
    if (decision.value())
        winnerJson = idOf(decision.value()->winnerId);
    else if (vote->ballots > 0 && vote->tally.winners().size() == 1)
        winnerJson = idOf(vote->tally.winners().first());
    QJsonArray candidatesJson;
    for (qint64 id : vote->tally.candidates)
        candidatesJson.append(idOf(id));
    const QJsonObject voteJson{
        {QStringLiteral("candidates"), candidatesJson},
        {QStringLiteral("ballots"), vote->ballots},
        {QStringLiteral("ranking"), vote->ballots > 0 ? groups(vote->tally.ranking) : QJsonArray()},
        {QStringLiteral("winner"), winnerJson},
        {QStringLiteral("tie"), vote->ballots > 0 && vote->tally.winners().size() > 1},
        {QStringLiteral("pairwise"), matrix(vote->tally.pairwise)},
        {QStringLiteral("widest_paths"), matrix(vote->tally.widestPaths)},
        {QStringLiteral("borda"), QJsonObject{{QStringLiteral("ranking"), groups(vote->tally.bordaRanking)},
                                              {QStringLiteral("points"), points(vote->tally.bordaPoints)}}},
        {QStringLiteral("plurality"), QJsonObject{{QStringLiteral("ranking"), groups(vote->tally.pluralityRanking)},
                                                  {QStringLiteral("points"), points(vote->tally.pluralityPoints)}}},
        {QStringLiteral("methods_disagree"), vote->disagreement},
    };
    QJsonObject decisionJson{
        {QStringLiteral("winner"), QJsonValue::Null},
        {QStringLiteral("motivation"), QJsonValue::Null},
        {QStringLiteral("date"), QJsonValue::Null},
        {QStringLiteral("place"), QJsonValue::Null},
        {QStringLiteral("locked"), round->phase == Phase::Decided},
    };
    if (decision.value()) {
        const Decision &d = *decision.value();
        decisionJson.insert(QStringLiteral("winner"), idOf(d.winnerId));
        decisionJson.insert(QStringLiteral("motivation"), d.motivation);
        decisionJson.insert(QStringLiteral("date"), d.date);
        decisionJson.insert(QStringLiteral("place"), d.place);
        decisionJson.insert(QStringLiteral("casting_vote"), d.castingJurorName.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                         : QJsonValue(d.castingJurorName));
        decisionJson.insert(QStringLiteral("record_sha256"), d.recordSha256);
    }

    auto package = Package::info(db);
    if (!package)
        return package.error();
    QJsonValue packageJson = QJsonValue::Null;
    if (package.value()) {
        packageJson = QJsonObject{{QStringLiteral("juror"), uuidText(package.value()->juror)},
                                  {QStringLiteral("created_at"), package.value()->createdAt},
                                  {QStringLiteral("returned_at"), package.value()->returnedAt}};
    }
    return QJsonObject{
        {QStringLiteral("package"), packageJson},
        {QStringLiteral("vote"), voteJson},
        {QStringLiteral("decision"), decisionJson},
        {QStringLiteral("finalists"), finalistsJson},
        {QStringLiteral("finalists_suggested"), suggestedJson},
        {QStringLiteral("finalist_choice"), choiceJson},
        {QStringLiteral("conflicts"), conflictsJson},
        {QStringLiteral("round"), roundJson},
        {QStringLiteral("jurors"), jurorsJson},
        {QStringLiteral("criteria"), criteriaJson},
        {QStringLiteral("applications"), applicationsJson},
    };
}

} // namespace StatusReport
