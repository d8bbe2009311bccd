#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

class QPdfDocument;

/// Reading generated PDFs back in tests: their text as a reader copies it, their XMP
/// metadata and their objects.
namespace TestSupport {

/// All whitespace removed: what is left of a text that the layout may wrap anywhere.
QString squeezed(QString text);

/// The text of one page, whitespace simplified.
QString pageText(QPdfDocument &document, int page);

/// The text of every page in a row, whitespace simplified.
QString allText(QPdfDocument &document);

/// The packet between <x:xmpmeta> and </x:xmpmeta>, as properties "prefix:name" → value
/// (written as elements or as attributes; list values joined with '|').
QHash<QString, QString> xmpProperties(const QByteArray &pdf);

/// The PDF's objects ("n 0 obj … endobj"), as written: QPdfEngine leaves dictionaries
/// uncompressed, only streams are deflated.
QList<QByteArray> pdfObjects(const QByteArray &pdf);

} // namespace TestSupport
