#include "database.h"

#include "migrations.h"
#include "relevance.h"
#include "roundrepository.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <atomic>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// Files smaller than this get a full PRAGMA quick_check on open; larger ones are checked page
// by page as they are read, so that opening a large round stays instant.
constexpr qint64 QuickCheckLimit = 64 * 1024 * 1024;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("jurybench-%1").arg(++counter);
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

struct Header
{
    bool sqlite = false;
    qint32 applicationId = 0;
    int userVersion = 0;
};

Header readHeader(QFile &file)
{
    Header header;
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return header;
    header.sqlite = true;
    header.userVersion = int(bigEndian32(bytes, 60));
    header.applicationId = qint32(bigEndian32(bytes, 68));
    return header;
}

Error notARoundFile(const QString &path)
{
    return Error(Tr::tr("The file is not a Jurybench round file."), path);
}

Error newerFormat(const QString &path, int version)
{
    return Error(Tr::tr("The file was made by a newer version of Jurybench (format %1; this "
                        "version reads up to format %2). Update Jurybench to open it.")
                     .arg(version)
                     .arg(Database::latestSchemaVersion()),
                 path);
}

Error damaged(const QString &path, const QString &detail)
{
    return Error(Tr::tr("The file is damaged and cannot be opened (%1). Use a backup copy.")
                     .arg(detail),
                 path);
}

