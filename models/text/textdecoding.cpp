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

// Where UTF-8 decoding of @p bytes fails: the offset of the first byte that does not belong
// to a valid sequence, and whether any valid multi-byte sequence came before or after it.
struct Utf8Scan
{
    qsizetype firstInvalid = -1;
    bool hasMultiByte = false;
};

Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const uchar lead = data[i];
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        }
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k) {
            const uchar next = data[i + k];
            valid = k == 1 ? (next >= low && next <= high) : (next >= 0x80 && next <= 0xBF);
        }
        if (valid) {
            scan.hasMultiByte = true;
            i += length;
        } else {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++i;
        }
    }
    return scan;
}

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
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.hasMultiByte && scan.firstInvalid >= 0)
        result.mixedEncodingLine = int(bytes.left(scan.firstInvalid).count('\n')) + 1;
    return result;
}

} // namespace TextDecoding
