#include "readerview.h"

#include "search/searchquery.h"
#include "theme.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

namespace {

// The longest comfortable line, in average character widths.
constexpr int MeasureInCharacters = 78;

QString withHits(const QString &text, const QStringList &terms, int *hits)
{
    const QList<SearchQuery::Range> ranges = SearchQuery::matches(text, terms);
    if (ranges.isEmpty())
        return text.toHtmlEscaped();
    QString out;
    int at = 0;
    for (const SearchQuery::Range &r : ranges) {
        out += text.mid(at, r.start - at).toHtmlEscaped();
        ++*hits;
        out += QStringLiteral("<a name=\"hit%1\"></a><span class=\"hit\">%2</span>")
                   .arg(*hits)
                   .arg(text.mid(r.start, r.length).toHtmlEscaped());
        at = r.start + r.length;
    }
    out += text.mid(at).toHtmlEscaped();
    return out;
}

QString paragraphs(const QString &text, const QStringList &terms, int *hits)
{
    QString out;
    const QStringList parts = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QString html = withHits(part.trimmed(), terms, hits);
        html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        out += QStringLiteral("<p>%1</p>").arg(html);
    }
    return out;
}

QString formatSubmitted(const QString &iso)
{
    const QLocale locale;
    if (iso.contains(QLatin1Char('T'))) {
        const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
        if (dt.isValid())
            return ReaderView::tr("%1 at %2")
                .arg(locale.toString(dt.date(), QLocale::LongFormat),
                     locale.toString(dt.time(), QLocale::ShortFormat));
    }
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? locale.toString(date, QLocale::LongFormat) : iso;
}

QString fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Application text"));
    setAccessibleDescription(tr("The chosen application. Attachments are linked at the end."));
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const qint64 id = url.path().toLongLong();
        if (url.scheme() == QLatin1String("attachment"))
            emit attachmentRequested(id);
        else if (url.scheme() == QLatin1String("external"))
            emit externalViewRequested(id);
        else if (url.scheme() == QLatin1String("answer"))
            emit answerRequested(id);
        else if (url.scheme().isEmpty() && url.hasFragment())
            scrollToAnchor(url.fragment());
    });
    clearApplication();
}

