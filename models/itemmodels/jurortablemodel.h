#pragma once

#include "round.h"
#include "storedtablemodel.h"

/// The jury as an editable table; every edit is stored at once.
class JurorTableModel : public StoredTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OrganisationColumn, ChairColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, UuidRole };

    explicit JurorTableModel(Database &db, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const Juror &jurorAt(int row) const { return m_jurors.at(row); }

protected:
    Result<void> load() override;
    int size() const override { return int(m_jurors.size()); }

private:
    QList<Juror> m_jurors;
};
