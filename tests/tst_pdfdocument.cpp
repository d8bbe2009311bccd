#include "export/pdfwriter.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFontMetricsF>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString Footer = QStringLiteral(
    "Sveriges eHälsokommun 2026 · omgång 2b7c7f64-0f0c-4a49-9d0e-3f6c2a1d9e55 · SHA-256 "
    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
// Swedish letters and punctuation, and words that a font would set with fi and fl ligatures.
const QString Swedish =
    QStringLiteral("Åre, Älvdalen och Östersund – ”välfärd” på éntré… flera officiella filer");
const QString BreakHeading = QStringLiteral("Juryns motivering");
const QString MeasuredLine = QStringLiteral("Mätraden för teckenstorleken i brödtexten");
constexpr int Paragraphs = 36;

QString paragraph(int n)
{
    // Each paragraph carries its own marker, to find it exactly once in the text layer.
    return QStringLiteral("<p>Stycke %1: Kommunen har byggt ut digitala trygghetslarm, "
                          "läkemedelsrobotar och videosamtal i hemtjänsten. Brukarna i Åre, "
                          "Älvdalen och Östersund har varit delaktiga från början, och "
                          "personalen har fått utbildning på arbetstid. Resultaten följs upp "
                          "varje kvartal och redovisas öppet för nämnden.</p>")
        .arg(n);
}

QString sampleHtml()
{
    QString html = QStringLiteral("<html><head><title>Juryns beslut</title></head><body>"
                                  "<h1>Sveriges eHälsokommun 2026</h1>");
    html += QStringLiteral("<p>%1</p>").arg(MeasuredLine);
    html += QStringLiteral("<p>%1</p>").arg(Swedish);
    html += paragraph(0);
    html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>").arg(BreakHeading);
    for (int n = 1; n <= Paragraphs; ++n) {
        if (n % 6 == 1)
            html += QStringLiteral("<h2>Avsnitt %1</h2>").arg(n / 6 + 1);
        html += paragraph(n);
        if (n == 12) {
            html += QStringLiteral("<table width=\"100%\"><thead><tr><th>Kommun</th><th>Län</th>"
                                   "<th>Poäng</th></tr></thead><tbody>");
            const char *const rows[][3] = {{"Åre", "Jämtlands län", "4,6"},
                                           {"Älvdalen", "Dalarnas län", "4,2"},
                                           {"Östersund", "Jämtlands län", "3,9"},
                                           {"Örebro", "Örebro län", "3,7"}};
            for (const auto &row : rows)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                            .arg(QString::fromUtf8(row[0]), QString::fromUtf8(row[1]),
                                 QString::fromUtf8(row[2]));
            html += QStringLiteral("</tbody></table>");
        }
        if (n == 20)
            html += QStringLiteral("<ul><li>Ledning och styrning</li><li>Infrastruktur</li>"
                                   "<li>Kompetens hos personalen</li><li>Användning</li></ul>");
    }
    return html + QStringLiteral("</body></html>");
}

PdfOptions sampleOptions()
{
    PdfOptions options;
    options.title = QStringLiteral("Juryns beslut – Sveriges eHälsokommun 2026");
    options.author = QStringLiteral("Juryns sekretariat");
    options.subject = QStringLiteral("Beslut om vinnare");
    options.creator = QStringLiteral("Jurybench");
    options.pageLabel = QStringLiteral("Sida %1 av %2");
    options.footer = Footer;
    options.language = QStringLiteral("sv");
    return options;
}

// All whitespace removed: what is left of a text that the layout may wrap anywhere.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

QString pageText(QPdfDocument &document, int page)
{
    return document.getAllText(page).text().simplified();
}

// Where the footer begins in the text of a page (it is drawn after the body).
int footerStart(const QString &text)
{
    return int(text.indexOf(QStringLiteral("Sveriges eHälsokommun 2026 ·")));
}

// The body text of all pages read in a row, as a reader copies it.
QString bodyText(QPdfDocument &document)
{
    QString all;
    for (int page = 0; page < document.pageCount(); ++page) {
        const QString text = pageText(document, page);
        all += text.left(footerStart(text)) + QLatin1Char(' ');
    }
    return all.simplified();
}

