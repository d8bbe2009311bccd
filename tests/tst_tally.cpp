#include "vote/tally.h"

#include <QTest>

using Matrix = QList<QList<int>>;
using Ranks = QHash<qint64, int>;

// Lets QCOMPARE show the differing row when two matrices differ.
char *toString(const QList<int> &row)
{
    QByteArray text;
    for (int value : row)
        text += (text.isEmpty() ? "" : " ") + QByteArray::number(value);
    return qstrdup(("[" + text + "]").constData());
}

namespace {

// Candidates are written as letters: A is application 101, B 102 and so on, so that a mix-up
// between ids and matrix positions shows.
constexpr qint64 FirstId = 101;

qint64 id(QChar letter)
{
    return FirstId + (letter.unicode() - 'A');
}

QString letter(qint64 candidate)
{
    return candidate >= FirstId && candidate < FirstId + 26
               ? QString(QChar(char16_t('A' + (candidate - FirstId))))
               : QString::number(candidate);
}

QList<qint64> ids(const QString &letters)
{
    QList<qint64> result;
    for (QChar c : letters)
        result << id(c);
    return result;
}

// "B>A=C !D": B ranked 1, A and C ranked 2, the others unranked, conflicted on D.
// "" is a ballot that ranks no one.
Ballot ballot(const QString &spec)
{
    Ballot b;
    for (const QString &part : spec.split(u' ', Qt::SkipEmptyParts)) {
        if (part.startsWith(u'!')) {
            for (QChar c : part.mid(1))
                b.conflicts.insert(id(c));
            continue;
        }
        const QStringList levels = part.split(u'>');
        for (int rank = 1; rank <= levels.size(); ++rank) {
            for (const QString &c : levels.at(rank - 1).split(u'='))
                b.ranks.insert(id(c.at(0)), rank);
        }
    }
    return b;
}

QList<Ballot> ballots(const QStringList &specs)
{
    QList<Ballot> result;
    for (const QString &spec : specs) {
        result << ballot(spec);
        result.last().jurorId = result.size();
    }
    return result;
}

QStringList times(int count, const QString &spec)
{
    return QStringList(count, spec);
}

// "E A C B D" or "AB C": groups separated by spaces, best first.
QString text(const QList<QList<qint64>> &ranking)
{
    QStringList groups;
    for (const QList<qint64> &group : ranking) {
        QString g;
        for (qint64 candidate : group)
            g += letter(candidate);
        groups << g;
    }
    return groups.join(u' ');
}

QString text(const QList<qint64> &group)
{
    return text(QList<QList<qint64>>{group});
}

// "A 2.5, B 0.5": points in candidate order, to nine significant digits (so that 1.99…98
// reads 2, and a third 0.333333333).
QString text(const QList<qint64> &candidates, const QHash<qint64, double> &points)
{
    QStringList parts;
    for (qint64 candidate : candidates)
        parts << letter(candidate) + u' ' + QString::number(points.value(candidate), 'g', 9);
    if (points.size() != candidates.size())
        parts << QStringLiteral("(%1 ids with points)").arg(points.size());
    return parts.join(QStringLiteral(", "));
}

} // namespace

class tst_Tally : public QObject
{
    Q_OBJECT

private slots:
    void schulzeExample();
    void schulze_data();
    void schulze();
    void onlyTheOrderOfRanksMatters_data();
    void onlyTheOrderOfRanksMatters();
    void conflictedFinalistDoesNotExistForTheJuror_data();
    void conflictedFinalistDoesNotExistForTheJuror();
    void conflictedBallotEqualsBallotWithoutTheFinalist_data();
    void conflictedBallotEqualsBallotWithoutTheFinalist();
    void bordaAndPlurality_data();
    void bordaAndPlurality();
    void methodsDisagree_data();
    void methodsDisagree();
};

