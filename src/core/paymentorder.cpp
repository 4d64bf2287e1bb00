#include "paymentorder.h"

namespace zkgrad {

PaymentOrder::Status PaymentOrder::statusFromName(QStringView name)
{
    if (name == QLatin1String("open"))
        return Status::Open;
    if (name == QLatin1String("paid"))
        return Status::Paid;
    if (name == QLatin1String("refunded"))
        return Status::Refunded;
    return Status::Unknown;
}

PaymentOrder::Status PaymentOrder::statusOf(const QJsonObject &order)
{
    return statusFromName(order.value(QLatin1String("status")).toString());
}

} // namespace zkgrad
