#pragma once

#include "photos/phonetransfer.h"
#include "session/applicationsession.h"
#include "steps/payment/paymentcontroller.h"

#include <QHostAddress>
#include <QJsonObject>

#include <chrono>

namespace zkgrad::testing {

/**
 * The one door from tests into production classes (each declares it a friend): what a test
 * needs to stage without a server or a network, kept out of the shipped API. QML tests reach
 * it through the TestAccess object of tests/qml/tst_qml.cpp.
 */
class Access
{
public:
    /**
     * Takes @p application (docs/api.md "The application resource") as if the server had
     * sent it, so tests without a server can show a submitted, rejected, paid or approved
     * application on every page. An empty object forgets the application (signed out).
     */
    static void adoptApplication(ApplicationSession &session, const QJsonObject &application)
    {
        if (!application.isEmpty()) {
            session.setApplication(application);
            return;
        }
        if (session.m_application.isEmpty())
            return;
        session.m_application = {};
        session.m_record = {};
        Q_EMIT session.applicationChanged();
    }

    /** Takes @p order (docs/api.md "Payments") as the server's answer to the payment page. */
    static void showOrder(PaymentController &payment, const QJsonObject &order)
    {
        payment.setOrder(order);
    }

    /** Listens on @p address instead of the LAN address (e.g. 127.0.0.1); a null address
     * stands for a computer without a LAN. */
    static void setAddress(PhoneTransfer &transfer, const QHostAddress &address)
    {
        transfer.m_addressOverridden = true;
        transfer.m_addressOverride = address;
        transfer.refresh();
    }

    /** A shorter expiry than five minutes, so a test sees a transfer run out. */
    static void setExpiry(PhoneTransfer &transfer, std::chrono::milliseconds expiry)
    {
        transfer.m_expiry = expiry;
    }
};

} // namespace zkgrad::testing
