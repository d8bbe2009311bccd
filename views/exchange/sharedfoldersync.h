#pragma once

#include "result.h"
#include "exchange/returnfile.h"

#include <QObject>
#include <QSet>

class Database;
class QFileSystemWatcher;
class QTimer;

/// Keeps a round in step with a shared folder while it is open: a juror's program writes
/// its return file there a few seconds after each change; the organiser's program merges
/// return files as they arrive. It also notices a newer package for the juror.
class SharedFolderSync : public QObject
{
    Q_OBJECT

public:
    SharedFolderSync(Database &db, const QString &folder, bool jurorPackage, QObject *parent = nullptr);

    QString folder() const { return m_folder; }
    /// Looks at the folder now (instead of waiting for the next change or tick).
    void scan();
    /// Writes the juror's return file now.
    void writeNow();

signals:
    void merged(const QList<MergeResult> &results);
    void returnWritten(const QString &path);
    void newerPackageFound(const QString &path);
    void failed(const Error &error);

private:
    Database &m_db;
    QString m_folder;
    bool m_juror;
    QFileSystemWatcher *m_watcher;
    QTimer *m_debounce;
    QTimer *m_poll;
    QString m_offeredPackage;
    QSet<QString> m_handled; // return files (by content) already merged, refused or unchanged
};
