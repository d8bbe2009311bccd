#include "rowreader.h"

#include "database.h"

#include <QSqlError>

#include <sqlite3.h>

RowReader::RowReader(const Database &db, const QString &sql, const QVariantList &values,
                     Path path)
    : m_db(path == Path::Direct ? db.sqliteHandle() : nullptr)
{
    if (!m_db) {
        auto query = db.exec(sql, values);
        if (!query)
            m_error = query.error();
        else
            m_query = std::move(query).value();
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr)
        != SQLITE_OK) {
        fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return;
    }
    int index = 1;
    for (const QVariant &value : values) {
        int rc = SQLITE_OK;
        switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
        case QMetaType::UnknownType: // as in Database::exec, SQL NULL is an invalid QVariant
            rc = sqlite3_bind_null(m_statement, index);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        case QMetaType::QString: { // a null QString is empty text, as in Database::exec
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()),
                                   SQLITE_TRANSIENT);
            break;
        }
        default:
            fail(QStringLiteral("value %1 of type %2 cannot be bound")
                     .arg(index)
                     .arg(QString::fromLatin1(value.typeName())));
            return;
        }
        if (rc != SQLITE_OK) {
            fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
            return;
        }
        ++index;
    }
}

RowReader::~RowReader()
{
    sqlite3_finalize(m_statement);
}

void RowReader::fail(const QString &detail)
{
    m_error = Database::sqlError(detail);
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

bool RowReader::next()
{
    if (m_error)
        return false;
    if (m_query) {
        if (m_query->next())
            return true;
        if (m_query->lastError().isValid())
            m_error = Database::sqlError(*m_query);
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

qint64 RowReader::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return m_statement ? sqlite3_column_int64(m_statement, column) : 0;
}

double RowReader::real(int column) const
{
    if (m_query)
        return m_query->value(column).toDouble();
    return m_statement ? sqlite3_column_double(m_statement, column) : 0;
}

QString RowReader::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    if (!m_statement)
        return QString();
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!utf8)
        return QString();
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}
