#include "textdecoding.h"

#include <QStringDecoder>

namespace {

// Windows-1252 bytes 0x80–0x9F; everything else is ISO 8859-1.
constexpr char16_t HighControls[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

} // namespace

namespace TextDecoding {

QString fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = uchar(bytes.at(i));
        text[i] = (byte >= 0x80 && byte < 0xA0) ? QChar(HighControls[byte - 0x80]) : QChar(byte);
    }
    return text;
}

QByteArray toWindows1252(const QString &text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            bytes.append(char(u));
            continue;
        }
        char mapped = '?';
        for (int i = 0; i < 32; ++i) {
            if (HighControls[i] == u) {
                mapped = char(0x80 + i);
                break;
            }
        }
        bytes.append(mapped);
    }
    return bytes;
}

Decoded decode(const QByteArray &bytes)
{
    Decoded result;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.text = QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
        result.encoding = QStringLiteral("UTF-8");
        result.byteOrderMark = true;
        return result;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                             : QStringDecoder::Utf16BE);
        result.text = decoder.decode(bytes.mid(2));
        result.encoding = QStringLiteral("UTF-16");
        result.byteOrderMark = true;
        return result;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        result.text = std::move(text);
        result.encoding = QStringLiteral("UTF-8");
        return result;
    }
    result.text = fromWindows1252(bytes);
    result.encoding = QStringLiteral("Windows-1252");
    return result;
}

} // namespace TextDecoding
