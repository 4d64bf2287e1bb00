#pragma once

#include "photos/photoslot.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQmlIntegration>

#include <chrono>

namespace zkgrad::testing {
class Access;
}
class KioskController;
class PhoneTransferServer;
class QJSEngine;
class QQmlEngine;
class WizardController;

/**
 * "用手机传照片" for the photo slots (issue 22): one transfer at a time for one PhotoSlot, on
 * a PhoneTransferServer made for it; what the phone sends goes into the slot exactly like a
 * chosen file (PhotoSlot::loadBytes, never via the disk). Ends on its own after the photo, the
 * expiry or a refused upload, and is stopped when the step changes, the slot stops being
 * editable or goes away, the candidate signs out, or the kiosk wipes.
 */
class PhoneTransfer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /** False when the kiosk configuration switched the feature off (phone_transfer=false):
     * the button is not shown at all. */
    Q_PROPERTY(bool enabled READ enabled CONSTANT)
    /** Enabled and the computer has a LAN address a phone could reach. */
    Q_PROPERTY(bool available READ available NOTIFY availabilityChanged)
    /** Why the button cannot be used (translated); empty when it can. */
    Q_PROPERTY(QString unavailableReason READ unavailableReason NOTIFY availabilityChanged)
    Q_PROPERTY(State state READ state NOTIFY changed)
    /** The slot being filled; null when idle. */
    Q_PROPERTY(PhotoSlot *photoSlot READ photoSlot NOTIFY changed)
    /** What the QR code shows (http://<lan>:<port>/t/<token>#<key>); empty unless waiting. */
    Q_PROPERTY(QString url READ url NOTIFY changed)
    /** Share of the upload received, 0..1. */
    Q_PROPERTY(qreal progress READ progress NOTIFY progressChanged)
    /** One translated line for the dialog. */
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)

public:
    enum State {
        Idle, ///< nothing listens
        Waiting, ///< the QR code is shown, the listener waits for the phone
        Receiving, ///< the phone is sending
        Received, ///< the photo went into the slot; the listener is closed
        Expired, ///< five minutes passed; closed
        Refused, ///< an upload did not decrypt with this code's key; closed
        Failed, ///< could not listen (no LAN address, port refused by the system)
    };
    Q_ENUM(State)

    PhoneTransfer(WizardController *wizard, KioskController *kiosk, bool enabled,
                  QObject *parent = nullptr);
    ~PhoneTransfer() override;

    static PhoneTransfer *create(QQmlEngine *, QJSEngine *);
    static void setInstance(PhoneTransfer *instance);

    [[nodiscard]] bool enabled() const { return m_enabled; }
    [[nodiscard]] bool available() const;
    [[nodiscard]] QString unavailableReason() const;
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] PhotoSlot *photoSlot() const { return m_slot; }
    [[nodiscard]] QString url() const;
    [[nodiscard]] qreal progress() const { return m_progress; }
    [[nodiscard]] QString statusText() const;

    /** Looks for a LAN address again (the view calls it when it is shown). */
    Q_INVOKABLE void refresh();
    /** Starts a new transfer into @p slot (ending any other); false when it cannot. */
    Q_INVOKABLE bool start(PhotoSlot *slot);
    /** Ends the transfer and closes the port; the state goes back to Idle. */
    Q_INVOKABLE void stop();

    /** The listener's port while one is open, else 0 (tests connect to it). */
    [[nodiscard]] quint16 port() const;

Q_SIGNALS:
    void changed();
    void progressChanged();
    void availabilityChanged();

private:
    // Tests (tests/common/testaccess.h) listen on 127.0.0.1 and shorten the expiry.
    friend class zkgrad::testing::Access;

    void setState(State state);
    void closeServer();
    [[nodiscard]] QHostAddress address() const;

    QPointer<WizardController> m_wizard;
    bool m_enabled = true;
    bool m_hasAddress = false;
    bool m_addressOverridden = false;
    QHostAddress m_addressOverride;
    std::chrono::milliseconds m_expiry;
    PhoneTransferServer *m_server = nullptr;
    QPointer<PhotoSlot> m_slot;
    State m_state = Idle;
    qreal m_progress = 0;
};
