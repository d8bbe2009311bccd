#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

/// Synthetic rounds for the benchmark: applications with Swedish-like text from real
/// municipalities, twelve jurors who scored everything, and their return files.
namespace BenchData {

/// Raised whenever what generate() writes changes; older data is then written anew.
constexpr int GeneratorVersion = 3;
constexpr int Jurors = 12;

/// The files of one generated size.
struct Files
{
    QString folder;
    QString base;    ///< the organiser's round in screening, before any return file is merged
    QString round;   ///< the same round with every juror's work merged
    QString decided; ///< the round taken on to the decision
    QStringList returns; ///< one return file per juror, holding that juror's work
    QString stamp;   ///< written last: the data is complete
};

Files files(const QString &dataRoot, int size);
bool complete(const Files &files);

/// Writes the round files of @p size applications (in a fresh folder) through the models.
Result<void> generate(const QString &dataRoot, int size);

/// The search queries of the benchmark: single words, rarer compounds, two words, prefixes.
QStringList queries();
/// What is typed character by character into the list's search field.
QString typedQuery();

} // namespace BenchData
