#include "service.h"

#include "jpegcheck.h"

#include <contact.h>
#include <freetext.h>
#include <idnumber.h>
#include <note.h>
#include <personname.h>
#include <priordiploma.h>
#include <resume.h>
#include <selfassessment.h>
#include <textcount.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>

#ifdef ZKGRAD_SANDBOX_OPENSSL
#include <openssl/evp.h>
#endif

namespace zkgrad::sandbox {

using State = Workflow::State;
using Section = Workflow::Section;

namespace {

// OWASP's figure for PBKDF2-HMAC-SHA256 (2023); about 0.25 s per hash on the build machine.
int pbkdf2Iterations = Service::defaultPasswordIterations;
// A stored hash naming more than this is refused rather than computed (a bad row is no DoS).
constexpr int pbkdf2MaxIterations = 10'000'000;
constexpr int reasonMaxChars = 500;

QString S(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

QString newId(const char *prefix)
{
    return QString::fromLatin1(prefix) + randomHex(8);
}

QByteArray etagFor(int version)
{
    return '"' + QByteArray::number(version) + '"';
}

QString levelName(const QString &level)
{
    return level == QLatin1String("bachelor") ? QStringLiteral("本科") : QStringLiteral("专科");
}

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QDate shanghaiToday()
{
    // The authority's calendar day; a fixed offset is right for China (no DST).
    return QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
}

Reply notFound()
{
    return Reply::problem(404, S("not-found"), tr2("Not found.", "未找到该资源。"));
}

QString stringMember(const QJsonObject &body, const char *name, QList<FieldError> *errors,
                     const QString &path)
{
    const QJsonValue v = body.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        errors->append({ path, S("wrong-type"), tr2("Must be text.", "应为文本。") });
        return {};
    }
    return v.toString();
}

void addRule(QList<FieldError> *errors, const QString &field, const RuleResult &r)
{
    if (!r.isValid()) {
        errors->append({ field, r.reason == QLatin1String("empty") ? S("required") : r.reason,
                         r.message.isEmpty() ? tr2("Invalid value.", "内容不正确。") : r.message });
    }
}

QList<Section> sectionsFrom(const QJsonArray &names)
{
    QList<Section> out;
    for (const QJsonValue v : names) {
        if (auto s = Workflow::sectionFromName(v.toString()))
            out.append(*s);
    }
    return out;
}

QJsonArray sectionNames(const QList<Section> &sections)
{
    QJsonArray out;
    for (Section s : sections)
        out.append(Workflow::sectionName(s));
    return out;
}

} // namespace

struct Service::AppRow
{
    QString id;
    QString candidateId;
    QString batchId;
    QString majorCode;
    QString schoolCode;
    State state = State::Draft;
    int version = 1;
    int round = 0;
    bool priorRequired = false;
    QString priorStatus;
    QString priorMessage;
    QString priorCheckedAt;
    QJsonObject priorDegree; ///< empty when not filled in
    QJsonArray resume;
    QString selfAssessment;
    QString note;
    QJsonObject rejection; ///< empty when never rejected
    QString approvalDate;
    QJsonObject refund;
    QString createdAt;
    QString updatedAt;

    [[nodiscard]] bool priorNeeded() const
    {
        return priorRequired && priorStatus == QLatin1String("failed");
    }
    [[nodiscard]] QList<Section> editable() const
    {
        const auto category =
            Workflow::categoryFromName(rejection.value(QStringLiteral("category")).toString())
                .value_or(Workflow::RejectionCategory::Other);
        return Workflow::editableSections(
            state, category, sectionsFrom(rejection.value(QStringLiteral("sections")).toArray()));
    }
};

Service::Service(Database &db)
    : m_db(db)
{ }

QDateTime Service::now()
{
    QDateTime t = QDateTime::currentDateTimeUtc();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

QString Service::iso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

namespace {

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int length)
{
#ifdef ZKGRAD_SANDBOX_OPENSSL
    // The same function as QPasswordDigestor, about ten times faster: at 600,000 iterations
    // that is what keeps sign-in and seeding usable.
    QByteArray key(length, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), length,
                          reinterpret_cast<unsigned char *>(key.data()))
        != 1)
        return {};
    return key;
#else
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, salt,
                                              iterations, quint64(length));
