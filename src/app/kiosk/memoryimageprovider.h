#pragma once

#include <QQuickImageProvider>

/**
 * Serves the fitted photos a kiosk keeps in memory only (PhotoSlot::setKeepInMemory) to QML's
 * Image as image://zkgrad-memory/<key>/<revision>: no file is ever written for a preview.
 */
class MemoryImageProvider : public QQuickImageProvider
{
public:
    /** The provider id main() registers it under; PhotoSlot::previewUrl() names it. */
    static constexpr const char *Id = "zkgrad-memory";

    MemoryImageProvider();

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};
