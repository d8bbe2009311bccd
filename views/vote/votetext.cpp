#include "votetext.h"

QString VoteText::list(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    const QStringList head = names.mid(0, names.size() - 1);
    return tr("%1 and %2").arg(head.join(QStringLiteral(", ")), names.last());
}