#endif
}

} // namespace

void Service::setPasswordIterations(int iterations)
{
    pbkdf2Iterations = qBound(1000, iterations, pbkdf2MaxIterations);
}

int Service::passwordIterations()
{
    return pbkdf2Iterations;
}

bool Service::needsRehash(const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    return parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256")
        || parts.at(1).toInt() < pbkdf2Iterations;
}

QString Service::hashPassword(const QString &password, int iterations)
{
    const int cost = iterations > 0 ? iterations : pbkdf2Iterations;
    const QByteArray salt = QByteArray::fromHex(randomHex(16).toLatin1());
    const QByteArray key = pbkdf2Sha256(password.toUtf8(), salt, cost, 32);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(cost)
        .arg(QString::fromLatin1(salt.toHex()), QString::fromLatin1(key.toHex()));
}

bool Service::verifyPassword(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return false;
    const QByteArray salt = QByteArray::fromHex(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromHex(parts.at(3).toLatin1());
    const int iterations = parts.at(1).toInt();
    if (iterations < 1 || iterations > pbkdf2MaxIterations || expected.size() > 64)
        return false;
    const QByteArray key = pbkdf2Sha256(password.toUtf8(), salt, iterations, int(expected.size()));
    if (key.size() != expected.size() || key.isEmpty())
        return false;
    // Constant time, so timing does not tell how much of the hash matched.
    quint8 diff = 0;
    for (qsizetype i = 0; i < key.size(); ++i)
        diff |= quint8(key.at(i) ^ expected.at(i));
    return diff == 0;
}

// ---------------------------------------------------------------- sessions

Reply Service::signIn(const QJsonObject &body)
{
    QList<FieldError> errors;
    const QString login = stringMember(body, "login", &errors, S("login")).trimmed();
    const QString password = stringMember(body, "password", &errors, S("password"));
    if (login.isEmpty())
        errors.append({ S("login"), S("required"),
                        tr2("Enter your ID number or admission ticket number.",
                            "请输入身份证号或准考证号。") });
    if (password.isEmpty())
        errors.append(
            { S("password"), S("required"), tr2("Enter your password.", "请输入密码。") });
    if (!errors.isEmpty())
        return validationProblem(errors);

    const QString normalized = IdNumber::normalize(login);
    // A ticket is digits only, so the ID number's spelling rules apply to it as well.
    QSqlQuery q = m_db.exec(S("SELECT id, password, name FROM candidates WHERE id_number = ? OR"
                              " ticket = ? OR ticket = ?"),
                            { normalized, login, normalized });
    // An unknown login costs the same PBKDF2 work, so timing does not reveal which logins exist.
    static const QString dummy = hashPassword(QStringLiteral("not a password"));
    const bool known = q.next();
    if (!verifyPassword(password, known ? q.value(1).toString() : dummy) || !known) {
        return Reply::problem(
            401, S("invalid-credentials"),
            tr2("The login or the password is wrong.", "身份证号/准考证号或密码不正确。"));
    }
    const QString candidateId = q.value(0).toString();
    const QString name = q.value(2).toString();
    // The only moment the password is known: bring an older hash up to the current cost.
    if (needsRehash(q.value(1).toString()))
        m_db.exec(S("UPDATE candidates SET password = ? WHERE id = ?"),
                  { hashPassword(password), candidateId });
    const QString token = randomHex(32);
    const QDateTime created = now();
    const QDateTime expires = created.addSecs(m_tokenTtl);
    m_db.exec(S("DELETE FROM sessions WHERE expires_at < ?"), { iso(created) });
    m_db.exec(S("INSERT INTO sessions (token_hash, candidate_id, created_at, expires_at) VALUES"
                " (?, ?, ?, ?)"),
              { QString::fromLatin1(
                    QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex()),
                candidateId, iso(created), iso(expires) });
    return Reply::json(
        { { S("token"), token },
          { S("tokenType"), S("Bearer") },
          { S("expiresAt"), iso(expires) },
          { S("expiresIn"), m_tokenTtl },
          { S("candidate"), QJsonObject { { S("id"), candidateId }, { S("name"), name } } } },
        201);
}

QString Service::accountForLogin(const QString &login)
{
    const QString trimmed = login.trimmed();
    const QString normalized = IdNumber::normalize(trimmed);
    return m_db
        .scalar(S("SELECT id FROM candidates WHERE id_number = ? OR ticket = ? OR ticket = ?"),
                { normalized, trimmed, normalized })
        .toString();
}

TokenCheck Service::checkToken(const QByteArray &token)
{
    TokenCheck check;
    if (token.isEmpty())
        return check;
    QSqlQuery q =
        m_db.exec(S("SELECT candidate_id, expires_at FROM sessions WHERE token_hash = ?"),
                  { QString::fromLatin1(
                      QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex()) });
    if (!q.next())
        return check;
    const QDateTime expires = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    if (QDateTime::currentDateTimeUtc() >= expires) {
        check.expired = true;
        return check;
    }
    check.candidateId = q.value(0).toString();
    return check;
}

Reply Service::session(const QByteArray &token)
{
    QSqlQuery q =
        m_db.exec(S("SELECT candidate_id, expires_at FROM sessions WHERE token_hash = ?"),
                  { QString::fromLatin1(
                      QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex()) });
    if (!q.next())
        return notFound();
    const QDateTime expires = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    return Reply::json(
        { { S("candidateId"), q.value(0).toString() },
          { S("expiresAt"), iso(expires) },
          { S("expiresIn"), qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(expires)) } });
}

