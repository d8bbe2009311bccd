#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class Database;

/// The documents a round publishes, in the language of the user interface: the decision,
/// the jury protocol and the letters with follow-up questions to the finalists.
namespace Documents {

/// "Juryns beslut": winner, motivation, the other finalists, the jury and recusals, how the
/// decision was made, an annex with the pairwise matrix; every page numbered and carrying
/// the round id and the SHA-256 of the decision record.
Result<QString> decisionHtml(Database &db);
Result<void> exportDecision(Database &db, const QString &path);

/// Everything the jury did: every application's screening result, the finalist choice and
/// its reasons, the questions and answers, every ballot and the count.
Result<QString> protocolHtml(Database &db);
Result<void> exportProtocol(Database &db, const QString &path);
/// The protocol as CSV for archiving (UTF-8 with BOM, `;`): Del;Id;Kommun;Uppgift;Värde.
Result<QByteArray> protocolCsv(Database &db);

/// One letter per finalist with questions: the award and year, the municipality, the date,
/// the numbered questions, the reply-by date and the organiser's contact. Written into
/// @p folder; returns the files.
Result<QStringList> exportQuestionLetters(Database &db, const QString &folder);
Result<QString> questionLetterHtml(Database &db, qint64 applicationId);

} // namespace Documents
