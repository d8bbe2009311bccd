#include "tally.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// Plurality shares points in thirds, sevenths…: equal sums may differ in the last bits.
constexpr double Epsilon = 1e-9;

// Below every real rank: unranked candidates tie with each other under the ranked ones.
constexpr int Unranked = std::numeric_limits<int>::max();

// Groups of equal points, best first; the stable sort keeps each group in candidate order.
QList<QList<qint64>> rankByPoints(const QList<qint64> &candidates,
                                  const QHash<qint64, double> &points)
{
    QList<qint64> order = candidates;
    std::stable_sort(order.begin(), order.end(), [&](qint64 a, qint64 b) {
        return points.value(a) > points.value(b) + Epsilon;
    });
    QList<QList<qint64>> groups;
    for (qint64 id : std::as_const(order)) {
        if (groups.isEmpty()
            || std::abs(points.value(groups.last().first()) - points.value(id)) > Epsilon) {
            groups.append(QList<qint64>());
        }
        groups.last().append(id);
    }
    return groups;
}

} // namespace

Tally Tally::count(const QList<qint64> &candidates, const QList<Ballot> &ballots)
{
    Tally tally;
    for (qint64 id : candidates) {
        if (!tally.candidates.contains(id))
            tally.candidates.append(id);
    }
    const int n = int(tally.candidates.size());
    tally.pairwise = QList<QList<int>>(n, QList<int>(n, 0));
    for (qint64 id : std::as_const(tally.candidates)) {
        tally.bordaPoints.insert(id, 0);
        tally.pluralityPoints.insert(id, 0);
    }

    for (const Ballot &ballot : ballots) {
        // The candidates this juror takes part on (matrix index, rank); conflicts do not exist.
        QList<QPair<int, int>> taking;
        int best = Unranked;
        for (int i = 0; i < n; ++i) {
            const qint64 id = tally.candidates.at(i);
            if (ballot.conflicts.contains(id))
                continue;
            const int rank = ballot.ranks.value(id, 0);
            taking.append({i, rank >= 1 ? rank : Unranked});
            best = std::min(best, taking.last().second);
        }
        if (best == Unranked)
            continue; // ranks none of the candidates it takes part on: contributes nothing

        int firsts = 0;
        for (const auto &[i, rank] : std::as_const(taking)) {
            if (rank == best)
                ++firsts;
        }
        for (const auto &[i, rank] : std::as_const(taking)) {
            double borda = 0;
            for (const auto &[j, other] : std::as_const(taking)) {
                if (rank < other) {
                    ++tally.pairwise[i][j];
                    borda += 1;
                } else if (rank == other && i != j) {
                    borda += 0.5;
                }
            }
            const qint64 id = tally.candidates.at(i);
            tally.bordaPoints[id] += borda;
            if (rank == best)
                tally.pluralityPoints[id] += 1.0 / firsts;
        }
    }

    // Links only in the direction of the majority; then the widest paths, Floyd–Warshall
    // style with k the intermediate candidate.
    QList<QList<int>> &p = tally.widestPaths;
    const QList<QList<int>> &d = tally.pairwise;
    p = QList<QList<int>>(n, QList<int>(n, 0));
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            if (i != j && d[i][j] > d[j][i])
                p[i][j] = d[i][j];
        }
    }
    for (int k = 0; k < n; ++k) {
        for (int i = 0; i < n; ++i) {
            if (i == k)
                continue;
            for (int j = 0; j < n; ++j) {
                if (j != i && j != k)
                    p[i][j] = std::max(p[i][j], std::min(p[i][k], p[k][j]));
            }
        }
    }

    QList<int> remaining;
    for (int i = 0; i < n; ++i)
        remaining.append(i);
    while (!remaining.isEmpty()) {
        QList<int> unbeaten;
        for (int i : std::as_const(remaining)) {
            const bool beaten = std::any_of(remaining.cbegin(), remaining.cend(),
                                            [&](int j) { return p[j][i] > p[i][j]; });
            if (!beaten)
                unbeaten.append(i);
        }
        // "Better than" by widest paths is transitive, so someone is always unbeaten; the
        // fallback only guards the loop.
        if (unbeaten.isEmpty())
            unbeaten = remaining;
        QList<qint64> group;
        for (int i : std::as_const(unbeaten)) {
            group.append(tally.candidates.at(i));
            remaining.removeOne(i);
        }
        tally.ranking.append(group);
    }

    tally.bordaRanking = rankByPoints(tally.candidates, tally.bordaPoints);
    tally.pluralityRanking = rankByPoints(tally.candidates, tally.pluralityPoints);
    return tally;
}

QList<qint64> Tally::winners() const
{
    return ranking.value(0);
}

bool Tally::methodsDisagree() const
{
    // Groups keep the candidates' order, so equal groups are equal lists.
    return bordaRanking.value(0) != winners() || pluralityRanking.value(0) != winners();
}
