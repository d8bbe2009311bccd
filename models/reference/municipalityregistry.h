#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// Facts about one of Sweden's 290 municipalities.
struct Municipality
{
    QString code; ///< kommunkod, four digits
    QString name;
    QString countyCode;
    QString county;
    int population = 0;
    int populationYear = 0;
    QString group; ///< SKR municipality group (kommungrupp)
};

/// How a municipality name written in a form was resolved.
struct MunicipalityMatch
{
    QString code;
    QString notice; ///< set when the match needed forgiveness beyond case and "kommun"
};

/// The municipality reference data shipped with the program, and forgiving name matching.
class MunicipalityRegistry
{
    Q_DECLARE_TR_FUNCTIONS(MunicipalityRegistry)

public:
    /// The 290 municipalities from the built-in resource (immutable reference data).
    static const MunicipalityRegistry &builtIn();

    /// Reads the kommuner.csv format (kod,namn,lan_kod,lan,folkmangd,folkmangd_ar,kommungrupp).
    static Result<MunicipalityRegistry> fromCsv(const QByteArray &csv);

    const QList<Municipality> &all() const { return m_all; }
    const Municipality *byCode(const QString &code) const;

    /// Resolves "Lunds kommun", "lund", "Region Gotland", "1281"; "Vasteras" with a notice.
    /// A name that matches nothing is an error naming the closest candidates.
    Result<MunicipalityMatch> match(const QString &written) const;

    /// The names most like @p written, best first.
    QStringList closest(const QString &written, int count = 3) const;

    /// Counties and groups in Swedish alphabetical order.
    QStringList counties() const;
    QStringList groups() const;

    /// Population classes used to compare results against preconditions.
    static int populationClassCount();
    static int populationClass(int population);
    static QString populationClassTitle(int populationClass);

private:
    QList<Municipality> m_all;
    QHash<QString, int> m_byCode;
    QHash<QString, int> m_byName;    // normalised name → index
    QMultiHash<QString, int> m_byFolded; // name without diacritics → indexes
};
