#include "ballotmodel.h"

#include "round.h"
#include "storage/database.h"
#include "storage/roundrepository.h"

#include <QFont>
#include <QMap>
#include <QMimeData>
#include <QSet>

#include <algorithm>

QString BallotModel::mimeType()
{
    return QStringLiteral("application/x-jurybench-ballot-finalist");
}

BallotModel::BallotModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](Database::Topic topic) {
        // The ballot this model just stored needs no second reading.
        if (m_storing || topic == Database::Topic::Criteria)
            return;
        if (auto r = reload(); !r)
            emit loadFailed(r.error());
    });
}

void BallotModel::setJuror(qint64 jurorId)
{
    if (jurorId == m_juror)
        return;
    m_juror = jurorId;
    if (auto r = reload(); !r)
        emit loadFailed(r.error());
}

QList<qint64> BallotModel::Layout::rows() const
{
    QList<qint64> all;
    for (const QList<qint64> &group : groups)
        all += group;
    return all + unranked + conflicted;
}

std::pair<int, int> BallotModel::Layout::find(qint64 id) const
{
    for (int g = 0; g < groups.size(); ++g) {
        if (const int p = int(groups.at(g).indexOf(id)); p >= 0)
            return {g, p};
    }
    return {-1, -1};
}

void BallotModel::Layout::remove(qint64 id)
{
    for (QList<qint64> &group : groups)
        group.removeOne(id);
    // Not removeAll(QList<qint64>()): Qt 6.4 compares two empty lists with memcmp on null
    // pointers (undefined behaviour, UndefinedBehaviorSanitizer stops there).
    groups.removeIf([](const QList<qint64> &group) { return group.isEmpty(); });
    unranked.removeOne(id);
}

bool BallotModel::sameRanks(const Layout &a, const Layout &b)
{
    const auto asSet = [](const QList<qint64> &ids) {
        return QSet<qint64>(ids.cbegin(), ids.cend());
    };
    if (a.groups.size() != b.groups.size() || asSet(a.unranked) != asSet(b.unranked)
        || asSet(a.conflicted) != asSet(b.conflicted))
        return false;
    for (int g = 0; g < a.groups.size(); ++g) {
        if (asSet(a.groups.at(g)) != asSet(b.groups.at(g)))
            return false;
    }
    return true;
}

void BallotModel::normalise(Layout &layout) const
{
    const auto bySwedishOrder = [this](qint64 a, qint64 b) {
        return m_order.value(a) < m_order.value(b);
    };
    // Ties keep the order the juror put them in, so that a finalist made equal to the one
    // above stays below it; the others are in Swedish order.
    layout.groups.removeIf([](const QList<qint64> &group) { return group.isEmpty(); });
    std::sort(layout.unranked.begin(), layout.unranked.end(), bySwedishOrder);
    std::sort(layout.conflicted.begin(), layout.conflicted.end(), bySwedishOrder);
}

Result<void> BallotModel::reload()
{
    Layout layout;
    QHash<qint64, BallotChoice> choices;
    QHash<qint64, int> order;
    bool editable = false;
    if (m_juror != 0) {
        auto list = BallotRepository(m_db).choices(m_juror);
        if (!list)
            return list.error();
        auto round = RoundRepository(m_db).load();
        if (!round)
            return round.error();
        auto owner = RoundRepository(m_db).packageJuror();
        if (!owner)
            return owner.error();
        editable = round->phase == Phase::Vote && (owner.value() == 0 || owner.value() == m_juror);
        QMap<int, QList<qint64>> byRank;
        for (const BallotChoice &c : list.value()) {
            order.insert(c.applicationId, int(order.size()));
            choices.insert(c.applicationId, c);
            if (c.conflicted)
                layout.conflicted << c.applicationId;
            else if (c.rank)
                byRank[*c.rank] << c.applicationId;
            else
                layout.unranked << c.applicationId;
        }
        layout.groups = byRank.values();
    }

    const QList<qint64> rows = layout.rows();
    QList<qint64> sortedNew = rows, sortedOld = m_rows;
    std::sort(sortedNew.begin(), sortedNew.end());
    std::sort(sortedOld.begin(), sortedOld.end());
    const bool editableChanged = editable != m_editable;
    if (sortedNew != sortedOld) {
        beginResetModel();
        m_choices = choices;
        m_order = order;
        m_editable = editable;
        m_layout = layout;
        m_rows = rows;
        endResetModel();
        return {};
    }
    // The same finalists: keep the selection and the current row on the same finalist, and
    // the order within ties when the ranks are the same.
    m_choices = choices;
    m_order = order;
    m_editable = editable;
    if (!sameRanks(layout, m_layout))
        apply(layout);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (editableChanged)
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    return {};
}

