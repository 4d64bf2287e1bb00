#pragma once

#include <QImage>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQmlIntegration>

class SignatureController;
Q_MOC_INCLUDE("steps/signature/signaturecontroller.h")

/** Paints one of the signature step's images (the photo, the crop before/after clean-up, the
 *  saved result) scaled to the item; the images stay in C++, downscaled for the screen. */
class SignatureImage : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(SignatureController *controller READ controller WRITE setController NOTIFY
                   controllerChanged)
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QSize sourceSize READ sourceSize NOTIFY imageChanged)

public:
    /** Which image to paint. */
    enum Kind { Photo, CropBefore, CropAfter, Output };
    Q_ENUM(Kind)

    explicit SignatureImage(QQuickItem *parent = nullptr);

    [[nodiscard]] SignatureController *controller() const { return m_controller; }
    void setController(SignatureController *controller);
    [[nodiscard]] Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    /** Pixel size of the painted image (the output's size is its 100 % size). */
    [[nodiscard]] QSize sourceSize() const { return m_image.size(); }

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void controllerChanged();
    void kindChanged();
    void imageChanged();

private:
    void refresh();

    QPointer<SignatureController> m_controller;
    Kind m_kind = Photo;
    QImage m_image;
};
