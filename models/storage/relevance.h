#pragma once

#include "result.h"

struct sqlite3;

/// How well a full-text hit matches, computed by SQLite while it reads the index.
///
/// The score of a row is, for every word searched, the sum of the weights of the columns the
/// word occurs in (`jurybench_relevance(application_fts, w0, w1, …)`, one weight per column,
/// 1.0 for columns without one). It asks the index only which columns hold a word, which a
/// column-level index answers without reading any text or any per-row sizes.
namespace Relevance {

/// The name of the SQL function on connections where install() succeeded.
inline constexpr char FunctionName[] = "jurybench_relevance";

/// Makes the function available on the connection @p db (see Database::sqliteHandle()).
Result<void> install(sqlite3 *db);

} // namespace Relevance
