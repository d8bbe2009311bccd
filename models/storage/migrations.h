#pragma once

#include "result.h"

class Database;

/// Forward-only schema migrations; PRAGMA user_version is the step a file has reached.
namespace Migrations {

/// The newest schema version this build knows.
int latest();

/// Applies the missing steps up to @p target, each in its own transaction.
Result<void> upgrade(Database &db, int from, int target);

} // namespace Migrations
