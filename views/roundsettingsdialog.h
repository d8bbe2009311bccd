#pragma once

#include "result.h"

#include <QDialog>

class CriterionTableModel;
class Database;
class JurorTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableView;

/// The round's settings, jury and criteria. Every change is stored at once; there is no
/// Save button to forget.
class RoundSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RoundSettingsDialog(Database &db, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    /// The last message shown (a refusal or "Saved").
    QString messageText() const;

    /// Adds a juror from the form's fields.
    void addJuror();
    void addCriterion();

private:
    QWidget *createRoundPage();
    QWidget *createJuryPage();
    QWidget *createCriteriaPage();
    void loadRound();
    void storeRound();
    void showResult(const Result<void> &result);
    void showError(const Error &error);

    Database &m_db;
    QTabWidget *m_tabs;
    QLabel *m_message;
    // Round
    QLineEdit *m_award = nullptr;
    QSpinBox *m_year = nullptr;
    QSpinBox *m_prize = nullptr;
    QSpinBox *m_finalists = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_contact = nullptr;
    // Jury
    JurorTableModel *m_jurors = nullptr;
    QTableView *m_jurorView = nullptr;
    QLineEdit *m_jurorName = nullptr;
    QLineEdit *m_jurorOrganisation = nullptr;
    QCheckBox *m_jurorChair = nullptr;
    // Criteria
    CriterionTableModel *m_criteria = nullptr;
    QTableView *m_criterionView = nullptr;
};
