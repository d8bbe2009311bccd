#include "jurortablemodel.h"

#include "storage/jurorrepository.h"

JurorTableModel::JurorTableModel(Database &db, QObject *parent)
    : StoredTableModel(db, Database::Topic::Jurors, ColumnCount, parent)
{
    (void)reload();
}

Result<void> JurorTableModel::load()
{
    auto jurors = JurorRepository(m_db).list();
    if (!jurors) {
        m_jurors.clear();
        return jurors.error();
    }
    m_jurors = jurors.value();
    return {};
}

QVariant JurorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Juror &juror = m_jurors.at(index.row());
    if (role == IdRole)
        return juror.id;
    if (role == UuidRole)
        return uuidText(juror.uuid);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return juror.name;
        break;
    case OrganisationColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return juror.organisation;
        break;
    case ChairColumn:
        if (role == Qt::CheckStateRole)
            return juror.chair ? Qt::Checked : Qt::Unchecked;
        // Spoken and shown as text too, not by the check mark alone.
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return juror.chair ? tr("Chair") : QString();
        break;
    }
    return {};
}

QVariant JurorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case OrganisationColumn:
        return tr("Organisation");
    case ChairColumn:
        return tr("Chair");
    }
    return {};
}

Qt::ItemFlags JurorTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ChairColumn)
        flags |= Qt::ItemIsUserCheckable;
    else
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool JurorTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Juror juror = m_jurors.at(index.row());
    if (index.column() == NameColumn && role == Qt::EditRole)
        juror.name = value.toString();
    else if (index.column() == OrganisationColumn && role == Qt::EditRole)
        juror.organisation = value.toString();
    else if (index.column() == ChairColumn && role == Qt::CheckStateRole)
        juror.chair = value.value<Qt::CheckState>() == Qt::Checked;
    else
        return false;
    if (auto r = JurorRepository(m_db).update(juror); !r)
        return refuse(r.error());
    return true;
}
