#pragma once

#include "result.h"
#include "round.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

struct sqlite3;



/// One open round file: its SQLite connection, its transactions and change notifications.
///
/// Repositories take a Database& and do all SQL; item models listen to changed() to reload.
class Database : public QObject
{
    Q_OBJECT

public:
    /// What changed, so models reload only what concerns them.
    enum class Topic { Round, Jurors, Criteria, Applications, Work };
    Q_ENUM(Topic)

    /// PRAGMA application_id of every Jurybench file: "JURY" in ASCII.
    static constexpr qint32 ApplicationId = 0x4A555259;

    /// The schema version this build writes (PRAGMA user_version).
    static int latestSchemaVersion();

    /// Creates a round file at @p path, which must not exist yet.
    static Result<std::unique_ptr<Database>> create(const QString &path,
                                                    const RoundSettings &settings);
    /// Creates a round file as format @p version (≥ 1) wrote it, for migration tests.
    static Result<std::unique_ptr<Database>> createAtVersion(const QString &path,
                                                             const RoundSettings &settings,
                                                             int version);
    /// Opens a round file; refuses foreign, damaged and newer files without touching them.
    static Result<std::unique_ptr<Database>> open(const QString &path);

    /// Opens a round file only to read it: nothing in or beside the file changes (for
    /// packages received by e-mail or lying in a shared folder).
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path);

    ~Database() override;

    QSqlDatabase connection() const;
    QString filePath() const;

    /// The connection as SQLite's own interface sees it (for RowReader and Relevance); null
    /// where Qt's driver does not use the SQLite library this program is linked with.
    sqlite3 *sqliteHandle() const { return m_handle; }

    /// The SQL expression scoring a full-text hit of application_fts with @p weights (one per
    /// column), higher for better hits: Relevance's function, or SQLite's own bm25 where the
    /// function could not be installed.
    QString relevanceExpression(const QString &weights) const;

    /// Runs one statement with bound values.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;
    /// Runs a query expected to return one value; a null QVariant when it returns no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;

    /// Announces a change; inside a transaction it waits for the outermost commit.
    void notifyChanged(Topic topic);

    /// Transactions nest: the outermost is BEGIN IMMEDIATE, inner ones are savepoints.
    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    /// A Swedish message for a failed statement, keeping the driver's text for support.
    static Error sqlError(const QSqlQuery &query);
    static Error sqlError(const QString &detail);

signals:
    void changed(Database::Topic topic);

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openConnection(const QString &path,
                                                            bool readOnly = false);
    static Result<void> initialise(Database &db, const RoundSettings &settings);

    QString m_path;
    QString m_connectionName;
    int m_depth = 0;
    QList<Topic> m_pending;
    bool m_readOnly = false;
    sqlite3 *m_handle = nullptr;
    bool m_relevance = false; ///< Relevance::install() succeeded on this connection
};

/// Scope guard for one user action that writes: commits on commit(), rolls back otherwise.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether BEGIN succeeded; when not, error() says why and nothing may be written.
    bool ok() const { return m_begin.ok(); }
    const Error &error() const { return m_begin.error(); }
    Result<void> commit();

private:
    Database &m_db;
    Result<void> m_begin;
    bool m_done = false;
};
