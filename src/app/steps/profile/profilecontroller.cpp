#include "steps/profile/profilecontroller.h"

#include "contact.h"
#include "session/applicationsession.h"
#include "textcount.h"

#include <QJsonArray>

using zkgrad::Contact;
using zkgrad::net::ApiResult;
using zkgrad::net::FieldError;

namespace {
const auto kPhone = QStringLiteral("phone");
const auto kAddress = QStringLiteral("address");
const auto kPostalCode = QStringLiteral("postalCode");
const auto kEmail = QStringLiteral("email");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// A phone starting with 0 is a landline with area code; anything else must be a mobile.
zkgrad::RuleResult checkPhone(const QString &phone)
{
    const QString digits = Contact::asciiDigits(phone).trimmed();
    if (digits.startsWith(QLatin1Char('0')) && !digits.startsWith(QLatin1String("0086")))
        return Contact::checkLandline(phone, true);
    return Contact::checkMobile(phone);
}
} // namespace

ProfileController::ProfileController(ApplicationSession *session, StepContext * /*context*/,
                                     QObject *parent)
    : StepController(parent)
    , m_session(session)
    , m_contactLink(session, QStringLiteral("contact"), this)
{
    // Errors and editability follow the answers and the application, both announced by changed().
    connect(this, &StepController::changed, this, &StepController::errorsChanged);
    connect(this, &StepController::changed, this, &StepController::editableChanged);
    connect(session, &ApplicationSession::profileChanged, this, [this] {
        adoptServerContact();
        Q_EMIT profileChanged();
        Q_EMIT changed();
    });
    connect(session, &ApplicationSession::catalogChanged, this, &ProfileController::profileChanged);
    connect(session, &ApplicationSession::applicationChanged, this, &StepController::changed);
    connect(session, &ApplicationSession::announcementsChanged, this, &StepController::changed);
    connect(session, &ApplicationSession::signedInChanged, this, &StepController::changed);
    connect(&m_contactLink, &SectionLink::refused, this, [this](const QList<FieldError> &errors) {
        for (const FieldError &e : errors)
            m_contactLink.refuse(e.field.section(QLatin1Char('.'), -1), e.detail);
        Q_EMIT changed();
    });
}

QString ProfileController::name() const
{
    return m_session ? str(m_session->profile(), "name") : QString();
}

QString ProfileController::idNumber() const
{
    return m_session ? str(m_session->profile(), "idNumber") : QString();
}

QString ProfileController::genderText() const
{
    const QString gender = m_session ? str(m_session->profile(), "gender") : QString();
    if (gender == QLatin1String("male"))
        return tr("Male");
    if (gender == QLatin1String("female"))
        return tr("Female");
    return {};
}

QString ProfileController::identityCorrection() const
{
    const QString server = m_session ? str(m_session->profile(), "identityCorrection") : QString();
    return !server.isEmpty()
        ? server
        : tr("If your name, ID number or gender is wrong or has changed, apply for a record "
             "correction (考籍更正) at your district self-study examination office first; it "
             "cannot be changed here.");
}

void ProfileController::adoptServerContact()
{
    if (!m_session)
        return;
    // The server's details fill what the candidate has not typed; typed text is never replaced.
    const QJsonObject contact = m_session->profile().value(QLatin1String("contact")).toObject();
    auto adopt = [&](QString &member, const char *key) {
        if (member.isEmpty())
            member = str(contact, key);
    };
    adopt(m_phone, "phone");
    adopt(m_address, "address");
    adopt(m_postalCode, "postalCode");
    adopt(m_email, "email");
    if (m_majorCode.isEmpty()) {
        const QVariantList majors = enrolledMajors();
        if (majors.size() == 1) {
            m_majorCode = majors.constFirst().toMap().value(QStringLiteral("majorCode")).toString();
            m_schoolCode =
                majors.constFirst().toMap().value(QStringLiteral("schoolCode")).toString();
        }
    }
}

void ProfileController::setField(QString &member, const QString &value, const QString &field)
{
    if (m_contactLink.edit(member, value, field))
        Q_EMIT changed();
}