// The packet between <x:xmpmeta> and </x:xmpmeta>, as properties "prefix:name" → value
// (written as elements or as attributes; list values joined with '|').
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

// The PDF's objects ("n 0 obj … endobj"), as written: QPdfEngine leaves dictionaries
// uncompressed, only streams are deflated.
QList<QByteArray> objects(const QByteArray &pdf)
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

// Marks every message of PdfWriter: a test sees that a message went through tr().
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *,
                      int) const override
    {
        if (qstrcmp(context, "PdfWriter") == 0)
            return QStringLiteral("ÖVERSATT: ") + QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class tst_PdfDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesAreA4();
    void everyPageHasItsNumberAndTheFooter();
    void swedishTextSurvives();
    void everyParagraphAppearsOnce();
    void forcedPageBreakStartsAPage();
    void noHeadingOrSingleLineAtAPageBreak();
    void textStaysInsideTheMargins();
    void footerDoesNotTouchTheBody();
    void declaresPdfA1b();
    void metadataAgreesWithTheInfoDictionary();
    void everyFontIsEmbedded();
    void textIsTextNotPictures();
    void bodyTextMeasuresElevenPoints();
    void englishPageLabel();
    void longFooterIsWrappedThenElided();
    void unwritablePathIsAnError();
    void impossibleMarginsAreAnError();

private:
    QTemporaryDir m_folder;
    QString m_path;
    QByteArray m_pdf;
    QPdfDocument m_document;
};

void tst_PdfDocument::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_path = m_folder.filePath(QStringLiteral("beslut.pdf"));
    JB_VERIFY_OK(PdfWriter::write(m_path, sampleHtml(), sampleOptions()));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_pdf = file.readAll();
    QVERIFY(m_pdf.startsWith("%PDF-1.4"));
    QCOMPARE(m_document.load(m_path), QPdfDocument::Error::None);
}

void tst_PdfDocument::pagesAreA4()
{
    QVERIFY2(m_document.pageCount() >= 3, qPrintable(QString::number(m_document.pageCount())));
    for (int page = 0; page < m_document.pageCount(); ++page) {
        const QSizeF size = m_document.pagePointSize(page);
        QVERIFY2(qAbs(size.width() - 595.3) <= 1 && qAbs(size.height() - 841.9) <= 1,
                 qPrintable(QStringLiteral("page %1: %2 × %3").arg(page + 1)
                                .arg(size.width()).arg(size.height())));
    }
}

void tst_PdfDocument::everyPageHasItsNumberAndTheFooter()
{
    const int count = m_document.pageCount();
    for (int page = 0; page < count; ++page) {
        const QString text = pageText(m_document, page);
        QVERIFY2(text.contains(QStringLiteral("Sida %1 av %2").arg(page + 1).arg(count)),
                 qPrintable(text.right(300)));
        QVERIFY2(squeezed(text).contains(squeezed(Footer)), qPrintable(text.right(300)));
    }
}

void tst_PdfDocument::swedishTextSurvives()
{
    const QString first = pageText(m_document, 0);
    QVERIFY2(first.contains(Swedish), qPrintable(first.left(400)));
    QVERIFY(first.contains(QStringLiteral("Sveriges eHälsokommun 2026")));
    const QString all = bodyText(m_document);
    for (const char *expected : {"Östersund", "läkemedelsrobotar", "Jämtlands län", "Örebro län",
                                 "Kompetens hos personalen", "Avsnitt 6", "4,6"})
        QVERIFY2(all.contains(QString::fromUtf8(expected)), expected);
}

void tst_PdfDocument::everyParagraphAppearsOnce()
{
    const QString all = bodyText(m_document);
    // Nothing is lost at a page break, and nothing is drawn twice (clipped but present).
    for (int n = 0; n <= Paragraphs; ++n) {
        const QString marker = QStringLiteral("Stycke %1:").arg(n);
        QVERIFY2(all.count(marker) == 1, qPrintable(marker));
    }
    for (const char *sentence : {"videosamtal i hemtjänsten.", "har varit delaktiga",
                                 "personalen har fått utbildning", "öppet för nämnden."})
        QVERIFY2(int(all.count(QString::fromUtf8(sentence))) == Paragraphs + 1, sentence);
}

