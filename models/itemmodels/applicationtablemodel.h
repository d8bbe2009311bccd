#pragma once

#include "application.h"
#include "result.h"
#include "screening/screening.h"

#include <QAbstractTableModel>
#include <QHash>

class Database;

/// Every application of the round as a table: municipality facts, title and status.
///
/// Holds only the light columns; the reader loads an application's text when it is shown.
class ApplicationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MunicipalityColumn,
        TitleColumn,
        CountyColumn,
        PopulationColumn,
        GroupColumn,
        StatusColumn,
        ProgressColumn, ///< the viewer's progress, or for the organiser how many have scored
        ColumnCount
    };
    Q_ENUM(Column)

    /// Roles beyond Qt's: ids for the views, raw values for filters and sorting.
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 row id
        UuidRole,                  ///< QString, the application's stable id
        SortKeyRole,               ///< QString (Swedish collation key) or int (population)
        CountyRole,                ///< QString county name
        GroupRole,                 ///< QString SKR municipality group
        StatusKeyRole,             ///< QString status key ("submitted", "finalist", …)
        MunicipalityCodeRole,      ///< QString kommunkod
        ProgressKeyRole,           ///< QString: unread, read, scored, conflicted ("" for the organiser)
    };
    Q_ENUM(Role)

    explicit ApplicationTableModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Reads the rows again from the round file.
    Result<void> reload();
    /// Whose progress the progress column shows.
    void setViewer(const Viewer &viewer);
    Viewer viewer() const { return m_viewer; }
    /// The model row of an application, -1 when it is not in the round.
    int rowOf(qint64 id) const;
    const ApplicationRow &applicationAt(int row) const { return m_rows.at(row); }
    /// Compares two rows by a column in Swedish order (numbers by value): negative, zero or
    /// positive. Works on ranks computed once, so that sorting a large round stays fast.
    int compare(int column, int leftRow, int rightRow) const;
    /// The viewing juror's progress on a row as ProgressKeyRole gives it ("" for the organiser).
    QString progressKeyAt(int row) const;

signals:
    /// Reading the round file failed; the view shows the message.
    void loadFailed(const Error &error);

private:
    Result<void> reloadProgress();
    /// For the organiser: how many jurors fully scored the application. Counted per shown
    /// row on demand (from the score index), for every row at once only to sort by it.
    int scoredBy(qint64 applicationId) const;
    void loadAllScoredBy() const;
    QString cachedKey(const QString &text) const;
    QString titleKey(int row) const;
    /// Ranks of the municipality, county and group names, computed per municipality.
    void rankMunicipalities();
    const QList<int> &titleRanks() const;
    int progressRank(const ApplicationRow &row) const;

    struct Ranks
    {
        int municipality = 0;
        int county = 0;
        int group = 0;
    };

    Database &m_db;
    QList<ApplicationRow> m_rows;
    QHash<qint64, int> m_rowById;
    mutable QHash<QString, QString> m_keyCache; // municipality, county, group: few values
    mutable QList<QString> m_titleKeys;         // filled on first sort by title
    QList<Ranks> m_ranks;                       // per row
    mutable QList<int> m_titleRanks;            // per row, filled on first sort by title
    Viewer m_viewer;
    QHash<qint64, Progress> m_progress;  // the viewing juror's
    mutable QHash<qint64, int> m_scoredBy; // for the organiser: jurors who fully scored
    mutable bool m_scoredByComplete = false; // m_scoredBy holds every application
    QHash<qint64, int> m_conflictsOn;    // for the organiser: conflicted jurors
    int m_jurors = 0;
};
