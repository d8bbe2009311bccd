#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

/// Where an application stands in the round.
enum class ApplicationStatus { Submitted, Finalist, NotAdvanced };
QString applicationStatusKey(ApplicationStatus status);
std::optional<ApplicationStatus> applicationStatusFromKey(const QString &key);
/// The status's name for people, translated.
QString applicationStatusTitle(ApplicationStatus status);

/// The light columns of an application, enough for lists and filters.
struct ApplicationRow
{
    qint64 id = 0;
    QUuid uuid;
    QString municipalityCode;
    QString municipality;
    QString county;
    QString group;
    int population = 0;
    int populationYear = 0;
    QString title;
    ApplicationStatus status = ApplicationStatus::Submitted;
};

/// One free-text part of an application: a question of the form and its answer.
struct Section
{
    QString heading;
    QString body;

    bool operator==(const Section &o) const { return heading == o.heading && body == o.body; }
};

struct AttachmentInfo
{
    qint64 id = 0;
    QString fileName;
    QString sha256; ///< hex
    qint64 size = 0;
};

/// Everything the reader shows of one application.
struct Application
{
    ApplicationRow row;
    QString applicant; ///< the applicant as written in the form, e.g. "Lunds kommun"
    QString summary;
    QString contactName;
    QString contactEmail;
    QString submitted; ///< ISO 8601 date or date-time, empty when unknown
    QList<Section> sections;
    QList<AttachmentInfo> attachments;
};
