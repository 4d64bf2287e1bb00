#include "steps/signature/signatureimage.h"

#include "steps/signature/signaturecontroller.h"

#include <QPainter>

SignatureImage::SignatureImage(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void SignatureImage::setController(SignatureController *controller)
{
    if (controller == m_controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &SignatureController::previewChanged, this, &SignatureImage::refresh);
        connect(m_controller, &SignatureController::outputImageChanged, this,
                &SignatureImage::refresh);
    }
    refresh();
    Q_EMIT controllerChanged();
}

void SignatureImage::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    refresh();
    Q_EMIT kindChanged();
}

void SignatureImage::refresh()
{
    QImage image;
    if (m_controller) {
        switch (m_kind) {
        case Photo:
            image = m_controller->displayPreview();
            break;
        case CropBefore:
            image = m_controller->cropPreview(false);
            break;
        case CropAfter:
            image = m_controller->cropPreview(true);
            break;
        case Output:
            image = m_controller->outputImage();
            break;
        }
    }
    const bool resized = image.size() != m_image.size();
    m_image = image;
    if (resized)
        Q_EMIT imageChanged();
    update();
}

void SignatureImage::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    // The output is shown pixel for pixel; everything else is fitted to the item.
    painter->setRenderHint(QPainter::SmoothPixmapTransform, m_kind != Output);
    const QSizeF fitted = QSizeF(m_image.size()).scaled(size(), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                        fitted);
    painter->drawImage(target, m_image);
}
