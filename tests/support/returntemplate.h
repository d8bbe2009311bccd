#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

class Database;

/// Return files of tests/corpus/return are templates: ids are written as placeholders and the
/// signature as "{sign}", so that one file serves any round set up like tst_badinput's
/// (applications from Lund, Umeå, Kiruna, Åre and Malmö; jurors J1 and J2).
namespace ReturnTemplate {

/// The placeholders and what they stand for in @p db: {round}, {juror} (J1), {juror2} (J2),
/// {lund} … {malmo} (applications), {c1} … {cN} (criteria in order), and J1's derived ids
/// {score-APP-cK}, {recommendation-APP}, {conflict-APP}, {ballot-APP}, and J2's
/// {score2-APP-cK}. Empty when the round is not set up so.
QHash<QByteArray, QByteArray> placeholders(Database &db);

/// @p bytes with the placeholders replaced and "{sign}" replaced by J1's signature of the
/// result (when it parses as a JSON object; otherwise "{sign}" is left as it is).
QByteArray fill(const QByteArray &bytes, const QHash<QByteArray, QByteArray> &placeholders,
                const QByteArray &key);

/// J1's secret key in @p db.
QByteArray jurorKey(Database &db);

} // namespace ReturnTemplate