QString ReaderView::html(const Application &a, const QStringList &terms, int *hits,
                         const ReaderFollowup &followup)
{
    const QLocale locale;
    QString html;
    const QString title = a.row.title.isEmpty() ? tr("(no title)") : a.row.title;
    html += QStringLiteral("<h1>%1</h1>").arg(withHits(title, terms, hits));

    QStringList byline;
    byline << withHits(a.applicant.isEmpty() ? a.row.municipality : a.applicant, terms, hits);
    if (!a.submitted.isEmpty())
        byline << tr("submitted %1").arg(formatSubmitted(a.submitted)).toHtmlEscaped();
    html += QStringLiteral("<p class=\"muted\">%1</p>").arg(byline.join(QStringLiteral(" · ")));

    const auto fact = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td class=\"muted\">%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
    };
    html += QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"2\">");
    html += fact(tr("Municipality"),
                 QStringLiteral("<b>%1</b> (%2)").arg(a.row.municipality.toHtmlEscaped(),
                                                      a.row.municipalityCode));
    html += fact(tr("County"), a.row.county.toHtmlEscaped());
    html += fact(tr("Population"), tr("%1 (%2)")
                                       .arg(locale.toString(a.row.population))
                                       .arg(a.row.populationYear)
                                       .toHtmlEscaped());
    html += fact(tr("Municipality group"), a.row.group.toHtmlEscaped());
    if (!a.contactName.isEmpty() || !a.contactEmail.isEmpty()) {
        QStringList contact;
        if (!a.contactName.isEmpty())
            contact << a.contactName.toHtmlEscaped();
        if (!a.contactEmail.isEmpty())
            contact << a.contactEmail.toHtmlEscaped();
        html += fact(tr("Contact"), contact.join(QStringLiteral(", ")));
    }
    html += fact(tr("Status"), applicationStatusTitle(a.row.status).toHtmlEscaped());
    if (!followup.items.isEmpty()) {
        int answered = 0;
        for (const ReaderFollowup::Item &item : followup.items)
            answered += item.answer.isEmpty() ? 0 : 1;
        const bool letterAnswered = !followup.letterAnswer.isEmpty() || !followup.files.isEmpty();
        const QString summary = answered == followup.items.size() || letterAnswered
                                    ? tr("%n question(s), answered", nullptr, int(followup.items.size()))
                                    : tr("%n question(s), %1 answered", nullptr, int(followup.items.size())).arg(answered);
        html += fact(tr("Follow-up"), QStringLiteral("<a href=\"#followup\">%1</a>").arg(summary.toHtmlEscaped()));
    }
    html += QStringLiteral("</table>");

    if (!a.summary.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Summary").toHtmlEscaped());
        html += paragraphs(a.summary, terms, hits);
    }
    for (const Section &section : a.sections) {
        html += QStringLiteral("<h2>%1</h2>").arg(withHits(section.heading, terms, hits));
        html += paragraphs(section.body, terms, hits);
    }
    if (!followup.isEmpty()) {
        html += QStringLiteral("<h2><a name=\"followup\"></a>%1</h2>").arg(tr("Follow-up questions and answers").toHtmlEscaped());
        const QDate replyBy = QDate::fromString(followup.replyBy, Qt::ISODate);
        for (int i = 0; i < followup.items.size(); ++i) {
            const ReaderFollowup::Item &item = followup.items.at(i);
            html += QStringLiteral("<p><b>%1</b></p>").arg(withHits(tr("%1. %2").arg(i + 1).arg(item.question), terms, hits));
            if (!item.answer.isEmpty())
                html += paragraphs(item.answer, terms, hits);
            else if (followup.letterAnswer.isEmpty() && followup.files.isEmpty())
                html += QStringLiteral("<p class=\"muted\">%1</p>")
                            .arg((replyBy.isValid() ? tr("Not answered yet; the reply is due %1.")
                                                          .arg(locale.toString(replyBy, QLocale::LongFormat))
                                                    : tr("Not answered yet."))
                                     .toHtmlEscaped());
        }
        if (!followup.letterAnswer.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p>").arg(tr("The answer to the letter").toHtmlEscaped());
            html += paragraphs(followup.letterAnswer, terms, hits);
        }
        for (const ReaderFollowup::File &file : followup.files) {
            const QDate received = QDate::fromString(file.received, Qt::ISODate);
            html += QStringLiteral("<p>%1 <a href=\"answer:%2\">%3</a></p>")
                        .arg(tr("Answer as PDF, received %1:")
                                 .arg(received.isValid() ? locale.toString(received, QLocale::LongFormat) : file.received)
                                 .toHtmlEscaped())
                        .arg(file.answerId)
                        .arg(file.name.toHtmlEscaped());
        }
    }
    if (!a.attachments.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Attachments").toHtmlEscaped());
        for (const AttachmentInfo &attachment : a.attachments) {
            html += QStringLiteral("<p><a href=\"attachment:%1\">%2</a> (%3) · "
                                   "<a href=\"external:%1\">%4</a></p>")
                        .arg(attachment.id)
                        .arg(attachment.fileName.toHtmlEscaped(), fileSize(attachment.size),
                             tr("open in PDF viewer").toHtmlEscaped());
        }
    }
    return html;
}

void ReaderView::showApplication(const Application &application, const QStringList &terms,
                                 const ReaderFollowup &followup)
{
    const bool same = application.row.id == m_application.row.id;
    const int scroll = verticalScrollBar()->value();
    m_application = application;
    m_followup = followup;
    m_terms = terms;
    render();
    if (m_hits > 0)
        scrollToAnchor(QStringLiteral("hit1"));
    else if (same)
        verticalScrollBar()->setValue(scroll);
}

void ReaderView::showMessage(const QString &message)
{
    m_application = Application();
    m_followup = ReaderFollowup();
    m_hits = 0;
    document()->setDefaultStyleSheet(Theme::readerStyleSheet());
    setHtml(QStringLiteral("<p class=\"muted\">%1</p>").arg(message.toHtmlEscaped()));
    updateMargins();
}

void ReaderView::clearApplication()
{
    showMessage(tr("Choose an application in the list to read it."));
}

void ReaderView::render()
{
    m_hits = 0;
    document()->setDefaultStyleSheet(Theme::readerStyleSheet());
    setHtml(html(m_application, m_terms, &m_hits, m_followup));
    updateMargins();
}

void ReaderView::updateMargins()
{
    const int measure = fontMetrics().averageCharWidth() * MeasureInCharacters;
    const int side = std::max(16, (viewport()->width() - measure) / 2);
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(16);
    format.setBottomMargin(24);
    document()->rootFrame()->setFrameFormat(format);
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
}

void ReaderView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        if (m_application.row.id != 0)
            render();
        else
            updateMargins();
    }
}