void ProfileController::setPhone(const QString &value)
{
    setField(m_phone, value, kPhone);
}

void ProfileController::setAddress(const QString &value)
{
    setField(m_address, value, kAddress);
}

void ProfileController::setPostalCode(const QString &value)
{
    setField(m_postalCode, value, kPostalCode);
}

void ProfileController::setEmail(const QString &value)
{
    setField(m_email, value, kEmail);
}

QVariantList ProfileController::enrolledMajors() const
{
    return m_session ? m_session->enrolledMajors() : QVariantList();
}

QVariantList ProfileController::addableMajors() const
{
    if (!m_session)
        return {};
    QStringList enrolled;
    for (const QVariant &m : enrolledMajors())
        enrolled.append(m.toMap().value(QStringLiteral("majorCode")).toString());
    QVariantList list;
    for (const QVariant &m : m_session->catalog()) {
        if (!enrolled.contains(m.toMap().value(QStringLiteral("code")).toString()))
            list.append(m);
    }
    return list;
}

void ProfileController::setMajorCode(const QString &code)
{
    if (code == m_majorCode)
        return;
    m_majorCode = code;
    // The school follows the major: its enrolled school, or the only school offering it.
    m_schoolCode.clear();
    for (const QVariant &m : enrolledMajors()) {
        if (m.toMap().value(QStringLiteral("majorCode")).toString() == code)
            m_schoolCode = m.toMap().value(QStringLiteral("schoolCode")).toString();
    }
    m_choiceConfirmed = false;
    Q_EMIT changed();
}

QVariantList ProfileController::schoolOptions() const
{
    if (!m_session || m_majorCode.isEmpty())
        return {};
    for (const QVariant &m : m_session->catalog()) {
        const QVariantMap major = m.toMap();
        if (major.value(QStringLiteral("code")).toString() == m_majorCode)
            return major.value(QStringLiteral("schools")).toList();
    }
    // Without the catalog, the school the candidate is enrolled at.
    for (const QVariant &m : enrolledMajors()) {
        const QVariantMap major = m.toMap();
        if (major.value(QStringLiteral("majorCode")).toString() == m_majorCode)
            return { QVariantMap {
                { QStringLiteral("code"), major.value(QStringLiteral("schoolCode")) },
                { QStringLiteral("name"), major.value(QStringLiteral("schoolName")) } } };
    }
    return {};
}

void ProfileController::setSchoolCode(const QString &code)
{
    if (code == m_schoolCode)
        return;
    m_schoolCode = code;
    m_choiceConfirmed = false;
    Q_EMIT changed();
}

void ProfileController::setChoiceConfirmed(bool confirmed)
{
    if (confirmed == m_choiceConfirmed)
        return;
    m_choiceConfirmed = confirmed;
    Q_EMIT changed();
}

bool ProfileController::applied() const
{
    return m_session && m_session->hasApplication();
}

QString ProfileController::appliedMajor() const
{
    if (!applied())
        return {};
    const QJsonObject major = m_session->application().value(QLatin1String("major")).toObject();
    return tr("%1 (%2, %3)").arg(str(major, "name"), str(major, "levelName"), str(major, "code"));
}

QString ProfileController::appliedSchool() const
{
    if (!applied())
        return {};
    return str(m_session->application().value(QLatin1String("school")).toObject(), "name");
}

QVariantList ProfileController::announcements() const
{
    QVariantList list;
    if (!m_session)
        return list;
    for (const QVariant &v : m_session->announcements()) {
        QVariantMap a = v.toMap();
        a.insert(QStringLiteral("opened"),
                 m_opened.contains(a.value(QStringLiteral("id")).toString()));
        list.append(a);
    }
    return list;
}

void ProfileController::markOpened(const QString &id)
{
    if (id.isEmpty() || m_opened.contains(id))
        return;
    m_opened.append(id);
    Q_EMIT changed();
}

bool ProfileController::isEditable() const
{
    // Contact details are not part of the application; they lock only with it.
    return !m_session || !m_session->locked();
}

