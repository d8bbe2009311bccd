#include "result.h"

#include <QFileInfo>

QString Error::toString() const
{
    QStringList where;
    if (!file.isEmpty())
        where << QFileInfo(file).fileName();
    if (line > 0)
        where << tr("line %1").arg(line);
    if (!column.isEmpty())
        where << tr("column “%1”").arg(column);
    if (where.isEmpty())
        return message;
    return where.join(QStringLiteral(", ")) + QStringLiteral(": ") + message;
}