Reply Service::signOut(const QByteArray &token)
{
    m_db.exec(S("DELETE FROM sessions WHERE token_hash = ?"),
              { QString::fromLatin1(
                  QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex()) });
    return Reply::empty(204);
}

// ---------------------------------------------------------------- candidate

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

// ---------------------------------------------------------------- applications

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
    QStringList required { S("id-front"), S("id-back"), S("signature") };
    if (app.priorNeeded()) {
        required << S("diploma") << S("registration-record");
        if (app.priorDegree.value(S("identityChanged")).toBool())
            required << S("identity-change");
    }
    for (const QString &slot : required) {
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

    QJsonArray requiredSlots { S("id-front"), S("id-back"), S("signature") };
    if (app.priorNeeded()) {
        requiredSlots.append(S("diploma"));
        requiredSlots.append(S("registration-record"));
        if (app.priorDegree.value(S("identityChanged")).toBool())
            requiredSlots.append(S("identity-change"));
    }
    o.insert(S("requiredSlots"), requiredSlots);
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
    const auto app = loadApplication(id);
    if (!app || (!candidateId.isEmpty() && app->candidateId != candidateId))
        return notFound();
    if (!ifNoneMatch.isEmpty() && ifNoneMatch.trimmed() == etagFor(app->version)) {
        Reply r = Reply::empty(304);
        r.setHeader("ETag", etagFor(app->version));
        return r;
    }
    return applicationReply(id);
}

Reply Service::guardWrite(const QString &candidateId, const std::optional<AppRow> &app,
                          const QByteArray &ifMatch)
{
    if (!app || (!candidateId.isEmpty() && app->candidateId != candidateId))
        return notFound();
    if (ifMatch.trimmed().isEmpty()) {
        return Reply::problem(428, S("if-match-required"),
                              tr2("Send If-Match with the ETag of the application you read.",
                                  "请求缺少 If-Match（请先读取申请，再带上其 ETag 修改）。"),
                              {},
                              { { S("currentEtag"), QString::fromLatin1(etagFor(app->version)) } });
    }
    if (ifMatch.trimmed() != etagFor(app->version)) {
        Reply r = Reply::problem(
            412, S("etag-mismatch"),
            tr2("The application changed since you read it; read it again.",
                "申请已在其他地方被修改，请刷新后再操作。"),
            {}, { { S("currentEtag"), QString::fromLatin1(etagFor(app->version)) } });
        r.setHeader("ETag", etagFor(app->version));
        return r;
    }
    Reply go;
    go.status = 0;
    return go;
}

