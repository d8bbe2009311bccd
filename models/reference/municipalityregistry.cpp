#include "municipalityregistry.h"

#include "import/csvreader.h"
#include "text/swedish.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

// Words around a municipality's name in how it is written: "Lunds kommun", "Region Gotland",
// "Västerås stad", "City of Malmö".
const QSet<QString> &fillerWords()
{
    static const QSet<QString> words = {
        QStringLiteral("kommun"), QStringLiteral("kommuns"),   QStringLiteral("kommunen"),
        QStringLiteral("stad"),   QStringLiteral("stads"),     QStringLiteral("staden"),
        QStringLiteral("region"), QStringLiteral("regionen"),  QStringLiteral("municipality"),
        QStringLiteral("city"),   QStringLiteral("of"),        QStringLiteral("the"),
    };
    return words;
}

// Genitive forms that are not the name plus "s".
const QHash<QString, QString> &irregularForms()
{
    static const QHash<QString, QString> forms = {
        {QStringLiteral("falu"), QStringLiteral("falun")},
    };
    return forms;
}

QString normalise(const QString &text)
{
    QString lowered = text.toLower();
    lowered.replace(u'-', u' ');
    lowered.replace(u'–', u' ');
    static const QRegularExpression notWord(QStringLiteral("[^\\w ]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    lowered.replace(notWord, QStringLiteral(" "));
    QStringList kept;
    for (const QString &word : lowered.split(u' ', Qt::SkipEmptyParts)) {
        if (!fillerWords().contains(word))
            kept << word;
    }
    return kept.join(u' ');
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QStringList sortedSwedish(QStringList list)
{
    list.removeDuplicates();
    std::sort(list.begin(), list.end(),
              [](const QString &a, const QString &b) { return Swedish::compare(a, b) < 0; });
    return list;
}

} // namespace

const MunicipalityRegistry &MunicipalityRegistry::builtIn()
{
    static const MunicipalityRegistry registry = [] {
        QFile file(QStringLiteral(":/data/kommuner.csv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in municipality list is missing from the resources.");
        auto parsed = fromCsv(file.readAll());
        if (!parsed)
            qFatal("The built-in municipality list is invalid: %s",
                   qPrintable(parsed.error().toString()));
        return std::move(parsed).value();
    }();
    return registry;
}

Result<MunicipalityRegistry> MunicipalityRegistry::fromCsv(const QByteArray &csv)
{
    auto document = CsvReader::parse(csv, QStringLiteral("kommuner.csv"), u',');
    if (!document)
        return document.error();
    const QStringList expected = {QStringLiteral("kod"),   QStringLiteral("namn"),
                                  QStringLiteral("lan_kod"), QStringLiteral("lan"),
                                  QStringLiteral("folkmangd"), QStringLiteral("folkmangd_ar"),
                                  QStringLiteral("kommungrupp")};
    if (document->header.fields != expected)
        return Error(tr("Unexpected columns in the municipality list."),
                     QStringLiteral("kommuner.csv"), 1);
    MunicipalityRegistry registry;
    for (const CsvRecord &record : document->records) {
        if (record.fields.size() != expected.size())
            return Error(tr("Wrong number of fields."), QStringLiteral("kommuner.csv"),
                         record.line);
        Municipality m;
        m.code = record.fields.at(0);
        m.name = record.fields.at(1);
        m.countyCode = record.fields.at(2);
        m.county = record.fields.at(3);
        m.population = record.fields.at(4).toInt();
        m.populationYear = record.fields.at(5).toInt();
        m.group = record.fields.at(6);
        const int index = int(registry.m_all.size());
        registry.m_all.append(m);
        registry.m_byCode.insert(m.code, index);
        registry.m_byName.insert(normalise(m.name), index);
        registry.m_byFolded.insert(Swedish::fold(normalise(m.name)), index);
    }
    return registry;
}

const Municipality *MunicipalityRegistry::byCode(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? nullptr : &m_all.at(*it);
}

Result<MunicipalityMatch> MunicipalityRegistry::match(const QString &written) const
{
    const QString text = written.simplified();
    if (text.isEmpty())
        return Error(tr("The municipality is missing."));
    if (const Municipality *m = byCode(text))
        return MunicipalityMatch{m->code, {}};

    const QString name = normalise(text);
    QStringList candidates = {name};
    if (name.endsWith(u's'))
        candidates << name.chopped(1);
    if (irregularForms().contains(name))
        candidates << irregularForms().value(name);

    for (const QString &candidate : candidates) {
        const auto it = m_byName.constFind(candidate);
        if (it != m_byName.constEnd())
            return MunicipalityMatch{m_all.at(*it).code, {}};
    }
    for (const QString &candidate : candidates) {
        const QList<int> found = m_byFolded.values(Swedish::fold(candidate));
        if (found.size() == 1) {
            const Municipality &m = m_all.at(found.first());
            return MunicipalityMatch{
                m.code, tr("“%1” was read as %2 (%3).").arg(text, m.name, m.county)};
        }
        if (found.size() > 1) {
            QStringList names;
            for (int index : found)
                names << m_all.at(index).name;
            return Error(tr("“%1” could mean several municipalities: %2. Write the name with "
                            "å, ä and ö, or the municipality code.")
                             .arg(text, sortedSwedish(names).join(QStringLiteral(", "))));
        }
    }
    return Error(tr("No municipality is called “%1”. Closest: %2.")
                     .arg(text, closest(text).join(QStringLiteral(", "))));
}

QStringList MunicipalityRegistry::closest(const QString &written, int count) const
{
    // Names are far shorter than 64 characters. Without the cut, a misquoted file that lands
    // whole in the cell costs an edit distance over its full length per municipality (30 s
    // for 1 MB).
    const QString target = Swedish::fold(normalise(written.left(64)));
    QList<QPair<int, int>> scored; // distance, index
    scored.reserve(m_all.size());
    for (int i = 0; i < m_all.size(); ++i) {
        const QString name = Swedish::fold(normalise(m_all.at(i).name));
        int distance = editDistance(target, name);
        // A name that starts like the written text is closer than its edit distance says.
        if (!target.isEmpty() && (name.startsWith(target) || target.startsWith(name)))
            distance = std::min(distance, 1);
        scored.append({distance, i});
    }
    std::stable_sort(scored.begin(), scored.end(), [this](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return Swedish::compare(m_all.at(a.second).name, m_all.at(b.second).name) < 0;
    });
    QStringList names;
    for (int i = 0; i < std::min(count, int(scored.size())); ++i)
        names << m_all.at(scored.at(i).second).name;
    return names;
}

QStringList MunicipalityRegistry::counties() const
{
    QStringList list;
    for (const Municipality &m : m_all)
        list << m.county;
    return sortedSwedish(list);
}

QStringList MunicipalityRegistry::groups() const
{
    QStringList list;
    for (const Municipality &m : m_all)
        list << m.group;
    return sortedSwedish(list);
}

int MunicipalityRegistry::populationClassCount()
{
    return 5;
}

int MunicipalityRegistry::populationClass(int population)
{
    if (population < 10000)
        return 0;
    if (population < 25000)
        return 1;
    if (population < 50000)
        return 2;
    if (population < 100000)
        return 3;
    return 4;
}

QString MunicipalityRegistry::populationClassTitle(int populationClass)
{
    const QLocale locale;
    switch (populationClass) {
    case 0:
        return tr("under %1 inhabitants").arg(locale.toString(10000));
    case 1:
        return tr("%1–%2 inhabitants").arg(locale.toString(10000), locale.toString(24999));
    case 2:
        return tr("%1–%2 inhabitants").arg(locale.toString(25000), locale.toString(49999));
    case 3:
        return tr("%1–%2 inhabitants").arg(locale.toString(50000), locale.toString(99999));
    default:
        return tr("%1 inhabitants or more").arg(locale.toString(100000));
    }
}
