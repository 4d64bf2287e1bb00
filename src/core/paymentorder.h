#pragma once

#include <QJsonObject>
#include <QStringView>

namespace zkgrad {

/** A payment order of docs/api.md ("Payments"), read into a status the app can switch on. */
class PaymentOrder
{
public:
    /** Where an order stands; Unknown for anything the API does not define. */
    enum class Status { Unknown, Open, Paid, Refunded };

    [[nodiscard]] static Status statusFromName(QStringView name);
    /** The status of @p order (its "status" member). */
    [[nodiscard]] static Status statusOf(const QJsonObject &order);
};

} // namespace zkgrad
