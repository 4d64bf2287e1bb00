// Applications: the row and its JSON (the resource of docs/api.md), creating, listing and
// reading one, and the candidate's submit.

#include "internal.h"

#include <resume.h>
#include <selfassessment.h>
#include <textcount.h>

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace zkgrad::sandbox {

using State = Workflow::State;
using Section = Workflow::Section;

std::optional<Service::AppRow> Service::loadApplication(const QString &id)
{
    QSqlQuery q = m_db.exec(
        S("SELECT id, candidate_id, batch_id, major_code, school_code, state, version, round,"
          " prior_required, prior_status, prior_message, prior_checked_at, prior_degree, resume,"
          " self_assessment, note, rejection, approval_date, refund, created_at, updated_at FROM"
          " applications WHERE id = ?"),
        { id });
    if (!q.next())
        return std::nullopt;
    AppRow a;
    a.id = q.value(0).toString();
    a.candidateId = q.value(1).toString();
    a.batchId = q.value(2).toString();
    a.majorCode = q.value(3).toString();
    a.schoolCode = q.value(4).toString();
    a.state = Workflow::stateFromName(q.value(5).toString()).value_or(State::Draft);
    a.version = q.value(6).toInt();
    a.round = q.value(7).toInt();
    a.priorRequired = q.value(8).toBool();
    a.priorStatus = q.value(9).toString();
    a.priorMessage = q.value(10).toString();
    a.priorCheckedAt = q.value(11).toString();
    a.priorDegree = QJsonDocument::fromJson(q.value(12).toByteArray()).object();
    a.resume = QJsonDocument::fromJson(q.value(13).toByteArray()).array();
    a.selfAssessment = q.value(14).toString();
    a.note = q.value(15).toString();
    a.rejection = QJsonDocument::fromJson(q.value(16).toByteArray()).object();
    a.approvalDate = q.value(17).toString();
    a.refund = QJsonDocument::fromJson(q.value(18).toByteArray()).object();
    a.createdAt = q.value(19).toString();
    a.updatedAt = q.value(20).toString();
    return a;
}

std::optional<Service::AppRow> Service::applicationFor(const QString &candidateId,
                                                       const QString &id)
{
    auto app = loadApplication(id);
    if (app && !candidateId.isEmpty() && app->candidateId != candidateId)
        return std::nullopt;
    return app;
}

QList<FieldError> Service::missingForSubmit(const AppRow &app, const Batch &batch)
{
    QList<FieldError> out;
    if (app.priorNeeded()) {
        if (app.priorDegree.isEmpty())
            out.append({ S("priorDegree"), S("required"),
                         tr2("Fill in your prior degree.", "请填写前置学历信息。") });
    }
    if (app.resume.isEmpty())
        out.append({ S("resume"), S("required"), tr2("Fill in your resume.", "请填写本人简历。") });
    const SelfAssessmentResult sa = SelfAssessment::check(app.selfAssessment, batch.rules);
    if (app.selfAssessment.trimmed().isEmpty())
        out.append({ S("selfAssessment.text"), S("required"),
                     tr2("Write your self-assessment.", "请填写自我鉴定。") });
    else if (!sa.isValid())
        out.append({ S("selfAssessment.text"), sa.reason, sa.message });

    QStringList present;
    QSqlQuery q = m_db.exec(S("SELECT slot FROM attachments WHERE application_id = ?"), { app.id });
    while (q.next())
        present << q.value(0).toString();
    for (const QString &slot : app.requiredSlots()) {
        if (!present.contains(slot))
            out.append({ S("attachments.") + slot, S("required"),
                         tr2("Upload this image.", "请上传该图片。") });
    }
    return out;
}

QJsonObject Service::applicationJson(const AppRow &app)
{
    const Batch batch = batchRow(app.batchId).value_or(Batch {});
    QJsonObject o;
    o.insert(S("id"), app.id);
    o.insert(S("etag"), QString::fromLatin1(etagFor(app.version)));
    o.insert(S("version"), app.version);
    o.insert(S("candidateId"), app.candidateId);
    o.insert(S("batchId"), app.batchId);
    o.insert(S("state"), Workflow::stateName(app.state));
    o.insert(S("round"), app.round);

    QSqlQuery m = m_db.exec(S("SELECT name, level FROM majors WHERE code = ?"), { app.majorCode });
    m.next();
    o.insert(S("major"),
             QJsonObject { { S("code"), app.majorCode },
                           { S("name"), m.value(0).toString() },
                           { S("level"), m.value(1).toString() },
                           { S("levelName"), levelName(m.value(1).toString()) } });
    o.insert(S("school"),
             QJsonObject {
                 { S("code"), app.schoolCode },
                 { S("name"),
                   m_db.scalar(S("SELECT name FROM schools WHERE code = ?"), { app.schoolCode })
                       .toString() } });
    o.insert(S("priorDegreeCheck"),
             QJsonObject { { S("required"), app.priorRequired },
                           { S("status"), app.priorStatus },
                           { S("message"), app.priorMessage },
                           { S("checkedAt"), app.priorCheckedAt } });

    // Resume warnings are recomputed: "today" moves, so does a gap up to now.
    QJsonArray warnings;
    const ResumeParseResult parsed =
        Resume::fromJson(QJsonDocument(app.resume).toJson(QJsonDocument::Compact));
    if (parsed.ok && !parsed.entries.isEmpty()) {
        for (const ResumeIssue &issue : Resume::check(parsed.entries, shanghaiToday())) {
            if (issue.severity == Severity::Warning) {
                warnings.append(QJsonObject {
                    { S("field"), QStringLiteral("resume.entries[%1]").arg(qMax(0, issue.entry)) },
                    { S("code"), issue.reason },
                    { S("detail"), issue.message } });
            }
        }
    }
    o.insert(S("sections"),
             QJsonObject {
                 { S("priorDegree"),
                   app.priorDegree.isEmpty() ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(app.priorDegree) },
                 { S("resume"),
                   QJsonObject { { S("entries"), app.resume }, { S("warnings"), warnings } } },
                 { S("selfAssessment"),
                   QJsonObject { { S("text"), app.selfAssessment },
                                 { S("length"), TextCount::count(app.selfAssessment) } } },
                 { S("note"), QJsonObject { { S("text"), app.note } } },
             });

    QJsonArray attachments;
    QSqlQuery a = m_db.exec(S("SELECT slot, bytes, width, height, progressive, sha256,"
                              " uploaded_at FROM attachments WHERE application_id = ?"),
                            { app.id });
    const QStringList order = Workflow::allSlots();
    QList<QJsonObject> rows;
    while (a.next()) {
        rows.append(QJsonObject { { S("slot"), a.value(0).toString() },
                                  { S("bytes"), a.value(1).toInt() },
                                  { S("width"), a.value(2).toInt() },
                                  { S("height"), a.value(3).toInt() },
                                  { S("progressive"), a.value(4).toBool() },
                                  { S("sha256"), a.value(5).toString() },
                                  { S("uploadedAt"), a.value(6).toString() },
                                  { S("url"),
                                    QString(S("/api/v1/applications/") + app.id + S("/attachments/")
                                            + a.value(0).toString()) } });
    }
    std::sort(rows.begin(), rows.end(), [&order](const QJsonObject &x, const QJsonObject &y) {
        return order.indexOf(x.value(QStringLiteral("slot")).toString())
            < order.indexOf(y.value(QStringLiteral("slot")).toString());
    });
    for (const QJsonObject &r : rows)
        attachments.append(r);
    o.insert(S("attachments"), attachments);

    o.insert(S("requiredSlots"), QJsonArray::fromStringList(app.requiredSlots()));
    QList<Section> editable = app.editable();
    if (!app.priorNeeded())
        editable.removeAll(Section::PriorDegree);
    o.insert(S("editableSections"), sectionNames(editable));
    o.insert(S("locked"), Workflow::isLocked(app.state));

    QJsonArray missing;
    if (!Workflow::isLocked(app.state)) {
        for (const FieldError &e : missingForSubmit(app, batch))
            missing.append(QJsonObject {
                { S("field"), e.field }, { S("code"), e.code }, { S("detail"), e.detail } });
    }
    o.insert(S("missing"), missing);
    o.insert(S("rejection"),
             app.rejection.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(app.rejection));

    // History, and from it the dates of the three stages.
    QJsonArray history;
    QHash<QString, QString> lastAt;
    QSqlQuery h = m_db.exec(S("SELECT from_state, to_state, at, actor, detail FROM history WHERE"
                              " application_id = ? ORDER BY id"),
                            { app.id });
    while (h.next()) {
        history.append(QJsonObject { { S("from"), nullable(h.value(0).toString()) },
                                     { S("to"), h.value(1).toString() },
                                     { S("at"), h.value(2).toString() },
                                     { S("actor"), h.value(3).toString() },
                                     { S("detail"), h.value(4).toString() } });
        lastAt.insert(h.value(1).toString(), h.value(2).toString());
    }
    auto latest = [&lastAt](std::initializer_list<const char *> states) {
        QString best;
        for (const char *s : states)
            best = qMax(best, lastAt.value(QString::fromLatin1(s)));
        return nullable(best);
    };
    const auto school = Workflow::schoolStage(app.state);
    const auto pay = Workflow::paymentStage(app.state);
    const auto city = Workflow::cityStage(app.state);
    QJsonValue schoolAt = school == Workflow::StageStatus::NotStarted
        ? QJsonValue(QJsonValue::Null)
        : latest({ "submitted", "resubmitted", "rejected", "school-approved" });
    QJsonValue payAt = QJsonValue::Null;
    if (pay == Workflow::StageStatus::Pending)
        payAt = latest({ "school-approved" });
    else if (pay == Workflow::StageStatus::Paid)
        payAt = latest({ "paid" });
    else if (pay == Workflow::StageStatus::Refunded)
        payAt = latest({ "failed" });
    QJsonValue cityAt = QJsonValue::Null;
    if (city == Workflow::StageStatus::InProgress)
        cityAt = latest({ "city-review", "paid" });
    else if (city != Workflow::StageStatus::NotStarted)
        cityAt = latest({ "approved", "failed" });
    o.insert(S("stages"),
             QJsonArray { QJsonObject { { S("key"), S("school-review") },
                                        { S("status"), Workflow::stageStatusName(school) },
                                        { S("at"), schoolAt } },
                          QJsonObject { { S("key"), S("payment") },
                                        { S("status"), Workflow::stageStatusName(pay) },
                                        { S("at"), payAt } },
                          QJsonObject { { S("key"), S("city-review") },
                                        { S("status"), Workflow::stageStatusName(city) },
                                        { S("at"), cityAt } } });
    o.insert(S("approvalDate"), nullable(app.approvalDate));
    o.insert(S("refund"),
             app.refund.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(app.refund));
    o.insert(S("history"), history);
    o.insert(S("createdAt"), app.createdAt);
    o.insert(S("updatedAt"), app.updatedAt);
    return o;
}

Reply Service::applicationReply(const QString &id, int status)
{
    const auto app = loadApplication(id);
    if (!app)
        return notFound();
    Reply r = Reply::json(applicationJson(*app), status);
    r.setHeader("ETag", etagFor(app->version));
    return r;
}

Reply Service::createApplication(const QString &candidateId, const QJsonObject &body)
{
    QSqlQuery c = m_db.exec(S("SELECT candidate_type, phone, address, postal_code,"
                              " prior_degree_status, prior_degree_message FROM candidates WHERE"
                              " id = ?"),
                            { candidateId });
    if (!c.next())
        return notFound();
    if (c.value(0).toString() == QLatin1String("assisted")) {
        return Reply::problem(403, S("assisted-candidate"),
                              tr2("Assisted candidates apply through their school, following "
                                  "its rules.",
                                  "助学考生请按所在主考学校的管理要求申办毕业，不在本系统申请。"));
    }
    QList<FieldError> errors;
    const QString major = stringMember(body, "majorCode", &errors, S("majorCode")).trimmed();
    const QString school = stringMember(body, "schoolCode", &errors, S("schoolCode")).trimmed();
    if (body.value(S("confirmSchoolChoice")) != QJsonValue(true)) {
        errors.append(
            { S("confirmSchoolChoice"), S("required"),
              tr2("Confirm the major and the examining school: a wrong choice can only "
                  "be undone by that school rejecting the application.",
                  "请确认申请毕业的专业及主考学校：如有误选，只能由所选主考学校驳回申请。") });
    }
    if (major.isEmpty())
        errors.append({ S("majorCode"), S("required"), tr2("Choose a major.", "请选择专业。") });
    if (school.isEmpty())
        errors.append(
            { S("schoolCode"), S("required"), tr2("Choose the school.", "请选择主考学校。") });
    QString level;
    if (!major.isEmpty() && !school.isEmpty()) {
        if (!m_db.scalar(S("SELECT COUNT(*) FROM enrolled_majors WHERE candidate_id = ? AND"
                           " major_code = ? AND school_code = ?"),
                         { candidateId, major, school })
                 .toInt()) {
            errors.append({ S("majorCode"), S("not-enrolled"),
                            tr2("You are not enrolled in this major at this school; add the "
                                "enrolled major first.",
                                "您没有该主考学校的该在籍专业，请先新增在籍专业。") });
        }
        level = m_db.scalar(S("SELECT level FROM majors WHERE code = ?"), { major }).toString();
    }
    if (!errors.isEmpty())
        return validationProblem(errors);

    QList<FieldError> contact;
    if (c.value(1).toString().isEmpty())
        contact.append({ S("contact.phone"), S("required"),
                         tr2("Enter your phone number.", "请填写联系电话。") });
    if (c.value(2).toString().isEmpty())
        contact.append({ S("contact.address"), S("required"),
                         tr2("Enter your postal address.", "请填写通讯地址。") });
    if (c.value(3).toString().isEmpty())
        contact.append({ S("contact.postalCode"), S("required"),
                         tr2("Enter your postal code.", "请填写邮政编码。") });
    if (!contact.isEmpty()) {
        return Reply::problem(409, S("incomplete-contact"),
                              tr2("Complete your contact details before applying.",
                                  "申请毕业前请在“考生信息-修改信息”中完善联系电话、地址等信息。"),
                              contact);
    }
    const auto batch = currentBatchRow();
    if (!batch)
        return notFound();
    if (batch->rules.windowState(now()) != BatchRules::WindowState::Open) {
        return Reply::problem(409, S("batch-closed"),
                              tr2("The application window is closed.", "当前不在毕业申请时间内。"),
                              {},
                              { { S("opensAt"), iso(batch->rules.windowOpens) },
                                { S("closesAt"), iso(batch->rules.windowCloses) } });
    }
    QSqlQuery existing = m_db.exec(S("SELECT id, state FROM applications WHERE candidate_id = ?"
                                     " AND batch_id = ?"),
                                   { candidateId, batch->id });
    while (existing.next()) {
        const auto st = Workflow::stateFromName(existing.value(1).toString());
        if (st && Workflow::isActive(*st)) {
            return Reply::problem(
                409, S("application-exists"),
                tr2("You already have an application in this round.", "您在本批次已有毕业申请。"),
                {}, { { S("applicationId"), existing.value(0).toString() } });
        }
    }

    const bool bachelor = level == QLatin1String("bachelor");
    // A bachelor application always starts with a check result. Only a record that says
    // "passed" exempts the candidate; no record (the column's "not-required" default) or
    // anything else cannot have passed, so the candidate proves the prior degree by hand.
    QString priorStatus = S("not-required");
    QString priorMessage;
    if (bachelor) {
        priorStatus = c.value(4).toString();
        priorMessage = c.value(5).toString();
        if (priorStatus != QLatin1String("passed") && priorStatus != QLatin1String("failed")) {
            priorStatus = S("failed");
            priorMessage = QString::fromUtf8("未查到可核验的前置学历记录，请填写前置学历信息并上传"
                                             "毕业证书及学历证书电子注册备案表。");
        }
    }
    const QString id = newId("app_");
    const QString t = iso(now());
    m_db.begin();
    m_db.exec(S("INSERT INTO applications (id, candidate_id, batch_id, major_code, school_code,"
                " state, version, round, prior_required, prior_status, prior_message,"
                " prior_checked_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'draft', 1, 0,"
                " ?, ?, ?, ?, ?, ?)"),
              { id, candidateId, batch->id, major, school, bachelor ? 1 : 0, priorStatus,
                priorMessage, t, t, t });
    m_db.exec(S("INSERT INTO history (application_id, from_state, to_state, at, actor) VALUES"
                " (?, NULL, 'draft', ?, 'candidate')"),
              { id, t });
    m_db.commit();
    Reply r = applicationReply(id, 201);
    r.setHeader("Location", "/api/v1/applications/" + id.toLatin1());
    return r;
}

Reply Service::listApplications(const QString &candidateId, const QString &state)
{
    QString sql = S("SELECT id FROM applications WHERE 1 = 1");
    QVariantList args;
    if (!candidateId.isEmpty()) {
        sql += S(" AND candidate_id = ?");
        args << candidateId;
    }
    if (!state.isEmpty()) {
        sql += S(" AND state = ?");
        args << state;
    }
    sql += S(" ORDER BY created_at, id");
    QSqlQuery q = m_db.exec(sql, args);
    QJsonArray items;
    while (q.next()) {
        const auto app = loadApplication(q.value(0).toString());
        if (!app)
            continue;
        const QJsonObject full = applicationJson(*app);
        QJsonObject item;
        for (const char *k : { "id", "candidateId", "state", "major", "school", "round",
                               "updatedAt", "etag", "stages" })
            item.insert(QLatin1String(k), full.value(QLatin1String(k)));
        items.append(item);
    }
    return Reply::json({ { S("items"), items } });
}

Reply Service::readApplication(const QString &candidateId, const QString &id,
                               const QByteArray &ifNoneMatch)
{
    const auto app = applicationFor(candidateId, id);
    if (!app)
        return notFound();
    if (!ifNoneMatch.isEmpty() && ifNoneMatch.trimmed() == etagFor(app->version)) {
        Reply r = Reply::empty(304);
        r.setHeader("ETag", etagFor(app->version));
        return r;
    }
    return applicationReply(id);
}

Reply Service::submit(const QString &candidateId, const QString &id, const QByteArray &ifMatch)
{
    const auto app = applicationFor(candidateId, id);
    if (Reply g = guardWrite(app, ifMatch); g.status != 0)
        return g;
    const Change change = allowChange(app, Workflow::Action::Submit);
    if (!change.allowed())
        return change.refusal;
    const Batch batch = batchRow(app->batchId).value_or(Batch {});
    if (batch.rules.windowState(now()) != BatchRules::WindowState::Open) {
        return Reply::problem(
            409, S("batch-closed"),
            tr2("The application window is closed.", "当前不在毕业申请时间内，不能提交。"), {},
            { { S("opensAt"), iso(batch.rules.windowOpens) },
              { S("closesAt"), iso(batch.rules.windowCloses) } });
    }
    const QList<FieldError> missing = missingForSubmit(*app, batch);
    if (!missing.isEmpty()) {
        return Reply::problem(
            422, S("incomplete-application"),
            tr2("Some required parts are missing.", "还有必填内容未完成，不能提交。"), missing);
    }
    return commitChange(change, S("candidate"), {}, [this, &id] {
        m_db.exec(S("UPDATE applications SET round = round + 1 WHERE id = ?"), { id });
    });
}

} // namespace zkgrad::sandbox