// Markus Schulze's example: 45 voters, candidates A–E, complete ballots without ties.
void tst_Tally::schulzeExample()
{
    const QStringList specs = times(5, "A>C>B>E>D") + times(5, "A>D>E>C>B")
                              + times(8, "B>E>D>A>C") + times(3, "C>A>B>E>D")
                              + times(7, "C>A>E>B>D") + times(2, "C>B>A>D>E")
                              + times(7, "D>C>E>B>A") + times(8, "E>B>A>D>C");
    QCOMPARE(specs.size(), 45);
    const Tally tally = Tally::count(ids("ABCDE"), ballots(specs));
    QCOMPARE(tally.candidates, ids("ABCDE"));

    // Every ballot orders every pair, so d[j][i] = 45 − d[i][j]. Who ranks i above j:
    // A>B 20 = 5 ACBED + 5 ADECB + 3 CABED + 7 CAEBD       (B>A 25)
    // A>C 26 = 5 ACBED + 5 ADECB + 8 BEDAC + 8 EBADC       (C>A 19)
    // A>D 30 = 5 + 5 + 3 + 7 + 2 CBADE + 8 EBADC           (D>A 15)
    // A>E 22 = 5 ACBED + 5 ADECB + 3 + 7 + 2 CBADE         (E>A 23)
    // B>C 16 = 8 BEDAC + 8 EBADC                           (C>B 29)
    // B>D 33 = 5 ACBED + 8 + 3 + 7 + 2 + 8 EBADC           (D>B 12)
    // B>E 18 = 5 ACBED + 8 BEDAC + 3 CABED + 2 CBADE       (E>B 27)
    // C>D 17 = 5 ACBED + 3 CABED + 7 CAEBD + 2 CBADE       (D>C 28)
    // C>E 24 = 5 ACBED + 3 + 7 + 2 CBADE + 7 DCEBA         (E>C 21)
    // D>E 14 = 5 ADECB + 2 CBADE + 7 DCEBA                 (E>D 31)
    const Matrix d = {
        {0, 20, 26, 30, 22},
        {25, 0, 16, 33, 18},
        {19, 29, 0, 17, 24},
        {15, 12, 28, 0, 14},
        {23, 27, 21, 31, 0},
    };
    QCOMPARE(tally.pairwise, d);

    // Links (majority direction, strength): A→C 26, A→D 30, B→A 25, B→D 33, C→B 29,
    // C→E 24, D→C 28, E→A 23, E→B 27, E→D 31. The widest paths:
    // from A: B 28 (A-30-D-28-C-29-B), C 28 (A-30-D-28-C), D 30, E 24 (…-C-24-E)
    // from B: A 25, C 28 (B-33-D-28-C), D 33, E 24 (B-33-D-28-C-24-E)
    // from C: A 25 (C-29-B-25-A), B 29, D 29 (C-29-B-33-D), E 24
    // from D: A 25 (D-28-C-29-B-25-A), B 28 (D-28-C-29-B), C 28, E 24 (D-28-C-24-E)
    // from E: A 25 (E-27-B-25-A), B 28 (E-31-D-28-C-29-B), C 28 (E-31-D-28-C), D 31
    // The only link into E is C→E 24, so every path to E is at most 24.
    const Matrix p = {
        {0, 28, 28, 30, 24},
        {25, 0, 28, 33, 24},
        {25, 29, 0, 29, 24},
        {25, 28, 28, 0, 24},
        {25, 28, 28, 31, 0},
    };
    QCOMPARE(tally.widestPaths, p);

    // E beats everyone (25 > 24, 28 > 24, 28 > 24, 31 > 24); then A beats C, B (28 > 25)
    // and D (30 > 25); C beats B (29 > 28) and D (29 > 28); B beats D (33 > 28).
    QCOMPARE(text(tally.ranking), QStringLiteral("E A C B D"));
    QCOMPARE(tally.winners(), ids("E"));

    // Complete ballots without ties: Borda points are the row sums of d.
    // A 20+26+30+22, B 25+16+33+18, C 19+29+17+24, D 15+12+28+14, E 23+27+21+31.
    QCOMPARE(text(tally.candidates, tally.bordaPoints),
             QStringLiteral("A 98, B 92, C 89, D 69, E 102"));
    QCOMPARE(text(tally.bordaRanking), QStringLiteral("E A B C D"));
    // First choices: A 5+5, B 8, C 3+7+2, D 7, E 8.
    QCOMPARE(text(tally.candidates, tally.pluralityPoints),
             QStringLiteral("A 10, B 8, C 12, D 7, E 8"));
    QCOMPARE(text(tally.pluralityRanking), QStringLiteral("C A BE D"));
    // Borda agrees on E, plurality picks C.
    QVERIFY(tally.methodsDisagree());
}