void BallotModel::apply(const Layout &next)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QList<qint64> before = m_rows;
    m_layout = next;
    m_rows = next.rows();
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from) {
        const int row = int(m_rows.indexOf(before.value(index.row())));
        to << (row >= 0 ? createIndex(row, index.column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int BallotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BallotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

BallotModel::Standing BallotModel::standing(int row) const
{
    const qint64 id = m_rows.value(row);
    if (m_layout.conflicted.contains(id))
        return Standing::Conflicted;
    return m_layout.find(id).first >= 0 ? Standing::Ranked : Standing::Unranked;
}

int BallotModel::rank(int row) const
{
    const int group = m_layout.find(m_rows.value(row)).first;
    if (group < 0)
        return 0;
    // Ties share the best of their places: 1, 1, 3.
    int rank = 1;
    for (int g = 0; g < group; ++g)
        rank += int(m_layout.groups.at(g).size());
    return rank;
}

QList<qint64> BallotModel::tiedWith(int row) const
{
    const qint64 id = m_rows.value(row);
    const int group = m_layout.find(id).first;
    if (group < 0)
        return {};
    QList<qint64> others = m_layout.groups.at(group);
    others.removeOne(id);
    return others;
}

const BallotChoice &BallotModel::choice(qint64 applicationId) const
{
    static const BallotChoice none;
    const auto it = m_choices.constFind(applicationId);
    return it == m_choices.cend() ? none : *it;
}

int BallotModel::rankableCount() const
{
    return int(m_rows.size() - m_layout.conflicted.size());
}

int BallotModel::rankedCount() const
{
    return rankableCount() - int(m_layout.unranked.size());
}

QString BallotModel::rankText(int row) const
{
    switch (standing(row)) {
    case Standing::Ranked:
        return tiedWith(row).isEmpty() ? QString::number(rank(row))
                                       : tr("%1 (shared)").arg(rank(row));
    case Standing::Unranked:
        return QStringLiteral("–");
    case Standing::Conflicted:
        return tr("conflict");
    }
    return {};
}

QVariant BallotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const BallotChoice &c = choice(m_rows.at(row));
    const Standing s = standing(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return rankText(row);
        case MunicipalityColumn:
            return c.municipality;
        case TitleColumn:
            return c.title;
        }
        break;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (index.column() == RankColumn) {
            switch (s) {
            case Standing::Ranked:
                return tiedWith(row).isEmpty() ? tr("Place %1").arg(rank(row))
                                               : tr("Shared place %1").arg(rank(row));
            case Standing::Unranked:
                return tr("Unranked (below every ranked finalist)");
            case Standing::Conflicted:
                return tr("Conflict of interest: cannot be ranked");
            }
        }
        if (role == Qt::ToolTipRole && s == Standing::Conflicted)
            return tr("You have a conflict of interest on %1 and take no part in ranking it.")
                .arg(c.municipality);
        if (role == Qt::AccessibleTextRole)
            return data(index, Qt::DisplayRole);
        break;
    case Qt::FontRole:
        if (s != Standing::Ranked) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        if (index.column() == RankColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case IdRole:
        return c.applicationId;
    case RankRole:
        return rank(row);
    case StandingRole:
        return int(s);
    case SharedRole:
        return s == Standing::Ranked && !tiedWith(row).isEmpty();
    default:
        break;
    }
    return {};
}

QVariant BallotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Place");
    case MunicipalityColumn:
        return tr("Municipality");
    case TitleColumn:
        return tr("Title");
    }
    return {};
}

Qt::ItemFlags BallotModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_editable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    // Items take no drops "on" them, so a drop always falls between two finalists.
    if (m_editable && standing(index.row()) != Standing::Conflicted)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

Qt::DropActions BallotModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions BallotModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList BallotModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *BallotModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || standing(index.row()) == Standing::Conflicted)
            continue;
        auto *data = new QMimeData;
        data->setData(mimeType(), m_token.toByteArray(QUuid::WithoutBraces) + '\n'
                                      + QByteArray::number(m_rows.at(index.row())));
        return data;
    }
    return nullptr;
}

namespace {

// The finalist a drag carries, when it comes from the model with @p token.
std::optional<qint64> draggedId(const QMimeData *data, const QUuid &token)
{
    if (!data || !data->hasFormat(BallotModel::mimeType()))
        return std::nullopt;
    const QList<QByteArray> parts = data->data(BallotModel::mimeType()).split('\n');
    if (parts.size() != 2 || QUuid::fromString(QString::fromLatin1(parts.at(0))) != token)
        return std::nullopt;
    bool ok = false;
    const qint64 id = parts.at(1).toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

bool BallotModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent) const
{
    Q_UNUSED(row);
    Q_UNUSED(column);
    Q_UNUSED(parent);
    if (!m_editable || action != Qt::MoveAction)
        return false;
    const auto id = draggedId(data, m_token);
    return id && m_rows.contains(*id) && !m_layout.conflicted.contains(*id);
}

bool BallotModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const qint64 id = *draggedId(data, m_token);
    const int target = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    if (auto r = place(rowOf(id), target); !r) {
        emit editFailed(r.error());
        return false;
    }
    emit dropped(id);
    return true;
}

