#include "commandline.h"
#include "localization.h"
#include "mainwindow.h"
#include "settings.h"
#include "theme.h"

#include <QApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Jurybench"));
    QCoreApplication::setApplicationName(QStringLiteral("Jurybench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JURYBENCH_VERSION));
}

// Commands print only their own messages; Qt's diagnostics (about the display, fonts and
// runtime folders of a headless machine) would read as errors. JURYBENCH_DEBUG shows them.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg || qEnvironmentVariableIsSet("JURYBENCH_DEBUG"))
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

int runCommand(int argc, char **argv, QStringList arguments, const QString &language)
{
    qInstallMessageHandler(quietMessages);
    // Commands never open a window, but PDF and font work needs a GUI application.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    setIdentity();
    Localization::install(app, language.isEmpty() ? QStringLiteral("sv") : language);
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine cli(out, err);
    return cli.run(arguments);
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QString language = Localization::takeLanguageOption(arguments);

    if (!arguments.isEmpty() && CommandLine::isCommand(arguments.first())
        && !(arguments.first() == QLatin1String("demo") && !arguments.contains(QStringLiteral("--out"))))
        return runCommand(argc, argv, arguments, language);

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Jurybench"));
    QApplication::setDesktopFileName(QStringLiteral("jurybench"));
    Localization::install(app, language.isEmpty() ? Settings::language() : language);
    Theme::apply(app, Settings::highContrast(), Settings::textScale());

    MainWindow window;
    window.show();
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("demo")) {
        window.openDemo(arguments.contains(QStringLiteral("--reset")));
    } else if (!arguments.isEmpty()) {
        window.openFile(QFileInfo(arguments.first()).absoluteFilePath());
    }
    return app.exec();
}
