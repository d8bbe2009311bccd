#include "mergereportdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->setWordWrap(true);
    table->setAccessibleName(name);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *number(int value)
{
    auto *item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

QString MergeReportDialog::summary(const QList<MergeResult> &results)
{
    int merged = 0, refused = 0, changed = 0;
    for (const MergeResult &r : results) {
        if (r.merged()) {
            ++merged;
            changed += r.counts.added + r.counts.updated;
        } else {
            ++refused;
        }
    }
    QString text = tr("%n return file(s) merged.", nullptr, merged) + QLatin1Char(' ')
                   + tr("%n row(s) new or changed.", nullptr, changed);
    if (refused > 0)
        text += QLatin1Char(' ') + tr("%n file(s) refused; nothing of them was merged.", nullptr, refused);
    return text;
}

MergeReportDialog::MergeReportDialog(const QList<MergeResult> &results, QWidget *parent)
    : QDialog(parent)
    , m_table(makeTable(this,
                        {tr("File"), tr("Juror"), tr("Added"), tr("Updated"), tr("Unchanged"),
                         tr("Refused"), tr("Result")},
                        tr("Merged return files")))
{
    setWindowTitle(tr("Return files merged"));
    auto *summaryLabel = new QLabel(summary(results), this);
    summaryLabel->setWordWrap(true);
    m_table->setRowCount(int(results.size()));
    for (int row = 0; row < results.size(); ++row) {
        const MergeResult &r = results.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QFileInfo(r.file).fileName()));
        m_table->setItem(row, 1, new QTableWidgetItem(r.jurorName.isEmpty() ? tr("unknown") : r.jurorName));
        m_table->setItem(row, 2, number(r.counts.added));
        m_table->setItem(row, 3, number(r.counts.updated));
        m_table->setItem(row, 4, number(r.counts.unchanged));
        m_table->setItem(row, 5, number(r.counts.refused));
        m_table->setItem(row, 6, new QTableWidgetItem(r.merged() ? tr("Merged")
                                                                 : tr("Refused: %1").arg(r.refusal->message)));
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summaryLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 360);
}

MergeLogDialog::MergeLogDialog(const QList<Merger::LogEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_table(makeTable(this,
                        {tr("Time"), tr("Juror"), tr("File"), tr("Added"), tr("Updated"),
                         tr("Unchanged"), tr("SHA-256")},
                        tr("Log of merged return files")))
{
    setWindowTitle(tr("Log of merged return files"));
    auto *intro = new QLabel(entries.isEmpty() ? tr("No return file has been merged yet.")
                                               : tr("Every return file that changed the round, "
                                                    "newest first."),
                             this);
    m_table->setRowCount(int(entries.size()));
    const QLocale locale;
    for (int row = 0; row < entries.size(); ++row) {
        const Merger::LogEntry &e = entries.at(row);
        const QDateTime when = QDateTime::fromString(e.mergedAt, Qt::ISODateWithMs).toLocalTime();
        m_table->setItem(row, 0, new QTableWidgetItem(locale.toString(when, QLocale::ShortFormat)));
        m_table->setItem(row, 1, new QTableWidgetItem(e.jurorName));
        m_table->setItem(row, 2, new QTableWidgetItem(e.fileName));
        m_table->setItem(row, 3, number(e.counts.added));
        m_table->setItem(row, 4, number(e.counts.updated));
        m_table->setItem(row, 5, number(e.counts.unchanged));
        auto *hash = new QTableWidgetItem(e.sha256.left(16) + QStringLiteral("…"));
        hash->setToolTip(e.sha256);
        m_table->setItem(row, 6, hash);
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 400);
}