void tst_PdfDocument::forcedPageBreakStartsAPage()
{
    QVERIFY(!pageText(m_document, 0).contains(BreakHeading));
    QVERIFY2(pageText(m_document, 1).startsWith(BreakHeading),
             qPrintable(pageText(m_document, 1).left(80)));
}

void tst_PdfDocument::noHeadingOrSingleLineAtAPageBreak()
{
    // Short lines and a growing space push a heading and a four-line paragraph across the
    // foot of the first page in steps smaller than a line: somewhere each would break badly.
    for (int step = 0; step < 8 * 7; ++step) {
        const int filler = 20 + step / 8;
        const int space = step % 8 * 3;
        QString html = QStringLiteral("<p style=\"margin-bottom: %1px\">Rad</p>").arg(space);
        for (int n = 1; n < filler; ++n)
            html += QStringLiteral("<p>Rad %1</p>").arg(n);
        html += QStringLiteral("<h2>Rubrik</h2>") + paragraph(99) + QStringLiteral("<p>Slut.</p>");
        auto pdf = PdfWriter::render(html, sampleOptions());
        JB_VERIFY_OK(pdf);
        QBuffer buffer(&pdf.value());
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        QList<QStringList> pages;
        for (int page = 0; page < document.pageCount(); ++page) {
            const QString text = document.getAllText(page).text();
            pages << text.left(footerStart(text))
                         .split(QRegularExpression(QStringLiteral("\\s*[\\r\\n]+\\s*")),
                                Qt::SkipEmptyParts);
        }
        const QString where =
            QStringLiteral("%1 lines and %2 px before the heading").arg(filler).arg(space);
        for (int page = 0; page + 1 < pages.size(); ++page) {
            const QString last = pages.at(page).value(pages.at(page).size() - 1);
            const QString next = pages.at(page + 1).value(0);
            QVERIFY2(last != QLatin1String("Rubrik"), qPrintable(where + ": heading ends a page"));
            QVERIFY2(!last.startsWith(QLatin1String("Stycke 99:")),
                     qPrintable(where + ": first line alone at the foot"));
            // (PDFium may join the next paragraph's "Slut." to that line)
            const bool lastLineAlone = next.contains(QStringLiteral("nämnden."))
                                       && !next.startsWith(QLatin1String("Stycke"));
            QVERIFY2(!lastLineAlone, qPrintable(where + ": last line alone at the top"));
        }
    }
}

void tst_PdfDocument::textStaysInsideTheMargins()
{
    const double mm = 72 / 25.4;
    const PdfOptions options = sampleOptions();
    const QRectF box(options.marginsMm.left() * mm, options.marginsMm.top() * mm,
                     (210 - options.marginsMm.left() - options.marginsMm.right()) * mm,
                     (297 - options.marginsMm.top() - options.marginsMm.bottom()) * mm);
    for (int page = 0; page < m_document.pageCount(); ++page) {
        const QRectF text = m_document.getAllText(page).boundingRectangle();
        // Give or take the overhang of a glyph such as a bold J.
        QVERIFY2(box.adjusted(-3, -3, 3, 3).contains(text),
                 qPrintable(QStringLiteral("page %1: text (%2, %3, %4, %5)")
                                .arg(page + 1).arg(text.left()).arg(text.top())
                                .arg(text.right()).arg(text.bottom())));
        // The body is set across the whole measure, not in a narrow column.
        QVERIFY(text.width() > box.width() * 0.9);
    }
}

void tst_PdfDocument::footerDoesNotTouchTheBody()
{
    for (int page = 0; page < m_document.pageCount(); ++page) {
        const QString text = m_document.getAllText(page).text();
        const int footerAt = footerStart(text);
        QVERIFY(footerAt > 0);
        const QRectF body = m_document.getSelectionAtIndex(page, 0, footerAt).boundingRectangle();
        const QRectF footer =
            m_document.getSelectionAtIndex(page, footerAt, int(text.size()) - footerAt)
                .boundingRectangle();
        QVERIFY2(body.bottom() + 10 < footer.top(),
                 qPrintable(QStringLiteral("page %1: body ends at %2, footer starts at %3")
                                .arg(page + 1).arg(body.bottom()).arg(footer.top())));
    }
}

