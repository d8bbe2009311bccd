#pragma once

#include "result.h"

#include <QWidget>

class Database;
class LeaderboardModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/// The organiser's screening leaderboard: scores, normalised scores, recommendations,
/// spread and ranks within municipality group and size, with each application's juror
/// scores plotted beside the numbers.
class LeaderboardView : public QWidget
{
    Q_OBJECT

public:
    explicit LeaderboardView(Database &db, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    LeaderboardModel *model() const { return m_model; }

signals:
    /// The user wants to read this application in the main window.
    void applicationActivated(qint64 applicationId);
    void chooseFinalistsRequested();
    void failed(const Error &error);

private:
    void updateLegend();

    LeaderboardModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_summary;
    QWidget *m_legend;
};