void tst_Tally::schulze_data()
{
    QTest::addColumn<QString>("candidates");
    QTest::addColumn<QStringList>("specs");
    QTest::addColumn<QString>("order");
    QTest::addColumn<Matrix>("pairwise");
    QTest::addColumn<Matrix>("widestPaths");
    QTest::addColumn<QString>("ranking");

    // A and B split 1:1, so neither has a link to the other; both beat C 2:0.
    QTest::newRow("tie for first")
        << "ABC" << QStringList{"A>B>C", "B>A>C"} << "ABC"
        << Matrix{{0, 1, 2}, {1, 0, 2}, {0, 0, 0}}
        << Matrix{{0, 0, 2}, {0, 0, 2}, {0, 0, 0}} << "AB C";
    // The first ballot ties A and B: no preference between them; the second's B>A decides.
    QTest::newRow("equal ranks")
        << "ABC" << QStringList{"A=B>C", "B>A>C"} << "ABC"
        << Matrix{{0, 0, 2}, {1, 0, 2}, {0, 0, 0}}
        << Matrix{{0, 0, 2}, {1, 0, 2}, {0, 0, 0}} << "B A C";
    // Unranked below ranked: "A" puts A over B and C; "B>C" puts B and C over A; "C>A" puts
    // C and A over B. A>B 2:1 and C>A 2:1; B:C 1:1 has no link, but C reaches B through A.
    QTest::newRow("partial ballots")
        << "ABC" << QStringList{"A", "B>C", "C>A"} << "ABC"
        << Matrix{{0, 2, 1}, {1, 0, 1}, {2, 1, 0}}
        << Matrix{{0, 2, 0}, {0, 0, 0}, {2, 2, 0}} << "C A B";
    // 4 A>B>C, 3 B>C>A, 2 C>A>B: a cycle A→B 6, B→C 7, C→A 5. The weakest link C→A breaks
    // it: p[A][C] = min(6, 7) = 6 > p[C][A] = 5, p[B][A] = min(7, 5) = 5 < p[A][B] = 6.
    QTest::newRow("cycle")
        << "ABC" << times(4, "A>B>C") + times(3, "B>C>A") + times(2, "C>A>B") << "ABC"
        << Matrix{{0, 6, 4}, {3, 0, 7}, {5, 2, 0}}
        << Matrix{{0, 6, 6}, {5, 0, 7}, {5, 5, 0}} << "A B C";
    // The empty ballot and the one ranking only its own conflict add nothing; counted, the
    // last would put C over A and B.
    QTest::newRow("empty ballots")
        << "ABC" << QStringList{"", "A>B>C", "C !C"} << "ABC"
        << Matrix{{0, 1, 1}, {0, 0, 1}, {0, 0, 0}}
        << Matrix{{0, 1, 1}, {0, 0, 1}, {0, 0, 0}} << "A B C";
    QTest::newRow("one candidate")
        << "A" << QStringList{"A", "A"} << "A" << Matrix{{0}} << Matrix{{0}} << "A";
    QTest::newRow("no ballots")
        << "ABC" << QStringList() << "ABC"
        << Matrix{{0, 0, 0}, {0, 0, 0}, {0, 0, 0}}
        << Matrix{{0, 0, 0}, {0, 0, 0}, {0, 0, 0}} << "ABC";
    QTest::newRow("no candidates")
        << "" << QStringList{"A>B"} << "" << Matrix() << Matrix() << "";
    // Rows and columns in the given order C, A, B; within a tie the given order too.
    QTest::newRow("given order")
        << "CAB" << QStringList{"A>B>C"} << "CAB"
        << Matrix{{0, 0, 0}, {1, 0, 1}, {1, 0, 0}}
        << Matrix{{0, 0, 0}, {1, 0, 1}, {1, 0, 0}} << "A B C";
    QTest::newRow("given order in a tie")
        << "CAB" << QStringList{"A>B=C", "B=C>A"} << "CAB"
        << Matrix{{0, 1, 0}, {1, 0, 1}, {0, 1, 0}}
        << Matrix{{0, 0, 0}, {0, 0, 0}, {0, 0, 0}} << "CAB";
    QTest::newRow("duplicate ids count once")
        << "ABA" << QStringList{"B>A"} << "AB"
        << Matrix{{0, 0}, {1, 0}} << Matrix{{0, 0}, {1, 0}} << "B A";
}

