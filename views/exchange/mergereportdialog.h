#pragma once

#include "exchange/returnfile.h"

#include <QDialog>

class QTableWidget;

/// What merging return files did: per file and juror, rows added, updated, unchanged and
/// refused, and why a file was refused.
class MergeReportDialog : public QDialog
{
    Q_OBJECT

public:
    MergeReportDialog(const QList<MergeResult> &results, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    /// One sentence for the status bar and screen readers.
    static QString summary(const QList<MergeResult> &results);

private:
    QTableWidget *m_table;
};

/// The round's log of merged return files.
class MergeLogDialog : public QDialog
{
    Q_OBJECT

public:
    MergeLogDialog(const QList<Merger::LogEntry> &entries, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};
