#include "storedtablemodel.h"

StoredTableModel::StoredTableModel(Database &db, Database::Topic topic, int columns,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_columns(columns)
{
    connect(&m_db, &Database::changed, this, [this, topic](Database::Topic changed) {
        if (changed == topic) {
            if (auto r = reload(); !r)
                emit editFailed(r.error());
        }
    });
}

int StoredTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : size();
}

int StoredTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

Result<void> StoredTableModel::reload()
{
    beginResetModel();
    auto result = load();
    endResetModel();
    return result;
}

bool StoredTableModel::refuse(const Error &error)
{
    emit editFailed(error);
    return false;
}