void tst_Tally::schulze()
{
    QFETCH(QString, candidates);
    QFETCH(QStringList, specs);
    QFETCH(QString, order);
    QFETCH(Matrix, pairwise);
    QFETCH(Matrix, widestPaths);
    QFETCH(QString, ranking);

    const Tally tally = Tally::count(ids(candidates), ballots(specs));
    QCOMPARE(tally.candidates, ids(order));
    QCOMPARE(tally.pairwise, pairwise);
    QCOMPARE(tally.widestPaths, widestPaths);
    QCOMPARE(text(tally.ranking), ranking);
    QCOMPARE(tally.winners(), tally.ranking.value(0));
}

void tst_Tally::onlyTheOrderOfRanksMatters_data()
{
    const qint64 a = id(u'A'), b = id(u'B'), c = id(u'C');
    QTest::addColumn<Ranks>("ranks");
    QTest::newRow("1 1 2") << Ranks{{a, 1}, {b, 1}, {c, 2}};
    QTest::newRow("1 1 3") << Ranks{{a, 1}, {b, 1}, {c, 3}};
    QTest::newRow("5 5 40") << Ranks{{a, 5}, {b, 5}, {c, 40}};
    QTest::newRow("C unranked") << Ranks{{a, 1}, {b, 1}};
    QTest::newRow("C ranked 0") << Ranks{{a, 2}, {b, 2}, {c, 0}};
    QTest::newRow("C ranked -1") << Ranks{{a, 3}, {b, 3}, {c, -1}};
    // 999 is no candidate: A and B are still the best ranked.
    QTest::newRow("rank of an unknown id")
        << Ranks{{999, 1}, {a, 2}, {b, 2}, {c, 3}};
}

// One ballot "A and B tied, C below", however the ranks are written.
void tst_Tally::onlyTheOrderOfRanksMatters()
{
    QFETCH(Ranks, ranks);
    Ballot only;
    only.jurorId = 1;
    only.ranks = ranks;

    const Tally tally = Tally::count(ids("ABC"), {only});
    QCOMPARE(tally.pairwise, (Matrix{{0, 0, 1}, {0, 0, 1}, {0, 0, 0}}));
    QCOMPARE(text(tally.ranking), QStringLiteral("AB C"));
    // A: 1 (C below) + 0.5 (B tied); the same for B; C: 0.
    QCOMPARE(text(tally.candidates, tally.bordaPoints), QStringLiteral("A 1.5, B 1.5, C 0"));
    QCOMPARE(text(tally.candidates, tally.pluralityPoints),
             QStringLiteral("A 0.5, B 0.5, C 0"));
}