namespace {

Reply lockedProblem(Workflow::State state)
{
    return Reply::problem(409, QStringLiteral("application-locked"),
                          tr2("The application has been submitted and cannot be changed now.",
                              "申请已提交，当前不能修改。"),
                          {}, { { QStringLiteral("state"), Workflow::stateName(state) } });
}

Reply sectionLockedProblem(Section section)
{
    return Reply::problem(409, QStringLiteral("section-locked"),
                          tr2("The school did not send this part back; it cannot be changed.",
                              "主考学校未驳回此项，不能修改。"),
                          {}, { { QStringLiteral("section"), Workflow::sectionName(section) } });
}

Reply notApplicableProblem()
{
    return Reply::problem(409, QStringLiteral("section-not-applicable"),
                          tr2("Your prior degree passed the automatic check; this part is not "
                              "needed.",
                              "前置学历已通过自动审核，无需填写此项。"));
}

} // namespace

void Service::touch(const QString &id)
{
    m_db.exec(S("UPDATE applications SET version = version + 1, updated_at = ? WHERE id = ?"),
              { iso(now()), id });
}

void Service::transition(const QString &id, State from, State to, const QString &actor,
                         const QString &detail)
{
    const QString t = iso(now());
    m_db.exec(S("UPDATE applications SET state = ?, version = version + 1, updated_at = ? WHERE"
                " id = ?"),
              { Workflow::stateName(to), t, id });
    m_db.exec(S("INSERT INTO history (application_id, from_state, to_state, at, actor, detail)"
                " VALUES (?, ?, ?, ?, ?, ?)"),
              { id, Workflow::stateName(from), Workflow::stateName(to), t, actor, detail });
}

