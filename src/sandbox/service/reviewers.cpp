// Reviewer actions: the school's and the city's decisions, the payment gateway's settlement,
// and the round's settings.

#include "internal.h"

#include <textcount.h>

#include <QJsonDocument>
#include <QSqlQuery>

#include <cmath>

namespace zkgrad::sandbox {

constexpr int reasonMaxChars = 500;

Reply Service::schoolApprove(const QString &id, const QJsonObject &body)
{
    const Change change = allowChange(loadApplication(id), Workflow::Action::SchoolApprove);
    if (!change.allowed())
        return change.refusal;
    return commitChange(change, S("school"), body.value(S("note")).toString());
}

Reply Service::schoolReject(const QString &id, const QJsonObject &body)
{
    const Change change = allowChange(loadApplication(id), Workflow::Action::SchoolReject);
    if (!change.allowed())
        return change.refusal;
    QList<FieldError> errors;
    const auto category = Workflow::categoryFromName(body.value(S("category")).toString());
    if (!category)
        errors.append({ S("category"), S("unknown"),
                        tr2("Use prior-degree, material or other.",
                            "驳回类别应为 prior-degree、material 或 other。") });
    const QString reason = body.value(S("reason")).toString().trimmed();
    const int reasonChars = TextCount::count(reason);
    if (reasonChars == 0)
        errors.append({ S("reason"), S("required"), tr2("Give a reason.", "请填写驳回原因。") });
    else if (reasonChars > reasonMaxChars)
        errors.append(
            { S("reason"), S("too-long"), tr2("At most 500 characters.", "不能超过500个字。") });
    QJsonArray sections;
    const QJsonArray given = body.value(S("sections")).toArray();
    for (int i = 0; i < given.size(); ++i) {
        if (!Workflow::sectionFromName(given.at(i).toString())) {
            errors.append({ QStringLiteral("sections[%1]").arg(i), S("unknown"),
                            tr2("Unknown section.", "未知的驳回项。") });
        } else if (!sections.contains(given.at(i))) {
            sections.append(given.at(i));
        }
    }
    if (sections.isEmpty() && category == Workflow::RejectionCategory::PriorDegree)
        sections.append(S("prior-degree"));
    if (sections.isEmpty() && errors.isEmpty())
        errors.append({ S("sections"), S("required"),
                        tr2("Name the sections to fix.", "请指明需要修改的内容。") });
    if (!errors.isEmpty())
        return validationProblem(errors);
    const QJsonObject rejection { { S("category"), Workflow::categoryName(*category) },
                                  { S("reason"), reason },
                                  { S("sections"), sections },
                                  { S("at"), iso(now()) },
                                  { S("round"), change.app.round } };
    return commitChange(change, S("school"), reason, [&] {
        m_db.exec(
            S("UPDATE applications SET rejection = ? WHERE id = ?"),
            { QString::fromUtf8(QJsonDocument(rejection).toJson(QJsonDocument::Compact)), id });
    });
}

Reply Service::settlePayment(const QString &orderId)
{
    const QJsonObject order = orderJson(orderId);
    if (order.isEmpty())
        return notFound();
    if (order.value(S("status")).toString() != QLatin1String("open")) {
        if (order.value(S("status")).toString() == QLatin1String("paid"))
            return Reply::json(order); // a repeated gateway callback changes nothing
        return Reply::problem(409, S("invalid-transition"),
                              tr2("This order cannot be paid.", "该订单不能支付。"), {},
                              { { S("status"), order.value(S("status")) } });
    }
    const QString appId = order.value(S("applicationId")).toString();
    const Change change = allowChange(loadApplication(appId), Workflow::Action::Pay);
    if (!change.allowed())
        return change.refusal;
    const QString t = iso(now());
    m_db.begin();
    m_db.exec(S("UPDATE payments SET status = 'paid', paid_at = ? WHERE id = ?"), { t, orderId });
    // Any other open order of the same application can no longer be paid.
    m_db.exec(S("UPDATE payments SET status = 'cancelled' WHERE application_id = ? AND status ="
                " 'open'"),
              { appId });
    transition(appId, change.app.state, change.to, S("payment"), orderId);
    transition(appId, change.to, *Workflow::next(change.to, Workflow::Action::StartCityReview),
               S("city"));
    m_db.commit();
    return Reply::json(orderJson(orderId));
}

Reply Service::cityApprove(const QString &id, const QJsonObject &body)
{
    const Change change = allowChange(loadApplication(id), Workflow::Action::CityApprove);
    if (!change.allowed())
        return change.refusal;
    QDate date = shanghaiToday();
    if (body.contains(S("approvalDate"))) {
        date = QDate::fromString(body.value(S("approvalDate")).toString(), Qt::ISODate);
        if (!date.isValid())
            return validationProblem(
                { { S("approvalDate"), S("invalid-date"),
                    tr2("Use the form YYYY-MM-DD.", "日期格式应为 YYYY-MM-DD。") } });
    }
    return commitChange(change, S("city"), {}, [&] {
        m_db.exec(S("UPDATE applications SET approval_date = ? WHERE id = ?"),
                  { date.toString(Qt::ISODate), id });
    });
}

Reply Service::cityFail(const QString &id, const QJsonObject &body)
{
    const Change change = allowChange(loadApplication(id), Workflow::Action::CityFail);
    if (!change.allowed())
        return change.refusal;
    const QString reason = body.value(S("reason")).toString().trimmed();
    if (reason.isEmpty())
        return validationProblem(
            { { S("reason"), S("required"), tr2("Give a reason.", "请填写未通过原因。") } });
    const QString t = iso(now());
    const QString orderId = m_db.scalar(S("SELECT id FROM payments WHERE application_id = ? AND"
                                          " status = 'paid'"),
                                        { id })
                                .toString();
    const qint64 amount =
        m_db.scalar(S("SELECT amount_fen FROM payments WHERE id = ?"), { orderId }).toLongLong();
    const QJsonObject refund {
        { S("amountFen"), amount },
        { S("orderId"), orderId },
        { S("recordedAt"), t },
        // The authority's own words, stored once for the candidate to read later: not in the
        // language of whichever reviewer's request recorded the failure (an English admin call
        // left an English note on a Chinese candidate's payment page).
        { S("note"), QStringLiteral("毕业审定费将在当次毕业办理结束后退回原交费账号。") }
    };
    return commitChange(change, S("city"), reason, [&] {
        m_db.exec(S("UPDATE payments SET status = 'refunded', refunded_at = ? WHERE id = ?"),
                  { t, orderId });
        m_db.exec(S("UPDATE applications SET refund = ? WHERE id = ?"),
                  { QString::fromUtf8(QJsonDocument(refund).toJson(QJsonDocument::Compact)), id });
    });
}

Reply Service::batchForAdmin()
{
    return currentBatch();
}

Reply Service::patchBatch(const QJsonObject &body)
{
    const auto batch = currentBatchRow();
    if (!batch)
        return notFound();
    QList<FieldError> errors;
    BatchRules rules = batch->rules;
    QString name = batch->name;
    if (body.contains(S("name")))
        name = body.value(S("name")).toString();
    for (const char *key : { "opensAt", "closesAt" }) {
        if (!body.contains(QLatin1String(key)))
            continue;
        const QDateTime dt =
            QDateTime::fromString(body.value(QLatin1String(key)).toString(), Qt::ISODate);
        if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime) {
            errors.append({ QLatin1String(key), S("invalid-date"),
                            tr2("Use an ISO 8601 timestamp with Z or an offset.",
                                "时间格式应为带时区的 ISO 8601。") });
            continue;
        }
        (qstrcmp(key, "opensAt") == 0 ? rules.windowOpens : rules.windowCloses) = dt.toUTC();
    }
    auto integer = [&](const char *key, auto &target, qint64 min, qint64 max) {
        if (!body.contains(QLatin1String(key)))
            return;
        const QJsonValue v = body.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        // Range before the integer test: qint64(1e300) would be undefined behaviour.
        if (!v.isDouble() || !(d >= double(min) && d <= double(max)) || d != std::trunc(d)) {
            errors.append({ QLatin1String(key), S("out-of-range"),
                            QStringLiteral("%1..%2").arg(min).arg(max) });
            return;
        }
        target = static_cast<std::remove_reference_t<decltype(target)>>(qint64(d));
    };
    qint64 fee = rules.feeFen.value_or(0);
    integer("feeFen", fee, 0, 10'000'000);
    rules.feeFen = fee;
    integer("imageAcceptBytes", rules.imageAcceptBytes, 1024, 10 * 1024 * 1024);
    integer("imageTargetBytes", rules.imageTargetBytes, 1024, 10 * 1024 * 1024);
    integer("selfAssessmentMin", rules.selfAssessmentMin, 0, 100'000);
    integer("selfAssessmentMax", rules.selfAssessmentMax, 1, 100'000);
    if (errors.isEmpty() && rules.imageTargetBytes > rules.imageAcceptBytes)
        errors.append({ S("imageTargetBytes"), S("limits-order"),
                        tr2("The target size must not exceed the accepted size.",
                            "目标大小不能超过允许大小。") });
    if (errors.isEmpty() && rules.selfAssessmentMin > rules.selfAssessmentMax)
        errors.append(
            { S("selfAssessmentMin"), S("limits-order"),
              tr2("The minimum must not exceed the maximum.", "最小值不能大于最大值。") });
    if (errors.isEmpty() && rules.windowCloses < rules.windowOpens)
        errors.append({ S("closesAt"), S("window-order"),
                        tr2("The window must close after it opens.", "截止时间应晚于开始时间。") });
    if (!errors.isEmpty())
        return validationProblem(errors);
    m_db.exec(S("UPDATE batches SET name = ?, opens_at = ?, closes_at = ?, fee_fen = ?,"
                " image_target_bytes = ?, image_accept_bytes = ?, sa_min = ?, sa_max = ? WHERE"
                " id = ?"),
              { name, iso(rules.windowOpens), iso(rules.windowCloses),
                qint64(rules.feeFen.value_or(0)), qint64(rules.imageTargetBytes),
                qint64(rules.imageAcceptBytes), rules.selfAssessmentMin, rules.selfAssessmentMax,
                batch->id });
    return currentBatch();
}

} // namespace zkgrad::sandbox
