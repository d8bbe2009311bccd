#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

/// Fictional Swedish application text for the demo round, from sentence templates.
class DemoText
{
public:
    explicit DemoText(quint32 seed) : m_random(seed) {}

    struct Applicant
    {
        QString written; ///< as the municipality wrote its name in the form
        QString name;    ///< the municipality's name
    };

    static QList<Applicant> applicants();
    /// The form's free-text questions, in column order.
    static QStringList sectionHeadings();

    QString title(const QString &municipality);
    QString summary(const QString &municipality);
    /// The answer to section @p index; empty when the applicant left it out.
    QString section(int index, const QString &municipality, int verbosity);
    QString contactName();
    QString submitted();
    int bounded(int lowest, int highest) { return m_random.bounded(lowest, highest + 1); }

    /// HTML for a generated attachment: an action plan or a results follow-up.
    QString actionPlanHtml(const QString &municipality);
    QString followUpHtml(const QString &municipality);

private:
    QString fill(QString pattern, const QString &municipality);
    template<typename List>
    const auto &pick(const List &list)
    {
        return list.at(m_random.bounded(int(list.size())));
    }

    QRandomGenerator m_random;
    QString m_service;
    QString m_group;
};
