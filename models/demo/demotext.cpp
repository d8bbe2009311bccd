#include "demotext.h"

#include <QDate>
#include <QTime>

namespace {

QStringList utf8(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

const QStringList &services()
{
    static const QStringList list = utf8({
        "digital nattillsyn",
        "läkemedelsrobotar",
        "GPS-larm",
        "mobila trygghetslarm",
        "videosamtal mellan brukare och anhöriga",
        "digitala inköp i hemtjänsten",
        "e-tjänster för ansökan om bistånd",
        "sensorer som upptäcker fall",
        "digital signering av läkemedel",
        "digitalt planeringsstöd i hemtjänsten",
        "bildstöd på surfplatta i LSS-boenden",
        "automatiserad handläggning av försörjningsstöd",
        "digitala hjälpmedel för personer med kognitiv funktionsnedsättning",
        "digitala vårdmöten med vårdcentralen",
        "aktivitetsplattformar på särskilda boenden",
    });
    return list;
}

const QStringList &groups()
{
    static const QStringList list = utf8({
        "äldre i ordinärt boende",
        "personer med insatser enligt LSS",
        "personer med demenssjukdom",
        "anhöriga",
        "medarbetare i hemtjänsten",
        "unga vuxna med funktionsnedsättning",
        "personer som söker ekonomiskt bistånd",
        "boende på särskilda boenden",
    });
    return list;
}

const QList<QStringList> &sectionSentences()
{
    static const QList<QStringList> sections = {
        utf8({
            "Kommunfullmäktige i {k} antog {y} en strategi för digitalisering i välfärden med "
            "tydliga mål för vård och omsorg.",
            "Socialnämnden följer varje kvartal upp hur {t} bidrar till trygghet och "
            "självständighet för {m}.",
            "En digitaliseringsstrateg arbetar på heltid inom socialförvaltningen och ingår i "
            "förvaltningens ledningsgrupp.",
            "Vi har avsatt {n} miljoner kronor i en utvecklingsfond som verksamheterna kan söka "
            "ur för att prova nya arbetssätt.",
            "Ledningen har gjort digitalisering till en stående punkt på alla "
            "arbetsplatsträffar, så att frågorna lyfts där arbetet görs.",
            "Varje verksamhet har en digitaliseringsplan som är kopplad till budgetprocessen.",
            "Målet är att {p} procent av alla nya insatser ska ha ett digitalt alternativ som den "
            "enskilde kan välja.",
            "Politiken har varit tydlig med att tekniken ska vara ett medel för ökad delaktighet, "
            "inte ett mål i sig.",
            "Under {y} inrättade vi ett innovationsråd där brukarrepresentanter, fackliga "
            "företrädare och chefer prioriterar utvecklingsidéer tillsammans.",
            "Kommunen använder LIKA-verktyget för att mäta sin digitala mognad varje år och "
            "redovisar resultatet för nämnden.",
        }),
        utf8({
            "Alla särskilda boenden har fått heltäckande trådlöst nätverk, vilket var en "
            "förutsättning för {t}.",
            "Vi har bytt till ett verksamhetssystem som gör det möjligt att dokumentera direkt i "
            "mobilen, även ute hos brukaren.",
            "Informationssäkerheten har setts över tillsammans med kommunens dataskyddsombud, och "
            "samtliga lösningar har riskbedömts.",
            "Genom en gemensam upphandling med {n} grannkommuner har vi fått tillgång till en "
            "plattform för digitala trygghetslarm.",
            "Larmkedjan är helt digital sedan {y}, från larmknappen hemma hos brukaren till "
            "mottagningen i hemtjänsten.",
            "IT-avdelningen och socialförvaltningen har en gemensam förvaltningsgrupp som "
            "ansvarar för välfärdstekniken.",
            "Inloggning sker med e-legitimation eller SITHS-kort, så att rätt person ser rätt "
            "uppgifter.",
            "Vi har byggt en testmiljö där nya produkter provas av medarbetare och brukare innan "
            "de införs i verksamheten.",
            "Bredbandsutbyggnaden på landsbygden har gjort det möjligt att erbjuda {t} även i de "
            "mest glest befolkade delarna av kommunen.",
        }),
        utf8({
            "Samtliga {n0} medarbetare i hemtjänsten har genomgått en grundutbildning i digital "
            "kompetens.",
            "Vi har utsett digitala ombud på varje arbetsplats som stöttar kollegor i vardagen.",
            "Utbildningen har tagits fram tillsammans med medarbetarna och bygger på korta filmer "
            "som kan ses när det passar i schemat.",
            "Chefer har fått en egen utbildning i förändringsledning, eftersom vi sett att det är "
            "där införanden ofta stannar upp.",
            "Biståndshandläggarna har utbildats i att bedöma när {t} kan vara ett alternativ, så "
            "att insatsen erbjuds likvärdigt i hela kommunen.",
            "Vi samarbetar med gymnasieskolans vård- och omsorgsprogram, så att eleverna möter "
            "välfärdsteknik redan under sin praktik.",
            "En enkät visar att {p} procent av medarbetarna känner sig trygga med de digitala "
            "verktygen, jämfört med hälften två år tidigare.",
            "Anhöriga erbjuds introduktionsträffar på biblioteket där de kan prova tekniken "
            "tillsammans med en digital guide.",
        }),
        utf8({
            "I dag använder {n0} personer {t}, och antalet växer varje månad.",
            "För {m} har {t} inneburit att de kan bo kvar hemma längre med bibehållen trygghet.",
            "Brukarna väljer själva om de vill ha tillsyn digitalt eller genom besök, och valet "
            "följs upp efter tre månader.",
            "En brukare berättar att hon numera kan sova ostört på natten, eftersom hon inte "
            "längre väcks av besök.",
            "Videosamtal har gjort det möjligt för anhöriga som bor långt bort att delta i "
            "vårdplaneringen.",
            "Inom LSS används surfplattor med bildstöd för att planera dagen, vilket har minskat "
            "oron hos flera av de boende.",
            "Medarbetarna frigör tid som i stället läggs på social samvaro och promenader.",
            "Vi erbjuder alltid ett alternativ för den som inte vill eller kan använda den "
            "digitala lösningen.",
            "Funktionsrättsorganisationerna har varit med och testat tjänsterna ur ett "
            "tillgänglighetsperspektiv.",
        }),
        utf8({
            "Antalet nattliga tillsynsbesök har minskat med {p} procent sedan {y}, utan att "
            "antalet avvikelser har ökat.",
            "Restiden i hemtjänsten har minskat med motsvarande {n} heltidstjänster, som har "
            "kunnat läggas på tid hos brukarna.",
            "Nöjdheten bland brukarna ligger kvar på en hög nivå i Socialstyrelsens "
            "brukarundersökning.",
            "Läkemedelsavvikelserna har halverats på de enheter som infört digital signering.",
            "Vi följer varje insats med individuella mål enligt IBIC, vilket gör att vi kan se "
            "effekten för den enskilde och inte bara för verksamheten.",
            "Kostnaden för insatserna har minskat med {n} miljoner kronor per år, pengar som "
            "återinvesteras i verksamheten.",
            "Sjukfrånvaron bland medarbetarna har sjunkit, vilket vi tror hänger samman med en "
            "bättre planerad arbetsdag.",
            "För en kommun av vår storlek är det ett stort steg att ha gått från enstaka piloter "
            "till ordinarie drift på bred front.",
            "Resultaten redovisas öppet på kommunens webbplats, och vi har tagit emot studiebesök "
            "från {n} andra kommuner.",
        }),
        utf8({
            "Tillsammans med regionen och länets övriga kommuner har vi tagit fram gemensamma "
            "rutiner för digitala vårdmöten.",
            "Vi samarbetar med ett lärosäte kring följeforskning om hur {t} påverkar {m}.",
            "Pensionärsorganisationerna och funktionsrättsrörelsen deltar i vår referensgrupp för "
            "e-hälsa.",
            "Erfarenheterna delas i ett regionalt nätverk där kommunerna turas om att leda "
            "arbetet.",
            "Leverantörerna bjuds in till dialogmöten där brukare och medarbetare berättar om "
            "sina behov.",
        }),
    };
    return sections;
}

const QStringList &titles()
{
    static const QStringList list = utf8({
        "Digitalt först – för ökad trygghet",
        "Trygg hemma med välfärdsteknik",
        "Från pilot till vardag",
        "Nära vård på distans",
        "Teknik som ger tid för möten",
        "Delaktighet genom digitala verktyg",
        "Hela kommunen med",
        "Välfärdsteknik för alla åldrar",
        "Ett lyft för e-hälsan",
        "Digital nattro",
        "Självständighet med stöd av teknik",
        "Omsorg utan avstånd",
        "Små steg, stora skillnader",
        "Med människan i centrum",
        "Tillsammans in i framtidens omsorg",
        "Digital delaktighet i LSS",
        "Kloka val för en hållbar omsorg",
        "Mer tid för det som betyder något",
        "Vi vågar prova",
        "Trygghet i varje steg",
    });
    return list;
}

const QStringList &summaries()
{
    static const QStringList list = utf8({
        "{k} har under flera år arbetat målmedvetet med {t} för {m}. Ansökan beskriver hur "
        "arbetet har gått från pilot till ordinarie verksamhet och vilka resultat det har gett.",
        "Med begränsade resurser och stora avstånd har {k} byggt en digital vardag i omsorgen, "
        "där {t} är en självklar del av utbudet.",
        "I {k} utgår digitaliseringen från den enskildes behov. Ansökan visar hur {t} har ökat "
        "tryggheten för {m} och frigjort tid för medarbetarna.",
        "{k} beskriver ett långsiktigt förändringsarbete med tydlig politisk förankring, där {t} "
        "har införts i nära samarbete med brukare och anhöriga.",
    });
    return list;
}

} // namespace

QList<DemoText::Applicant> DemoText::applicants()
{
    // Real municipalities of every size, county and group; the applications are fictional.
    static const char *const list[][2] = {
        {"Lunds kommun", "Lund"},
        {"Kiruna kommun", "Kiruna"},
        {"Västerås stad", "Västerås"},
        {"Region Gotland", "Gotland"},
        {"Rättviks kommun", "Rättvik"},
        {"Kalmar kommun", "Kalmar"},
        {"Göteborgs Stad", "Göteborg"},
        {"Sorsele kommun", "Sorsele"},
        {"Umeå kommun", "Umeå"},
        {"Ystads kommun", "Ystad"},
        {"Östersunds kommun", "Östersund"},
        {"Arjeplogs kommun", "Arjeplog"},
        {"Örebro kommun", "Örebro"},
        {"Ale kommun", "Ale"},
        {"Åre kommun", "Åre"},
        {"Norrtälje kommun", "Norrtälje"},
        {"Vetlanda kommun", "Vetlanda"},
        {"Härnösands kommun", "Härnösand"},
        {"Karlstads kommun", "Karlstad"},
        {"Bengtsfors kommun", "Bengtsfors"},
        {"Helsingborgs stad", "Helsingborg"},
        {"Ljusdals kommun", "Ljusdal"},
        {"Nacka kommun", "Nacka"},
        {"Eskilstuna kommun", "Eskilstuna"},
        {"Växjö kommun", "Växjö"},
        {"Torsby kommun", "Torsby"},
        {"Skövde kommun", "Skövde"},
        {"Halmstads kommun", "Halmstad"},
        {"Ljungby kommun", "Ljungby"},
        {"Falu kommun", "Falun"},
        {"Karlskrona kommun", "Karlskrona"},
        {"Motala kommun", "Motala"},
        {"Överkalix kommun", "Överkalix"},
        {"Uppsala kommun", "Uppsala"},
        {"Simrishamns kommun", "Simrishamn"},
        {"Sala kommun", "Sala"},
        {"Trosa kommun", "Trosa"},
        {"Älvdalens kommun", "Älvdalen"},
        {"Varbergs kommun", "Varberg"},
        {"Borås Stad", "Borås"},
    };
    QList<Applicant> out;
    for (const auto &entry : list)
        out << Applicant{QString::fromUtf8(entry[0]), QString::fromUtf8(entry[1])};
    return out;
}

QStringList DemoText::sectionHeadings()
{
    return utf8({
        "Ledning och styrning",
        "Infrastruktur och teknik",
        "Kompetens och lärande",
        "Användning och nytta för invånarna",
        "Resultat och uppföljning",
        "Samverkan",
    });
}

QString DemoText::fill(QString pattern, const QString &municipality)
{
    pattern.replace(QStringLiteral("{k}"), municipality);
    pattern.replace(QStringLiteral("{t}"), m_service);
    pattern.replace(QStringLiteral("{m}"), m_group);
    pattern.replace(QStringLiteral("{y}"), QString::number(bounded(2018, 2024)));
    pattern.replace(QStringLiteral("{p}"), QString::number(bounded(12, 68)));
    pattern.replace(QStringLiteral("{n0}"), QString::number(bounded(25, 480)));
    pattern.replace(QStringLiteral("{n}"), QString::number(bounded(2, 9)));
    return pattern;
}

QString DemoText::title(const QString &municipality)
{
    m_service = pick(services());
    m_group = pick(groups());
    Q_UNUSED(municipality);
    if (bounded(0, 2) == 0) {
        QString service = m_service;
        service[0] = service.at(0).toUpper();
        return service + QString::fromUtf8(" i hela kommunen");
    }
    return pick(titles());
}

QString DemoText::summary(const QString &municipality)
{
    return fill(pick(summaries()), municipality)
           + QString::fromUtf8(" (Fiktiv demoansökan.)");
}

QString DemoText::section(int index, const QString &municipality, int verbosity)
{
    const QStringList &sentences = sectionSentences().at(index);
    // Collaboration is optional in the form: short applications often skip it.
    if (index == 5 && bounded(0, 2) == 0)
        return {};
    QStringList order = sentences;
    for (int i = int(order.size()) - 1; i > 0; --i)
        order.swapItemsAt(i, bounded(0, i));
    const int paragraphs = std::max(1, std::min(verbosity + bounded(-1, 1), 4));
    QStringList text;
    int next = 0;
    for (int p = 0; p < paragraphs && next < order.size(); ++p) {
        QStringList paragraph;
        const int count = bounded(2, 4);
        for (int s = 0; s < count && next < order.size(); ++s)
            paragraph << fill(order.at(next++), municipality);
        text << paragraph.join(QLatin1Char(' '));
    }
    return text.join(QStringLiteral("\n\n"));
}

QString DemoText::contactName()
{
    static const QStringList first =
        utf8({"Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Mikael", "Elin",
              "Ahmed", "Fatima", "Per", "Ingrid", "Jonas", "Sofia", "Nils", "Leila", "Oskar"});
    static const QStringList last =
        utf8({"Lindgren", "Holm", "Berg", "Sandberg", "Nyström", "Ek", "Dahl", "Lundqvist",
              "Forsberg", "Björk", "Sjödin", "Hedlund", "Engström", "Blom", "Wallin"});
    return pick(first) + QLatin1Char(' ') + pick(last);
}

QString DemoText::submitted()
{
    const QDate date = QDate(2026, 2, 2).addDays(bounded(0, 40));
    const QTime time(bounded(7, 22), bounded(0, 59));
    return date.toString(Qt::ISODate) + QLatin1Char(' ') + time.toString(QStringLiteral("HH:mm"));
}

QString DemoText::actionPlanHtml(const QString &municipality)
{
    QString html = QStringLiteral("<p style='color:#555'>%1</p><h1>%2</h1><p>%3</p>")
                       .arg(QString::fromUtf8("Fiktivt demomaterial – Jurybench"),
                            QString::fromUtf8("Handlingsplan för e-hälsa 2026–2028"),
                            fill(QString::fromUtf8("Planen beskriver hur {k} ska fortsätta "
                                                   "utveckla {t} för {m} under de kommande "
                                                   "tre åren."),
                                 municipality));
    const QStringList headings = sectionHeadings();
    for (int i = 0; i < 5; ++i) {
        html += QStringLiteral("<h2>%1. %2</h2><ul>").arg(i + 1).arg(headings.at(i));
        for (int a = 0; a < 3; ++a)
            html += QStringLiteral("<li>%1</li>").arg(fill(pick(sectionSentences().at(i)),
                                                            municipality));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString DemoText::followUpHtml(const QString &municipality)
{
    QString html = QStringLiteral("<p style='color:#555'>%1</p><h1>%2</h1><p>%3</p>")
                       .arg(QString::fromUtf8("Fiktivt demomaterial – Jurybench"),
                            QString::fromUtf8("Uppföljning av välfärdsteknik 2025"),
                            fill(QString::fromUtf8("Nyckeltal för {k}, redovisade för "
                                                   "socialnämnden."),
                                 municipality));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='6'>"
                           "<tr><th>%1</th><th>2023</th><th>2024</th><th>2025</th></tr>")
                .arg(QString::fromUtf8("Nyckeltal"));
    const QStringList indicators = utf8({"Brukare med digital tillsyn",
                                         "Andel digitala inköp (procent)",
                                         "Läkemedelsavvikelser per 1 000 doser",
                                         "Medarbetare med grundutbildning (procent)",
                                         "Nöjda brukare (procent)"});
    for (const QString &indicator : indicators) {
        const int base = bounded(10, 60);
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td>"
                               "<td align='right'>%3</td><td align='right'>%4</td></tr>")
                    .arg(indicator)
                    .arg(base)
                    .arg(base + bounded(0, 15))
                    .arg(base + bounded(10, 30));
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(fill(pick(sectionSentences().at(4)), municipality));
    return html;
}
