#pragma once

#include <QStyledItemDelegate>

/// Draws an application's juror scores as markers on the scale: one marker shape per juror
/// (so that the plot does not rely on colour), and a vertical line at the mean.
class ScorePlotDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ScorePlotDelegate(QObject *parent = nullptr);

    void setScale(double minimum, double maximum);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Draws the marker of juror number @p juror centred on @p centre.
    static void drawMarker(QPainter *painter, int juror, const QPointF &centre, qreal radius);

private:
    double m_min = 1;
    double m_max = 5;
};
