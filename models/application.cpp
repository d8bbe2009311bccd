#include "application.h"

#include <QCoreApplication>

namespace {
struct StatusTr
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationStatus)
public:
    static QString title(ApplicationStatus status)
    {
        switch (status) {
        case ApplicationStatus::Submitted:
            return tr("Submitted");
        case ApplicationStatus::Finalist:
            return tr("Finalist");
        case ApplicationStatus::NotAdvanced:
            return tr("Not advanced");
        }
        return {};
    }
};
} // namespace

QString applicationStatusKey(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Submitted:
        return QStringLiteral("submitted");
    case ApplicationStatus::Finalist:
        return QStringLiteral("finalist");
    case ApplicationStatus::NotAdvanced:
        return QStringLiteral("not_advanced");
    }
    return {};
}

std::optional<ApplicationStatus> applicationStatusFromKey(const QString &key)
{
    for (auto status : {ApplicationStatus::Submitted, ApplicationStatus::Finalist,
                        ApplicationStatus::NotAdvanced}) {
        if (applicationStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString applicationStatusTitle(ApplicationStatus status)
{
    return StatusTr::title(status);
}
