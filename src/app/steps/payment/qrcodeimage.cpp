#include "steps/payment/qrcodeimage.h"

#include <QPainter>

#include <qrencode.h>

QrCodeImage::QrCodeImage(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    // Sharp module edges: a smoothed QR code scans worse.
    setAntialiasing(false);
}

void QrCodeImage::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_modules = encode(text);
    Q_EMIT textChanged();
    update();
}

QImage QrCodeImage::encode(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QByteArray utf8 = text.toUtf8();
    // Version 0 lets libqrencode pick the smallest symbol; level M survives a smudged screen.
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    const int n = code->width;
    QImage image(n, n, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x)
            image.setPixel(x, y, (code->data[y * n + x] & 1) ? 1 : 0);
    }
    QRcode_free(code);
    return image;
}

QImage QrCodeImage::render(const QString &text, int scale)
{
    const QImage modules = encode(text);
    if (modules.isNull() || scale < 1)
        return {};
    const int side = (modules.width() + 2 * QuietZone) * scale;
    QImage out(side, side, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(QRect(QuietZone * scale, QuietZone * scale, modules.width() * scale,
                            modules.height() * scale),
                      modules);
    return out;
}

void QrCodeImage::paint(QPainter *painter)
{
    const int side = int(qMin(width(), height()));
    painter->fillRect(QRectF(0, 0, width(), height()), Qt::white);
    if (m_modules.isNull() || side <= 0)
        return;
    // Whole pixels per module, so every module has the same size on screen.
    const int total = m_modules.width() + 2 * QuietZone;
    const int scale = qMax(1, side / total);
    const int symbol = m_modules.width() * scale;
    const int x = int((width() - symbol) / 2);
    const int y = int((height() - symbol) / 2);
    painter->drawImage(QRect(x, y, symbol, symbol), m_modules);
}
