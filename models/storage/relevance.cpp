#include "relevance.h"

#include <QString>

#include <sqlite3.h>

namespace {

void relevance(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context,
               int weightCount, sqlite3_value **weights)
{
    double score = 0;
    const int phrases = api->xPhraseCount(fts);
    for (int phrase = 0; phrase < phrases; ++phrase) {
        Fts5PhraseIter it;
        int column = -1;
        const int rc = api->xPhraseFirstColumn(fts, phrase, &it, &column);
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        for (; column >= 0; api->xPhraseNextColumn(fts, &it, &column))
            score += column < weightCount ? sqlite3_value_double(weights[column]) : 1.0;
    }
    sqlite3_result_double(context, score);
}

// FTS5 hands out its extension interface through a pointer-passing query.
fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    if (sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr) == SQLITE_OK)
        sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

namespace Relevance {

Result<void> install(sqlite3 *db)
{
    if (!db)
        return Error(QStringLiteral("the connection cannot be reached directly"));
    fts5_api *api = fts5Api(db);
    if (!api || api->iVersion < 2)
        return Error(QStringLiteral("SQLite has no FTS5 extension interface"));
    if (api->xCreateFunction(api, FunctionName, nullptr, relevance, nullptr) != SQLITE_OK)
        return Error(QStringLiteral("the function could not be added: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return {};
}

} // namespace Relevance
