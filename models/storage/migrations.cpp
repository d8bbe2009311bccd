#include "migrations.h"

#include "applicationrepository.h"
#include "database.h"
#include "reference/municipalityregistry.h"

#include <QSqlQuery>

#include <functional>

namespace {

// Version 1: the round, its jurors and criteria, municipality facts and the applications with
// their sections, attachments and full-text index. Every row that later moves between
// laptops has a stable uuid.
const char *const schemaV1[] = {
    R"(CREATE TABLE round (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        uuid TEXT NOT NULL,
        award TEXT NOT NULL,
        year INTEGER NOT NULL,
        prize_sek INTEGER NOT NULL DEFAULT 0 CHECK (prize_sek >= 0),
        finalist_count INTEGER NOT NULL DEFAULT 5 CHECK (finalist_count >= 1),
        phase TEXT NOT NULL DEFAULT 'preparation'
            CHECK (phase IN ('preparation', 'screening', 'followup', 'vote', 'decided')),
        screening_mode TEXT NOT NULL DEFAULT 'independent'
            CHECK (screening_mode IN ('independent', 'open')),
        organiser_contact TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL))",

    R"(CREATE TABLE municipality (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        county_code TEXT NOT NULL,
        county TEXT NOT NULL,
        population INTEGER NOT NULL,
        population_year INTEGER NOT NULL,
        municipality_group TEXT NOT NULL) WITHOUT ROWID)",

    R"(CREATE TABLE juror (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        is_chair INTEGER NOT NULL DEFAULT 0 CHECK (is_chair IN (0, 1)),
        secret_key BLOB NOT NULL,
        position INTEGER NOT NULL))",

    R"(CREATE TABLE criterion (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        guidance TEXT NOT NULL DEFAULT '',
        weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0),
        scale_min INTEGER NOT NULL DEFAULT 1,
        scale_max INTEGER NOT NULL DEFAULT 5,
        position INTEGER NOT NULL,
        CHECK (scale_min < scale_max)))",

    R"(CREATE TABLE blob (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        size INTEGER NOT NULL,
        data BLOB NOT NULL))",

    R"(CREATE TABLE application (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        import_key TEXT NOT NULL UNIQUE,
        municipality_code TEXT NOT NULL REFERENCES municipality (code),
        applicant TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        contact_name TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        submitted TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'submitted'
            CHECK (status IN ('submitted', 'finalist', 'not_advanced')),
        content_sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL))",
    "CREATE INDEX application_by_municipality ON application (municipality_code)",
    "CREATE INDEX application_by_status ON application (status)",

    R"(CREATE TABLE section (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        heading TEXT NOT NULL,
        body TEXT NOT NULL,
        UNIQUE (application_id, position)))",

    R"(CREATE TABLE attachment (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL REFERENCES blob (sha256),
        text TEXT NOT NULL DEFAULT '',
        UNIQUE (application_id, position)))",
    "CREATE INDEX attachment_by_sha256 ON attachment (sha256)",

    // Contentless: the text lives in the tables above; rows are deleted with the values
    // they were indexed with (ApplicationRepository keeps the two in step).
    R"(CREATE VIRTUAL TABLE application_fts USING fts5 (
        municipality, title, summary, body, attachments,
        content = '', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'))",
};

// Version 2: the jurors' screening work. Rows carry a uuid (derived from what they are
// about where there can be only one, random for comments), a version that grows with every
// change, and tombstones instead of deletions, so that work can later move between laptops.
const char *const schemaV2[] = {
    R"(CREATE TABLE score (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        juror_id INTEGER NOT NULL REFERENCES juror (id) ON DELETE CASCADE,
        application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
        criterion_id INTEGER NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
        value INTEGER,
        note TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL,
        UNIQUE (juror_id, application_id, criterion_id)))",
    "CREATE INDEX score_by_application ON score (application_id)",

    R"(CREATE TABLE recommendation (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        juror_id INTEGER NOT NULL REFERENCES juror (id) ON DELETE CASCADE,
        application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
        value TEXT CHECK (value IN ('ja', 'kanske', 'nej')),
        version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL,
        UNIQUE (juror_id, application_id)))",
    "CREATE INDEX recommendation_by_application ON recommendation (application_id)",

    R"(CREATE TABLE comment (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        juror_id INTEGER NOT NULL REFERENCES juror (id) ON DELETE CASCADE,
        application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
        body TEXT NOT NULL DEFAULT '',
        shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        created_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX comment_by_application ON comment (application_id)",

    R"(CREATE TABLE conflict (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        juror_id INTEGER NOT NULL REFERENCES juror (id) ON DELETE CASCADE,
        application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
        reason TEXT NOT NULL DEFAULT '',
        declared_by TEXT NOT NULL DEFAULT 'juror' CHECK (declared_by IN ('juror', 'organiser')),
        withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
        version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL,
        UNIQUE (juror_id, application_id)))",

    R"(CREATE TABLE reading (
        juror_id INTEGER NOT NULL REFERENCES juror (id) ON DELETE CASCADE,
        application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
        read_at TEXT NOT NULL,
        PRIMARY KEY (juror_id, application_id)) WITHOUT ROWID)",

    R"(CREATE TABLE finalist_choice (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        suggested TEXT NOT NULL,
        chosen TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        chosen_at TEXT NOT NULL))",
};

