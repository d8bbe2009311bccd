#include "roundrepository.h"

#include "database.h"

#include <QSqlQuery>

Result<Round> RoundRepository::load() const
{
    auto query = m_db.exec(QStringLiteral(
        "SELECT uuid, award, year, prize_sek, finalist_count, phase, screening_mode, "
        "organiser_contact FROM round WHERE id = 1"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    if (!q.next())
        return Error(tr("The round file has no round."), m_db.filePath());
    Round round;
    round.uuid = QUuid(q.value(0).toString());
    round.settings.award = q.value(1).toString();
    round.settings.year = q.value(2).toInt();
    round.settings.prizeSek = q.value(3).toLongLong();
    round.settings.finalistCount = q.value(4).toInt();
    round.phase = phaseFromKey(q.value(5).toString()).value_or(Phase::Preparation);
    round.settings.screeningMode =
        screeningModeFromKey(q.value(6).toString()).value_or(ScreeningMode::Independent);
    round.settings.organiserContact = q.value(7).toString();
    return round;
}

Result<void> RoundRepository::validate(const RoundSettings &settings)
{
    if (settings.award.trimmed().isEmpty())
        return Error(tr("The award needs a name."));
    if (settings.year < 1900 || settings.year > 2200)
        return Error(tr("The year must be between 1900 and 2200."));
    if (settings.prizeSek < 0)
        return Error(tr("The prize cannot be negative."));
    if (settings.finalistCount < 1 || settings.finalistCount > 100)
        return Error(tr("The number of finalists must be between 1 and 100."));
    return {};
}

Result<void> RoundRepository::updateSettings(const RoundSettings &settings)
{
    if (auto valid = validate(settings); !valid)
        return valid;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto updated = m_db.exec(
        QStringLiteral("UPDATE round SET award = ?, year = ?, prize_sek = ?, finalist_count = ?, "
                       "organiser_contact = ?, screening_mode = ? WHERE id = 1"),
        {settings.award.trimmed(), settings.year, settings.prizeSek, settings.finalistCount,
         settings.organiserContact, screeningModeKey(settings.screeningMode)});
    if (!updated)
        return updated.error();
    m_db.notifyChanged(Database::Topic::Round);
    return transaction.commit();
}
