#include "columnmapping.h"

#include "text/swedish.h"

#include <QHash>
#include <QRegularExpression>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
};

QString headerKey(const QString &header)
{
    QString key = Swedish::fold(header.simplified());
    static const QRegularExpression noise(QStringLiteral("[^a-z0-9]+"));
    key.replace(noise, QStringLiteral(" "));
    return key.trimmed();
}

const QHash<QString, ColumnRole> &knownHeaders()
{
    static const QHash<QString, ColumnRole> headers = [] {
        QHash<QString, ColumnRole> map;
        const auto add = [&map](ColumnRole role, std::initializer_list<const char *> names) {
            for (const char *name : names)
                map.insert(headerKey(QString::fromUtf8(name)), role);
        };
        add(ColumnRole::Id, {"id", "ansökan id", "ansökningsnummer", "ärendenummer",
                             "referens", "reference", "application id"});
        add(ColumnRole::Municipality, {"kommun", "municipality", "sökande kommun", "kommunnamn"});
        add(ColumnRole::Title, {"titel", "title", "rubrik", "bidragets namn", "namn på bidraget"});
        add(ColumnRole::Summary, {"sammanfattning", "summary", "kort beskrivning"});
        add(ColumnRole::Contact, {"kontaktperson", "kontakt", "contact", "contact person"});
        add(ColumnRole::Email, {"e-post", "epost", "e-postadress", "e-mail", "email", "mejl",
                                "mail"});
        add(ColumnRole::Submitted, {"inskickad", "inskickat", "inkommen", "submitted",
                                    "submitted at", "datum", "date"});
        add(ColumnRole::Attachments, {"bilagor", "bilaga", "attachments", "attachment", "filer",
                                      "files"});
        return map;
    }();
    return headers;
}

} // namespace

namespace ColumnMapping {

ColumnRole roleForHeader(const QString &header)
{
    return knownHeaders().value(headerKey(header), ColumnRole::Section);
}

QList<ColumnRole> detect(const QStringList &header)
{
    QList<ColumnRole> roles;
    for (const QString &name : header) {
        ColumnRole role = roleForHeader(name);
        if (role != ColumnRole::Section && roles.contains(role))
            role = ColumnRole::Section;
        roles << role;
    }
    return roles;
}

QList<ColumnRole> choosableRoles()
{
    return {ColumnRole::Municipality, ColumnRole::Title,       ColumnRole::Summary,
            ColumnRole::Contact,      ColumnRole::Email,       ColumnRole::Submitted,
            ColumnRole::Attachments,  ColumnRole::Id,          ColumnRole::Section,
            ColumnRole::Ignore};
}

QString title(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Ignore:
        return Tr::tr("Ignore");
    case ColumnRole::Id:
        return Tr::tr("Application id");
    case ColumnRole::Municipality:
        return Tr::tr("Municipality");
    case ColumnRole::Title:
        return Tr::tr("Title");
    case ColumnRole::Summary:
        return Tr::tr("Summary");
    case ColumnRole::Contact:
        return Tr::tr("Contact person");
    case ColumnRole::Email:
        return Tr::tr("Email");
    case ColumnRole::Submitted:
        return Tr::tr("Submitted");
    case ColumnRole::Attachments:
        return Tr::tr("Attachments");
    case ColumnRole::Section:
        return Tr::tr("Text section");
    }
    return {};
}

} // namespace ColumnMapping