Reply Service::updateSection(const QString &candidateId, const QString &id,
                             const QString &sectionName, const QJsonObject &body,
                             const QByteArray &ifMatch)
{
    const auto app = loadApplication(id);
    if (Reply g = guardWrite(candidateId, app, ifMatch); g.status != 0)
        return g;
    const auto section = Workflow::sectionFromName(sectionName);
    if (!section)
        return notFound();
    if (Workflow::isLocked(app->state))
        return lockedProblem(app->state);
    if (*section == Section::PriorDegree && !app->priorNeeded())
        return notApplicableProblem();
    if (!app->editable().contains(*section))
        return sectionLockedProblem(*section);
    const Batch batch = batchRow(app->batchId).value_or(Batch {});

    QList<FieldError> errors;
    if (*section == Section::PriorDegree) {
        const QString name = stringMember(body, "name", &errors, S("priorDegree.name"));
        const QString idNumber = stringMember(body, "idNumber", &errors, S("priorDegree.idNumber"));
        const QString number =
            stringMember(body, "diplomaNumber", &errors, S("priorDegree.diplomaNumber"));
        const QString school =
            stringMember(body, "school", &errors, S("priorDegree.school")).trimmed();
        const QString dateText =
            stringMember(body, "graduationDate", &errors, S("priorDegree.graduationDate"));
        const QJsonValue changed = body.value(S("identityChanged"));
        if (!changed.isUndefined() && !changed.isNull() && !changed.isBool())
            errors.append({ S("priorDegree.identityChanged"), S("wrong-type"),
                            tr2("Must be true or false.", "应为是或否。") });

        const RuleResult nameResult = PersonName::check(name);
        addRule(&errors, S("priorDegree.name"), nameResult);
        const IdNumberResult idResult = IdNumber::check(idNumber, shanghaiToday());
        if (!idResult.valid) {
            errors.append(
                { S("priorDegree.idNumber"),
                  idResult.reason == QLatin1String("length") && idNumber.trimmed().isEmpty()
                      ? S("required")
                      : idResult.reason,
                  idResult.message });
        }
        const QDate graduation = QDate::fromString(dateText, Qt::ISODate);
        if (dateText.isEmpty()) {
            errors.append({ S("priorDegree.graduationDate"), S("required"),
                            tr2("Enter the graduation date.", "请填写毕业时间。") });
        } else if (!graduation.isValid()) {
            errors.append({ S("priorDegree.graduationDate"), S("invalid-date"),
                            tr2("Use the form YYYY-MM-DD.", "日期格式应为 YYYY-MM-DD。") });
        } else {
            addRule(
                &errors, S("priorDegree.graduationDate"),
                PriorDiploma::checkGraduationDate(graduation, idResult.birthDate, shanghaiToday()));
        }
        const RuleResult numberResult = PriorDiploma::checkNumber(number, graduation);
        addRule(&errors, S("priorDegree.diplomaNumber"), numberResult);
        const QString schoolReason = PriorDiploma::checkSchool(school).reason;
        if (schoolReason == QLatin1String("empty"))
            errors.append(
                { S("priorDegree.school"), S("required"),
                  tr2("Enter the school that issued the diploma.", "请填写前置学历毕业院校。") });
        else if (schoolReason == QLatin1String("too-long"))
            errors.append({ S("priorDegree.school"), S("too-long"),
                            tr2("At most %1 characters.", "不能超过%1个字。")
                                .arg(PriorDiploma::maxSchoolLength) });
        else
            addRule(
                &errors, S("priorDegree.school"),
                FreeText::check(school, tr2("school", "毕业院校"), PriorDiploma::maxSchoolLength));
        if (!errors.isEmpty())
            return validationProblem(errors);
        const QJsonObject stored { { S("name"), nameResult.normalized },
                                   { S("idNumber"), idResult.normalized },
                                   { S("diplomaNumber"),
                                     numberResult.normalized.isEmpty()
                                         ? PriorDiploma::normalizeNumber(number)
                                         : numberResult.normalized },
                                   { S("school"), school },
                                   { S("graduationDate"), graduation.toString(Qt::ISODate) },
                                   { S("identityChanged"), changed.toBool(false) } };
        m_db.begin();
        m_db.exec(S("UPDATE applications SET prior_degree = ? WHERE id = ?"),
                  { QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)), id });
    } else if (*section == Section::Resume) {
        const ResumeParseResult parsed =
            Resume::fromJson(QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!parsed.ok) {
            const QString field = parsed.entry >= 0
                ? QStringLiteral("resume.entries[%1]").arg(parsed.entry)
                : S("resume.entries");
            return validationProblem({ { field, parsed.error, parsed.message } });
        }
        for (const ResumeIssue &issue : Resume::check(parsed.entries, shanghaiToday())) {
            if (issue.severity != Severity::Error)
                continue;
            QString field = S("resume.entries");
            if (issue.entry >= 0) {
                field = QStringLiteral("resume.entries[%1]").arg(issue.entry);
                if (!issue.field.isEmpty())
                    field += QLatin1Char('.') + issue.field;
                else if (issue.reason.startsWith(QLatin1String("from")))
                    field += S(".from");
                else if (issue.reason.startsWith(QLatin1String("to")))
                    field += S(".to");
                else if (issue.reason.startsWith(QLatin1String("missing-")))
                    field += QLatin1Char('.') + issue.reason.mid(8);
            }
            errors.append({ field, issue.reason, issue.message });
        }
        if (!errors.isEmpty())
            return validationProblem(errors);
        m_db.begin();
        m_db.exec(
            S("UPDATE applications SET resume = ? WHERE id = ?"),
            { QString::fromUtf8(
                  QJsonDocument(Resume::toJson(parsed.entries)).toJson(QJsonDocument::Compact)),
              id });
    } else if (*section == Section::SelfAssessment) {
        const QString text = stringMember(body, "text", &errors, S("selfAssessment.text"));
        if (!errors.isEmpty())
            return validationProblem(errors);
        const SelfAssessmentResult r = SelfAssessment::check(text, batch.rules);
        if (!r.isValid()) {
            QJsonObject extra { { S("count"), r.count }, { S("min"), r.min }, { S("max"), r.max } };
            return Reply::problem(422, S("validation"), r.message,
                                  { { S("selfAssessment.text"), r.reason, r.message } }, extra);
        }
        m_db.begin();
        m_db.exec(S("UPDATE applications SET self_assessment = ? WHERE id = ?"), { text, id });
    } else if (*section == Section::Note) {
        const QString text = stringMember(body, "text", &errors, S("note.text"));
        if (TextCount::count(text) > Note::maxChars)
            errors.append(
                { S("note.text"), S("too-long"),
                  tr2("At most %1 characters.", "情况说明不能超过%1个字。").arg(Note::maxChars) });
        else
            addRule(&errors, S("note.text"),
                    FreeText::check(text, tr2("note", "情况说明"), Note::maxChars,
                                    FreeText::Lines::Multi));
        if (!errors.isEmpty())
            return validationProblem(errors);
        m_db.begin();
        m_db.exec(S("UPDATE applications SET note = ? WHERE id = ?"), { text, id });
    } else {
        return notFound();
    }
    // The content and its new ETag are one commit: never new content under the old ETag.
    touch(id);
    m_db.commit();
    return applicationReply(id);
}