// Version 3: offline exchange. A juror's package says whose it is; the organiser's round
// keeps a log of every return file merged.
const char *const schemaV3[] = {
    R"(CREATE TABLE package_info (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        juror_uuid TEXT NOT NULL,
        created_at TEXT NOT NULL,
        returned_at TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE merge_log (
        id INTEGER PRIMARY KEY,
        merged_at TEXT NOT NULL,
        juror_uuid TEXT NOT NULL,
        juror_name TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        added INTEGER NOT NULL,
        updated INTEGER NOT NULL,
        unchanged INTEGER NOT NULL,
        refused INTEGER NOT NULL))",
};

// Version 4: the end of the round. Jurors propose follow-up questions to the finalists and
// rank them in the final vote (both travel like the rest of their work); the organiser asks
// the questions, records the answers and the decision.
const char *const schemaV4[] = {
    R"(CREATE TABLE question_proposal (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        juror_id INTEGER NOT NULL REFERENCES juror (id) ON DELETE CASCADE,
        application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
        text TEXT NOT NULL DEFAULT '',
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        created_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE followup_question (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        sources TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL))",
    "CREATE INDEX followup_question_by_application ON followup_question (application_id, position)",
    R"(CREATE TABLE followup_letter (
        application_id INTEGER PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
        reply_by TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE answer (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
        question_id INTEGER REFERENCES followup_question (id) ON DELETE CASCADE,
        text TEXT NOT NULL DEFAULT '',
        pdf_sha256 TEXT REFERENCES blob (sha256),
        pdf_name TEXT NOT NULL DEFAULT '',
        received TEXT NOT NULL,
        UNIQUE (application_id, question_id)))",
    R"(CREATE TABLE ballot (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        juror_id INTEGER NOT NULL REFERENCES juror (id) ON DELETE CASCADE,
        application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
        rank INTEGER,
        version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL,
        UNIQUE (juror_id, application_id)))",
    R"(CREATE TABLE decision (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        winner_id INTEGER REFERENCES application (id),
        motivation TEXT NOT NULL DEFAULT '',
        decision_date TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        casting_juror_id INTEGER REFERENCES juror (id),
        confirmed_at TEXT NOT NULL DEFAULT '',
        record_sha256 TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE finalist_motivation (
        application_id INTEGER PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
        text TEXT NOT NULL DEFAULT ''))",
};

// The application list reads every row's light columns on open: an index holding just those
// is read instead of the rows with their long texts.
const char *const schemaV5[] = {
    "CREATE INDEX application_list ON application (id, uuid, municipality_code, title, status)",
};

// Version 6: the full-text index records which columns hold a word, not where in them, and
// keeps a prefix index for every length a word is typed in up to ten characters. A search of
// a large round then reads one short list per word instead of merging the lists of every
// word that starts alike, and ranks by the columns (see Relevance). Rebuilt from the
// applications, as the index is contentless.
const char *const schemaV6[] = {
    "DROP TABLE application_fts",
    R"(CREATE VIRTUAL TABLE application_fts USING fts5 (
        municipality, title, summary, body, attachments,
        content = '', tokenize = 'unicode61 remove_diacritics 2', detail = column,
        prefix = '2 3 4 5 6 7 8 9 10'))",
};

Result<void> runAll(Database &db, const char *const *begin, const char *const *end)
{
    for (auto it = begin; it != end; ++it) {
        auto result = db.exec(QString::fromUtf8(*it));
        if (!result)
            return result.error();
    }
    return {};
}

Result<void> fillMunicipalities(Database &db)
{
    for (const Municipality &m : MunicipalityRegistry::builtIn().all()) {
        auto result = db.exec(QStringLiteral(
                                  "INSERT INTO municipality (code, name, county_code, county, "
                                  "population, population_year, municipality_group) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {m.code, m.name, m.countyCode, m.county, m.population,
                               m.populationYear, m.group});
        if (!result)
            return result.error();
    }
    return {};
}

Result<void> toVersion1(Database &db)
{
    if (auto r = runAll(db, std::begin(schemaV1), std::end(schemaV1)); !r)
        return r;
    if (auto r = db.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId));
        !r)
        return r.error();
    return fillMunicipalities(db);
}

Result<void> toVersion2(Database &db)
{
    return runAll(db, std::begin(schemaV2), std::end(schemaV2));
}

Result<void> toVersion3(Database &db)
{
    return runAll(db, std::begin(schemaV3), std::end(schemaV3));
}

Result<void> toVersion4(Database &db)
{
    return runAll(db, std::begin(schemaV4), std::end(schemaV4));
}

Result<void> toVersion5(Database &db)
{
    return runAll(db, std::begin(schemaV5), std::end(schemaV5));
}

Result<void> toVersion6(Database &db)
{
    if (auto r = runAll(db, std::begin(schemaV6), std::end(schemaV6)); !r)
        return r;
    return ApplicationRepository(db).rebuildIndex();
}

using Step = std::function<Result<void>(Database &)>;

const QList<Step> &steps()
{
    static const QList<Step> all = {toVersion1, toVersion2, toVersion3, toVersion4,
                                    toVersion5, toVersion6};
    return all;
}

} // namespace

namespace Migrations {

int latest()
{
    return int(steps().size());
}

Result<void> upgrade(Database &db, int from, int target)
{
    for (int version = from + 1; version <= target; ++version) {
        Transaction transaction(db);
        if (!transaction.ok())
            return transaction.error();
        if (auto r = steps().at(version - 1)(db); !r)
            return r;
        if (auto r = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !r)
            return r.error();
        if (auto r = transaction.commit(); !r)
            return r;
    }
    return {};
}

} // namespace Migrations