void tst_Tally::conflictedFinalistDoesNotExistForTheJuror_data()
{
    QTest::addColumn<QString>("conflicted");
    QTest::newRow("finalist ranked first") << "B>A>C !B";
    QTest::newRow("finalist ranked last") << "A>C>B !B";
    QTest::newRow("finalist tied with the best") << "A=B>C !B";
    QTest::newRow("finalist unranked") << "A>C !B";
}

// Two jurors split A:B; a third, conflicted on B, ranks A over C. Wherever that juror puts B,
// only A>C counts from the ballot.
void tst_Tally::conflictedFinalistDoesNotExistForTheJuror()
{
    QFETCH(QString, conflicted);
    const QStringList specs{"A>B>C", "B>A>C", conflicted};
    const Tally tally = Tally::count(ids("ABC"), ballots(specs));

    // A:B 1:1 (the first two jurors), A:C 3:0, B:C 2:0 (the third juror takes no part).
    QCOMPARE(tally.pairwise, (Matrix{{0, 1, 3}, {1, 0, 2}, {0, 0, 0}}));
    QCOMPARE(tally.widestPaths, (Matrix{{0, 0, 3}, {0, 0, 2}, {0, 0, 0}}));
    QCOMPARE(text(tally.ranking), QStringLiteral("AB C"));
    QCOMPARE(tally.winners(), ids("AB"));
    // Borda: A 2 + 1 + 1 (over C, among A and C only), B 1 + 2 + 0, C 0.
    QCOMPARE(text(tally.candidates, tally.bordaPoints), QStringLiteral("A 4, B 3, C 0"));
    // Plurality: A from the first and third juror, B from the second.
    QCOMPARE(text(tally.candidates, tally.pluralityPoints), QStringLiteral("A 2, B 1, C 0"));
    // Schulze ties A and B; Borda and plurality pick A.
    QVERIFY(tally.methodsDisagree());

    // The same ballots without the conflict count differently (B over A, or B over C).
    QList<Ballot> ignoringConflict = ballots(specs);
    ignoringConflict.last().conflicts.clear();
    QVERIFY(Tally::count(ids("ABC"), ignoringConflict).pairwise != tally.pairwise);
}

void tst_Tally::conflictedBallotEqualsBallotWithoutTheFinalist_data()
{
    QTest::addColumn<QString>("conflicted");
    QTest::addColumn<QString>("others");
    QTest::addColumn<QString>("without");
    QTest::newRow("ranked first") << "B>C>A>D !B" << "ACD" << "C>A>D";
    QTest::newRow("tied") << "C>A=B>D !B" << "ACD" << "C>A>D";
    QTest::newRow("unranked") << "C>A !B" << "ACD" << "C>A";
    QTest::newRow("two conflicts") << "D>B>A>C !BD" << "AC" << "A>C";
    QTest::newRow("ties after removal") << "A>B>C=D !B" << "ACD" << "A>C=D";
}

