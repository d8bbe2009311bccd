#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QString g_language = QStringLiteral("sv");
QList<QTranslator *> g_installed;
} // namespace

namespace Localization {

void install(QCoreApplication &app, const QString &language)
{
    for (QTranslator *translator : std::as_const(g_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    g_installed.clear();

    g_language = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("sv");
    const QLocale locale = g_language == QLatin1String("en")
                               ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                               : QLocale(QLocale::Swedish, QLocale::Sweden);
    QLocale::setDefault(locale);

    // Qt's own dialogs and buttons first, then ours, so ours win where both have a string.
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &name : {QStringLiteral("qt"), QStringLiteral("qtbase")}) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), qtPath)) {
            QCoreApplication::installTranslator(translator);
            g_installed << translator;
        } else {
            delete translator;
        }
    }
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/jurybench_%1.qm").arg(g_language))) {
        QCoreApplication::installTranslator(own);
        g_installed << own;
    } else {
        delete own;
    }
}

QString takeLanguageOption(QStringList &arguments)
{
    QString language;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
            --i;
        } else if (arg.startsWith(QLatin1String("--lang="))) {
            language = arg.mid(7);
            arguments.remove(i);
            --i;
        }
    }
    return language;
}

QString current()
{
    return g_language;
}

} // namespace Localization
