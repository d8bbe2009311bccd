#include "round.h"

namespace {
struct PhaseTr
{
    Q_DECLARE_TR_FUNCTIONS(Phase)
public:
    static QString title(Phase phase)
    {
        switch (phase) {
        case Phase::Preparation:
            return tr("Preparation");
        case Phase::Screening:
            return tr("Screening");
        case Phase::Followup:
            return tr("Finalists and follow-up questions");
        case Phase::Vote:
            return tr("Final vote");
        case Phase::Decided:
            return tr("Decided");
        }
        return {};
    }
};

QList<Criterion> makeDefaultCriteria()
{
    // The names and guidance are round data in Swedish (the application form asks about the
    // four LIKA areas), not user-interface text, so they are not translated.
    const auto make = [](const char *name, const char *guidance) {
        Criterion c;
        c.name = QString::fromUtf8(name);
        c.guidance = QString::fromUtf8(guidance);
        return c;
    };
    return {
        make("Ledning", "Finns en tydlig styrning, strategi och prioritering från politik och "
                        "ledning för digitalisering i vård och omsorg?"),
        make("Infrastruktur", "Har kommunen byggt den tekniska grunden – nät, system, "
                              "informationssäkerhet och samverkan – som arbetet kräver?"),
        make("Kompetens", "Har medarbetare och chefer fått kunskap och stöd att använda och "
                          "utveckla digitala arbetssätt?"),
        make("Användning", "Används lösningarna i verksamheten och av invånarna, och ökar de "
                           "trygghet, delaktighet och självständighet?"),
        make("Resultat i förhållande till förutsättningar",
             "Vilka resultat har uppnåtts med hänsyn till kommunens storlek, resurser och "
             "geografi?"),
    };
}
} // namespace

QString phaseKey(Phase phase)
{
    switch (phase) {
    case Phase::Preparation:
        return QStringLiteral("preparation");
    case Phase::Screening:
        return QStringLiteral("screening");
    case Phase::Followup:
        return QStringLiteral("followup");
    case Phase::Vote:
        return QStringLiteral("vote");
    case Phase::Decided:
        return QStringLiteral("decided");
    }
    return {};
}

std::optional<Phase> phaseFromKey(const QString &key)
{
    for (Phase phase : allPhases()) {
        if (phaseKey(phase) == key)
            return phase;
    }
    return std::nullopt;
}

QString phaseTitle(Phase phase)
{
    return PhaseTr::title(phase);
}

QList<Phase> allPhases()
{
    return {Phase::Preparation, Phase::Screening, Phase::Followup, Phase::Vote, Phase::Decided};
}

QString screeningModeKey(ScreeningMode mode)
{
    return mode == ScreeningMode::Open ? QStringLiteral("open") : QStringLiteral("independent");
}

std::optional<ScreeningMode> screeningModeFromKey(const QString &key)
{
    if (key == QLatin1String("open"))
        return ScreeningMode::Open;
    if (key == QLatin1String("independent"))
        return ScreeningMode::Independent;
    return std::nullopt;
}

bool RoundSettings::operator==(const RoundSettings &o) const
{
    return award == o.award && year == o.year && prizeSek == o.prizeSek
           && finalistCount == o.finalistCount && organiserContact == o.organiserContact
           && screeningMode == o.screeningMode;
}

QList<Criterion> defaultCriteria()
{
    return makeDefaultCriteria();
}
