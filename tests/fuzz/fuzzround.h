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
    QString attachments;               ///< folder with plan.pdf, bilagor/resultat.pdf, …
    QHash<QByteArray, QByteArray> ids; ///< "{lund}" → Lund's application id, as in the corpus
    qint64 juror = 0;                  ///< J1
};

/// Builds the round once per process (aborts when it cannot).
Round &round();

/// A crash the sanitizers do not see: an invariant that does not hold.
[[noreturn]] void violated(const char *what, const QString &detail);

} // namespace FuzzRound
