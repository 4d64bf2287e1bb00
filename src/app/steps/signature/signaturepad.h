#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QQuickPaintedItem>
#include <QtQmlIntegration>

/** A pad to sign on with a finger, pen or mouse: smooth strokes whose width follows pressure
 *  (when the device reports it) or speed, with undo and clear. */
class SignaturePad : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool empty READ isEmpty NOTIFY strokesChanged)
    Q_PROPERTY(int strokeCount READ strokeCount NOTIFY strokesChanged)
    Q_PROPERTY(qreal penWidth READ penWidth WRITE setPenWidth NOTIFY penWidthChanged)

public:
    /** One sample of a stroke: where, and how wide the line is there. */
    struct Sample
    {
        QPointF pos;
        qreal width = 0;
        qint64 time = 0; ///< milliseconds, for the speed
    };
    using Stroke = QList<Sample>;

    explicit SignaturePad(QQuickItem *parent = nullptr);

    [[nodiscard]] bool isEmpty() const { return m_strokes.isEmpty(); }
    [[nodiscard]] int strokeCount() const { return int(m_strokes.size()); }
    [[nodiscard]] qreal penWidth() const { return m_penWidth; }
    void setPenWidth(qreal width);
    [[nodiscard]] const QList<Stroke> &strokes() const { return m_strokes; }

    Q_INVOKABLE void undo();
    Q_INVOKABLE void clear();
    /** Starts, extends and ends a stroke (also used by tests); @p pressure < 0: unknown. */
    Q_INVOKABLE void beginStroke(const QPointF &pos, qreal pressure = -1);
    Q_INVOKABLE void extendStroke(const QPointF &pos, qreal pressure = -1);
    Q_INVOKABLE void endStroke();
    /** The drawing in black on white at @p scale times the pad's size (crisp for the output). */
    [[nodiscard]] QImage render(qreal scale = 2.0) const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void strokesChanged();
    void penWidthChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void touchEvent(QTouchEvent *event) override;

private:
    [[nodiscard]] qreal widthFor(const QPointF &pos, qreal pressure, qint64 time) const;
    static void drawStrokes(QPainter *painter, const QList<Stroke> &strokes);

    QList<Stroke> m_strokes;
    bool m_drawing = false;
    qreal m_penWidth = 4.0;
};
