#include "swedish.h"

namespace {

constexpr char16_t AfterZ1 = u'{'; // å: the three letters after z, in code-point order
constexpr char16_t AfterZ2 = u'|'; // ä, æ
constexpr char16_t AfterZ3 = u'}'; // ö, ø

QChar baseLetter(QChar c)
{
    const QString decomposed = c.decomposition();
    if (decomposed.isEmpty() || c.decompositionTag() != QChar::Canonical)
        return c;
    return decomposed.at(0);
}

bool hasMark(QChar c, char16_t mark)
{
    const QString decomposed = c.decomposition();
    return decomposed.size() >= 2 && decomposed.at(1).unicode() == mark;
}

// The primary (letter) weight of one character, as a character of the key.
QChar primary(QChar c)
{
    const QChar lower = c.toLower();
    switch (lower.unicode()) {
    case u'æ':
        return AfterZ2;
    case u'ø':
        return AfterZ3;
    case u'ß':
        return u's';
    default:
        break;
    }
    const QChar base = baseLetter(lower);
    if (base == u'a' && hasMark(lower, 0x030A))
        return AfterZ1;
    if (base == u'a' && hasMark(lower, 0x0308))
        return AfterZ2;
    if (base == u'o' && hasMark(lower, 0x0308))
        return AfterZ3;
    if (base == u'o' && hasMark(lower, 0x030B)) // ő
        return AfterZ3;
    if (base == u'u' && (hasMark(lower, 0x0308) || hasMark(lower, 0x030B))) // ü, ű
        return u'y';
    if (lower.isSpace() || lower == u'-' || lower == u'_' || lower == u'/')
        return u' ';
    return base;
}

} // namespace

namespace Swedish {

QString sortKey(const QString &text)
{
    const QString trimmed = text.simplified();
    QString key;
    key.reserve(trimmed.size() * 3 + 2);
    for (QChar c : trimmed)
        key.append(primary(c));
    // Ties: accents (lower-cased text), then case (the text itself).
    key.append(QChar(1));
    key.append(trimmed.toLower());
    key.append(QChar(1));
    key.append(trimmed);
    return key;
}

int compare(const QString &a, const QString &b)
{
    return sortKey(a).compare(sortKey(b));
}

QString fold(const QString &text)
{
    QString folded(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSurrogate()) {
            folded[i] = c;
            continue;
        }
        QChar lower = c.toLower();
        switch (lower.unicode()) {
        case u'æ':
            lower = u'a';
            break;
        case u'ø':
            lower = u'o';
            break;
        default:
            lower = baseLetter(lower);
        }
        folded[i] = lower;
    }
    return folded;
}

} // namespace Swedish