// A conflicted ballot counts exactly like the same ballot in a vote where the finalist was
// never a candidate, and gives the finalist nothing. That differs from leaving the finalist
// unranked, which would put the others above it.
void tst_Tally::conflictedBallotEqualsBallotWithoutTheFinalist()
{
    QFETCH(QString, conflicted);
    QFETCH(QString, others);
    QFETCH(QString, without);

    const Tally full = Tally::count(ids("ABCD"), {ballot(conflicted)});
    const Tally reduced = Tally::count(ids(others), {ballot(without)});
    const QList<qint64> candidates = ids("ABCD");
    for (int i = 0; i < candidates.size(); ++i) {
        for (int j = 0; j < candidates.size(); ++j) {
            const qsizetype ri = reduced.candidates.indexOf(candidates.at(i));
            const qsizetype rj = reduced.candidates.indexOf(candidates.at(j));
            const int expected = ri >= 0 && rj >= 0 ? reduced.pairwise[ri][rj] : 0;
            const QString message = QStringLiteral("d[%1][%2] is %3, expected %4")
                                        .arg(letter(candidates.at(i)), letter(candidates.at(j)))
                                        .arg(full.pairwise[i][j])
                                        .arg(expected);
            QVERIFY2(full.pairwise[i][j] == expected, qPrintable(message));
        }
    }
    for (qint64 candidate : candidates) {
        QCOMPARE(full.bordaPoints.value(candidate), reduced.bordaPoints.value(candidate));
        QCOMPARE(full.pluralityPoints.value(candidate), reduced.pluralityPoints.value(candidate));
    }

    // Left unranked instead, B would lose to every ranked candidate (A among them).
    const Tally belowAll = Tally::count(ids("ABCD"), {ballot(without)});
    QCOMPARE(belowAll.pairwise[0][1], 1);
    QCOMPARE(full.pairwise[0][1], 0);
}

void tst_Tally::bordaAndPlurality_data()
{
    QTest::addColumn<QString>("candidates");
    QTest::addColumn<QStringList>("specs");
    QTest::addColumn<QString>("borda");
    QTest::addColumn<QString>("bordaRanking");
    QTest::addColumn<QString>("plurality");
    QTest::addColumn<QString>("pluralityRanking");

    // A: 2 + 1, B: 1 + 0, C: 0 + 2; first choices A and C.
    QTest::newRow("complete ballots")
        << "ABC" << QStringList{"A>B>C", "C>A>B"}
        << "A 3, B 1, C 2" << "A C B" << "A 1, B 0, C 1" << "AC B";
    // A: 2 below + 0.5 for B; B the same; C: 1; D: 0. A and B share first place.
    QTest::newRow("equal ranks")
        << "ABCD" << QStringList{"A=B>C>D"}
        << "A 2.5, B 2.5, C 1, D 0" << "AB C D" << "A 0.5, B 0.5, C 0, D 0" << "AB CD";
    // B over the three unranked (3); each unranked: 0.5 for each of the two others.
    QTest::newRow("unranked tie below")
        << "ABCD" << QStringList{"B"}
        << "A 1, B 3, C 1, D 1" << "B ACD" << "A 0, B 1, C 0, D 0" << "B ACD";
    // Among B, C, D only: B 2, C 1, D 0; A nothing.
    QTest::newRow("conflicted juror")
        << "ABCD" << QStringList{"A>B>C>D !A"}
        << "A 0, B 2, C 1, D 0" << "B C AD" << "A 0, B 1, C 0, D 0" << "B ACD";
    // Counted, the empty ballot would give A, B, C 1 Borda point and 1/3 plurality point
    // each, and "C !C" 0.5 to A and B.
    QTest::newRow("empty ballots")
        << "ABC" << QStringList{"", "A>B", "C !C"}
        << "A 2, B 1, C 0" << "A B C" << "A 1, B 0, C 0" << "A BC";
    // Plurality: A 1 + 1/3 + 1/3 + 1/3 (1.9999999999999998 in doubles), B 1/3 · 3 + 1 (2.0):
    // equal all the same. Borda: A 3 + 3·2 + 2, B 2 + 3·2 + 3, C 1 + 3·2 + 1, D 0.
    QTest::newRow("fractions adding up to equal points")
        << "ABCD"
        << QStringList{"A>B>C>D"} + times(3, "A=B=C>D") + QStringList{"B>A>C>D"}
        << "A 11, B 11, C 8, D 0" << "AB C D" << "A 2, B 2, C 1, D 0" << "AB C D";
    // 1/3 each for A, B, C twice.
    QTest::newRow("thirds")
        << "ABCD" << times(2, "A=B=C>D")
        << "A 4, B 4, C 4, D 0" << "ABC D"
        << "A 0.666666667, B 0.666666667, C 0.666666667, D 0" << "ABC D";
    // One candidate: no one to be ranked above, one ballot's first place.
    QTest::newRow("one candidate")
        << "A" << QStringList{"A"} << "A 0" << "A" << "A 1" << "A";
}

