#include "dates.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTime>

namespace {

int swedishMonth(const QString &word)
{
    static const char *const months[12][3] = {
        {"januari", "jan", "january"}, {"februari", "feb", "february"},
        {"mars", "mar", "march"},       {"april", "apr", "april"},
        {"maj", "maj", "may"},          {"juni", "jun", "june"},
        {"juli", "jul", "july"},        {"augusti", "aug", "august"},
        {"september", "sep", "sept"},   {"oktober", "okt", "october"},
        {"november", "nov", "november"}, {"december", "dec", "december"},
    };
    QString w = word.toLower();
    if (w.endsWith(u'.'))
        w.chop(1);
    for (int m = 0; m < 12; ++m) {
        for (const char *name : months[m]) {
            if (w == QLatin1String(name))
                return m + 1;
        }
    }
    return 0;
}

std::optional<QTime> parseTime(const QString &text)
{
    if (text.isEmpty())
        return QTime();
    static const QRegularExpression re(
        QStringLiteral("^(?:kl\\.?\\s*)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:\\.\\d+)?"
                       "(Z|[+-]\\d{2}:?\\d{2})?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QTime time(m.captured(1).toInt(), m.captured(2).toInt(),
                     m.captured(3).isEmpty() ? 0 : m.captured(3).toInt());
    if (!time.isValid())
        return std::nullopt;
    return time;
}

QString iso(const QDate &date, const QTime &time)
{
    if (!time.isValid())
        return date.toString(Qt::ISODate);
    const QString format = time.second() == 0 ? QStringLiteral("yyyy-MM-dd'T'HH:mm")
                                              : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss");
    return QDateTime(date, time).toString(format);
}

} // namespace

namespace Dates {

std::optional<QString> parse(const QString &input)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return std::nullopt;

    struct Pattern
    {
        QRegularExpression re;
        int year, month, day; // capture numbers; month 0 means a month name in capture 2
    };
    static const QList<Pattern> patterns = {
        {QRegularExpression(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](.*))?$")), 1, 2,
         3},
        {QRegularExpression(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$")), 1, 2, 3},
        {QRegularExpression(QStringLiteral("^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?: (.*))?$")), 3,
         2, 1},
        {QRegularExpression(QStringLiteral("^(\\d{1,2})\\.? ([^\\d\\s]+) (\\d{4})(?: (.*))?$"),
                            QRegularExpression::UseUnicodePropertiesOption),
         3, 0, 1},
    };
    for (const Pattern &pattern : patterns) {
        const auto m = pattern.re.match(text);
        if (!m.hasMatch())
            continue;
        const int year = m.captured(pattern.year).toInt();
        const int month = pattern.month ? m.captured(pattern.month).toInt()
                                        : swedishMonth(m.captured(2));
        const int day = m.captured(pattern.day).toInt();
        const QDate date(year, month, day);
        if (!date.isValid())
            return std::nullopt;
        const auto time = parseTime(m.captured(4));
        if (!time)
            return std::nullopt;
        return iso(date, *time);
    }
    return std::nullopt;
}

} // namespace Dates
