#include "measure.h"

#include "applicationlistpanel.h"
#include "exchange/returnfile.h"
#include "export/documents.h"
#include "mainwindow.h"
#include "screening/leaderboard.h"
#include "storage/applicationrepository.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QKeyEvent>

#include <algorithm>

namespace {

/// Notes that a widget was painted.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget *widget) { widget->installEventFilter(this); }
    bool painted = false;

    /// Delivers events until the widget has been painted; false after ten seconds without.
    bool wait()
    {
        QElapsedTimer timer;
        timer.start();
        while (!painted && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return painted;
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p * (values.size() - 1);
    const int lo = int(rank);
    const int hi = std::min(lo + 1, int(values.size()) - 1);
    return values.at(lo) + (values.at(hi) - values.at(lo)) * (rank - lo);
}

double mean(const QList<double> &values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    return values.isEmpty() ? 0 : sum / values.size();
}

[[noreturn]] void fail(const QString &what, const Error &error)
{
    qFatal("%s: %s", qPrintable(what), qPrintable(error.toString()));
}

} // namespace

namespace Measure {

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

QJsonObject session(const BenchData::Files &files, const QString &workDir)
{
    QJsonObject out;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();

    // Open → first paint of the list; the median of five opens, so that one-time costs of
    // the process (fonts, plugins) and a noisy moment weigh less.
    QElapsedTimer timer;
    QList<double> opens;
    ApplicationListPanel *list = nullptr;
    for (int i = 0; i < 5; ++i) {
        if (i > 0)
            window.closeRound();
        timer.start();
        if (auto r = window.openRound(files.round); !r)
            fail(QStringLiteral("open"), r.error());
        list = window.listPanel();
        PaintWatcher listPaint(list->view()->viewport());
        if (!listPaint.wait())
            qFatal("the list was never painted");
        opens << ms(timer);
    }
    out.insert(QStringLiteral("open_ms"), percentile(opens, 0.5));
    out.insert(QStringLiteral("applications"), list->totalCount());
    Database &db = *window.database();

    // Full-text search as the search field runs it.
    QList<double> search;
    ApplicationRepository applications(db);
    qint64 hits = 0;
    for (const QString &query : BenchData::queries()) {
        timer.start();
        auto ids = applications.search(query);
        search << ms(timer);
        if (!ids)
            fail(QStringLiteral("search"), ids.error());
        hits += ids->size();
    }
    out.insert(QStringLiteral("search_mean_ms"), mean(search));
    out.insert(QStringLiteral("search_median_ms"), percentile(search, 0.5));
    out.insert(QStringLiteral("search_p95_ms"), percentile(search, 0.95));
    out.insert(QStringLiteral("search_hits"), hits);

    // Typing into the list's search field: each keystroke until the frame is painted.
    QLineEdit *field = list->searchField();
    field->setFocus();
    QList<double> keystrokes;
    for (QChar c : BenchData::typedQuery()) {
        PaintWatcher fieldPaint(field);
        timer.start();
        // As the keyboard sends it (QTest's key helpers take only ASCII).
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(field, &press);
        QApplication::sendEvent(field, &release);
        list->searchNow();
        fieldPaint.wait();
        keystrokes << ms(timer);
    }
    out.insert(QStringLiteral("filter_median_ms"), percentile(keystrokes, 0.5));
    out.insert(QStringLiteral("filter_p95_ms"), percentile(keystrokes, 0.95));
    out.insert(QStringLiteral("filter_visible"), list->visibleCount());

    // The leaderboard computed anew from the scores (median of three).
    QList<double> leaderboard;
    for (int i = 0; i < 3; ++i) {
        timer.start();
        auto board = Leaderboard::load(db);
        leaderboard << ms(timer);
        if (!board)
            fail(QStringLiteral("leaderboard"), board.error());
    }
    out.insert(QStringLiteral("leaderboard_ms"), percentile(leaderboard, 0.5));
    window.closeRound();

    // The decision PDF of the round brought to "decided" (median of three).
    {
        auto decided = Database::openReadOnly(files.decided);
        if (!decided)
            fail(QStringLiteral("decided round"), decided.error());
        QList<double> pdf;
        for (int i = 0; i < 3; ++i) {
            const QString path = QDir(workDir).filePath(QStringLiteral("decision.pdf"));
            QFile::remove(path);
            timer.start();
            if (auto r = Documents::exportDecision(*decided.value(), path); !r)
                fail(QStringLiteral("decision PDF"), r.error());
            pdf << ms(timer);
        }
        out.insert(QStringLiteral("pdf_ms"), percentile(pdf, 0.5));
        // The same document for LibreOffice to convert.
        auto html = Documents::decisionHtml(*decided.value());
        if (!html)
            fail(QStringLiteral("decision document"), html.error());
        QFile document(QDir(workDir).filePath(QStringLiteral("decision.html")));
        if (document.open(QIODevice::WriteOnly))
            document.write(html->toUtf8());
    }
    out.insert(QStringLiteral("peak_rss_mib"), peakRssMiB());
    return out;
}

QJsonObject merge(const BenchData::Files &files, const QString &workDir)
{
    const QString copy = QDir(workDir).filePath(QStringLiteral("merge.jury"));
    QFile::remove(copy);
    if (!QFile::copy(files.base, copy))
        qFatal("cannot copy the round");
    QJsonObject out;
    auto opened = Database::open(copy);
    if (!opened)
        fail(QStringLiteral("open"), opened.error());
    QElapsedTimer timer;
    timer.start();
    auto merged = Merger(*opened.value()).merge(files.returns);
    out.insert(QStringLiteral("merge_ms"), ms(timer));
    if (!merged)
        fail(QStringLiteral("merge"), merged.error());
    qint64 rows = 0;
    for (const MergeResult &result : merged.value()) {
        if (!result.merged())
            fail(QStringLiteral("merge"), *result.refusal);
        rows += result.counts.added + result.counts.updated;
    }
    out.insert(QStringLiteral("merge_rows"), rows);
    out.insert(QStringLiteral("merge_peak_rss_mib"), peakRssMiB());
    return out;
}

} // namespace Measure