void tst_Tally::bordaAndPlurality()
{
    QFETCH(QString, candidates);
    QFETCH(QStringList, specs);
    QFETCH(QString, borda);
    QFETCH(QString, bordaRanking);
    QFETCH(QString, plurality);
    QFETCH(QString, pluralityRanking);

    const Tally tally = Tally::count(ids(candidates), ballots(specs));
    QCOMPARE(text(tally.candidates, tally.bordaPoints), borda);
    QCOMPARE(text(tally.bordaRanking), bordaRanking);
    QCOMPARE(text(tally.candidates, tally.pluralityPoints), plurality);
    QCOMPARE(text(tally.pluralityRanking), pluralityRanking);
}

void tst_Tally::methodsDisagree_data()
{
    QTest::addColumn<QString>("candidates");
    QTest::addColumn<QStringList>("specs");
    QTest::addColumn<QString>("winners");
    QTest::addColumn<QString>("bordaFirst");
    QTest::addColumn<QString>("pluralityFirst");
    QTest::addColumn<bool>("disagree");

    // A beats B 2:1 and C 3:0; Borda A 5, B 3, C 1; plurality A 2, B 1.
    QTest::newRow("all agree")
        << "ABC" << QStringList{"A>B>C", "A>C>B", "B>A>C"} << "A" << "A" << "A" << false;
    // A beats B and C 3:2; Borda A 3·2 = 6, B 3·1 + 2·2 = 7, C 2; plurality A 3, B 2.
    QTest::newRow("Borda differs")
        << "ABC" << times(3, "A>B>C") + times(2, "B>C>A") << "A" << "B" << "A" << true;
    // B beats A 3:2 and C 3:2; Borda A 2·2 + 1 = 5, B 2 + 2 + 2 = 6, C 2·2 = 4;
    // plurality A 2, C 2, B 1.
    QTest::newRow("plurality differs")
        << "ABC" << times(2, "A>B>C") + times(2, "C>B>A") + QStringList{"B>A>C"} << "B"
        << "B" << "AC" << true;
    QTest::newRow("the same tie everywhere")
        << "AB" << QStringList{"A>B", "B>A"} << "AB" << "AB" << "AB" << false;
    // A:B 1:1 and A:C 1:1 have no links, B beats C 2:0: Schulze ties A and B. Borda
    // A 2 + 0, B 1 + 2, C 0 + 1 picks B; plurality A 1, B 1 ties like Schulze.
    QTest::newRow("Schulze tie, Borda decides")
        << "ABC" << QStringList{"A>B>C", "B>C>A"} << "AB" << "B" << "AB" << true;
    QTest::newRow("no ballots") << "ABC" << QStringList() << "ABC" << "ABC" << "ABC" << false;
    QTest::newRow("no candidates") << "" << QStringList() << "" << "" << "" << false;
}

void tst_Tally::methodsDisagree()
{
    QFETCH(QString, candidates);
    QFETCH(QStringList, specs);
    QFETCH(QString, winners);
    QFETCH(QString, bordaFirst);
    QFETCH(QString, pluralityFirst);
    QFETCH(bool, disagree);

    const Tally tally = Tally::count(ids(candidates), ballots(specs));
    QCOMPARE(text(tally.winners()), winners);
    QCOMPARE(text(tally.bordaRanking.value(0)), bordaFirst);
    QCOMPARE(text(tally.pluralityRanking.value(0)), pluralityFirst);
    QCOMPARE(tally.methodsDisagree(), disagree);
}

QTEST_GUILESS_MAIN(tst_Tally)
#include "tst_tally.moc"