// Reads application_id, user_version and integrity through SQLite without writing anything,
// so that a refused file is left exactly as it was.
Result<int> inspect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("The file cannot be read: %1").arg(file.errorString()), path);
    const Header header = readHeader(file);
    file.close();
    if (!header.sqlite)
        return notARoundFile(path);
    // A write-ahead log may hold a newer first page, so SQLite has the last word; the header
    // lets us refuse foreign files before SQLite opens them at all.
    const bool walPresent = QFileInfo::exists(path + QStringLiteral("-wal"));
    if (!walPresent && header.applicationId != Database::ApplicationId)
        return notARoundFile(path);
    if (!walPresent && header.userVersion > Database::latestSchemaVersion())
        return newerFormat(path, header.userVersion);

    const QString name = nextConnectionName();
    Result<int> result = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = damaged(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
                result = damaged(path, q.lastError().text());
            } else if (q.value(0).toInt() != Database::ApplicationId) {
                result = notARoundFile(path);
            } else if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                result = damaged(path, q.lastError().text());
            } else {
                const int version = q.value(0).toInt();
                if (version > Database::latestSchemaVersion()) {
                    result = newerFormat(path, version);
                } else if (version < 1) {
                    result = notARoundFile(path);
                } else {
                    result = version;
                    if (QFileInfo(path).size() <= QuickCheckLimit) {
                        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
                            result = damaged(path, q.lastError().text());
                        else if (q.value(0).toString() != QLatin1String("ok"))
                            result = damaged(path, q.value(0).toString());
                    } else if (!q.exec(QStringLiteral("SELECT count(*) FROM round"))) {
                        result = damaged(path, q.lastError().text());
                    }
                }
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// The driver's sqlite3 handle, if the driver uses the SQLite library this program is linked
// with: a handle may only be given to the library that made it, and a driver with SQLite built
// in reports a version of its own.
sqlite3 *directHandle(const QSqlDatabase &connection)
{
    if (!connection.isOpen() || !connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery version(connection);
    if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next()
        || version.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result<void> backupBeforeMigration(const QString &path, int version)
{
    const QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
    QFile::remove(backup);
    if (!QFile::copy(path, backup)) {
        return Error(Tr::tr("A backup copy could not be written before updating the file "
                            "format: %1")
                         .arg(backup),
                     path);
    }
    return {};
}

} // namespace

int Database::latestSchemaVersion()
{
    return Migrations::latest();
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_depth > 0)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            // Fold the write-ahead log into the file, so the file alone is the whole round.
            if (!m_readOnly)
                QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString &path, bool readOnly)
{
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error(Tr::tr("The file cannot be opened: %1").arg(detail), path);
        }
    }
    std::unique_ptr<Database> database(new Database(path, name));
    database->m_readOnly = readOnly;
    database->m_handle = directHandle(database->connection());
    if (auto installed = Relevance::install(database->m_handle); installed) {
        database->m_relevance = true;
    } else {
        static std::atomic<bool> warned{false};
        if (!warned.exchange(true))
            qWarning("Search ranks with bm25: %s", qUtf8Printable(installed.error().message));
    }
    if (readOnly)
        return database;
    // Durable at every commit (a pulled power cord loses nothing committed), readers never
    // block the writer, and references are enforced.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = FULL"}) {
        if (auto r = database->exec(QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    return database;
}

// The round row and the default criteria of a new file, in one transaction.
Result<void> Database::initialise(Database &db, const RoundSettings &settings)
{
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    auto inserted = db.exec(
        QStringLiteral("INSERT INTO round (id, uuid, award, year, prize_sek, finalist_count, "
                       "organiser_contact, screening_mode, created_at) "
                       "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {uuidText(QUuid::createUuid()), settings.award.simplified(), settings.year,
         settings.prizeSek, settings.finalistCount, settings.organiserContact,
         screeningModeKey(settings.screeningMode),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!inserted)
        return inserted.error();
    int position = 0;
    for (const Criterion &c : defaultCriteria()) {
        auto r = db.exec(QStringLiteral("INSERT INTO criterion (uuid, name, guidance, weight, "
                                        "scale_min, scale_max, position) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {uuidText(QUuid::createUuid()), c.name, c.guidance, c.weight,
                          c.scaleMin, c.scaleMax, position++});
        if (!r)
            return r.error();
    }
    return transaction.commit();
}

Result<std::unique_ptr<Database>> Database::create(const QString &path,
                                                   const RoundSettings &settings)
{
    return createAtVersion(path, settings, latestSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::createAtVersion(const QString &path,
                                                            const RoundSettings &settings,
                                                            int version)
{
    if (version < 1 || version > latestSchemaVersion())
        return Error(Tr::tr("The file format %1 does not exist.").arg(version), path);
    if (QFileInfo::exists(path))
        return Error(Tr::tr("The file already exists; choose another name."), path);
    if (auto valid = RoundRepository::validate(settings); !valid)
        return valid.error();
    auto opened = openConnection(path);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();
    const auto failed = [&](const Error &error) -> Result<std::unique_ptr<Database>> {
        db.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return error;
    };
    if (auto r = Migrations::upgrade(*db, 0, version); !r)
        return failed(r.error());

    if (auto r = initialise(*db, settings); !r)
        return failed(r.error());
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error(Tr::tr("The file does not exist."), path);
    if (!QFileInfo(path).isFile())
        return notARoundFile(path);
    auto version = inspect(path);
    if (!version)
        return version.error();
    if (version.value() < latestSchemaVersion()) {
        if (auto r = backupBeforeMigration(path, version.value()); !r)
            return r.error();
    }
    auto opened = openConnection(path);
    if (!opened)
        return opened.error();
    if (version.value() < latestSchemaVersion()) {
        if (auto r = Migrations::upgrade(*opened.value(), version.value(), latestSchemaVersion());
            !r)
            return r.error();
    }
    return opened;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error(Tr::tr("The file does not exist."), path);
    if (!QFileInfo(path).isFile())
        return notARoundFile(path);
    auto version = inspect(path);
    if (!version)
        return version.error();
    if (version.value() < latestSchemaVersion())
        return Error(Tr::tr("The file was made by an older version of Jurybench; open it once to "
                            "bring it up to date."),
                     path);
    return openConnection(path, true);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::filePath() const
{
    return m_path;
}

QString Database::relevanceExpression(const QString &weights) const
{
    if (m_relevance)
        return QStringLiteral("%1(application_fts, %2)")
            .arg(QLatin1String(Relevance::FunctionName), weights);
    // bm25 is lower for better hits.
    return QStringLiteral("-bm25(application_fts, %1)").arg(weights);
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query);
    for (const QVariant &value : values) {
        // A null QString is "no text", not SQL NULL: text columns are NOT NULL. SQL NULL is
        // bound from an invalid (or null) QVariant.
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return sqlError(query);
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values) const
{
    auto query = exec(sql, values);
    if (!query)
        return query.error();
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

Error Database::sqlError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    return sqlError(detail);
}

Error Database::sqlError(const QString &detail)
{
    return Error(Tr::tr("The round file could not be read or written (%1).").arg(detail));
}

void Database::notifyChanged(Topic topic)
{
    if (m_depth > 0) {
        if (!m_pending.contains(topic))
            m_pending.append(topic);
        return;
    }
    emit changed(topic);
}

Result<void> Database::begin()
{
    const QString sql = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT level%1").arg(m_depth);
    if (auto r = exec(sql); !r)
        return r.error();
    ++m_depth;
    return {};
}

Result<void> Database::commit()
{
    Q_ASSERT(m_depth > 0);
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE level%1").arg(m_depth - 1);
    if (auto r = exec(sql); !r) {
        rollback();
        return r.error();
    }
    --m_depth;
    if (m_depth == 0) {
        const QList<Topic> pending = std::exchange(m_pending, {});
        for (Topic topic : pending)
            emit changed(topic);
    }
    return {};
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 1) {
        (void)exec(QStringLiteral("ROLLBACK"));
        m_pending.clear();
    } else {
        const QString savepoint = QStringLiteral("level%1").arg(m_depth - 1);
        (void)exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        (void)exec(QStringLiteral("RELEASE ") + savepoint);
    }
    --m_depth;
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_begin(db.begin())
{}

Transaction::~Transaction()
{
    if (m_begin.ok() && !m_done)
        m_db.rollback();
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_begin.ok() && !m_done);
    m_done = true;
    return m_db.commit();
}
