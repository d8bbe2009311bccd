#pragma once

#include <QCoreApplication>
#include <QStringList>

/// Wording shared by the widgets of the final vote.
class VoteText
{
    Q_DECLARE_TR_FUNCTIONS(VoteText)

public:
    /// "Lund", "Lund och Umeå", "Kalmar, Lund och Umeå".
    static QString list(const QStringList &names);
};
