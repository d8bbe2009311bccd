#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// What a user types into the search field, as the full-text index and the reader need it.
namespace SearchQuery {

/// The words typed, as the index splits text: letters and digits; words shorter than two
/// characters are left out (they would match nearly everything).
QStringList terms(const QString &typed);

/// An FTS5 MATCH expression: every word must occur as a word or the start of one.
/// Empty when nothing searchable was typed.
QString ftsExpression(const QString &typed);

/// An application found by a search and how well it matched: higher is better.
struct Hit
{
    qint64 id = 0;
    double relevance = 0;
};

/// The ids of @p hits, in their order.
QList<qint64> ids(const QList<Hit> &hits);

/// A stretch of text to highlight.
struct Range
{
    int start = 0;
    int length = 0;
    bool operator==(const Range &o) const { return start == o.start && length == o.length; }
};

/// The words of @p text that start with one of @p terms, case and diacritics ignored as the
/// index ignores them; whole words are returned, in text order, without overlaps.
QList<Range> matches(const QString &text, const QStringList &terms);

} // namespace SearchQuery
