#include "pdftext.h"

#include <QPdfDocument>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

namespace TestSupport {

QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

QString pageText(QPdfDocument &document, int page)
{
    return document.getAllText(page).text().simplified();
}

QString allText(QPdfDocument &document)
{
    QString all;
    for (int page = 0; page < document.pageCount(); ++page)
        all += pageText(document, page) + QLatin1Char(' ');
    return all.simplified();
}

QHash<QString, QString> xmpProperties(const QByteArray &pdf)
{
    QHash<QString, QString> properties;
    const int from = pdf.indexOf("<x:xmpmeta");
    const int to = pdf.indexOf("</x:xmpmeta>", from);
    if (from < 0 || to < 0)
        return properties;
    QXmlStreamReader xml(pdf.mid(from, to - from + 12));
    QStringList open;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            open << xml.qualifiedName().toString();
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (!a.prefix().isEmpty() && a.prefix() != QLatin1String("rdf"))
                    properties.insert(a.qualifiedName().toString(), a.value().toString());
            }
        } else if (xml.isEndElement()) {
            open.removeLast();
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            for (auto it = open.crbegin(); it != open.crend(); ++it) {
                if (!it->startsWith(QLatin1String("rdf:"))) {
                    QString &value = properties[*it];
                    if (!value.isEmpty())
                        value += QLatin1Char('|');
                    value += xml.text().toString();
                    break;
                }
            }
        }
    }
    return properties;
}

QList<QByteArray> pdfObjects(const QByteArray &pdf)
{
    QList<QByteArray> result;
    static const QRegularExpression start(QStringLiteral("(?m)^\\d+ 0 obj\\b"));
    const QString latin = QString::fromLatin1(pdf);
    auto it = start.globalMatch(latin);
    while (it.hasNext()) {
        const auto match = it.next();
        const int end = pdf.indexOf("endobj", match.capturedStart());
        result << pdf.mid(match.capturedStart(), end - match.capturedStart());
    }
    return result;
}

} // namespace TestSupport
