#include "scorescale.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QAccessibleWidget>
#include <QKeyEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace {

class ScoreScaleAccessible : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit ScoreScaleAccessible(QWidget *w)
        : QAccessibleWidget(w, QAccessible::Slider)
    {}

    ScoreScale *scale() const { return static_cast<ScoreScale *>(widget()); }

    void *interface_cast(QAccessible::InterfaceType t) override
    {
        if (t == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return QAccessibleWidget::interface_cast(t);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return scale()->valueText();
        return QAccessibleWidget::text(t);
    }

    QVariant currentValue() const override
    {
        const auto v = scale()->value();
        return v ? QVariant(*v) : QVariant();
    }
    void setCurrentValue(const QVariant &value) override
    {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (ok && v >= scale()->minimum() && v <= scale()->maximum()) {
            scale()->setValue(v);
            emit scale()->valueEdited(v);
        }
    }
    QVariant maximumValue() const override { return scale()->maximum(); }
    QVariant minimumValue() const override { return scale()->minimum(); }
    QVariant minimumStepSize() const override { return 1; }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("ScoreScale") && object && object->isWidgetType())
        return new ScoreScaleAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

void ScoreScale::registerAccessibility()
{
    static bool installed = false;
    if (!installed) {
        QAccessible::installFactory(factory);
        installed = true;
    }
}

ScoreScale::ScoreScale(QWidget *parent)
    : QWidget(parent)
{
    registerAccessibility();
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAttribute(Qt::WA_Hover);
}

void ScoreScale::setRange(int minimum, int maximum)
{
    m_min = minimum;
    m_max = std::max(minimum, maximum);
    if (m_value && (*m_value < m_min || *m_value > m_max))
        m_value.reset();
    updateGeometry();
    update();
}

void ScoreScale::setValue(std::optional<int> value)
{
    if (value == m_value)
        return;
    m_value = value;
    update();
    QAccessibleValueChangeEvent event(this, value ? QVariant(*value) : QVariant());
    QAccessible::updateAccessibility(&event);
}

QString ScoreScale::valueText() const
{
    return m_value ? tr("%1 of %2").arg(*m_value).arg(m_max) : tr("not scored");
}

int ScoreScale::boxSide() const
{
    return fontMetrics().height() + 12;
}

QRect ScoreScale::boxRect(int step) const
{
    const int side = boxSide();
    const int gap = 4;
    return QRect(2 + (step - m_min) * (side + gap), 2, side, side);
}

QSize ScoreScale::sizeHint() const
{
    const int steps = m_max - m_min + 1;
    const int side = boxSide();
    return QSize(4 + steps * side + (steps - 1) * 4, side + 4);
}

QSize ScoreScale::minimumSizeHint() const
{
    return sizeHint();
}

void ScoreScale::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const bool enabled = isEnabled();
    for (int step = m_min; step <= m_max; ++step) {
        const QRect r = boxRect(step);
        const bool chosen = m_value && *m_value == step;
        // Chosen: filled with the highlight and drawn with a thick frame, so the choice
        // shows without colour too.
        painter.setPen(QPen(chosen ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Mid),
                            chosen ? 3 : 1));
        painter.setBrush(chosen ? pal.color(enabled ? QPalette::Active : QPalette::Disabled,
                                            QPalette::Highlight)
                                : pal.color(QPalette::Base));
        painter.drawRoundedRect(r.adjusted(1, 1, -1, -1), 4, 4);
        QFont f = font();
        f.setBold(chosen);
        painter.setFont(f);
        painter.setPen(chosen ? pal.color(QPalette::HighlightedText)
                              : pal.color(enabled ? QPalette::Active : QPalette::Disabled,
                                          QPalette::Text));
        painter.drawText(r, Qt::AlignCenter, QString::number(step));
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect();
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void ScoreScale::edit(std::optional<int> value)
{
    if (value == m_value)
        return;
    setValue(value);
    emit valueEdited(value);
}

void ScoreScale::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    for (int step = m_min; step <= m_max; ++step) {
        if (boxRect(step).contains(event->position().toPoint())) {
            edit(m_value == step ? std::nullopt : std::optional<int>(step));
            return;
        }
    }
}

void ScoreScale::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int digit = key - Qt::Key_0;
        if (digit >= m_min && digit <= m_max)
            edit(digit);
        return;
    }
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Plus:
        edit(m_value ? std::min(*m_value + 1, m_max) : m_min);
        return;
    case Qt::Key_Left:
    case Qt::Key_Minus:
        edit(m_value ? std::max(*m_value - 1, m_min) : m_max);
        return;
    case Qt::Key_Home:
        edit(m_min);
        return;
    case Qt::Key_End:
        edit(m_max);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        edit(std::nullopt);
        return;
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit stepRequested(+1);
        return;
    case Qt::Key_Up:
        emit stepRequested(-1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ScoreScale::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void ScoreScale::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}
