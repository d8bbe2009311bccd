#pragma once

#include "result.h"
#include "round.h"
#include "screening/screening.h"

#include <QHash>
#include <QWidget>

class CommentListModel;
class Database;
class QButtonGroup;
class QCheckBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QUndoStack;
class ScoreScale;

/// Assessing one application: as a juror, the score on each criterion (its guidance beside
/// the scale) with a note, the recommendation, a conflict of interest, and comments; as the
/// organiser, the jury's scores, conflicts and shared comments. Every edit is stored at once
/// and can be undone.
class ScoringPanel : public QWidget
{
    Q_OBJECT

public:
    ScoringPanel(Database &db, QUndoStack *undo, QWidget *parent = nullptr);

    void setViewer(const Viewer &viewer);
    void setApplication(qint64 applicationId);
    Viewer viewer() const { return m_viewer; }

    /// Moves the keyboard to the first criterion without a score (or the first).
    void focusScoring();
    /// Starts a new comment in the editor.
    void startComment();
    /// Asks for a reason and declares (or, when declared, withdraws) a conflict of interest.
    void toggleConflict();

    QList<ScoreScale *> scales() const;
    QLineEdit *noteField(int criterion) const;
    QPlainTextEdit *commentEditor() const { return m_commentEditor; }
    QCheckBox *commentShared() const { return m_commentShared; }
    QPushButton *saveCommentButton() const { return m_saveComment; }
    QListView *commentList() const { return m_commentList; }
    QRadioButton *recommendationButton(std::optional<Recommendation> value) const;
    QString progressText() const;
    QString noticeText() const;

signals:
    void failed(const Error &error);
    /// Something worth telling a screen reader user happened.
    void announced(const QString &text);

private:
    struct CriterionRow
    {
        Criterion criterion;
        QLabel *name;
        ScoreScale *scale;
        QLabel *guidance;
        QLineEdit *note;
    };

    bool eventFilter(QObject *watched, QEvent *event) override;
    /// The jury table's last column fills the width; where the table is wider than the panel
    /// it scrolls sideways, and its height leaves room for the scroll bar below the last row.
    void fitJuryTable();
    void rebuildCriteria();
    void refresh();
    void refreshProgress();
    void refreshOrganiserView();
    void updateEnabled();
    void scoreEdited(int row, std::optional<int> value);
    void noteEdited(int row);
    void recommendationChosen(int id);
    void editSelectedComment();
    void deleteSelectedComment();
    void saveComment();
    void cancelComment();
    void reportError(const Error &error);

    Database &m_db;
    QUndoStack *m_undo;
    Viewer m_viewer;
    qint64 m_application = 0;
    Round m_round;
    bool m_conflicted = false;
    QHash<qint64, Score> m_scores; // by criterion
    std::optional<Recommendation> m_recommendation;
    std::optional<Comment> m_editing;

    QLabel *m_title;
    QLabel *m_who;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QLabel *m_notice;
    QGroupBox *m_criteriaBox;
    QGridLayout *m_criteriaGrid;
    QList<CriterionRow> m_rows;
    QGroupBox *m_recommendationBox;
    QButtonGroup *m_recommendationGroup;
    QPushButton *m_conflictButton;
    QGroupBox *m_juryBox;
    QTableWidget *m_juryTable;
    QLabel *m_conflicts;
    QPushButton *m_registerConflict;
    QGroupBox *m_commentsBox;
    CommentListModel *m_comments;
    QListView *m_commentList;
    QPushButton *m_newComment;
    QPushButton *m_editComment;
    QPushButton *m_deleteComment;
    QPlainTextEdit *m_commentEditor;
    QCheckBox *m_commentShared;
    QPushButton *m_saveComment;
    QPushButton *m_cancelComment;
};
