#pragma once

#include "itemmodels/ballotmodel.h"
#include "result.h"
#include "screening/screening.h"

#include <QWidget>

class BallotModel;
class Database;
class QLabel;
class QPushButton;
class QTreeView;

/// A juror's ballot in the final vote: the finalists in the juror's order, 1 = best, ranked
/// by drag and drop or by keyboard (Alt+Up and Alt+Down move, Alt+Right makes a finalist
/// equal to the one above, Alt+Left undoes that, Delete makes it unranked). Finalists the
/// juror has a conflict of interest on are shown but cannot be ranked. Every change is stored
/// at once. The organiser ranks by acting as a juror.
class BallotPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BallotPanel(Database &db, QWidget *parent = nullptr);

    /// Whose ballot the panel shows: a juror's; the organiser sees an explanation instead.
    void setViewer(const Viewer &viewer);
    Viewer viewer() const { return m_viewer; }
    /// Reads the ballot and the round again (also done on every change to the round file).
    void refresh();

    /// Whether the ballot can change now.
    bool isEditable() const;
    /// Applies @p edit to the selected finalist, stores it and announces the new position.
    void editSelected(BallotEdit edit);
    /// Selects the finalist on @p row.
    void selectRow(int row);
    int selectedRow() const;
    /// Moves the keyboard to the list.
    void focusBallot();

    BallotModel *model() const { return m_model; }
    QTreeView *list() const { return m_list; }
    QPushButton *button(BallotEdit edit) const;
    QString noticeText() const;
    QString statusText() const;

signals:
    void failed(const Error &error);
    /// Something worth telling a screen reader user happened.
    void announced(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void announcePosition(qint64 applicationId);
    void report(const Error &error);

    Database &m_db;
    Viewer m_viewer;
    BallotModel *m_model;
    QLabel *m_title;
    QLabel *m_who;
    QLabel *m_help;
    QLabel *m_notice;
    QTreeView *m_list;
    QList<QPair<BallotEdit, QPushButton *>> m_buttons;
    QLabel *m_status;
};
