#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

/// The command-line interface: the same binary automates what the organiser does in the
/// window. Errors go to stderr in the user's language, with a non-zero exit status.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// Exit statuses: 0 done, 1 refused or failed, 2 the command was written wrongly.
    enum Status { Ok = 0, Failed = 1, Usage = 2 };

    CommandLine(QTextStream &out, QTextStream &err);

    /// Whether @p word names a command (otherwise the arguments open the window).
    static bool isCommand(const QString &word);

    /// Runs the command in @p arguments (without the program name).
    int run(const QStringList &arguments);

    /// What `jurybench --help` prints.
    static QString usage();

private:
    int runDemo(const QStringList &args);
    int runNew(const QStringList &args);
    int runJuror(const QStringList &args);
    int runCriterion(const QStringList &args);
    int runImport(const QStringList &args);
    int runStatus(const QStringList &args);
    int runPhase(const QStringList &args);
    int runSheet(const QStringList &args);
    int runFinalists(const QStringList &args);
    int runPackage(const QStringList &args);
    int runReturn(const QStringList &args);
    int runMerge(const QStringList &args);
    int runLog(const QStringList &args);
    int runQuestions(const QStringList &args);
    int runAnswer(const QStringList &args);
    int runTally(const QStringList &args);
    int runDecide(const QStringList &args);
    int runExport(const QStringList &args);

    int fail(const QString &message);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};
