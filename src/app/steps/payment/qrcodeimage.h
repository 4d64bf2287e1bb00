#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QString>
#include <QtQmlIntegration>

/** Draws a QR code of a text (the payment link) made by libqrencode, scaled to the item. */
class QrCodeImage : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int moduleCount READ moduleCount NOTIFY textChanged)

public:
    /** Modules of white border around the symbol, as the QR standard asks for scanning. */
    static constexpr int QuietZone = 4;

    explicit QrCodeImage(QQuickItem *parent = nullptr);

    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    /** Modules per side of the symbol (21 for version 1); 0 when there is nothing to show. */
    [[nodiscard]] int moduleCount() const { return m_modules.width(); }

    /**
     * The symbol of @p text as a 1-bit-per-module image (black = dark), without the quiet
     * zone; a null image when the text is empty or cannot be encoded.
     */
    [[nodiscard]] static QImage encode(const QString &text);
    /** The symbol with its quiet zone, each module @p scale pixels: what the item paints. */
    [[nodiscard]] static QImage render(const QString &text, int scale);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    QImage m_modules;
};
