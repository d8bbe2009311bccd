#include "pdfwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QMutex>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>

namespace {

// QPdfWriter's own default: fine enough that no position in the layout needs rounding.
constexpr int Resolution = 1200;
constexpr int MaxFooterLines = 3;
// A page needs at least this much room for text, in millimetres, after margins and footer.
constexpr double MinimumBodyMm = 50;

// In CSS pixels; Qt needs any non-zero spacing to shape without ligatures (see below). At
// 1/64 px, the least it can store, a line of 90 letters grows by less than 0.4 mm.
constexpr double LigatureBreakingSpacing = 1.0 / 64;

const QColor BodyColor(0, 0, 0);        // pure black prints sharp, without a halftone screen
const QColor FooterColor(0x44, 0x44, 0x44);
const QColor RuleColor(0x88, 0x88, 0x88);

double fromMm(double millimetres)
{
    return millimetres * Resolution / 25.4;
}

double fromPt(double points)
{
    return points * Resolution / 72.0;
}

struct Families
{
    QString serif = QStringLiteral("Noto Serif");
    QString sans = QStringLiteral("Noto Sans");
    bool ok = false;
};

// Registers the bundled fonts once per process. Needs a QGuiApplication: without one there is
// no font database, and the answer is "not ok" until one exists.
Families bundledFonts()
{
    static QMutex mutex;
    static Families families;
    static bool attempted = false;
    QMutexLocker lock(&mutex);
    if (attempted || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return families;
    attempted = true;
    const struct
    {
        const char *file;
        QString *family; // set from the file's own name table, or nullptr
    } files[] = {
        {"NotoSerif-Regular", &families.serif},
        {"NotoSerif-Bold", nullptr},
        {"NotoSerif-Italic", nullptr},
        {"NotoSans-Regular", &families.sans},
        {"NotoSans-Bold", nullptr},
    };
    bool all = true;
    for (const auto &font : files) {
        const QString path = QStringLiteral(":/fonts/%1.ttf").arg(QLatin1String(font.file));
        const int id = QFontDatabase::addApplicationFont(path);
        const QStringList names =
            id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        if (names.isEmpty()) {
            all = false;
            continue;
        }
        if (font.family)
            *font.family = names.first();
    }
    families.ok = all;
    return families;
}

// "Sida %1 av %2" without QString::arg, which warns when a translation leaves one out.
QString pageLabel(QString format, int page, int count)
{
    format.replace(QLatin1String("%1"), QString::number(page));
    format.replace(QLatin1String("%2"), QString::number(count));
    return format;
}

// The footer set in lines no wider than @p width: wrapped at spaces (or anywhere, for a long
// hash), the callers' own line breaks kept, and the last allowed line elided.
QStringList footerLines(const QString &footer, const QFont &font, QPaintDevice *device,
                        double width)
{
    QString text = footer.trimmed();
    if (text.isEmpty())
        return {};
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const QFontMetricsF metrics(font, device);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == MaxFooterLines - 1) {
            QString rest = text.mid(line.textStart());
            rest.replace(QChar::LineSeparator, QLatin1Char(' '));
            lines << metrics.elidedText(rest.simplified(), Qt::ElideRight, width);
            break;
        }
        QString part = text.mid(line.textStart(), line.textLength());
        part.remove(QChar::LineSeparator);
        lines << part.trimmed();
    }
    layout.endLayout();
    return lines;
}

// On which page a line of a block lies. Blocks in the root frame are placed by their
// layout's position; blocks in tables by blockBoundingRect, whose top is that position
// moved by the table and the cell (Qt 6.4).
int pageOf(const QTextDocument &document, const QTextBlock &block, int line)
{
    const QTextLayout *layout = block.layout();
    double top = layout->position().y();
    if (document.frameAt(block.position()) != document.rootFrame())
        top = document.documentLayout()->blockBoundingRect(block).top();
    return int((top + layout->lineAt(line).y() + 1) / document.pageSize().height());
}