void tst_PdfDocument::declaresPdfA1b()
{
    const auto xmp = xmpProperties(m_pdf);
    QCOMPARE(xmp.value(QStringLiteral("pdfaid:part")), QStringLiteral("1"));
    QCOMPARE(xmp.value(QStringLiteral("pdfaid:conformance")), QStringLiteral("B"));
    QVERIFY(m_pdf.contains("/S/GTS_PDFA1") || m_pdf.contains("/S /GTS_PDFA1"));
    QVERIFY(!m_pdf.contains("/Encrypt"));
}

void tst_PdfDocument::metadataAgreesWithTheInfoDictionary()
{
    const PdfOptions options = sampleOptions();
    const auto xmp = xmpProperties(m_pdf);
    using Field = QPdfDocument::MetaDataField;
    QCOMPARE(m_document.metaData(Field::Title).toString(), options.title);
    QCOMPARE(xmp.value(QStringLiteral("dc:title")), options.title);
    QCOMPARE(m_document.metaData(Field::Creator).toString(), options.creator);
    QCOMPARE(xmp.value(QStringLiteral("xmp:CreatorTool")), options.creator);
    QCOMPARE(xmp.value(QStringLiteral("pdf:Producer")),
             m_document.metaData(Field::Producer).toString());
    const QDateTime created = m_document.metaData(Field::CreationDate).toDateTime();
    QVERIFY(created.isValid());
    QCOMPARE(QDateTime::fromString(xmp.value(QStringLiteral("xmp:CreateDate")), Qt::ISODate),
             created);
    QCOMPARE(xmp.value(QStringLiteral("dc:creator")), options.author);
    QCOMPARE(xmp.value(QStringLiteral("dc:description")), options.subject);
    QCOMPARE(xmp.value(QStringLiteral("dc:language")), options.language);
}

void tst_PdfDocument::everyFontIsEmbedded()
{
    int fonts = 0;
    int descriptors = 0;
    for (const QByteArray &object : objects(m_pdf)) {
        if (object.contains("/Type /FontDescriptor") || object.contains("/Type/FontDescriptor")) {
            ++descriptors;
            QVERIFY2(object.contains("/FontFile2") || object.contains("/FontFile3")
                         || object.contains("/FontFile "),
                     object.constData());
        } else if (object.contains("/Type /Font") || object.contains("/Type/Font")) {
            ++fonts;
            // A composite font's glyphs live in its descendant; Type 3 glyphs are drawings.
            if (!object.contains("/Type0") && !object.contains("/Type3"))
                QVERIFY2(object.contains("/FontDescriptor"), object.constData());
        }
    }
    QVERIFY(fonts >= 3);
    QVERIFY(descriptors >= 3);
    QVERIFY(m_pdf.contains("NotoSerif"));
    QVERIFY(m_pdf.contains("NotoSans"));

    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (pdffonts.isEmpty())
        return; // the parse above has checked it
    QProcess process;
    process.start(pdffonts, {m_path});
    QVERIFY(process.waitForFinished(30000));
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3 + 2);
    for (const QString &line : lines.mid(2)) {
        // name, type (may contain spaces), encoding, emb, sub, uni, object, id
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"),
                 qPrintable(line));
    }
}

