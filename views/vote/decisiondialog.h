#pragma once

#include "result.h"
#include "vote/decisionrepository.h"

#include <QDialog>
#include <QHash>

class Database;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

/// The organiser records the jury's decision: the winner (the vote's, or in a tie for first
/// place the chair's casting vote among the tied finalists), the jury's motivation with a live
/// word count, optional short motivations for the other finalists (each stored when the
/// organiser leaves its field), the date and the place. Recording asks for confirmation, as it
/// locks the round; a refusal is shown in the dialog and changes nothing. A decided round's
/// decision is shown read-only.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DecisionDialog(Database &db, QWidget *parent = nullptr);

    /// Whether the dialog shows a recorded decision (or cannot record one now).
    bool isReadOnly() const { return m_readOnly; }

    /// Asks for confirmation, then records the decision; false when cancelled or refused.
    bool confirmAndDecide();
    /// Records the decision without asking; false, with the reason shown, when refused.
    bool decide();
    /// Stores the other finalists' short motivations that changed; false when refused.
    bool storeFinalistMotivations();

    QComboBox *winnerBox() const { return m_winner; }
    QPlainTextEdit *motivationEditor() const { return m_motivation; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *placeField() const { return m_place; }
    QPushButton *decideButton() const { return m_decide; }
    /// The short motivation field of a finalist other than the winner.
    QPlainTextEdit *finalistMotivationEditor(qint64 applicationId) const;
    /// "112 ord".
    QString wordCountText() const;
    /// The hint shown outside 80–150 words; empty inside.
    QString wordCountHint() const;
    /// The winner when the vote (or the recorded decision) fixes it; empty in a tie.
    QString fixedWinner() const;
    /// What the dialog says about the winner and the casting vote.
    QString winnerText() const;
    QString errorText() const;

    /// Stores the short motivations still being edited, then closes.
    void done(int result) override;

signals:
    /// The decision was recorded and the round locked.
    void decided(const Decision &decision);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct FinalistRow
    {
        qint64 id = 0;
        QLabel *label = nullptr;
        QPlainTextEdit *editor = nullptr;
        QString stored;
    };

    void load();
    void showDecision(const Decision &decision);
    void updateWordCount();
    void updateFinalistRows();
    bool storeFinalistMotivation(FinalistRow &row);
    void showError(const Error &error);
    qint64 chosenWinner() const;

    Database &m_db;
    bool m_readOnly = false;
    bool m_tie = false;
    QHash<qint64, QString> m_names;
    QLabel *m_intro;
    QLabel *m_winnerLabel;
    QComboBox *m_winner;
    QLabel *m_winnerFixed;
    QLabel *m_winnerText;
    QPlainTextEdit *m_motivation;
    QLabel *m_wordCount;
    QLabel *m_wordHint;
    QFormLayout *m_finalistForm;
    QList<FinalistRow> m_finalists;
    QDateEdit *m_date;
    QLineEdit *m_place;
    QLabel *m_error;
    QPushButton *m_decide;
    QPushButton *m_close;
};
