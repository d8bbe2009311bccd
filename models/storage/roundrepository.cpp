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
    if (auto organiser = requireOrganiserFile(tr("change the round's settings")); !organiser)
        return organiser;
    auto round = requireUnlocked(tr("change the round's settings"));
    if (!round)
        return round.error();
    if (round->settings.screeningMode != settings.screeningMode && round->phase > Phase::Screening)
        return Error(tr("The screening mode cannot change after screening has closed."));
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

Result<Round> RoundRepository::requirePhase(std::initializer_list<Phase> allowed,
                                            const QString &action) const
{
    auto round = load();
    if (!round)
        return round.error();
    for (Phase phase : allowed) {
        if (round->phase == phase)
            return round;
    }
    if (round->phase == Phase::Decided)
        return Error(tr("The round is decided and locked: you cannot %1.").arg(action));
    QStringList names;
    for (Phase phase : allowed)
        names << QStringLiteral("“%1”").arg(phaseTitle(phase));
    return Error(tr("You can only %1 in the phase %2; the round is now in the phase “%3”.")
                     .arg(action, names.join(tr(" or ")), phaseTitle(round->phase)));
}

Result<Round> RoundRepository::requireUnlocked(const QString &action) const
{
    return requirePhase({Phase::Preparation, Phase::Screening, Phase::Followup, Phase::Vote},
                        action);
}

Result<int> RoundRepository::count(const QString &sql) const
{
    auto value = m_db.scalar(sql);
    if (!value)
        return value.error();
    return value.value().toInt();
}

Result<void> RoundRepository::canStep(Phase from, Phase to) const
{
    const auto need = [this](const QString &sql, const QString &message) -> Result<void> {
        auto n = count(sql);
        if (!n)
            return n.error();
        if (n.value() == 0)
            return Error(message);
        return {};
    };
    const auto none = [this](const QString &sql, const QString &message) -> Result<void> {
        auto n = count(sql);
        if (!n)
            return n.error();
        if (n.value() > 0)
            return Error(message);
        return {};
    };
    if (from == Phase::Decided)
        return Error(tr("The round is decided and locked; its phase cannot change."));
    if (int(to) == int(from) + 1) {
        switch (to) {
        case Phase::Screening:
            if (auto r = need(QStringLiteral("SELECT count(*) FROM application"),
                              tr("Screening cannot start before applications are imported."));
                !r)
                return r;
            if (auto r = need(QStringLiteral("SELECT count(*) FROM juror"),
                              tr("Screening cannot start before the jury has members."));
                !r)
                return r;
            return need(QStringLiteral("SELECT count(*) FROM criterion"),
                        tr("Screening cannot start without criteria."));
        case Phase::Followup:
            return {};
        case Phase::Vote:
            return need(QStringLiteral("SELECT count(*) FROM finalist_choice"),
                        tr("The final vote cannot start before the finalists are chosen."));
        case Phase::Decided:
            return Error(tr("A round is decided by recording the jury's decision, which "
                            "also locks it."));
        case Phase::Preparation:
            break;
        }
        return {};
    }
    if (int(to) == int(from) - 1) {
        switch (from) {
        case Phase::Screening:
            return none(QStringLiteral("SELECT (SELECT count(*) FROM score WHERE value IS NOT NULL) "
                                       "+ (SELECT count(*) FROM recommendation WHERE value IS NOT NULL) "
                                       "+ (SELECT count(*) FROM comment WHERE deleted = 0)"),
                        tr("The round cannot go back to preparation: jurors have already "
                           "scored, recommended or commented."));
        case Phase::Followup:
        case Phase::Vote:
            return {};
        default:
            break;
        }
    }
    return Error(tr("The round can go forward, or back one step, but not from “%1” to “%2”.")
                     .arg(phaseTitle(from), phaseTitle(to)));
}

Result<void> RoundRepository::canMoveTo(Phase target) const
{
    auto round = load();
    if (!round)
        return round.error();
    Phase phase = round->phase;
    if (target == phase)
        return {};
    if (target < phase)
        return canStep(phase, target);
    while (phase < target) {
        const Phase next = Phase(int(phase) + 1);
        if (auto r = canStep(phase, next); !r)
            return r;
        phase = next;
    }
    return {};
}

Result<void> RoundRepository::setPhase(Phase target)
{
    if (auto organiser = requireOrganiserFile(tr("change the phase")); !organiser)
        return organiser;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (auto r = canMoveTo(target); !r)
        return r;
    auto updated = m_db.exec(QStringLiteral("UPDATE round SET phase = ? WHERE id = 1"),
                             {phaseKey(target)});
    if (!updated)
        return updated.error();
    m_db.notifyChanged(Database::Topic::Round);
    m_db.notifyChanged(Database::Topic::Work); // what jurors may see follows the phase
    return transaction.commit();
}

Result<qint64> RoundRepository::packageJuror() const
{
    auto juror = m_db.scalar(QStringLiteral("SELECT j.id FROM package_info p "
                                            "JOIN juror j ON j.uuid = p.juror_uuid"));
    if (!juror)
        return juror.error();
    return juror.value().isNull() ? qint64(0) : juror.value().toLongLong();
}

Result<void> RoundRepository::requireOrganiserFile(const QString &action) const
{
    auto juror = packageJuror();
    if (!juror)
        return juror.error();
    if (juror.value() != 0)
        return Error(tr("This is a juror's package: only the organiser's round file can %1.")
                         .arg(action));
    return {};
}
