#pragma once

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

/// "Skapa jurypaket": packages for one juror or all, written into a folder.
class PackageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PackageDialog(Database &db, QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    QListWidget *jurors() const { return m_jurors; }
    /// Writes the packages of the ticked jurors; false (with the message shown) on failure.
    bool create();
    QStringList createdFiles() const { return m_created; }
    QString messageText() const;

private:
    Database &m_db;
    QListWidget *m_jurors;
    QLineEdit *m_folder;
    QLabel *m_message;
    QPushButton *m_create;
    QStringList m_created;
};
