#include "scoreplotdelegate.h"

#include "itemmodels/leaderboardmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPointF>

ScorePlotDelegate::ScorePlotDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ScorePlotDelegate::setScale(double minimum, double maximum)
{
    m_min = minimum;
    m_max = maximum > minimum ? maximum : minimum + 1;
}

void ScorePlotDelegate::drawMarker(QPainter *painter, int juror, const QPointF &c, qreal r)
{
    switch (juror % 6) {
    case 0:
        painter->drawEllipse(c, r, r);
        break;
    case 1:
        painter->drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        break;
    case 2: {
        QPolygonF triangle{{c.x(), c.y() - r}, {c.x() + r, c.y() + r}, {c.x() - r, c.y() + r}};
        painter->drawPolygon(triangle);
        break;
    }
    case 3: {
        QPolygonF diamond{{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
        painter->drawPolygon(diamond);
        break;
    }
    case 4:
        painter->drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r));
        painter->drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r));
        break;
    default:
        painter->drawLine(QPointF(c.x() - r, c.y()), QPointF(c.x() + r, c.y()));
        painter->drawLine(QPointF(c.x(), c.y() - r), QPointF(c.x(), c.y() + r));
        break;
    }
}

void ScorePlotDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QVariantList points = index.data(LeaderboardModel::JurorScoresRole).toList();
    const QRectF area = QRectF(option.rect).adjusted(8, 3, -8, -3);
    const qreal y = area.center().y();
    const auto xOf = [&](double score) {
        return area.left() + (score - m_min) / (m_max - m_min) * area.width();
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor axis = ink;
    axis.setAlphaF(0.45f);
    painter->setPen(QPen(axis, 1));
    painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    for (int step = int(m_min); step <= int(m_max); ++step)
        painter->drawLine(QPointF(xOf(step), y - 3), QPointF(xOf(step), y + 3));
    if (!points.isEmpty()) {
        double sum = 0;
        const qreal r = std::max<qreal>(3.0, area.height() / 5);
        painter->setPen(QPen(ink, 1.4));
        painter->setBrush(Qt::NoBrush);
        for (const QVariant &v : points) {
            const QPointF p = v.toPointF();
            sum += p.y();
            drawMarker(painter, int(p.x()), QPointF(xOf(p.y()), y), r);
        }
        const qreal mean = xOf(sum / points.size());
        painter->setPen(QPen(ink, 2.5));
        painter->drawLine(QPointF(mean, area.top()), QPointF(mean, area.bottom()));
    }
    painter->restore();
}

QSize ScorePlotDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), option.fontMetrics.averageCharWidth() * 24));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}
