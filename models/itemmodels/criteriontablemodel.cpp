#include "criteriontablemodel.h"

#include "storage/criterionrepository.h"

#include <QLocale>

CriterionTableModel::CriterionTableModel(Database &db, QObject *parent)
    : StoredTableModel(db, Database::Topic::Criteria, ColumnCount, parent)
{
    (void)reload();
}

Result<void> CriterionTableModel::load()
{
    auto criteria = CriterionRepository(m_db).list();
    if (!criteria) {
        m_criteria.clear();
        return criteria.error();
    }
    m_criteria = criteria.value();
    return {};
}

QVariant CriterionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Criterion &c = m_criteria.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == UuidRole)
        return uuidText(c.uuid);
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn
        && index.column() != GuidanceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == GuidanceColumn)
        return c.guidance;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return c.name;
    case WeightColumn:
        return role == Qt::EditRole ? QVariant(c.weight) : QVariant(QLocale().toString(c.weight));
    case MinColumn:
        return c.scaleMin;
    case MaxColumn:
        return c.scaleMax;
    case GuidanceColumn:
        return c.guidance;
    }
    return {};
}

QVariant CriterionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Criterion");
    case WeightColumn:
        return tr("Weight");
    case MinColumn:
        return tr("Lowest");
    case MaxColumn:
        return tr("Highest");
    case GuidanceColumn:
        return tr("Guidance");
    }
    return {};
}

Qt::ItemFlags CriterionTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool CriterionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Criterion c = m_criteria.at(index.row());
    bool ok = true;
    switch (index.column()) {
    case NameColumn:
        c.name = value.toString();
        break;
    case WeightColumn:
        c.weight = value.toDouble(&ok);
        break;
    case MinColumn:
        c.scaleMin = value.toInt(&ok);
        break;
    case MaxColumn:
        c.scaleMax = value.toInt(&ok);
        break;
    case GuidanceColumn:
        c.guidance = value.toString();
        break;
    default:
        return false;
    }
    if (!ok)
        return refuse(Error(tr("“%1” is not a number.").arg(value.toString())));
    if (auto r = CriterionRepository(m_db).update(c); !r)
        return refuse(r.error());
    return true;
}