Reply Service::putAttachment(const QString &candidateId, const QString &id, const QString &slot,
                             const QByteArray &contentType, const QByteArray &data,
                             const QByteArray &ifMatch)
{
    const auto app = loadApplication(id);
    if (!app || (!candidateId.isEmpty() && app->candidateId != candidateId))
        return notFound();
    const auto section = Workflow::sectionForSlot(slot);
    if (!section)
        return notFound();
    const Batch batch = batchRow(app->batchId).value_or(Batch {});
    if (data.size() > batch.rules.imageAcceptBytes) {
        return Reply::problem(
            413, S("image-too-large"),
            tr2("The image is larger than allowed.", "图片超过允许的大小，请压缩后重新上传。"),
            { { S("attachments.") + slot, S("too-large"),
                tr2("The image is larger than allowed.", "图片过大。") } },
            { { S("maxBytes"), qint64(batch.rules.imageAcceptBytes) },
              { S("bytes"), qint64(data.size()) } });
    }
    if (Reply g = guardWrite(candidateId, app, ifMatch); g.status != 0)
        return g;
    if (Workflow::isLocked(app->state))
        return lockedProblem(app->state);
    if (*section == Section::PriorDegree && !app->priorNeeded())
        return notApplicableProblem();
    if (!app->editable().contains(*section))
        return sectionLockedProblem(*section);
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    if (mime != "image/jpeg") {
        return Reply::problem(415, S("unsupported-media-type"),
                              tr2("Upload the image as image/jpeg.", "请上传 JPG 格式的图片。"));
    }
    const JpegInfo info = inspectJpeg(data);
    if (!info.ok) {
        const QString detail = tr2("The file is not a complete, readable JPEG image.",
                                   "文件不是完整可读的 JPG 图片，请重新选择图片。");
        return Reply::problem(422, S("invalid-jpeg"), detail,
                              { { S("attachments.") + slot, info.reason, detail } });
    }
    // Only the image is kept: bytes after its end (an appended HTML page, a phone's
    // trailer) would be served back as part of an image/jpeg.
    const QByteArray image = data.left(info.end);
    const QString t = iso(now());
    m_db.begin();
    m_db.exec(
        S("INSERT OR REPLACE INTO attachments (application_id, slot, data, bytes, width,"
          " height, progressive, sha256, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { id, slot, image, qint64(image.size()), info.width, info.height, info.progressive ? 1 : 0,
          QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex()),
          t });
    touch(id);
    m_db.commit();
    return applicationReply(id);
}

Reply Service::getAttachment(const QString &candidateId, const QString &id, const QString &slot)
{
    const auto app = loadApplication(id);
    if (!app || (!candidateId.isEmpty() && app->candidateId != candidateId))
        return notFound();
    QSqlQuery q =
        m_db.exec(S("SELECT data, sha256 FROM attachments WHERE application_id = ? AND slot = ?"),
                  { id, slot });
    if (!q.next())
        return notFound();
    Reply r = Reply::raw("image/jpeg", q.value(0).toByteArray());
    r.setHeader("ETag", '"' + q.value(1).toString().toLatin1() + '"');
    return r;
}

