#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMarginsF>
#include <QString>

/// How a published document describes itself and how its pages are dressed.
struct PdfOptions
{
    QString title;     ///< document title, in the metadata and the viewer's title bar
    QString author;    ///< who publishes it, e.g. the jury's secretariat
    QString subject;   ///< one sentence on what the document is
    QString creator;   ///< the program that made it, e.g. "Jurybench 0.1.0"
    QString pageLabel; ///< e.g. "Sida %1 av %2": %1 the page, %2 the page count; empty: none
    QString footer;    ///< under the body of every page; wraps, at most three lines, then elided
    QMarginsF marginsMm{25, 22, 25, 22}; ///< paper margins (left, top, right, bottom); the
                                         ///< footer sits inside them, above the bottom margin
    QString language;  ///< language of the text ("sv", "en"), for the metadata
};

/// Typesets the program's published documents (decision, jury protocol, question letters)
/// from HTML into archivable PDF: PDF/A-1b, A4, real text in embedded fonts.
class PdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfWriter)

public:
    /// Typesets @p html on A4 pages (page breaks from CSS page-break-before/after), with the
    /// footer and page numbers, as PDF/A-1b with embedded fonts, and saves it at @p path.
    static Result<void> write(const QString &path, const QString &html,
                              const PdfOptions &options);

    /// The same as write(), to memory.
    static Result<QByteArray> render(const QString &html, const PdfOptions &options);

    /// The serif family registered from the bundled fonts (body text), for callers' CSS.
    static QString serifFamily();

    /// The sans-serif family registered from the bundled fonts (headings, tables, footer).
    static QString sansFamily();

    /// The style sheet every document starts from; a document's own <style> overrides it.
    /// Sizes of type are in pt; lengths in px are CSS pixels (1/96 inch).
    static QString defaultStyleSheet();

    /// The size of body text, in points.
    static constexpr double BodyPointSize = 11;

    /// The size of the footer and the page numbers, in points.
    static constexpr double FooterPointSize = 8;
};
