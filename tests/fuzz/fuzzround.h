#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

/// What the importer fuzzers share: a QCoreApplication, a round file in a temporary folder set
/// up like tst_badinput's (screening, the default criteria, jurors J1–J3, applications from
/// Lund, Umeå, Kiruna, Åre and Malmö, J1 conflicted on Åre) and an attachments folder with
/// good and bad PDFs. Every input runs inside a transaction that is rolled back, so that each
/// input meets the same round.
namespace FuzzRound {

struct Round
{
    std::unique_ptr<Database> db;
    QString folder;                    ///< the temporary folder holding the round
    QString attachments;               ///< folder with plan.pdf, bilagor/resultat.pdf, …
    QHash<QByteArray, QByteArray> ids; ///< "{lund}" → Lund's application id, as in the corpus
    qint64 juror = 0;                  ///< J1
};

/// Builds the round once per process (aborts when it cannot); this library's
/// LLVMFuzzerInitialize calls it before the first input.
Round &round();

/// A crash the sanitizers do not see: an invariant that does not hold.
[[noreturn]] void violated(const char *what, const QString &detail);

/// Writes @p bytes to @p path, creating folders (aborts when it cannot).
void write(const QString &path, const QByteArray &bytes);

/// A juror's scores, recommendations, conflicts and comments with their versions, one line
/// each: what a refused file must leave as it was.
QString work(Database &db, qint64 juror);

/// Runs @p body inside a transaction that is rolled back afterwards.
template<typename Body> void rolledBack(Database &db, Body body)
{
    if (auto begun = db.begin(); !begun)
        violated("begin", begun.error().toString());
    body();
    db.rollback();
}

} // namespace FuzzRound