QList<QPair<QString, QString>> ProfileController::contactProblems() const
{
    QList<QPair<QString, QString>> list;
    auto add = [&](const QString &field, const QString &message) {
        list.append(
            { field, m_contactLink.isRefused(field) ? m_contactLink.refusal(field) : message });
    };
    const zkgrad::RuleResult phone = checkPhone(m_phone);
    if (!phone.isValid())
        add(kPhone, tr("Phone: %1").arg(phone.message));
    else if (m_contactLink.isRefused(kPhone))
        add(kPhone, {});
    const zkgrad::RuleResult address = Contact::checkAddress(m_address);
    if (!address.isValid())
        add(kAddress, tr("Address: %1").arg(address.message));
    else if (m_contactLink.isRefused(kAddress))
        add(kAddress, {});
    const zkgrad::RuleResult postal = Contact::checkPostalCode(m_postalCode);
    if (!postal.isValid())
        add(kPostalCode, tr("Postal code: %1").arg(postal.message));
    else if (m_contactLink.isRefused(kPostalCode))
        add(kPostalCode, {});
    const zkgrad::RuleResult email = Contact::checkEmail(m_email);
    if (!email.isValid())
        add(kEmail, tr("E-mail: %1").arg(email.message));
    else if (m_contactLink.isRefused(kEmail))
        add(kEmail, {});
    return list;
}

QVariantMap ProfileController::errors() const
{
    QVariantMap map;
    for (const auto &[field, message] : contactProblems())
        map.insert(field, message);
    return map;
}

QVariantList ProfileController::fieldProblems() const
{
    QVariantList list;
    auto add = [&](const QString &field, const QString &message) {
        list.append(QVariantMap { { QStringLiteral("field"), field },
                                  { QStringLiteral("message"), message } });
    };
    for (const auto &[field, message] : contactProblems())
        add(field, message);
    const bool connected = m_session && m_session->connected();
    if (!applied()) {
        if (connected && m_session->signedIn() && enrolledMajors().isEmpty())
            add(QStringLiteral("addMajor"),
                tr("You have no enrolled major (在籍专业) yet: add the major you studied below."));
        else if (m_majorCode.isEmpty())
            add(QStringLiteral("majorChoice"), tr("Choose the major you are graduating in."));
        else if (m_schoolCode.isEmpty())
            add(QStringLiteral("schoolChoice"), tr("Choose the examining school (主考学校)."));
        else if (!m_choiceConfirmed)
            add(QStringLiteral("confirmChoice"),
                tr("Confirm the major and examining school: a wrong choice can only be undone "
                   "by that school rejecting your application."));
        else if (connected)
            add(QStringLiteral("applyButton"),
                tr("Press \"Apply with this major and school\" to start your application."));
    }
    int unread = 0;
    for (const QVariant &a : announcements())
        unread += a.toMap().value(QStringLiteral("opened")).toBool() ? 0 : 1;
    if (unread > 0)
        add(QStringLiteral("announcements"),
            tr("Open and read the examining school's announcements (%n not opened yet).", nullptr,
               unread));
    return list;
}

bool ProfileController::isComplete() const
{
    return fieldProblems().isEmpty();
}

QStringList ProfileController::problems() const
{
    QStringList list;
    for (const QVariant &p : fieldProblems())
        list.append(p.toMap().value(QStringLiteral("message")).toString());
    return list;
}

QJsonObject ProfileController::contactChanges() const
{
    const QJsonObject server =
        m_session ? m_session->profile().value(QLatin1String("contact")).toObject() : QJsonObject();
    QJsonObject changes;
    auto compare = [&](const QString &key, const QString &value, bool valid) {
        if (valid && value.trimmed() != server.value(key).toString())
            changes.insert(key, value.trimmed());
    };
    const zkgrad::RuleResult phone = checkPhone(m_phone);
    compare(kPhone, phone.normalized.isEmpty() ? m_phone : phone.normalized, phone.isValid());
    compare(kAddress, m_address, Contact::checkAddress(m_address).isValid());
    compare(kPostalCode, m_postalCode, Contact::checkPostalCode(m_postalCode).isValid());
    compare(kEmail, m_email, Contact::checkEmail(m_email).isValid());
    return changes;
}