bool breaksBefore(const QTextBlock &block)
{
    return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

// The block to move to the next page so that no page break reads badly: a heading that
// ends a page, a first line alone at the foot of a page, or the last line of a short
// paragraph alone at the top of the next. Headings just above the block go with it. Only
// blocks of the root frame are looked at; Qt keeps table rows whole by itself.
QTextBlock badBreak(const QTextDocument &document)
{
    const QTextFrame *root = document.rootFrame();
    int previousPage = 0;
    QTextBlock headings; // the first of the headings right above the current block
    bool headingsStartPage = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.layout() || block.layout()->lineCount() == 0)
            continue;
        const int lines = block.layout()->lineCount();
        const int first = pageOf(document, block, 0);
        const int last = pageOf(document, block, lines - 1);
        if (document.frameAt(block.position()) != root) {
            previousPage = qMax(previousPage, last);
            headings = QTextBlock();
            continue;
        }
        const bool startsPage = block == document.begin() || first > previousPage
                                || breaksBefore(block);
        previousPage = last;
        // What moves: the headings above, unless they already begin their page.
        const QTextBlock mover = headings.isValid() && !headingsStartPage ? headings : block;
        const bool movable = !(mover == block ? startsPage : headingsStartPage);

        if (block.blockFormat().headingLevel() > 0) {
            if (!headings.isValid()) {
                headings = block;
                headingsStartPage = startsPage;
            }
            const QTextBlock next = block.next();
            if (movable && next.isValid() && !breaksBefore(next)
                && pageOf(document, next, 0) > last)
                return mover;
            continue;
        }
        headings = QTextBlock();
        if (!movable || lines < 2)
            continue;
        if (pageOf(document, block, 1) > first)
            return mover; // a single first line at the foot of the page
        if (lines <= 4 && pageOf(document, block, lines - 2) < last)
            return mover; // a single last line at the top of the next page
    }
    return {};
}

// A block that begins a page by a forced break loses its space above, as one moved there
// by the layout does.
void breakBefore(const QTextBlock &block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    format.setTopMargin(0);
    QTextCursor(block).setBlockFormat(format);
}

// Qt's layout breaks pages line by line and knows no "keep with next": each bad break is
// mended by moving the whole block to the next page. A move shifts everything after it, so
// the document is laid out and looked at again after each one.
void mendPageBreaks(QTextDocument &document)
{
    for (int moved = 0; moved < 200; ++moved) {
        document.pageCount(); // lays the whole document out
        const QTextBlock block = badBreak(document);
        if (!block.isValid())
            return;
        breakBefore(block);
        // Qt's incremental relayout after a format change leaves stale positions behind a
        // new page break (blocks then go missing when drawn): lay it all out afresh.
        document.markContentsDirty(0, document.characterCount());
    }
}

// Two corrections to the formats of Qt's HTML import. Headings (and <small>, <big>) carry a
// relative size that beats a size in pt set by CSS: without it, the size the style sheet asks
// for is the size printed. And ligatures would reach the text layer as U+FB01 "ﬁ" and U+FB02
// "ﬂ" (the ToUnicode map names the ligature glyph), so that "flera" copied or searched is not
// "flera"; Qt shapes without ligatures when letters are spaced, so they are spaced by an
// invisible amount.
void normaliseFormats(QTextDocument &document)
{
    QTextCursor cursor(&document);
    cursor.beginEditBlock(); // one relayout at the end, not one per fragment
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            const bool sized = format.hasProperty(QTextFormat::FontPointSize)
                && format.hasProperty(QTextFormat::FontSizeAdjustment);
            const bool spaced = format.hasProperty(QTextFormat::FontLetterSpacing);
            if (!sized && spaced)
                continue;
            if (sized)
                format.clearProperty(QTextFormat::FontSizeAdjustment);
            if (!spaced) {
                format.setFontLetterSpacingType(QFont::AbsoluteSpacing);
                format.setFontLetterSpacing(LigatureBreakingSpacing);
            }
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
    cursor.endEditBlock();
}

// QTextLayout::draw also draws the last line above its clip rectangle (Qt 6.4). Of a
// paragraph broken across pages, the last line on one page would be repeated in the text
// layer of the next, hidden by the clip but found by search and copy. So no block is left
// spanning a page break: its part on the next page becomes a block of its own, set as before.
void splitAtPageBreaks(QTextDocument &document)
{
    for (int split = 0; split < 1000; ++split) {
        document.pageCount(); // lays the whole document out
        QTextBlock spanning;
        int nextPageLine = 0;
        for (QTextBlock block = document.begin(); block.isValid() && !spanning.isValid();
             block = block.next()) {
            const int lines = block.layout() ? block.layout()->lineCount() : 0;
            const int first = lines > 1 ? pageOf(document, block, 0) : 0;
            for (int line = 1; line < lines; ++line) {
                if (pageOf(document, block, line) > first) {
                    spanning = block;
                    nextPageLine = line;
                    break;
                }
            }
        }
        if (!spanning.isValid())
            return;
        const int start = spanning.position();
        QTextCursor cursor(&document);
        cursor.setPosition(start + spanning.layout()->lineAt(nextPageLine).textStart());
        if (document.characterAt(cursor.position() - 1) == QChar::LineSeparator)
            cursor.deletePreviousChar(); // a <br> there would leave an empty line behind
        QTextBlockFormat head = spanning.blockFormat();
        QTextBlockFormat tail = head;
        tail.setTopMargin(0);
        tail.setTextIndent(0);
        tail.setPageBreakPolicy(head.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysBefore);
        head.setBottomMargin(0);
        head.setPageBreakPolicy(head.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysAfter);
        cursor.insertBlock(tail);
        if (QTextList *list = cursor.block().textList())
            list->remove(cursor.block()); // a continued list item gets no second bullet
        cursor.setPosition(start);
        cursor.setBlockFormat(head);
        document.markContentsDirty(0, document.characterCount());
    }
}

