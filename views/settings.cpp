#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {
namespace Key {
const QString Language = QStringLiteral("ui/language");
const QString TextScale = QStringLiteral("ui/textScale");
const QString HighContrast = QStringLiteral("ui/highContrast");
const QString RecentFiles = QStringLiteral("files/recent");
const QString LastFolder = QStringLiteral("files/lastFolder");
const QString Geometry = QStringLiteral("window/geometry");
const QString State = QStringLiteral("window/state");
const QString Splitter = QStringLiteral("window/splitter");
const QString SharedFolders = QStringLiteral("sharedFolders/");
} // namespace Key
} // namespace

QString Settings::language()
{
    const QString value = QSettings().value(Key::Language, QStringLiteral("sv")).toString();
    return value == QLatin1String("en") ? value : QStringLiteral("sv");
}

void Settings::setLanguage(const QString &language)
{
    QSettings().setValue(Key::Language, language);
}

int Settings::textScale()
{
    return qBound(100, QSettings().value(Key::TextScale, 100).toInt(), 200);
}

void Settings::setTextScale(int percent)
{
    QSettings().setValue(Key::TextScale, qBound(100, percent, 200));
}

bool Settings::highContrast()
{
    return QSettings().value(Key::HighContrast, false).toBool();
}

void Settings::setHighContrast(bool on)
{
    QSettings().setValue(Key::HighContrast, on);
}

QStringList Settings::recentFiles()
{
    QStringList files = QSettings().value(Key::RecentFiles).toStringList();
    files.erase(std::remove_if(files.begin(), files.end(),
                               [](const QString &f) { return !QFileInfo::exists(f); }),
                files.end());
    return files;
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = QSettings().value(Key::RecentFiles).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(Key::RecentFiles, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = QSettings().value(Key::RecentFiles).toStringList();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(Key::RecentFiles, files);
}

QByteArray Settings::windowGeometry()
{
    return QSettings().value(Key::Geometry).toByteArray();
}

QByteArray Settings::windowState()
{
    return QSettings().value(Key::State).toByteArray();
}

QByteArray Settings::splitterState()
{
    return QSettings().value(Key::Splitter).toByteArray();
}

void Settings::setWindowLayout(const QByteArray &geometry, const QByteArray &state,
                               const QByteArray &splitter)
{
    QSettings settings;
    settings.setValue(Key::Geometry, geometry);
    settings.setValue(Key::State, state);
    settings.setValue(Key::Splitter, splitter);
}

QString Settings::lastFolder()
{
    return QSettings().value(Key::LastFolder, QDir::homePath()).toString();
}

void Settings::setLastFolder(const QString &folder)
{
    QSettings().setValue(Key::LastFolder, folder);
}

QString Settings::sharedFolder(const QString &roundUuid)
{
    return QSettings().value(Key::SharedFolders + roundUuid).toString();
}

void Settings::setSharedFolder(const QString &roundUuid, const QString &folder)
{
    if (folder.isEmpty())
        QSettings().remove(Key::SharedFolders + roundUuid);
    else
        QSettings().setValue(Key::SharedFolders + roundUuid, folder);
}
