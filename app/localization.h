#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

/// Swedish by default, English on request: Jurybench's own translations, Qt's, and the locale
/// for dates, numbers and currency.
namespace Localization {

/// Installs the translators and the default locale for "sv" or "en".
void install(QCoreApplication &app, const QString &language);

/// Takes "--lang xx" or "--lang=xx" out of @p arguments; empty when absent.
QString takeLanguageOption(QStringList &arguments);

/// The language in use ("sv" or "en").
QString current();

} // namespace Localization