void ProfileController::leave()
{
    const QJsonObject changes = contactChanges();
    if (!changes.isEmpty() && m_session)
        m_session->updateContact(changes);
}

void ProfileController::setBusy(bool busy, const QString &error)
{
    m_busy = busy;
    m_actionError = error;
    Q_EMIT busyChanged();
}

void ProfileController::addMajor(const QString &majorCode, const QString &schoolCode)
{
    if (!m_session || majorCode.isEmpty() || schoolCode.isEmpty())
        return;
    setBusy(true);
    m_session->addMajor(majorCode, schoolCode, [this, majorCode, schoolCode](const ApiResult &r) {
        if (!r.ok()) {
            setBusy(false,
                    r.error.userMessage.isEmpty()
                        ? tr("The major could not be added. Check the connection and try "
                             "again.")
                        : r.error.userMessage);
            return;
        }
        setBusy(false);
        m_majorCode = majorCode;
        m_schoolCode = schoolCode;
        m_choiceConfirmed = false;
        Q_EMIT changed();
    });
}

void ProfileController::apply()
{
    if (!m_session || m_majorCode.isEmpty() || m_schoolCode.isEmpty() || !m_choiceConfirmed
        || !contactProblems().isEmpty())
        return;
    setBusy(true);
    auto create = [this] {
        m_session->createApplication(m_majorCode, m_schoolCode, [this](const ApiResult &r) {
            setBusy(false,
                    r.ok() || r.error.code == QLatin1String("application-exists")
                        ? QString()
                        : r.error.userMessage);
            Q_EMIT changed();
        });
    };
    // The server refuses an application while contact details are missing: send them first.
    const QJsonObject changes = contactChanges();
    if (changes.isEmpty()) {
        create();
        return;
    }
    m_session->updateContact(changes, [this, create](const ApiResult &r) {
        if (!r.ok() || r.queued) {
            setBusy(false,
                    r.queued ? tr("Your contact details could not be sent; check the "
                                  "connection and try again.")
                             : r.error.userMessage);
            return;
        }
        create();
    });
}

QJsonObject ProfileController::toJson() const
{
    return { { kPhone, m_phone },
             { kAddress, m_address },
             { kPostalCode, m_postalCode },
             { kEmail, m_email },
             { QStringLiteral("majorCode"), m_majorCode },
             { QStringLiteral("schoolCode"), m_schoolCode },
             { QStringLiteral("choiceConfirmed"), m_choiceConfirmed },
             { QStringLiteral("openedAnnouncements"), QJsonArray::fromStringList(m_opened) } };
}

void ProfileController::fromJson(const QJsonObject &json)
{
    m_phone = json.value(kPhone).toString();
    m_address = json.value(kAddress).toString();
    m_postalCode = json.value(kPostalCode).toString();
    m_email = json.value(kEmail).toString();
    m_majorCode = json.value(QStringLiteral("majorCode")).toString();
    m_schoolCode = json.value(QStringLiteral("schoolCode")).toString();
    m_choiceConfirmed = json.value(QStringLiteral("choiceConfirmed")).toBool();
    m_opened.clear();
    for (const QJsonValue v : json.value(QStringLiteral("openedAnnouncements")).toArray()) {
        if (v.isString())
            m_opened.append(v.toString());
    }
    Q_EMIT changed();
}

QVariantMap ProfileController::summary() const
{
    return makeSummary({ summaryRow(tr("Name"), name()), summaryRow(tr("ID number"), idNumber()),
                         summaryRow(tr("Phone"), phone()), summaryRow(tr("Address"), address()),
                         summaryRow(tr("Postal code"), postalCode()),
                         summaryRow(tr("E-mail"), email()), summaryRow(tr("Major"), appliedMajor()),
                         summaryRow(tr("Examining school"), appliedSchool()) });
}
