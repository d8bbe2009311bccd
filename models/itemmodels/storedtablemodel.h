#pragma once

#include "result.h"
#include "storage/database.h"

#include <QAbstractTableModel>

/// A table of rows read from the round file, read again whenever its topic changes.
/// Subclasses hold the rows and say how to read them; edits are stored at once.
class StoredTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    StoredTableModel(Database &db, Database::Topic topic, int columns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

    /// Reads the rows again (inside a model reset).
    Result<void> reload();

signals:
    /// An edit was refused or could not be stored, or reading failed; the view shows why.
    void editFailed(const Error &error);

protected:
    /// Reads the rows into the subclass's storage; called between begin/endResetModel.
    virtual Result<void> load() = 0;
    virtual int size() const = 0;
    /// Reports a failed edit and returns false, for setData().
    bool refuse(const Error &error);

    Database &m_db;

private:
    int m_columns;
};
