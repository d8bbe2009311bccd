#include "statusreport.h"

#include "storage/applicationrepository.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/jurorrepository.h"
#include "storage/roundrepository.h"
#include "text/swedish.h"

#include <QJsonArray>

#include <algorithm>

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

    QJsonArray jurorsJson;
    for (const Juror &j : jurors.value()) {
        jurorsJson.append(QJsonObject{{QStringLiteral("id"), uuidText(j.uuid)},
                                      {QStringLiteral("name"), j.name},
                                      {QStringLiteral("organisation"), j.organisation},
                                      {QStringLiteral("chair"), j.chair}});
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
        applicationsJson.append(QJsonObject{
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

    return QJsonObject{
        {QStringLiteral("round"), roundJson},
        {QStringLiteral("jurors"), jurorsJson},
        {QStringLiteral("criteria"), criteriaJson},
        {QStringLiteral("applications"), applicationsJson},
    };
}

} // namespace StatusReport
