#include "phonetransfer.h"

#include "kiosk/kioskcontroller.h"
#include "phonetransferserver.h"
#include "photos/photoslot.h"
#include "session/applicationsession.h"
#include "translations.h"
#include "wizard/wizardcontroller.h"

#include <QCoreApplication>
#include <QJSEngine>

namespace {
PhoneTransfer *s_instance = nullptr;
}

PhoneTransfer::PhoneTransfer(WizardController *wizard, KioskController *kiosk, bool enabled,
                             QObject *parent)
    : QObject(parent)
    , m_wizard(wizard)
    , m_enabled(enabled)
    , m_expiry(PhoneTransferServer::DefaultExpiry)
{
    if (wizard) {
        // Another step is another slot: whatever the phone sends now belongs nowhere.
        connect(wizard, &WizardController::currentChanged, this, &PhoneTransfer::stop);
        connect(wizard->session(), &ApplicationSession::signedInChanged, this, [this] {
            if (m_wizard && !m_wizard->session()->signedIn())
                stop();
        });
    }
    if (kiosk)
        connect(kiosk, &KioskController::aboutToWipe, this, &PhoneTransfer::stop);
    refresh();
}

PhoneTransfer::~PhoneTransfer()
{
    if (s_instance == this)
        s_instance = nullptr;
}

PhoneTransfer *PhoneTransfer::create(QQmlEngine *, QJSEngine *)
{
    if (s_instance) {
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    // QML tests have no main(): a transfer that is switched off, owned by the engine.
    return new PhoneTransfer(nullptr, nullptr, false);
}

void PhoneTransfer::setInstance(PhoneTransfer *instance)
{
    s_instance = instance;
}

QHostAddress PhoneTransfer::address() const
{
    return m_addressOverridden ? m_addressOverride : PhoneTransferServer::lanAddress();
}

void PhoneTransfer::refresh()
{
    const bool has = m_enabled && !address().isNull();
    if (has != m_hasAddress) {
        m_hasAddress = has;
        Q_EMIT availabilityChanged();
    }
}

bool PhoneTransfer::available() const
{
    return m_enabled && m_hasAddress;
}

QString PhoneTransfer::unavailableReason() const
{
    if (!m_enabled)
        return tr("Sending photos from a phone is switched off on this computer.");
    if (!m_hasAddress)
        return tr("This computer is not connected to a local network (Wi-Fi or cable), so a "
                  "phone cannot reach it. Connect it to the same network as the phone, or "
                  "move the photo to this computer another way and choose the file.");
    return {};
}

quint16 PhoneTransfer::port() const
{
    return m_server && m_server->isListening() ? m_server->port() : 0;
}

QString PhoneTransfer::url() const
{
    return m_server && m_state == Waiting ? m_server->url().toString(QUrl::FullyEncoded)
                                          : QString();
}

bool PhoneTransfer::start(PhotoSlot *slot)
{
    closeServer();
    m_slot = slot;
    m_progress = 0;
    Q_EMIT progressChanged();
    refresh();
    if (!slot || !slot->editable() || !available()) {
        setState(Failed);
        return false;
    }
    m_server = new PhoneTransferServer(this);
    m_server->setExpiry(m_expiry);
    // The phone page follows the app's language (not the system's): English or Chinese.
    m_server->setLanguage(zkgrad::Translations::current() == QLatin1String("en")
                              ? QStringLiteral("en")
                              : QStringLiteral("zh"));
    connect(m_server, &PhoneTransferServer::uploadStarted, this, [this] { setState(Receiving); });
    connect(m_server, &PhoneTransferServer::uploadProgress, this,
            [this](qint64 received, qint64 total) {
                m_progress = total > 0 ? qreal(received) / qreal(total) : 0;
                Q_EMIT progressChanged();
                Q_EMIT changed(); // the status line shows the percentage
            });
    connect(m_server, &PhoneTransferServer::received, this, [this](const QByteArray &photo) {
        // The same path as a file chosen on this computer: fitted in memory, saved by the slot.
        if (m_slot && m_slot->editable())
            m_slot->loadBytes(photo, tr("photo from the phone"));
    });
    connect(m_server, &PhoneTransferServer::ended, this, [this](PhoneTransferServer::End end) {
        switch (end) {
        case PhoneTransferServer::End::Received:
            setState(Received);
            break;
        case PhoneTransferServer::End::Expired:
            setState(Expired);
            break;
        case PhoneTransferServer::End::Refused:
            setState(Refused);
            break;
        case PhoneTransferServer::End::Stopped:
            setState(Idle);
            break;
        }
        // Not deleted here (we are in its signal); the next start() or stop() does it.
    });
    // A slot that goes away or is locked ends the transfer with it.
    connect(slot, &QObject::destroyed, this, &PhoneTransfer::stop);
    connect(slot, &PhotoSlot::changed, this, [this] {
        if (m_slot && !m_slot->editable() && (m_state == Waiting || m_state == Receiving))
            stop();
    });
    if (!m_server->start(address())) {
        closeServer();
        setState(Failed);
        return false;
    }
    setState(Waiting);
    return true;
}

void PhoneTransfer::stop()
{
    closeServer();
    m_progress = 0;
    Q_EMIT progressChanged();
    setState(Idle);
}

void PhoneTransfer::closeServer()
{
    if (m_slot)
        disconnect(m_slot, nullptr, this, nullptr);
    if (m_server) {
        PhoneTransferServer *server = std::exchange(m_server, nullptr);
        server->disconnect(this);
        server->stop();
        server->deleteLater();
    }
    if (m_state == Idle)
        m_slot = nullptr;
}

void PhoneTransfer::setState(State state)
{
    if (state == Idle)
        m_slot = nullptr;
    m_state = state;
    Q_EMIT changed();
}

QString PhoneTransfer::statusText() const
{
    switch (m_state) {
    case Idle:
        return {};
    case Waiting:
        return tr("Scan the QR code with the phone's camera, then take or choose the photo on "
                  "the phone. The phone must be on the same network as this computer. The code "
                  "works once and for five minutes.");
    case Receiving:
        return tr("Receiving the photo from the phone… %1 %").arg(qRound(m_progress * 100));
    case Received:
        return tr("The photo arrived. Check it in \"%1\" and confirm it as usual.")
            .arg(m_slot ? m_slot->title() : QString());
    case Expired:
        return tr("The QR code has expired (five minutes). Make a new one to try again.");
    case Refused:
        return tr("An upload could not be decrypted with this QR code's key and was refused; "
                  "the code is no longer valid. Make a new one and scan it again.");
    case Failed:
        return unavailableReason().isEmpty()
            ? tr("The transfer could not be started on this computer. Choose the file instead.")
            : unavailableReason();
    }
    return {};
}