Reply Service::deleteAttachment(const QString &candidateId, const QString &id, const QString &slot,
                                const QByteArray &ifMatch)
{
    const auto app = loadApplication(id);
    if (Reply g = guardWrite(candidateId, app, ifMatch); g.status != 0)
        return g;
    const auto section = Workflow::sectionForSlot(slot);
    if (!section)
        return notFound();
    if (Workflow::isLocked(app->state))
        return lockedProblem(app->state);
    if (!app->editable().contains(*section))
        return sectionLockedProblem(*section);
    if (!m_db.scalar(S("SELECT COUNT(*) FROM attachments WHERE application_id = ? AND slot = ?"),
                     { id, slot })
             .toInt())
        return notFound();
    m_db.begin();
    m_db.exec(S("DELETE FROM attachments WHERE application_id = ? AND slot = ?"), { id, slot });
    touch(id);
    m_db.commit();
    return applicationReply(id);
}

Reply Service::invalidTransition(const AppRow &app, const QString &action)
{
    return Reply::problem(
        409, S("invalid-transition"),
        tr2("This is not possible in the application's current state.",
            "申请当前的状态不允许此操作。"),
        {}, { { S("state"), Workflow::stateName(app.state) }, { S("action"), action } });
}

Reply Service::submit(const QString &candidateId, const QString &id, const QByteArray &ifMatch)
{
    const auto app = loadApplication(id);
    if (Reply g = guardWrite(candidateId, app, ifMatch); g.status != 0)
        return g;
    const auto to = Workflow::next(app->state, Workflow::Action::Submit);
    if (!to)
        return invalidTransition(*app, S("submit"));
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
    m_db.begin();
    m_db.exec(S("UPDATE applications SET round = round + 1 WHERE id = ?"), { id });
    transition(id, app->state, *to, S("candidate"));
    m_db.commit();
    return applicationReply(id);
}

// ---------------------------------------------------------------- payments

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
    const auto app = loadApplication(applicationId);
    if (!app || (!candidateId.isEmpty() && app->candidateId != candidateId))
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
    const auto app = loadApplication(applicationId);
    if (!app || (!candidateId.isEmpty() && app->candidateId != candidateId))
        return notFound();
    QSqlQuery q =
        m_db.exec(S("SELECT id FROM payments WHERE application_id = ? ORDER BY created_at, id"),
                  { applicationId });
    QJsonArray items;
    while (q.next())
        items.append(orderJson(q.value(0).toString()));
    return Reply::json({ { S("items"), items } });
}

// ---------------------------------------------------------------- reviewers

Reply Service::schoolApprove(const QString &id, const QJsonObject &body)
{
    const auto app = loadApplication(id);
    if (!app)
        return notFound();
    const auto to = Workflow::next(app->state, Workflow::Action::SchoolApprove);
    if (!to)
        return invalidTransition(*app, S("school-approve"));
    m_db.begin();
    transition(id, app->state, *to, S("school"), body.value(S("note")).toString());
    m_db.commit();
    return applicationReply(id);
}

Reply Service::schoolReject(const QString &id, const QJsonObject &body)
{
    const auto app = loadApplication(id);
    if (!app)
        return notFound();
    const auto to = Workflow::next(app->state, Workflow::Action::SchoolReject);
    if (!to)
        return invalidTransition(*app, S("school-reject"));
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
                                  { S("round"), app->round } };
    m_db.begin();
    m_db.exec(S("UPDATE applications SET rejection = ? WHERE id = ?"),
              { QString::fromUtf8(QJsonDocument(rejection).toJson(QJsonDocument::Compact)), id });
    transition(id, app->state, *to, S("school"), reason);
    m_db.commit();
    return applicationReply(id);
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
    const auto app = loadApplication(appId);
    if (!app)
        return notFound();
    const auto paid = Workflow::next(app->state, Workflow::Action::Pay);
    if (!paid)
        return invalidTransition(*app, S("pay"));
    const QString t = iso(now());
    m_db.begin();
    m_db.exec(S("UPDATE payments SET status = 'paid', paid_at = ? WHERE id = ?"), { t, orderId });
    // Any other open order of the same application can no longer be paid.
    m_db.exec(S("UPDATE payments SET status = 'cancelled' WHERE application_id = ? AND status ="
                " 'open'"),
              { appId });
    transition(appId, app->state, *paid, S("payment"), orderId);
    transition(appId, *paid, *Workflow::next(*paid, Workflow::Action::StartCityReview), S("city"));
    m_db.commit();
    return Reply::json(orderJson(orderId));
}