void tst_PdfDocument::textIsTextNotPictures()
{
    QVERIFY(!m_pdf.contains("/Subtype /Image") && !m_pdf.contains("/Subtype/Image"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed; QPdfDocument has read the text in the other tests");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_path,
                              QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(Swedish), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Stycke 17:")));
    QCOMPARE(int(text.count(QStringLiteral("Sida "))), m_document.pageCount());
}

void tst_PdfDocument::bodyTextMeasuresElevenPoints()
{
    const QString text = m_document.getAllText(0).text();
    const int at = text.indexOf(MeasuredLine);
    QVERIFY(at >= 0);
    const QRectF measured =
        m_document.getSelectionAtIndex(0, at, int(MeasuredLine.size())).boundingRectangle();

    // The same line in the same font at 11 pt, measured by Qt in points.
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter device(&sink);
    device.setResolution(72);
    QFont font(PdfWriter::serifFamily());
    font.setPointSizeF(11);
    const QFontMetricsF metrics(font, &device);
    const double expected = metrics.horizontalAdvance(MeasuredLine);
    QVERIFY2(qAbs(measured.width() - expected) < expected * 0.02,
             qPrintable(QStringLiteral("%1 pt wide, %2 pt expected")
                            .arg(measured.width()).arg(expected)));
    // Glyph boxes of lower and upper case letters: about the height of the type, not of a
    // 12 or 14 pt line, and not of a tiny 1200 dpi misreading.
    QVERIFY2(measured.height() > 11 * 0.6 && measured.height() < 11 * 1.45,
             qPrintable(QString::number(measured.height())));
}

void tst_PdfDocument::englishPageLabel()
{
    PdfOptions options = sampleOptions();
    options.pageLabel = QStringLiteral("Page %1 of %2");
    options.language = QStringLiteral("en");
    const QString html = QStringLiteral("<h1>Decision</h1>"
                                        "<p style=\"page-break-after: always\">First.</p>"
                                        "<p>Second.</p>");
    auto pdf = PdfWriter::render(html, options);
    JB_VERIFY_OK(pdf);
    QBuffer buffer(&pdf.value());
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    QCOMPARE(document.status(), QPdfDocument::Status::Ready);
    QCOMPARE(document.pageCount(), 2);
    QVERIFY(pageText(document, 0).contains(QStringLiteral("Page 1 of 2")));
    QVERIFY(pageText(document, 1).contains(QStringLiteral("Page 2 of 2")));
    QVERIFY(pageText(document, 1).startsWith(QStringLiteral("Second.")));
}

void tst_PdfDocument::longFooterIsWrappedThenElided()
{
    PdfOptions options = sampleOptions();
    options.footer = (Footer + QLatin1Char(' ')).repeated(4);
    auto pdf = PdfWriter::render(QStringLiteral("<p>Kort.</p>"), options);
    JB_VERIFY_OK(pdf);
    QBuffer buffer(&pdf.value());
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    QCOMPARE(document.pageCount(), 1);
    const QString text = pageText(document, 0);
    QVERIFY(text.contains(QStringLiteral("Sida 1 av 1")));
    QVERIFY2(text.endsWith(QChar(0x2026)) || text.contains(QStringLiteral("… Sida")),
             qPrintable(text));
    // Three lines of footer: the first copy whole, never all four.
    QVERIFY(squeezed(text).contains(squeezed(Footer)));
    QVERIFY(squeezed(text).count(QStringLiteral("SHA-256")) < 4);
}

void tst_PdfDocument::unwritablePathIsAnError()
{
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const QString path = m_folder.filePath(QStringLiteral("saknas/beslut.pdf"));
    const Result<void> written = PdfWriter::write(path, QStringLiteral("<p>Hej</p>"),
                                                  sampleOptions());
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!written);
    QVERIFY2(written.error().message.startsWith(QStringLiteral("ÖVERSATT: ")),
             qPrintable(written.error().message));
    QCOMPARE(written.error().file, path);
    QVERIFY(!QFile::exists(path));

    // A folder in the way is no file either, and is left alone.
    QVERIFY(!PdfWriter::write(m_folder.path(), QStringLiteral("<p>Hej</p>"), sampleOptions()));
    QVERIFY(QFileInfo(m_folder.path()).isDir());
}

void tst_PdfDocument::impossibleMarginsAreAnError()
{
    PdfOptions options = sampleOptions();
    options.marginsMm = QMarginsF(100, 22, 100, 22);
    const auto pdf = PdfWriter::render(QStringLiteral("<p>Hej</p>"), options);
    QVERIFY(!pdf);
    QVERIFY(!pdf.error().message.isEmpty());
}

QTEST_MAIN(tst_PdfDocument)
#include "tst_pdfdocument.moc"
