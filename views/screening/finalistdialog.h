#pragma once

#include "result.h"

#include <QDialog>
#include <QSet>

class Database;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

/// Chooses the finalists: the suggestion (the top of the leaderboard) is ticked; any other
/// choice needs a written reason, which the round keeps.
class FinalistDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FinalistDialog(Database &db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *reasonField() const { return m_reason; }
    QPushButton *chooseButton() const { return m_choose; }
    /// Ticks or unticks the application on @p row.
    void setChosen(int row, bool chosen);
    QString statusText() const;

    /// Stores the choice; false (with the message shown) when refused.
    bool store();

private:
    void updateState();
    QList<qint64> chosen() const;

    Database &m_db;
    int m_wanted = 5;
    QSet<qint64> m_suggestion;
    QTableWidget *m_table;
    QLabel *m_status;
    QPlainTextEdit *m_reason;
    QLabel *m_reasonLabel;
    QPushButton *m_choose;
};
