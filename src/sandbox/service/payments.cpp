// Payments: the fee's orders, created, read and listed by the candidate.

#include "internal.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace zkgrad::sandbox {

QJsonObject Service::orderJson(const QString &orderId)
{
    QSqlQuery q = m_db.exec(S("SELECT id, application_id, amount_fen, status, created_at, paid_at,"
                              " refunded_at FROM payments WHERE id = ?"),
                            { orderId });
    if (!q.next())
        return {};
    const QString url = m_publicBase + S("/sandbox/pay/") + orderId;
    return { { S("id"), q.value(0).toString() },
             { S("applicationId"), q.value(1).toString() },
             { S("amountFen"), q.value(2).toLongLong() },
             { S("currency"), S("CNY") },
             { S("status"), q.value(3).toString() },
             { S("createdAt"), q.value(4).toString() },
             { S("paidAt"), nullable(q.value(5).toString()) },
             { S("refundedAt"), nullable(q.value(6).toString()) },
             { S("payUrl"), url },
             { S("qrText"), url } };
}

Reply Service::createPayment(const QString &candidateId, const QString &applicationId)
{
    const auto app = applicationFor(candidateId, applicationId);
    if (!app)
        return notFound();
    const QString open = m_db.scalar(S("SELECT id FROM payments WHERE application_id = ? AND"
                                       " status = 'open'"),
                                     { applicationId })
                             .toString();
    if (!open.isEmpty() && Workflow::isPayable(app->state))
        return Reply::json(orderJson(open), 200);
    if (!Workflow::isPayable(app->state)) {
        return Reply::problem(409, S("not-payable"),
                              Workflow::isPaid(app->state)
                                  ? tr2("The fee has already been paid.", "毕业审定费已缴纳。")
                                  : tr2("The fee can be paid once the school has approved the "
                                        "application.",
                                        "主考学校初审通过后才能交费。"),
                              {}, { { S("state"), Workflow::stateName(app->state) } });
    }
    const Batch batch = batchRow(app->batchId).value_or(Batch {});
    const QString id = newId("ord_");
    m_db.exec(S("INSERT INTO payments (id, application_id, amount_fen, status, created_at) VALUES"
                " (?, ?, ?, 'open', ?)"),
              { id, applicationId, qint64(batch.rules.feeFen.value_or(0)), iso(now()) });
    Reply r = Reply::json(orderJson(id), 201);
    r.setHeader("Location", "/api/v1/payments/" + id.toLatin1());
    return r;
}

Reply Service::payment(const QString &candidateId, const QString &orderId)
{
    const QJsonObject o = orderJson(orderId);
    if (o.isEmpty())
        return notFound();
    if (!candidateId.isEmpty()) {
        const auto app = loadApplication(o.value(S("applicationId")).toString());
        if (!app || app->candidateId != candidateId)
            return notFound();
    }
    return Reply::json(o);
}

Reply Service::payments(const QString &candidateId, const QString &applicationId)
{
    const auto app = applicationFor(candidateId, applicationId);
    if (!app)
        return notFound();
    QSqlQuery q =
        m_db.exec(S("SELECT id FROM payments WHERE application_id = ? ORDER BY created_at, id"),
                  { applicationId });
    QJsonArray items;
    while (q.next())
        items.append(orderJson(q.value(0).toString()));
    return Reply::json({ { S("items"), items } });
}

} // namespace zkgrad::sandbox
