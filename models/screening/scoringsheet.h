#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

class Database;

/// What importing a scoring sheet changed.
struct SheetReport
{
    int rows = 0;
    int scores = 0;
    int recommendations = 0;
    int comments = 0;
    int conflicts = 0;
    int ranks = 0;      ///< final vote: finalists ranked
    bool ballot = false; ///< the sheet was the final vote's

    QString describe() const;
};

/// The juror's scoring sheet: a CSV a juror fills in a spreadsheet and imports back.
///
/// Screening phase: UTF-8 with BOM, `;`-separated, CRLF, one row per application:
/// `id;Kommun;Titel;` one column per criterion (named exactly as the criterion),
/// `Rekommendation` (ja/kanske/nej), `Jäv` (empty, or the reason), `Kommentar` (a shared
/// comment). Import accepts `;` or `,`, UTF-8 or Windows-1252, ignores Kommun and Titel,
/// treats an empty cell as "not scored" (it changes nothing), and refuses the whole sheet,
/// naming line and column, for values outside the scale, unknown ids, unknown
/// recommendation words, unknown columns, and scores on an application the juror is
/// conflicted on.
///
/// Final vote phase: the same encoding, one row per finalist: `id;Kommun;Titel;Rang`, 1 the
/// best, equal ranks allowed, an empty cell unranked. Import refuses ranks that are not whole
/// numbers from 1, applications that are not finalists, and ranks on a finalist the juror is
/// conflicted on; the sheet is the whole ballot.
class ScoringSheet
{
    Q_DECLARE_TR_FUNCTIONS(ScoringSheet)

public:
    static Result<QByteArray> exportSheet(Database &db, qint64 jurorId);
    static Result<SheetReport> importSheet(Database &db, qint64 jurorId, const QString &path);
    static Result<SheetReport> importSheet(Database &db, qint64 jurorId, const QByteArray &bytes,
                                           const QString &fileName);

private:
    static Result<QByteArray> exportBallot(Database &db, qint64 jurorId);
    static Result<SheetReport> importBallot(Database &db, qint64 jurorId, const QByteArray &bytes,
                                            const QString &fileName);
};
