#pragma once

#include "result.h"

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableView;
class TallyMatrixModel;
class TallyModel;

/// The organiser's count of the final vote: one row per finalist with its place by the
/// Schulze method (which decides), by Borda and by first places, and its screening rank; a
/// notice when the methods or the screening name another winner, and when Schulze ties for
/// first place (the chair's casting vote decides); the pairwise preferences and the strongest
/// paths behind the ranking. Counted again on refresh(), and whenever the round file changes
/// while the view is shown.
class TallyView : public QWidget
{
    Q_OBJECT

public:
    explicit TallyView(Database &db, QWidget *parent = nullptr);

    /// Counts the ballots again.
    void refresh();

    TallyModel *model() const { return m_model; }
    TallyMatrixModel *pairwiseModel() const { return m_pairwise; }
    TallyMatrixModel *widestPathsModel() const { return m_widestPaths; }
    QTableView *table() const { return m_table; }
    QTableView *pairwiseTable() const { return m_pairwiseTable; }
    QTableView *widestPathsTable() const { return m_widestPathsTable; }
    QPushButton *decideButton() const { return m_decide; }
    QString ballotsText() const;
    /// The notices shown, empty when hidden.
    QString disagreementText() const;
    QString tieText() const;

signals:
    /// The organiser wants to record (or read) the decision.
    void decisionRequested();
    void failed(const Error &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showCount();

    Database &m_db;
    bool m_stale = true;
    TallyModel *m_model;
    TallyMatrixModel *m_pairwise;
    TallyMatrixModel *m_widestPaths;
    QLabel *m_ballots;
    QLabel *m_tie;
    QLabel *m_disagreement;
    QTableView *m_table;
    QTableView *m_pairwiseTable;
    QTableView *m_widestPathsTable;
    QPushButton *m_refresh;
    QPushButton *m_decide;
};
