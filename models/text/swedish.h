#pragma once

#include <QString>

/// Swedish text rules shared by sorting, matching and search highlighting.
namespace Swedish {

/// A key whose plain code-point order is Swedish alphabetical order: …, X, Y, Z, Å, Ä, Ö;
/// ü sorts as y, æ as ä, ø as ö, other accents and case only break ties.
QString sortKey(const QString &text);

/// Swedish alphabetical comparison; negative, zero or positive like QString::compare.
int compare(const QString &a, const QString &b);

/// Lower case with every diacritic removed (å, ä → a; ö → o), one output character for each
/// input UTF-16 unit, so positions in the folded text are positions in the original.
QString fold(const QString &text);

} // namespace Swedish
