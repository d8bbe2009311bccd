#pragma once

#include "result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

class Database;
struct sqlite3;
struct sqlite3_stmt;

/// Reads the rows of one query, straight from SQLite where it can: for the reads that go
/// through every row of a large round. Qt's driver turns every value of a row into a QVariant
/// as it steps, which costs more than SQLite's own reading; here a value is converted only
/// when it is asked for. Where the connection cannot be reached directly (Qt's driver built
/// with an SQLite of its own), it reads through QSqlQuery instead, with the same results.
class RowReader
{
public:
    enum class Path { Direct, QtDriver };

    /// Prepares and starts @p sql with @p values bound in order (integers, reals, text, null).
    RowReader(const Database &db, const QString &sql, const QVariantList &values = {},
              Path path = Path::Direct);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    /// False when the query failed; error() says why.
    bool ok() const { return !m_error; }
    const Error &error() const { return *m_error; }
    /// The path the rows are read by (Direct falls back to QtDriver where it must).
    Path path() const { return m_statement ? Path::Direct : Path::QtDriver; }

    /// Steps to the next row; false after the last one or on an error (see ok()).
    bool next();

    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const; ///< a null QString for SQL NULL

private:
    void fail(const QString &detail);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_query;
    std::optional<Error> m_error;
};
