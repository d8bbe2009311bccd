#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

/// "Kortkommandon": every command that has a keyboard shortcut, and the shortcut.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};
