// The candidate and the catalog: profile and contact, enrolled majors, majors and schools,
// announcements, and the current round (batch).

#include "internal.h"

#include <contact.h>
#include <freetext.h>

#include <QSqlQuery>

namespace zkgrad::sandbox {

QJsonObject Service::candidateJson(const QString &candidateId)
{
    QSqlQuery q = m_db.exec(S("SELECT id_number, ticket, name, gender, candidate_type, phone,"
                              " address, postal_code, email FROM candidates WHERE id = ?"),
                            { candidateId });
    if (!q.next())
        return {};
    const QString phone = q.value(5).toString();
    const QString address = q.value(6).toString();
    const QString postal = q.value(7).toString();
    QJsonArray missing;
    if (phone.isEmpty())
        missing.append(S("phone"));
    if (address.isEmpty())
        missing.append(S("address"));
    if (postal.isEmpty())
        missing.append(S("postalCode"));
    QJsonObject profile {
        { S("id"), candidateId },
        { S("idNumber"), q.value(0).toString() },
        { S("admissionTicket"), q.value(1).toString() },
        { S("name"), q.value(2).toString() },
        { S("gender"), q.value(3).toString() },
        { S("candidateType"), q.value(4).toString() },
        { S("contact"),
          QJsonObject { { S("phone"), phone },
                        { S("address"), address },
                        { S("postalCode"), postal },
                        { S("email"), q.value(8).toString() } } },
        { S("contactComplete"), missing.isEmpty() },
        { S("missingContact"), missing },
        { S("identityCorrection"),
          tr2("If your name or ID number is wrong or has changed, apply for a record correction "
              "(考籍更正) at your district examination office first.",
              "姓名、身份证号等信息有误或发生变更的，请先到区县自考办申请考籍更正。") },
    };
    profile.insert(S("majors"), enrolledMajors(candidateId).object().value(S("items")));
    return profile;
}

Reply Service::profile(const QString &candidateId)
{
    const QJsonObject o = candidateJson(candidateId);
    return o.isEmpty() ? notFound() : Reply::json(o);
}

Reply Service::updateContact(const QString &candidateId, const QJsonObject &body)
{
    QList<FieldError> errors;
    QStringList sets;
    QVariantList args;
    if (body.contains(S("phone"))) {
        const QString v = stringMember(body, "phone", &errors, S("contact.phone"));
        RuleResult r = Contact::checkMobile(v);
        if (!r.isValid() && Contact::asciiDigits(v).trimmed().startsWith(QLatin1Char('0'))) {
            const RuleResult landline = Contact::checkLandline(v, true);
            if (landline.isValid())
                r = landline;
        }
        addRule(&errors, S("contact.phone"), r);
        sets << S("phone = ?");
        args << r.normalized;
    }
    if (body.contains(S("address"))) {
        const QString v = stringMember(body, "address", &errors, S("contact.address")).trimmed();
        // The rule is the app's (core/Contact); the words are the server's own, in two languages.
        const QString reason = Contact::checkAddress(v).reason;
        if (reason == QLatin1String("empty"))
            errors.append({ S("contact.address"), S("required"),
                            tr2("Enter your postal address.", "请填写通讯地址。") });
        else if (reason == QLatin1String("too-short"))
            errors.append({ S("contact.address"), S("too-short"),
                            tr2("The address is too short.", "通讯地址过短，请填写完整。") });
        else if (reason == QLatin1String("too-long"))
            errors.append(
                { S("contact.address"), S("too-long"),
                  tr2("The address is longer than %1 characters.", "通讯地址不能超过%1个字。")
                      .arg(Contact::maxAddressLength) });
        else
            addRule(
                &errors, S("contact.address"),
                FreeText::check(v, tr2("postal address", "通讯地址"), Contact::maxAddressLength));
        sets << S("address = ?");
        args << v;
    }
    if (body.contains(S("postalCode"))) {
        const RuleResult r = Contact::checkPostalCode(
            stringMember(body, "postalCode", &errors, S("contact.postalCode")));
        addRule(&errors, S("contact.postalCode"), r);
        sets << S("postal_code = ?");
        args << r.normalized;
    }
    if (body.contains(S("email"))) {
        const RuleResult r =
            Contact::checkEmail(stringMember(body, "email", &errors, S("contact.email")), false);
        addRule(&errors, S("contact.email"), r);
        sets << S("email = ?");
        args << r.normalized;
    }
    if (!errors.isEmpty())
        return validationProblem(errors);
    if (!sets.isEmpty()) {
        args << candidateId;
        m_db.exec(S("UPDATE candidates SET ") + sets.join(S(", ")) + S(" WHERE id = ?"), args);
    }
    return profile(candidateId);
}

Reply Service::enrolledMajors(const QString &candidateId)
{
    QSqlQuery q = m_db.exec(
        S("SELECT e.major_code, m.name, m.level, e.school_code, s.name, e.enrolled_at FROM"
          " enrolled_majors e JOIN majors m ON m.code = e.major_code JOIN schools s ON s.code ="
          " e.school_code WHERE e.candidate_id = ? ORDER BY e.enrolled_at, e.major_code"),
        { candidateId });
    QJsonArray items;
    while (q.next()) {
        items.append(QJsonObject { { S("majorCode"), q.value(0).toString() },
                                   { S("majorName"), q.value(1).toString() },
                                   { S("level"), q.value(2).toString() },
                                   { S("levelName"), levelName(q.value(2).toString()) },
                                   { S("schoolCode"), q.value(3).toString() },
                                   { S("schoolName"), q.value(4).toString() },
                                   { S("enrolledAt"), q.value(5).toString() } });
    }
    return Reply::json({ { S("items"), items } });
}

Reply Service::addMajor(const QString &candidateId, const QJsonObject &body)
{
    QList<FieldError> errors;
    const QString major = stringMember(body, "majorCode", &errors, S("majorCode")).trimmed();
    const QString school = stringMember(body, "schoolCode", &errors, S("schoolCode")).trimmed();
    if (major.isEmpty())
        errors.append({ S("majorCode"), S("required"), tr2("Choose a major.", "请选择专业。") });
    if (school.isEmpty())
        errors.append(
            { S("schoolCode"), S("required"), tr2("Choose the school.", "请选择主考学校。") });
    if (errors.isEmpty()) {
        if (!m_db.scalar(S("SELECT COUNT(*) FROM majors WHERE code = ?"), { major }).toInt()) {
            errors.append(
                { S("majorCode"), S("unknown"), tr2("There is no such major.", "没有该专业。") });
        } else if (!m_db.scalar(S("SELECT COUNT(*) FROM major_schools WHERE major_code = ? AND"
                                  " school_code = ?"),
                                { major, school })
                        .toInt()) {
            errors.append(
                { S("schoolCode"), S("unknown"),
                  tr2("This school does not examine this major.", "该主考学校不开考此专业。") });
        } else if (m_db.scalar(S("SELECT COUNT(*) FROM enrolled_majors WHERE candidate_id = ? AND"
                                 " major_code = ?"),
                               { candidateId, major })
                       .toInt()) {
            errors.append({ S("majorCode"), S("already-enrolled"),
                            tr2("You are already enrolled in this major.", "您已在籍该专业。") });
        }
    }
    if (!errors.isEmpty())
        return validationProblem(errors);
    m_db.exec(S("INSERT INTO enrolled_majors (candidate_id, major_code, school_code, enrolled_at)"
                " VALUES (?, ?, ?, ?)"),
              { candidateId, major, school, shanghaiToday().toString(Qt::ISODate) });
    const QJsonArray items = enrolledMajors(candidateId).object().value(S("items")).toArray();
    for (const QJsonValue v : items) {
        if (v.toObject().value(S("majorCode")).toString() == major) {
            Reply r = Reply::json(v.toObject(), 201);
            r.setHeader("Location", "/api/v1/candidate/majors");
            return r;
        }
    }
    return Reply::problem(500, S("internal"), tr2("Could not store.", "保存失败。"));
}

Reply Service::catalogMajors()
{
    QSqlQuery q = m_db.exec(S("SELECT code, name, level FROM majors ORDER BY code"));
    QJsonArray items;
    while (q.next()) {
        QJsonArray schools;
        QSqlQuery s = m_db.exec(S("SELECT s.code, s.name FROM major_schools ms JOIN schools s ON"
                                  " s.code = ms.school_code WHERE ms.major_code = ? ORDER BY"
                                  " s.code"),
                                { q.value(0) });
        while (s.next())
            schools.append(QJsonObject { { S("code"), s.value(0).toString() },
                                         { S("name"), s.value(1).toString() } });
        items.append(QJsonObject { { S("code"), q.value(0).toString() },
                                   { S("name"), q.value(1).toString() },
                                   { S("level"), q.value(2).toString() },
                                   { S("levelName"), levelName(q.value(2).toString()) },
                                   { S("schools"), schools } });
    }
    return Reply::json({ { S("items"), items } });
}

Reply Service::schools()
{
    QSqlQuery q = m_db.exec(
        S("SELECT code, name, phone, website, certificate_info FROM schools ORDER BY code"));
    QJsonArray items;
    while (q.next()) {
        items.append(QJsonObject { { S("code"), q.value(0).toString() },
                                   { S("name"), q.value(1).toString() },
                                   { S("phone"), q.value(2).toString() },
                                   { S("website"), q.value(3).toString() },
                                   { S("certificateInfo"), q.value(4).toString() } });
    }
    return Reply::json({ { S("items"), items } });
}

Reply Service::announcements(const QString &schoolCode)
{
    if (!m_db.scalar(S("SELECT COUNT(*) FROM schools WHERE code = ?"), { schoolCode }).toInt())
        return notFound();
    QSqlQuery q = m_db.exec(S("SELECT id, title, body, published_at FROM announcements WHERE"
                              " school_code = ? ORDER BY published_at DESC, id DESC"),
                            { schoolCode });
    QJsonArray items;
    while (q.next()) {
        items.append(QJsonObject { { S("id"), q.value(0).toInt() },
                                   { S("title"), q.value(1).toString() },
                                   { S("body"), q.value(2).toString() },
                                   { S("publishedAt"), q.value(3).toString() } });
    }
    return Reply::json({ { S("items"), items } });
}

std::optional<Batch> Service::batchRow(const QString &id)
{
    const QString columns = S("SELECT id, name, opens_at, closes_at, fee_fen,"
                              " image_target_bytes, image_accept_bytes, sa_min, sa_max FROM"
                              " batches WHERE ");
    QSqlQuery q = id.isEmpty() ? m_db.exec(columns + S("is_current = 1 LIMIT 1"))
                               : m_db.exec(columns + S("id = ?"), { id });
    if (!q.next())
        return std::nullopt;
    Batch b;
    b.id = q.value(0).toString();
    b.name = q.value(1).toString();
    b.rules.batchId = b.id;
    b.rules.windowOpens = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    b.rules.windowCloses = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    b.rules.feeFen = q.value(4).toLongLong();
    b.rules.imageTargetBytes = q.value(5).toLongLong();
    b.rules.imageAcceptBytes = q.value(6).toLongLong();
    b.rules.selfAssessmentMin = q.value(7).toInt();
    b.rules.selfAssessmentMax = q.value(8).toInt();
    return b;
}

std::optional<Batch> Service::currentBatchRow()
{
    return batchRow({});
}

namespace {

QJsonObject batchJson(const Batch &b)
{
    QJsonObject o = b.rules.toJson();
    o.insert(QStringLiteral("id"), b.id);
    o.insert(QStringLiteral("name"), b.name);
    // BatchRules writes local offsets; the API promises UTC with Z.
    o.insert(QStringLiteral("window"),
             QJsonObject { { QStringLiteral("opens"), Service::iso(b.rules.windowOpens) },
                           { QStringLiteral("closes"), Service::iso(b.rules.windowCloses) } });
    o.insert(QStringLiteral("fee"),
             QJsonObject { { QStringLiteral("amountFen"), qint64(b.rules.feeFen.value_or(0)) },
                           { QStringLiteral("currency"), QStringLiteral("CNY") } });
    const QDateTime now = Service::now();
    o.insert(QStringLiteral("open"), b.rules.windowState(now) == BatchRules::WindowState::Open);
    o.insert(QStringLiteral("serverTime"), Service::iso(now));
    return o;
}

} // namespace

Reply Service::currentBatch()
{
    const auto b = currentBatchRow();
    return b ? Reply::json(batchJson(*b)) : notFound();
}

} // namespace zkgrad::sandbox