Error BallotModel::conflictError(qint64 id) const
{
    return Error(tr("You have a conflict of interest on %1, so you cannot rank it.")
                     .arg(choice(id).municipality));
}

std::optional<BallotModel::Layout> BallotModel::edited(BallotEdit edit, qint64 id) const
{
    if (!m_rows.contains(id) || m_layout.conflicted.contains(id))
        return std::nullopt;
    Layout next = m_layout;
    const auto [g, p] = next.find(id);
    QList<QList<qint64>> &groups = next.groups;
    switch (edit) {
    case BallotEdit::MoveUp:
        if (g < 0) {
            next.remove(id);
            groups.append(QList<qint64>{id});
        } else if (groups.at(g).size() > 1) {
            groups[g].removeAt(p);
            groups.insert(g, QList<qint64>{id});
        } else if (g > 0) {
            groups.swapItemsAt(g - 1, g);
        }
        break;
    case BallotEdit::MoveDown:
        if (g < 0)
            break;
        if (groups.at(g).size() > 1) {
            groups[g].removeAt(p);
            groups.insert(g + 1, QList<qint64>{id});
        } else if (g + 1 < groups.size()) {
            groups.swapItemsAt(g, g + 1);
        }
        break;
    case BallotEdit::TieWithAbove:
        if (g < 0) {
            if (!groups.isEmpty()) {
                next.remove(id);
                groups.last().append(id);
            }
        } else if (p == 0 && g > 0) {
            // The finalists below that were equal to this one stay equal to it.
            groups[g - 1] += groups.at(g);
            groups.removeAt(g);
        }
        break;
    case BallotEdit::Untie:
        if (g >= 0 && p > 0) {
            const QList<qint64> below = groups.at(g).mid(p);
            groups[g] = groups.at(g).mid(0, p);
            groups.insert(g + 1, below);
        }
        break;
    case BallotEdit::Unrank:
        if (g >= 0) {
            next.remove(id);
            next.unranked.append(id);
        }
        break;
    }
    normalise(next);
    return next;
}

bool BallotModel::canEdit(BallotEdit edit, int row) const
{
    if (!m_editable || row < 0 || row >= m_rows.size())
        return false;
    const auto next = edited(edit, m_rows.at(row));
    return next && *next != m_layout;
}

Result<void> BallotModel::edit(BallotEdit edit, int row)
{
    if (row < 0 || row >= m_rows.size())
        return Error(tr("Choose a finalist first."));
    const qint64 id = m_rows.at(row);
    if (m_layout.conflicted.contains(id))
        return conflictError(id);
    auto next = edited(edit, id);
    if (!next)
        return Error(tr("Choose a finalist first."));
    return store(*next);
}

Result<void> BallotModel::place(int row, int targetRow)
{
    if (row < 0 || row >= m_rows.size())
        return Error(tr("Choose a finalist first."));
    const qint64 id = m_rows.at(row);
    if (m_layout.conflicted.contains(id))
        return conflictError(id);
    targetRow = std::clamp(targetRow, 0, int(m_rows.size()));
    // Dropped on its own place: nothing moves (a tie is not broken by a slip of the mouse).
    if (targetRow == row || targetRow == row + 1)
        return {};
    Layout next = m_layout;
    next.remove(id);
    // The drop position in the list without the dragged finalist.
    const int target = targetRow > row ? targetRow - 1 : targetRow;
    int ranked = 0;
    for (const QList<qint64> &group : std::as_const(next.groups))
        ranked += int(group.size());
    if (target < ranked) {
        int g = 0;
        int offset = target;
        while (offset >= next.groups.at(g).size()) {
            offset -= int(next.groups.at(g).size());
            ++g;
        }
        if (offset == 0)
            next.groups.insert(g, QList<qint64>{id});
        else
            next.groups[g].insert(offset, id); // between two tied finalists: equal to them
    } else if (target == ranked) {
        next.groups.append(QList<qint64>{id});
    } else {
        next.unranked.append(id);
    }
    normalise(next);
    return store(next);
}

Result<void> BallotModel::store(Layout next)
{
    normalise(next);
    if (next == m_layout)
        return {};
    QHash<qint64, std::optional<int>> ranks;
    int rank = 1;
    for (const QList<qint64> &group : std::as_const(next.groups)) {
        for (qint64 id : group)
            ranks.insert(id, rank);
        rank += int(group.size());
    }
    for (qint64 id : std::as_const(next.unranked))
        ranks.insert(id, std::nullopt);
    m_storing = true;
    const Result<void> stored = BallotRepository(m_db).setRanks(m_juror, ranks);
    m_storing = false;
    if (!stored)
        return stored;
    apply(next);
    return {};
}
