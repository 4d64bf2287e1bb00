// What every part of Service uses: construction, time, the small helpers of internal.h, and the
// write plumbing (If-Match, editable sections, versioned writes, state changes).

#include "internal.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace zkgrad::sandbox {

using State = Workflow::State;
using Section = Workflow::Section;

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

QString tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
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

QJsonArray sectionNames(const QList<Section> &sections)
{
    QJsonArray out;
    for (Section s : sections)
        out.append(Workflow::sectionName(s));
    return out;
}

namespace {

QList<Section> sectionsFrom(const QJsonArray &names)
{
    QList<Section> out;
    for (const QJsonValue v : names) {
        if (auto s = Workflow::sectionFromName(v.toString()))
            out.append(*s);
    }
    return out;
}

Reply lockedProblem(State state)
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

Reply goOn()
{
    Reply go;
    go.status = 0;
    return go;
}

} // namespace

QList<Section> Service::AppRow::editable() const
{
    const auto category =
        Workflow::categoryFromName(rejection.value(QStringLiteral("category")).toString())
            .value_or(Workflow::RejectionCategory::Other);
    return Workflow::editableSections(
        state, category, sectionsFrom(rejection.value(QStringLiteral("sections")).toArray()));
}

QStringList Service::AppRow::requiredSlots() const
{
    QStringList required { S("id-front"), S("id-back"), S("signature") };
    if (priorNeeded()) {
        required << S("diploma") << S("registration-record");
        if (priorDegree.value(S("identityChanged")).toBool())
            required << S("identity-change");
    }
    return required;
}

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

Reply Service::guardWrite(const std::optional<AppRow> &app, const QByteArray &ifMatch)
{
    if (!app)
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
    return goOn();
}

Reply Service::editRefusal(const AppRow &app, Section section)
{
    if (Workflow::isLocked(app.state))
        return lockedProblem(app.state);
    if (section == Section::PriorDegree && !app.priorNeeded())
        return notApplicableProblem();
    if (!app.editable().contains(section))
        return sectionLockedProblem(section);
    return goOn();
}

Reply Service::commitWrite(const QString &id, const std::function<void()> &writes)
{
    m_db.begin();
    writes();
    touch(id);
    m_db.commit();
    return applicationReply(id);
}

void Service::touch(const QString &id)
{
    m_db.exec(S("UPDATE applications SET version = version + 1, updated_at = ? WHERE id = ?"),
              { iso(now()), id });
}

Service::Change Service::allowChange(const std::optional<AppRow> &app, Workflow::Action action)
{
    Change change;
    if (!app) {
        change.refusal = notFound();
        return change;
    }
    const auto to = Workflow::next(app->state, action);
    if (!to) {
        change.refusal =
            Reply::problem(409, S("invalid-transition"),
                           tr2("This is not possible in the application's current state.",
                               "申请当前的状态不允许此操作。"),
                           {},
                           { { S("state"), Workflow::stateName(app->state) },
                             { S("action"), Workflow::actionName(action) } });
        return change;
    }
    change.refusal = goOn();
    change.app = *app;
    change.to = *to;
    return change;
}

Reply Service::commitChange(const Change &change, const QString &actor, const QString &detail,
                            const std::function<void()> &writes)
{
    m_db.begin();
    if (writes)
        writes();
    transition(change.app.id, change.app.state, change.to, actor, detail);
    m_db.commit();
    return applicationReply(change.app.id);
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

} // namespace zkgrad::sandbox
