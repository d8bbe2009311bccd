#include "tallymatrixmodel.h"

#include <QFont>

TallyMatrixModel::TallyMatrixModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void TallyMatrixModel::setResult(const VoteResult &result, const QList<qint64> &order)
{
    beginResetModel();
    m_order.clear();
    m_position.clear();
    for (qint64 id : order) {
        const int position = int(result.tally.candidates.indexOf(id));
        if (position < 0)
            continue;
        m_order << id;
        m_position << position;
    }
    m_names = result.municipality;
    m_matrix = m_kind == Kind::Pairwise ? result.tally.pairwise : result.tally.widestPaths;
    endResetModel();
}

int TallyMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int TallyMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int TallyMatrixModel::value(int row, int column) const
{
    return m_matrix.value(m_position.at(row)).value(m_position.at(column));
}

QVariant TallyMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool diagonal = row == column;
    switch (role) {
    case Qt::DisplayRole:
        return diagonal ? QStringLiteral("–") : QString::number(value(row, column));
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        if (diagonal)
            return m_names.value(m_order.at(row));
        const QString from = m_names.value(m_order.at(row));
        const QString to = m_names.value(m_order.at(column));
        if (m_kind == Kind::Pairwise)
            return tr("%n juror(s) rank %1 above %2.", nullptr, value(row, column)).arg(from, to);
        return tr("The strongest path from %1 to %2 has strength %3.")
            .arg(from, to)
            .arg(value(row, column));
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::FontRole:
        if (!diagonal && value(row, column) > value(column, row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case ValueRole:
        return diagonal ? QVariant() : QVariant(value(row, column));
    case RowWinsRole:
        return !diagonal && value(row, column) > value(column, row);
    default:
        break;
    }
    return {};
}

QVariant TallyMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= m_order.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return m_names.value(m_order.at(section));
    return {};
}
