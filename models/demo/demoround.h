#pragma once

#include "result.h"

/// The demo round: about 40 fictional applications from real municipalities of varied size
/// and county, with Swedish text in several sections and generated PDF attachments.
///
/// It is written through the same import path an organiser uses (a CSV export and PDFs),
/// so the demo exercises what real rounds do. The content is fictional and marked as such.
namespace DemoRound {

/// Writes a new round file at @p path (which must not exist).
Result<void> write(const QString &path);

/// The number of applications the demo round holds.
int applicationCount();

} // namespace DemoRound
