#include "searchquery.h"

#include "text/swedish.h"

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

} // namespace

namespace SearchQuery {

QStringList terms(const QString &typed)
{
    QStringList words;
    QString current;
    const auto flush = [&] {
        if (current.size() >= 2 && !words.contains(current, Qt::CaseInsensitive))
            words << current;
        current.clear();
    };
    for (QChar c : typed) {
        if (isWordChar(c))
            current.append(c);
        else
            flush();
    }
    flush();
    return words;
}

QString ftsExpression(const QString &typed)
{
    QStringList parts;
    for (const QString &term : terms(typed))
        parts << QLatin1Char('"') + term + QStringLiteral("\"*");
    return parts.join(QLatin1Char(' '));
}

QList<qint64> ids(const QList<Hit> &hits)
{
    QList<qint64> list;
    list.reserve(hits.size());
    for (const Hit &hit : hits)
        list.append(hit.id);
    return list;
}

QList<Range> matches(const QString &text, const QStringList &terms)
{
    QList<Range> found;
    if (terms.isEmpty() || text.isEmpty())
        return found;
    const QString folded = Swedish::fold(text);
    QStringList foldedTerms;
    for (const QString &term : terms)
        foldedTerms << Swedish::fold(term);

    const int n = int(folded.size());
    int i = 0;
    while (i < n) {
        if (!isWordChar(folded.at(i))) {
            ++i;
            continue;
        }
        int end = i;
        while (end < n && isWordChar(folded.at(end)))
            ++end;
        const QStringView word = QStringView(folded).mid(i, end - i);
        for (const QString &term : foldedTerms) {
            if (word.startsWith(term)) {
                found.append({i, end - i});
                break;
            }
        }
        i = end;
    }
    return found;
}

} // namespace SearchQuery
