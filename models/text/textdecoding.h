#pragma once

#include <QByteArray>
#include <QString>

/// Text as Swedish spreadsheets and web forms write it.
namespace TextDecoding {

struct Decoded
{
    QString text;
    QString encoding; ///< "UTF-8", "UTF-16" or "Windows-1252"
    bool byteOrderMark = false;
    /// The first line (1-based) with bytes that are not UTF-8 in a file that is otherwise
    /// written in UTF-8 (its letters beyond ASCII are valid UTF-8): saved in two encodings,
    /// which no single reading can decode. 0 when the file is one encoding.
    int mixedEncodingLine = 0;
};

/// UTF-8 or UTF-16 when marked with a BOM, UTF-8 when the bytes are valid UTF-8, otherwise
/// Windows-1252 (Swedish Excel's "CSV (semikolonavgränsad)") — unless the bytes hold valid
/// UTF-8 letters too (see Decoded::mixedEncodingLine).
Decoded decode(const QByteArray &bytes);

/// Windows-1252 to Unicode; the five unassigned bytes map to the same code points.
QString fromWindows1252(const QByteArray &bytes);

/// Unicode to Windows-1252; characters it cannot hold become '?'.
QByteArray toWindows1252(const QString &text);

} // namespace TextDecoding
