#pragma once

#include "result.h"
#include "round.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

class Database;

/// The kinds of a juror's work that travel between laptops, described once, so that return
/// files, merging and package updates treat every kind the same way.
namespace Exchange {

struct Column
{
    enum class Type { Integer, OptionalInteger, Text, OptionalText, Boolean };
    QString name;
    Type type;
};

struct WorkTable
{
    QString kind;            ///< key in files: "scores", "comments", …
    QString table;           ///< SQL table
    QStringList references;  ///< "application", "criterion": by uuid in files, by id in SQL
    QList<Column> columns;   ///< the row's content
    bool derivedUuid;        ///< one row per juror and references (uuid derived from them)
    QList<Phase> changeable; ///< phases in which a change to such a row is accepted
    bool conflictBlocks;     ///< changes refused on applications the juror is conflicted on
};

/// Every kind, in the order they are applied (conflicts first: they decide what else may
/// change).
const QList<WorkTable> &workTables();

/// The juror's own rows of every kind: {"scores": [...], "comments": [...], …}, each row
/// {"uuid", "juror", references…, content…, "version", "updated_at"}, sorted by uuid.
Result<QJsonObject> exportWork(Database &db, const QUuid &juror);

/// What merging one juror's rows did.
struct MergeCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int refused = 0;
};

/// Merges one juror's rows into a round file: per row the higher version wins; on equal
/// versions the later timestamp, then the greater content, so any order of merging gives
/// the same result. Refuses (and writes nothing) when a row is for another juror, names
/// something the round does not have, or changes what the phase or a conflict of interest
/// does not allow. Call inside a transaction.
class RowMerger
{
    Q_DECLARE_TR_FUNCTIONS(RowMerger)

public:
    /// @p enforceRules false applies rows as they are (a juror's own copy of its own work).
    RowMerger(Database &db, const QUuid &juror, bool enforceRules = true);

    /// Checks every row; nothing is written. The counts say what apply() would do.
    Result<MergeCounts> check(const QJsonObject &work);
    /// Checks, then writes.
    Result<MergeCounts> apply(const QJsonObject &work);

private:
    Result<MergeCounts> run(const QJsonObject &work, bool write);

    Database &m_db;
    QUuid m_juror;
    bool m_enforce;
};

/// Compares two versions of a row: positive when @p incoming wins, 0 when they are the same.
int compareRows(const QJsonObject &incoming, const QJsonObject &local, const WorkTable &table);

} // namespace Exchange
