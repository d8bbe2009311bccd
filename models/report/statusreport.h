#pragma once

#include "result.h"

#include <QJsonObject>

class Database;

/// The round as one JSON object, for `jurybench status --json` and for scripts.
///
/// Keys are a contract: later versions add keys but never rename or reshape one.
namespace StatusReport {

Result<QJsonObject> build(Database &db);

} // namespace StatusReport
