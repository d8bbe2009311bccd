#pragma once

#include "result.h"
#include "screening/screening.h"

#include <QWidget>

class ApplicationFilterModel;
class ApplicationTableModel;
class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

/// The list of applications: search as you type, filters by county, group and status, and a
/// sortable table in Swedish order.
class ApplicationListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicationListPanel(Database &db, QWidget *parent = nullptr);

    /// The application shown in the reader, 0 when none.
    qint64 currentApplicationId() const;
    bool selectApplication(qint64 id);
    /// Moves to the next (+1) or previous (-1) application in the list's order.
    bool step(int delta);
    void focusSearch();
    /// The words of the current search, for highlighting.
    QStringList searchTerms() const;

    int visibleCount() const;
    int totalCount() const;

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *countyFilter() const { return m_county; }
    QComboBox *groupFilter() const { return m_group; }
    QComboBox *statusFilter() const { return m_status; }
    ApplicationFilterModel *filterModel() const { return m_filter; }
    ApplicationTableModel *tableModel() const { return m_model; }

    /// Runs a pending search at once (the field waits for a pause in typing).
    void searchNow();
    /// Whose progress the list shows; the status filter offers that juror's progress too.
    void setViewer(const Viewer &viewer);

signals:
    void currentApplicationChanged(qint64 id);
    void searchTermsChanged(const QStringList &terms);
    /// The number of rows shown changed; the text says it in words.
    void countChanged(const QString &text);
    void failed(const Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitColumns();
    void fillFilters();
    void applyFilters();
    void runSearch();
    void updateCount();
    void keepSelection();

    Database &m_db;
    ApplicationTableModel *m_model;
    ApplicationFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_county;
    QComboBox *m_group;
    QComboBox *m_status;
    QTableView *m_view;
    QLabel *m_count;
    QTimer *m_searchTimer;
    QStringList m_terms;
    qint64 m_current = 0;
};
