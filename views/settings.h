#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// The user's preferences, typed; every key and default lives here.
class Settings
{
public:
    /// "sv" (default) or "en".
    static QString language();
    static void setLanguage(const QString &language);

    /// Text size in percent, 100–200.
    static int textScale();
    static void setTextScale(int percent);

    static bool highContrast();
    static void setHighContrast(bool on);

    /// Most recently opened round files, newest first.
    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static QByteArray splitterState();
    static void setWindowLayout(const QByteArray &geometry, const QByteArray &state,
                                const QByteArray &splitter);

    /// The folder last used in a file dialog.
    static QString lastFolder();
    static void setLastFolder(const QString &folder);

    /// The shared folder used for a round on this computer (empty: none).
    static QString sharedFolder(const QString &roundUuid);
    static void setSharedFolder(const QString &roundUuid, const QString &folder);

    static constexpr int MaxRecentFiles = 8;
};