Reply Service::cityApprove(const QString &id, const QJsonObject &body)
{
    const auto app = loadApplication(id);
    if (!app)
        return notFound();
    const auto to = Workflow::next(app->state, Workflow::Action::CityApprove);
    if (!to)
        return invalidTransition(*app, S("city-approve"));
    QDate date = shanghaiToday();
    if (body.contains(S("approvalDate"))) {
        date = QDate::fromString(body.value(S("approvalDate")).toString(), Qt::ISODate);
        if (!date.isValid())
            return validationProblem(
                { { S("approvalDate"), S("invalid-date"),
                    tr2("Use the form YYYY-MM-DD.", "日期格式应为 YYYY-MM-DD。") } });
    }
    m_db.begin();
    m_db.exec(S("UPDATE applications SET approval_date = ? WHERE id = ?"),
              { date.toString(Qt::ISODate), id });
    transition(id, app->state, *to, S("city"));
    m_db.commit();
    return applicationReply(id);
}

Reply Service::cityFail(const QString &id, const QJsonObject &body)
{
    const auto app = loadApplication(id);
    if (!app)
        return notFound();
    const auto to = Workflow::next(app->state, Workflow::Action::CityFail);
    if (!to)
        return invalidTransition(*app, S("city-fail"));
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
        { S("note"),
          tr2("The fee is refunded to the paying account after this round ends.",
              "毕业审定费将在当次毕业办理结束后退回原交费账号。") }
    };
    m_db.begin();
    m_db.exec(S("UPDATE payments SET status = 'refunded', refunded_at = ? WHERE id = ?"),
              { t, orderId });
    m_db.exec(S("UPDATE applications SET refund = ? WHERE id = ?"),
              { QString::fromUtf8(QJsonDocument(refund).toJson(QJsonDocument::Compact)), id });
    transition(id, app->state, *to, S("city"), reason);
    m_db.commit();
    return applicationReply(id);
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

// ---------------------------------------------------------------- idempotency

std::optional<Reply> Service::storedReply(const QString &scope, const QString &key,
                                          const QByteArray &fingerprint, bool *conflict)
{
    *conflict = false;
    QSqlQuery q = m_db.exec(S("SELECT fingerprint, status, content_type, headers, body,"
                              " created_at FROM idempotency WHERE scope = ? AND key = ?"),
                            { scope, key });
    if (!q.next())
        return std::nullopt;
    const QDateTime created = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    if (created.secsTo(QDateTime::currentDateTimeUtc()) > 24 * 3600) {
        m_db.exec(S("DELETE FROM idempotency WHERE scope = ? AND key = ?"), { scope, key });
        return std::nullopt;
    }
    if (q.value(0).toString().toLatin1() != fingerprint) {
        *conflict = true;
        return std::nullopt;
    }
    Reply r;
    r.status = q.value(1).toInt();
    r.contentType = q.value(2).toString().toLatin1();
    r.body = q.value(4).toByteArray();
    const QJsonObject headers = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        r.setHeader(it.key().toLatin1(), it.value().toString().toLatin1());
    return r;
}

void Service::storeReply(const QString &scope, const QString &key, const QByteArray &fingerprint,
                         const Reply &reply)
{
    // Records live the documented 24 hours, whether or not their key comes back.
    m_db.exec(S("DELETE FROM idempotency WHERE created_at < ?"),
              { iso(now().addSecs(-24 * 3600)) });
    QJsonObject headers;
    for (const auto &h : reply.headers)
        headers.insert(QString::fromLatin1(h.first), QString::fromLatin1(h.second));
    m_db.exec(S("INSERT OR REPLACE INTO idempotency (scope, key, fingerprint, status,"
                " content_type, headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              { scope, key, QString::fromLatin1(fingerprint), reply.status,
                QString::fromLatin1(reply.contentType),
                QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)),
                reply.body, iso(now()) });
}

} // namespace zkgrad::sandbox