// Blocks that begin a page by the author's own page break lose their space above too.
void trimForcedBreaks(QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlock previous = block.previous();
        const bool afterBreak = previous.isValid()
            && previous.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter;
        if ((breaksBefore(block) || afterBreak) && block.blockFormat().topMargin() > 0)
            breakBefore(block);
    }
}

QString xmlText(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return text.toHtmlEscaped();
}

// An XMP date as QPdfEngine writes /CreationDate: to the second, in local time with offset.
QString xmpDate(const QDateTime &time)
{
    const QString local = time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
    const int offset = time.offsetFromUtc();
    if (offset == 0)
        return local + QLatin1Char('Z');
    const int minutes = qAbs(offset) / 60;
    return local + QString::asprintf("%c%02d:%02d", offset < 0 ? '-' : '+', minutes / 60,
                                     minutes % 60);
}

// PDF/A-1b metadata. It must agree with the Info dictionary QPdfEngine writes (Title, Creator,
// Producer, CreationDate); author, subject and language exist only here.
QByteArray xmpMetadata(const PdfOptions &options, const QString &title, const QString &date)
{
    QString xmp = QStringLiteral(
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "   <dc:format>application/pdf</dc:format>\n"
        "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n");
    xmp = xmp.arg(xmlText(title));
    if (!options.author.isEmpty())
        xmp += QStringLiteral("   <dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq>"
                              "</dc:creator>\n")
                   .arg(xmlText(options.author));
    if (!options.subject.isEmpty())
        xmp += QStringLiteral("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%1"
                              "</rdf:li></rdf:Alt></dc:description>\n")
                   .arg(xmlText(options.subject));
    if (!options.language.isEmpty())
        xmp += QStringLiteral("   <dc:language><rdf:Bag><rdf:li>%1</rdf:li></rdf:Bag>"
                              "</dc:language>\n")
                   .arg(xmlText(options.language));
    xmp += QStringLiteral(
               "  </rdf:Description>\n"
               "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
               "   <xmp:CreatorTool>%1</xmp:CreatorTool>\n"
               "   <xmp:CreateDate>%2</xmp:CreateDate>\n"
               "   <xmp:ModifyDate>%2</xmp:ModifyDate>\n"
               "  </rdf:Description>\n"
               "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
               "   <pdf:Producer>%3</pdf:Producer>\n"
               "  </rdf:Description>\n"
               "  <rdf:Description rdf:about=\"\""
               " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
               "   <pdfaid:part>1</pdfaid:part>\n"
               "   <pdfaid:conformance>B</pdfaid:conformance>\n"
               "  </rdf:Description>\n"
               " </rdf:RDF>\n"
               "</x:xmpmeta>\n"
               "<?xpacket end=\"w\"?>")
               .arg(xmlText(options.creator), date,
                    xmlText(QStringLiteral("Qt ") + QLatin1String(qVersion())));
    return xmp.toUtf8();
}

