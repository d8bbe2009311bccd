#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

/// Creates a new round file: the award, the year, the prize, the number of finalists and
/// where to keep the file.
class NewRoundDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewRoundDialog(QWidget *parent = nullptr);

    /// The file that was created, once the dialog is accepted.
    QString createdFile() const { return m_created; }

    void setAward(const QString &award);
    void setFile(const QString &path);
    /// Creates the round; on failure the message is shown in the dialog.
    bool create();

private:
    void chooseFile();
    void suggestFile();

    QLineEdit *m_award;
    QSpinBox *m_year;
    QSpinBox *m_prize;
    QSpinBox *m_finalists;
    QLineEdit *m_file;
    QLabel *m_message;
    QString m_created;
    bool m_fileChosen = false;
};
