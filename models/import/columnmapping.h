#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// What a column of the application form's CSV export holds.
enum class ColumnRole {
    Ignore,
    Id,
    Municipality,
    Title,
    Summary,
    Contact,
    Email,
    Submitted,
    Attachments,
    Section, ///< free text, kept as a section headed by the column name
};

namespace ColumnMapping {

/// The role a header names (Swedish or English, case and punctuation ignored);
/// unknown headers are sections.
ColumnRole roleForHeader(const QString &header);

/// One role per column; a role named twice is a section the second time.
QList<ColumnRole> detect(const QStringList &header);

/// Every role a user can choose, in menu order.
QList<ColumnRole> choosableRoles();
QString title(ColumnRole role);

} // namespace ColumnMapping