// QPdfEngine stamps /CreationDate itself when painting begins, a moment after the XMP was
// made. When the second changed in between, the XMP dates are corrected in place: the same
// number of bytes, so every offset in the file stays right. False if that is impossible.
bool alignXmpDates(QByteArray &pdf, const QString &xmpDateUsed)
{
    const QByteArray key("/CreationDate (D:");
    const int at = pdf.indexOf(key);
    if (at < 0)
        return false;
    const int start = at + key.size();
    const int end = pdf.indexOf(')', start);
    if (end < 0)
        return false;
    const QByteArray stamp = pdf.mid(start, end - start); // 20260512143000+02'00' or ...Z
    if (stamp.size() < 15)
        return false;
    QByteArray date = stamp.left(4) + '-' + stamp.mid(4, 2) + '-' + stamp.mid(6, 2) + 'T'
                      + stamp.mid(8, 2) + ':' + stamp.mid(10, 2) + ':' + stamp.mid(12, 2);
    const QByteArray zone = stamp.mid(14);
    date += zone == "Z" ? zone : zone.left(3) + ':' + zone.mid(4, 2);
    const QByteArray used = xmpDateUsed.toLatin1();
    if (date == used)
        return true;
    if (date.size() != used.size())
        return false;
    const int from = pdf.indexOf("<x:xmpmeta");
    const int to = pdf.indexOf("</x:xmpmeta>", from);
    if (from < 0 || to < 0)
        return false;
    for (int i = pdf.indexOf(used, from); i >= 0 && i < to; i = pdf.indexOf(used, i + 1))
        pdf.replace(i, used.size(), date);
    return true;
}

struct Typeset
{
    QByteArray pdf;
    QString xmpDate;
};

Result<Typeset> typeset(const QString &html, const PdfOptions &options, const Families &fonts)
{
    const QSizeF paper = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const QMarginsF &margins = options.marginsMm;

    Typeset result;
    QBuffer buffer(&result.pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(Resolution);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));

    // The footer first: its height is taken from the body.
    QFont footerFont(fonts.sans);
    footerFont.setPointSizeF(PdfWriter::FooterPointSize);
    footerFont.setLetterSpacing(QFont::AbsoluteSpacing, LigatureBreakingSpacing);
    const QFontMetricsF footerMetrics(footerFont, &writer);
    const double paperWidth = fromMm(paper.width());
    const double textWidth = fromMm(paper.width() - margins.left() - margins.right());
    const double labelWidth = options.pageLabel.isEmpty()
        ? 0
        : footerMetrics.horizontalAdvance(pageLabel(options.pageLabel, 888, 888));
    const double labelGap = labelWidth > 0 ? fromMm(6) : 0;
    const QStringList footer =
        footerLines(options.footer, footerFont, &writer, textWidth - labelWidth - labelGap);
    const bool hasFooter = !footer.isEmpty() || labelWidth > 0;
    const double ruleToText = fromMm(2);
    const double footerTextHeight = footerMetrics.lineSpacing() * qMax(1, int(footer.size()));
    const double footerBand = hasFooter ? fromMm(6) + ruleToText + footerTextHeight : 0;
    const double ruleY = fromMm(paper.height() - margins.bottom()) - footerTextHeight - ruleToText;

    QTextDocument document;
    document.setUndoRedoEnabled(false);
    document.setUseDesignMetrics(true);
    QFont bodyFont(fonts.serif);
    bodyFont.setPointSizeF(PdfWriter::BodyPointSize);
    document.setDefaultFont(bodyFont);
    document.setDefaultStyleSheet(PdfWriter::defaultStyleSheet());
    document.setHtml(html);
    // Before the document has a layout, so that the changes cost no relayout.
    normaliseFormats(document);
    trimForcedBreaks(document);
    // Laid out at the writer's resolution: point sizes come out as points, and Qt scales
    // lengths in px (margins, padding, borders) as CSS pixels of 1/96 inch.
    document.documentLayout()->setPaintDevice(&writer);
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setMargin(0);
    root.setPadding(0);
    root.setBorder(0);
    document.rootFrame()->setFrameFormat(root);
    // Each page of the document is the body of one sheet; the paper margins and the footer
    // are added when painting.
    const QRectF body(fromMm(margins.left()), fromMm(margins.top()), textWidth,
                      fromMm(paper.height() - margins.top() - margins.bottom()) - footerBand);
    document.setPageSize(body.size()); // lays the document out afresh
    mendPageBreaks(document);
    splitAtPageBreaks(document);
    const int pageCount = document.pageCount();

    QString title = options.title;
    if (title.isEmpty())
        title = document.metaInformation(QTextDocument::DocumentTitle);
    writer.setTitle(title);
    writer.setCreator(options.creator);
    result.xmpDate = xmpDate(QDateTime::currentDateTime());
    writer.setDocumentXmpMetadata(xmpMetadata(options, title, result.xmpDate));

    QPainter painter;
    if (!painter.begin(&writer))
        return Error(PdfWriter::tr("The PDF document could not be created."));
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0)
            writer.newPage();
        // The lines of this page, and no line of the next or previous one (its text would
        // be in the page's text layer even where the clip hides it).
        const QRectF area(0, index * body.height(), body.width(), body.height());
        painter.save();
        painter.translate(body.left(), body.top() - area.top());
        // Glyphs and tables that reach into the side margins stay visible.
        painter.setClipRect(area.adjusted(-body.left(), 0, paperWidth - body.right(), 0));
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = area.adjusted(0, 0.5, 0, -0.5);
        context.palette.setColor(QPalette::Text, BodyColor);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        if (!hasFooter)
            continue;
        const double left = fromMm(margins.left());
        painter.setPen(QPen(RuleColor, fromPt(0.5)));
        painter.drawLine(QPointF(left, ruleY), QPointF(left + textWidth, ruleY));
        painter.setPen(FooterColor);
        painter.setFont(footerFont);
        const double baseline = ruleY + ruleToText + footerMetrics.ascent();
        for (int line = 0; line < footer.size(); ++line)
            painter.drawText(QPointF(left, baseline + line * footerMetrics.lineSpacing()),
                             footer.at(line));
        if (labelWidth > 0) {
            const QString label = pageLabel(options.pageLabel, index + 1, pageCount);
            painter.drawText(QPointF(left + textWidth - footerMetrics.horizontalAdvance(label),
                                     baseline),
                             label);
        }
    }
    if (!painter.end())
        return Error(PdfWriter::tr("The PDF document could not be created."));
    return result;
}

} // namespace

