#pragma once

#include "result.h"
#include "round.h"

class Database;

/// The demo round: about 40 fictional applications from real municipalities of varied size
/// and county, with Swedish text in several sections and generated PDF attachments.
///
/// It is written through the same import path an organiser uses (a CSV export and PDFs),
/// so the demo exercises what real rounds do. The content is fictional and marked as such.
namespace DemoRound {

/// Writes a new round file at @p path (which must not exist), in the screening or, with
/// @p stage, further on: finalists with follow-up questions, the final vote under way, or
/// the decision made.
Result<void> write(const QString &path, Phase stage = Phase::Screening);

/// Takes a demo round in screening on to @p stage with fictional proposals, questions,
/// answers, ballots and decision.
Result<void> advance(Database &db, Phase stage);

/// The number of applications the demo round holds.
int applicationCount();

} // namespace DemoRound
