#pragma once

#include "round.h"
#include "storedtablemodel.h"

/// The criteria as an editable table; every edit is stored at once.
class CriterionTableModel : public StoredTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, WeightColumn, MinColumn, MaxColumn, GuidanceColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, UuidRole };

    explicit CriterionTableModel(Database &db, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const Criterion &criterionAt(int row) const { return m_criteria.at(row); }

protected:
    Result<void> load() override;
    int size() const override { return int(m_criteria.size()); }

private:
    QList<Criterion> m_criteria;
};