QString PdfWriter::serifFamily()
{
    return bundledFonts().serif;
}

QString PdfWriter::sansFamily()
{
    return bundledFonts().sans;
}

QString PdfWriter::defaultStyleSheet()
{
    const Families fonts = bundledFonts();
    // Qt's rich text knows a subset of CSS 2.1; what is here is what it honours.
    return QStringLiteral(
               "body { font-family: '%1'; font-size: 11pt; }"
               "p { margin-top: 0px; margin-bottom: 8px; line-height: 135%; }"
               "h1, h2, h3, h4 { font-family: '%2'; font-weight: bold; color: #1d3b5e; }"
               "h1 { font-size: 20pt; margin-top: 0px; margin-bottom: 14px; }"
               "h2 { font-size: 14pt; margin-top: 20px; margin-bottom: 8px; }"
               "h3 { font-size: 12pt; margin-top: 14px; margin-bottom: 6px; }"
               "h4 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px; }"
               "ul, ol { margin-top: 0px; margin-bottom: 8px; }"
               "li { margin-bottom: 3px; line-height: 135%; }"
               "table { border-collapse: collapse; margin-top: 4px; margin-bottom: 12px; }"
               "th { font-family: '%2'; font-size: 9pt; font-weight: bold; text-align: left;"
               " background-color: #e6ebf1; color: #1d3b5e; padding: 4px 6px;"
               " border-bottom: 1px solid #1d3b5e; }"
               "td { padding: 4px 6px; border-bottom: 1px solid #c8ced6; vertical-align: top; }"
               "a { color: #1d3b5e; text-decoration: underline; }"
               "small { font-size: 9pt; }")
        .arg(fonts.serif, fonts.sans);
}

Result<QByteArray> PdfWriter::render(const QString &html, const PdfOptions &options)
{
    const Families fonts = bundledFonts();
    if (!fonts.ok)
        return Error(tr("The fonts for the PDF document could not be loaded."));
    const QMarginsF &m = options.marginsMm;
    const QSizeF paper = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    if (m.left() < 0 || m.top() < 0 || m.right() < 0 || m.bottom() < 0
        || paper.width() - m.left() - m.right() < MinimumBodyMm
        || paper.height() - m.top() - m.bottom() < MinimumBodyMm)
        return Error(tr("The page margins leave no room for the text."));

    // A second try only in the odd case that the clock's UTC offset changed while writing.
    for (int attempt = 0; attempt < 2; ++attempt) {
        Result<Typeset> typeset = ::typeset(html, options, fonts);
        if (!typeset)
            return typeset.error();
        if (alignXmpDates(typeset->pdf, typeset->xmpDate))
            return std::move(typeset->pdf);
    }
    return Error(tr("The PDF document could not be created."));
}

Result<void> PdfWriter::write(const QString &path, const QString &html, const PdfOptions &options)
{
    Result<QByteArray> pdf = render(html, options);
    if (!pdf)
        return pdf.error();
    // All or nothing: a failure leaves any earlier file at the path as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size()
        || !file.commit())
        return Error(tr("The PDF document could not be saved. Check that the folder exists "
                        "and that you may write there."),
                     path);
    return {};
}
