#include "steps/signature/signaturepad.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPainter>
#include <QPainterPath>
#include <QPointingDevice>
#include <QtMath>

#include <algorithm>

namespace {
qint64 now()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer.elapsed();
}

qreal pressureOf(const QPointerEvent *event)
{
    if (!event->pointingDevice()
        || !event->pointingDevice()->capabilities().testFlag(QInputDevice::Capability::Pressure)
        || event->points().isEmpty())
        return -1;
    return event->points().first().pressure();
}
} // namespace

SignaturePad::SignaturePad(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptTouchEvents(true);
    setAntialiasing(true);
    setFillColor(Qt::white);
}

void SignaturePad::setPenWidth(qreal width)
{
    if (qFuzzyCompare(width, m_penWidth) || width <= 0)
        return;
    m_penWidth = width;
    Q_EMIT penWidthChanged();
}

qreal SignaturePad::widthFor(const QPointF &pos, qreal pressure, qint64 time) const
{
    if (pressure >= 0)
        return m_penWidth * (0.4 + 1.2 * pressure);
    if (m_strokes.isEmpty() || m_strokes.last().isEmpty())
        return m_penWidth;
    // Like a pen: fast strokes are thinner. Smoothed with the previous width so it never jumps.
    const Sample &last = m_strokes.last().last();
    const qreal dt = std::max<qint64>(1, time - last.time);
    const qreal speed = QLineF(last.pos, pos).length() / dt; // px per ms
    const qreal target = m_penWidth * std::clamp(1.4 - speed * 0.35, 0.45, 1.4);
    return last.width * 0.7 + target * 0.3;
}

void SignaturePad::beginStroke(const QPointF &pos, qreal pressure)
{
    m_drawing = true;
    const qint64 t = now();
    m_strokes.append(
        Stroke { Sample { pos, pressure >= 0 ? widthFor(pos, pressure, t) : m_penWidth, t } });
    update();
    Q_EMIT strokesChanged();
}

void SignaturePad::extendStroke(const QPointF &pos, qreal pressure)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    const qint64 t = now();
    if (QLineF(m_strokes.last().last().pos, pos).length() < 0.5)
        return;
    const qreal width = widthFor(pos, pressure, t);
    m_strokes.last().append(Sample { pos, width, t });
    update();
}

void SignaturePad::endStroke()
{
    m_drawing = false;
}

void SignaturePad::undo()
{
    if (m_strokes.isEmpty())
        return;
    m_strokes.removeLast();
    m_drawing = false;
    update();
    Q_EMIT strokesChanged();
}

void SignaturePad::clear()
{
    if (m_strokes.isEmpty())
        return;
    m_strokes.clear();
    m_drawing = false;
    update();
    Q_EMIT strokesChanged();
}

void SignaturePad::drawStrokes(QPainter *painter, const QList<Stroke> &strokes)
{
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Stroke &stroke : strokes) {
        if (stroke.size() == 1) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(Qt::black);
            const qreal r = stroke.first().width / 2;
            painter->drawEllipse(stroke.first().pos, r, r);
            continue;
        }
        // Quadratic segments through the midpoints: smooth curves through jittery samples.
        for (int i = 1; i < stroke.size(); ++i) {
            const Sample &a = stroke.at(i - 1);
            const Sample &b = stroke.at(i);
            const QPointF start = i == 1 ? a.pos : (stroke.at(i - 2).pos + a.pos) / 2;
            const QPointF end = i == stroke.size() - 1 ? b.pos : (a.pos + b.pos) / 2;
            QPainterPath path(start);
            path.quadTo(a.pos, end);
            QPen pen(Qt::black, (a.width + b.width) / 2, Qt::SolidLine, Qt::RoundCap,
                     Qt::RoundJoin);
            painter->strokePath(path, pen);
        }
    }
}

void SignaturePad::paint(QPainter *painter)
{
    drawStrokes(painter, m_strokes);
}

QImage SignaturePad::render(qreal scale) const
{
    const QSize size =
        (QSizeF(std::max<qreal>(1, width()), std::max<qreal>(1, height())) * scale).toSize();
    QImage image(size, QImage::Format_RGB888);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    drawStrokes(&painter, m_strokes);
    return image;
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    // The page scrolls: without this its Flickable takes the drag over once it passes the drag
    // threshold, and all but the first few pixels of the stroke are lost.
    setKeepMouseGrab(true);
    beginStroke(event->position(), pressureOf(event));
    event->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    extendStroke(event->position(), pressureOf(event));
    event->accept();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    setKeepMouseGrab(false);
    endStroke();
    event->accept();
}

void SignaturePad::touchEvent(QTouchEvent *event)
{
    if (event->points().isEmpty())
        return;
    const QEventPoint &point = event->points().first();
    const qreal pressure = pressureOf(event);
    switch (event->type()) {
    case QEvent::TouchBegin:
        setKeepTouchGrab(true); // as for the mouse: the page must not scroll mid-stroke
        beginStroke(point.position(), pressure);
        break;
    case QEvent::TouchUpdate:
        extendStroke(point.position(), pressure);
        break;
    default:
        setKeepTouchGrab(false);
        endStroke();
        break;
    }
    event->accept();
}
