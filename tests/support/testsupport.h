#pragma once

#include "result.h"
#include "round.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QVariantMap>

#include <memory>

class Database;
class QMenuBar;
class QWidget;

/// Helpers shared by the tests: round files in temporary folders, generated PDFs, and a
/// fingerprint of a round file's rows for "nothing changed" assertions.
namespace TestSupport {

/// Fails the test with the error's text when a Result is not ok.
#define JB_VERIFY_OK(expr)                                                                      \
    do {                                                                                       \
        const auto &jb_result_ = (expr);                                                       \
        if (!jb_result_.ok())                                                                  \
            QFAIL(qPrintable(QStringLiteral(#expr " failed: ") + jb_result_.error().toString())); \
    } while (false)

/// Points settings, recent files and the demo round at Qt's test folders (under the home folder
/// ctest gives each test) and empties them, so a test starts as on a new machine and never
/// shares files with another test running at the same time.
void useFreshUserFolders();

/// A new round file in @p folder with the default criteria.
std::unique_ptr<Database> createRound(const QString &folder, const QString &name = QStringLiteral("test.jury"),
                                      const RoundSettings &settings = {});

/// A small PDF whose page shows @p text (needs a QGuiApplication).
QByteArray makePdf(const QString &text, int pages = 1);

/// The demo round advanced to @p stage, written once into @p folder and reused; returns the path.
QString demoRoundAt(const QString &folder, Phase stage);

/// Writes bytes to a file, creating folders; returns the path.
QString writeFile(const QString &path, const QByteArray &bytes);

/// Every row of every table (the full-text index included), as one hash: equal fingerprints
/// mean a round file's content did not change.
QByteArray fingerprint(Database &db);

/// The result of PRAGMA integrity_check: "ok" for a sound file, otherwise what is wrong.
QString integrityCheck(Database &db);

/// The row of a juror's work table (score, recommendation, comment, conflict, ballot) with
/// @p uuid, column name → value; empty when there is no such row.
QVariantMap workRow(Database &db, const QString &table, const QString &uuid);

/// SHA-256 of a file's bytes.
QByteArray fileHash(const QString &path);

/// Describes every visible control under @p root that takes keyboard focus but has no
/// accessible name (what a screen reader would announce as just "button" or "edit").
QStringList unnamedFocusableControls(QWidget *root);

/// Describes every visible text under @p root that does not fit: a one-line label narrower
/// than its text, a button smaller than its size hint, a table header section narrower than
/// its title. Used on screenshots at large text sizes.
QStringList clippedTexts(QWidget *root);

/// The mnemonic of a label ("&Spara" → 's'), or a null QChar.
QChar mnemonic(const QString &text);

/// Describes every Alt+letter that more than one visible control under @p root answers to
/// (buttons, labels with a buddy, group boxes, tabs and, for a main window, the menu titles).
QStringList clashingMnemonics(QWidget *root);

/// Describes every letter used twice within one menu of @p bar (visible entries).
QStringList clashingMenuMnemonics(QMenuBar *bar);

/// The default settings used by createRound.
RoundSettings defaultSettings();

} // namespace TestSupport
