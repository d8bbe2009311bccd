#include "sharedfoldersync.h"

#include "exchange/package.h"
#include "exchange/sharedfolder.h"
#include "storage/database.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QTimer>

SharedFolderSync::SharedFolderSync(Database &db, const QString &folder, bool jurorPackage,
                                   QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_folder(folder)
    , m_juror(jurorPackage)
    , m_watcher(new QFileSystemWatcher(this))
    , m_debounce(new QTimer(this))
    , m_poll(new QTimer(this))
{
    QDir().mkpath(folder);
    m_watcher->addPath(folder);
    if (m_juror && QDir().mkpath(SharedFolder::packageFolder(folder)))
        m_watcher->addPath(SharedFolder::packageFolder(folder));
    // Sync services replace files in ways a watcher may miss: look every half minute too.
    m_poll->setInterval(30 * 1000);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(3000);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &SharedFolderSync::scan);
    connect(m_poll, &QTimer::timeout, this, &SharedFolderSync::scan);
    connect(m_debounce, &QTimer::timeout, this, &SharedFolderSync::writeNow);
    if (m_juror) {
        connect(&m_db, &Database::changed, this, [this](Database::Topic topic) {
            if (topic == Database::Topic::Work)
                m_debounce->start();
        });
    }
    m_poll->start();
    QTimer::singleShot(0, this, &SharedFolderSync::scan);
}

void SharedFolderSync::writeNow()
{
    m_debounce->stop();
    if (auto r = SharedFolder::writeReturn(m_db, m_folder); !r) {
        emit failed(r.error());
        return;
    }
    auto owner = Package::info(m_db);
    if (owner && owner.value())
        emit returnWritten(SharedFolder::returnPath(m_folder, owner.value()->juror));
}

void SharedFolderSync::scan()
{
    if (m_juror) {
        auto newer = SharedFolder::newerPackage(m_db, m_folder);
        if (newer && newer.value() && *newer.value() != m_offeredPackage) {
            m_offeredPackage = *newer.value();
            emit newerPackageFound(m_offeredPackage);
        }
        return;
    }
    auto pending = SharedFolder::pendingReturns(m_db, m_folder);
    if (!pending) {
        emit failed(pending.error());
        return;
    }
    QStringList fresh;
    for (const QString &path : pending.value()) {
        if (!m_handled.contains(SharedFolder::fileHash(path)))
            fresh << path;
    }
    if (fresh.isEmpty())
        return;
    auto results = Merger(m_db).merge(fresh);
    if (!results) {
        emit failed(results.error());
        return;
    }
    for (const MergeResult &r : results.value())
        m_handled.insert(r.sha256);
    emit merged(results.value());
}
