#include "steps/priordegree/priordegreecontroller.h"

#include "idnumber.h"
#include "personname.h"
#include "photos/photoslot.h"
#include "priordiploma.h"
#include "session/applicationsession.h"
#include "textcount.h"
#include "wizard/stepcontext.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

using zkgrad::IdNumber;
using zkgrad::PersonName;
using zkgrad::PriorDiploma;
using zkgrad::RuleResult;
using zkgrad::TextCount;
using zkgrad::Workflow;
using zkgrad::net::FieldError;

namespace {
constexpr auto kSection = zkgrad::Workflow::Section::PriorDegree;

// Field keys: the API's member names, which are also the objectNames of the page's controls.
const auto kName = QStringLiteral("name");
const auto kIdNumber = QStringLiteral("idNumber");
const auto kSchool = QStringLiteral("school");
const auto kGraduationDate = QStringLiteral("graduationDate");
const auto kDiplomaNumber = QStringLiteral("diplomaNumber");
const auto kIdentityChanged = QStringLiteral("identityChanged");
const auto kDiploma = QStringLiteral("diploma");
const auto kRegistrationRecord = QStringLiteral("registrationRecord");
const auto kIdentityChange = QStringLiteral("identityChange");

// Draft-only keys: a half-chosen date must survive a restart too.
const auto kYear = QStringLiteral("graduationYear");
const auto kMonth = QStringLiteral("graduationMonth");
const auto kDay = QStringLiteral("graduationDay");

constexpr int kOldestYear = 1900;

QString stringOf(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    return v.isString() ? v.toString() : QString();
}

// A whole number in [low, high] from the draft, else 0 ("not chosen").
int numberOf(const QJsonObject &json, const QString &key, int low, int high)
{
    const QJsonValue v = json.value(key);
    if (!v.isDouble())
        return 0;
    const double d = v.toDouble();
    // Range first: converting a double beyond qint64 (a draft's 1e300) is undefined behaviour.
    if (!(d >= low && d <= high) || d != std::trunc(d))
        return 0;
    return int(d);
}
} // namespace

PriorDegreeController::PriorDegreeController(ApplicationSession *session, StepContext *context,
                                             QObject *parent)
    : StepController(parent)
    , m_session(session)
    , m_link(session, kSection, SectionLink::Adoption::EveryApplication, this)
{
    using zkgrad::imaging::PhotoPurpose;
    const QString dir = PhotoSlot::attachmentsDirFor(context->filesFolder());
    m_diploma = new PhotoSlot(session, Workflow::slotName(Workflow::Slot::Diploma),
                              PhotoPurpose::Document, dir, this);
    m_registrationRecord =
        new PhotoSlot(session, Workflow::slotName(Workflow::Slot::RegistrationRecord),
                      PhotoPurpose::Document, dir, this);
    m_identityChange = new PhotoSlot(session, Workflow::slotName(Workflow::Slot::IdentityChange),
                                     PhotoPurpose::Document, dir, this);
    for (PhotoSlot *slot : { m_diploma, m_registrationRecord, m_identityChange })
        connect(slot, &PhotoSlot::changed, this, &StepController::changed);
    updateSlotTexts();
    // serverChanged() is where editability can change.
    connect(this, &PriorDegreeController::serverChanged, this, &StepController::editableChanged);
    connect(this, &StepController::changed, this, &StepController::errorsChanged);

    if (m_session) {
        connect(m_session, &ApplicationSession::profileChanged, this,
                &PriorDegreeController::prefillFromProfile);
        connect(m_session, &ApplicationSession::applicationChanged, this,
                &PriorDegreeController::takeServerContent);
    }
    connect(&m_link, &SectionLink::adoptionDue, this, &PriorDegreeController::adoptServerSection);
    connect(&m_link, &SectionLink::refused, this, &PriorDegreeController::onServerFieldErrors);
    prefillFromProfile();
    takeServerContent();
    m_link.draftLoaded();
}

PriorDegreeController::~PriorDegreeController() = default;

void PriorDegreeController::setText(QString &member, const QString &value, const QString &field)
{
    // A refusal by the server is about the value it saw; a new value deserves a new check.
    if (m_link.edit(member, value, field))
        Q_EMIT changed();
}

void PriorDegreeController::setName(const QString &name)
{
    setText(m_name, name, kName);
}

void PriorDegreeController::setIdNumber(const QString &idNumber)
{
    setText(m_idNumber, idNumber, kIdNumber);
}

void PriorDegreeController::setDiplomaNumber(const QString &number)
{
    setText(m_diplomaNumber, number, kDiplomaNumber);
}

void PriorDegreeController::setSchool(const QString &school)
{
    setText(m_school, school, kSchool);
}

void PriorDegreeController::setDatePart(int &member, int value)
{
    if (!m_link.edit(member, qMax(0, value), kGraduationDate))
        return;
    // The diploma number's year is checked against the date, so its refusal may be stale too.
    m_link.forget(kDiplomaNumber);
    Q_EMIT changed();
}

void PriorDegreeController::setGraduationYear(int year)
{
    setDatePart(m_year, qMin(year, 9999));
}

void PriorDegreeController::setGraduationMonth(int month)
{
    setDatePart(m_month, month >= 1 && month <= 12 ? month : 0);
}

void PriorDegreeController::setGraduationDay(int day)
{
    setDatePart(m_day, day >= 1 && day <= 31 ? day : 0);
}

void PriorDegreeController::setIdentityChanged(bool identityChanged)
{
    if (m_link.edit(m_identityChanged, identityChanged, kIdentityChanged))
        Q_EMIT changed();
}

QDate PriorDegreeController::graduation() const
{
    if (m_year < kOldestYear || m_month == 0 || m_day == 0)
        return {};
    return QDate(m_year, m_month, m_day);
}

QString PriorDegreeController::graduationDate() const
{
    const QDate date = graduation();
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariantList PriorDegreeController::yearChoices() const
{
    QVariantList years;
    for (int y = today().year(); y >= oldestYearChoice; --y)
        years.append(y);
    return years;
}

QDate PriorDegreeController::today() const
{
    if (m_today.isValid())
        return m_today;
    // The authority's calendar day, as the server checks it (China has no DST).
    return QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
}

void PriorDegreeController::setToday(QDate today)
{
    m_today = today;
    Q_EMIT changed();
}

QString PriorDegreeController::checkMessage() const
{
    if (!m_session)
        return {};
    return m_session->record().priorDegreeCheckMessage();
}

bool PriorDegreeController::isEditable() const
{
    return m_link.isEditable();
}

QString PriorDegreeController::fieldLabel(const QString &field) const
{
    if (field == kName)
        return tr("Name on the diploma");
    if (field == kIdNumber)
        return tr("ID number on the diploma");
    if (field == kSchool)
        return tr("School");
    if (field == kGraduationDate)
        return tr("Graduation date");
    if (field == kDiplomaNumber)
        return tr("Diploma number");
    if (field == kIdentityChanged)
        return tr("Name or ID number changed");
    if (field == kDiploma)
        return tr("Diploma image");
    if (field == kRegistrationRecord)
        return tr("Registration record image");
    if (field == kIdentityChange)
        return tr("Explanation of the change");
    return field;
}

QString PriorDegreeController::slotMessage(const PhotoSlot *slot, const QString &what) const
{
    if (slot->processing())
        return tr("The image is still being prepared. Please wait a moment.");
    if (slot->reviewing())
        return tr("Check the new photo, then press \"Use this image\" or cancel it.");
    if (!slot->errorMessage().isEmpty())
        return slot->errorMessage();
    if (!slot->hasImage())
        return what;
    return {};
}

QList<PriorDegreeController::Finding> PriorDegreeController::findings() const
{
    QList<Finding> out;
    auto add = [&](const QString &field, const QString &local) {
        if (!local.isEmpty())
            out.append({ field, local });
        else if (m_link.isRefused(field))
            out.append({ field, m_link.refusal(field) });
    };
    auto ruleMessage = [](const RuleResult &r) { return r.isValid() ? QString() : r.message; };

    add(kName, ruleMessage(PersonName::check(m_name)));
    const zkgrad::IdNumberResult id = IdNumber::check(m_idNumber, today());
    add(kIdNumber, id.valid ? QString() : id.message);

    add(kSchool, PriorDiploma::checkSchool(m_school).message);

    QString dateMessage;
    if (m_year == 0 && m_month == 0 && m_day == 0) {
        dateMessage = tr("Please choose the year, month and day of graduation printed on the "
                         "diploma.");
    } else if (m_year == 0 || m_month == 0 || m_day == 0) {
        dateMessage = tr("The graduation date is incomplete. Please choose the year, the month "
                         "and the day.");
    } else if (m_year < kOldestYear) {
        dateMessage = tr("%1 is not a graduation year. Please enter the four-digit year printed "
                         "on the diploma.")
                          .arg(m_year);
    } else if (!graduation().isValid()) {
        dateMessage = tr("%1-%2 has no day %3. Please choose the day again.")
                          .arg(m_year)
                          .arg(m_month, 2, 10, QLatin1Char('0'))
                          .arg(m_day);
    } else {
        dateMessage = ruleMessage(PriorDiploma::checkGraduationDate(
            graduation(), id.valid ? id.birthDate : QDate(), today()));
    }
    add(kGraduationDate, dateMessage);
    add(kDiplomaNumber, ruleMessage(PriorDiploma::checkNumber(m_diplomaNumber, graduation())));
    add(kIdentityChanged, {});

    add(kDiploma, slotMessage(m_diploma, tr("Please add a photo or scan of your prior diploma.")));
    add(kRegistrationRecord,
        slotMessage(m_registrationRecord,
                    tr("Please add an image of the Ministry of Education's electronic "
                       "registration record of your diploma (you can download it from CHSI, "
                       "chsi.com.cn).")));
    if (m_identityChanged) {
        add(kIdentityChange,
            slotMessage(m_identityChange,
                        tr("Because your name or ID number changed, please add a photo of the "
                           "police station's explanation of the change, with its fresh red "
                           "stamp.")));
    }
    return out;
}

bool PriorDegreeController::fieldsValid() const
{
    const QList<Finding> all = findings();
    return std::none_of(all.cbegin(), all.cend(), [](const Finding &f) {
        return f.field != kDiploma && f.field != kRegistrationRecord && f.field != kIdentityChange;
    });
}

QVariantMap PriorDegreeController::errors() const
{
    QVariantMap map;
    for (const Finding &f : findings()) {
        if (!map.contains(f.field))
            map.insert(f.field, f.message);
    }
    return map;
}

QVariantMap PriorDegreeController::warnings() const
{
    QVariantMap map;
    const RuleResult number = PriorDiploma::checkNumber(m_diplomaNumber, graduation());
    if (number.severity == zkgrad::Severity::Warning)
        map.insert(kDiplomaNumber, number.message);
    return map;
}

QVariantList PriorDegreeController::fieldProblems() const
{
    QVariantList list;
    for (const Finding &f : findings()) {
        list.append(QVariantMap {
            { QStringLiteral("field"), f.field },
            { QStringLiteral("message"), tr("%1: %2").arg(fieldLabel(f.field), f.message) } });
    }
    return list;
}

bool PriorDegreeController::isComplete() const
{
    return findings().isEmpty();
}

QStringList PriorDegreeController::problems() const
{
    QStringList list;
    for (const Finding &f : findings())
        list.append(tr("%1: %2").arg(fieldLabel(f.field), f.message));
    return list;
}

QJsonObject PriorDegreeController::payload() const
{
    const RuleResult name = PersonName::check(m_name);
    const zkgrad::IdNumberResult id = IdNumber::check(m_idNumber, today());
    return { { kName, name.normalized.isEmpty() ? m_name.trimmed() : name.normalized },
             { kIdNumber, id.normalized },
             { kDiplomaNumber, PriorDiploma::normalizeNumber(m_diplomaNumber) },
             { kSchool, m_school.trimmed() },
             { kGraduationDate, graduationDate() },
             { kIdentityChanged, m_identityChanged } };
}

QJsonObject PriorDegreeController::toJson() const
{
    return { { kName, m_name },
             { kIdNumber, m_idNumber },
             { kDiplomaNumber, m_diplomaNumber },
             { kSchool, m_school },
             { kYear, m_year },
             { kMonth, m_month },
             { kDay, m_day },
             { kIdentityChanged, m_identityChanged },
             { kDiploma, m_diploma->toJson() },
             { kRegistrationRecord, m_registrationRecord->toJson() },
             { kIdentityChange, m_identityChange->toJson() } };
}

void PriorDegreeController::fromJson(const QJsonObject &json)
{
    m_name = stringOf(json, kName);
    m_idNumber = stringOf(json, kIdNumber);
    m_diplomaNumber = stringOf(json, kDiplomaNumber);
    m_school = stringOf(json, kSchool);
    m_year = numberOf(json, kYear, 1, 9999);
    m_month = numberOf(json, kMonth, 1, 12);
    m_day = numberOf(json, kDay, 1, 31);
    m_identityChanged = json.value(kIdentityChanged).toBool(false);
    m_link.forgetRefusals();
    m_diploma->fromJson(json.value(kDiploma).toObject());
    m_registrationRecord->fromJson(json.value(kRegistrationRecord).toObject());
    m_identityChange->fromJson(json.value(kIdentityChange).toObject());
    prefillFromProfile();
    takeServerContent();
    m_link.draftLoaded();
    Q_EMIT changed();
}

bool PriorDegreeController::hasOwnContent() const
{
    return !m_diplomaNumber.trimmed().isEmpty() || !m_school.trimmed().isEmpty() || m_year != 0
        || m_month != 0 || m_day != 0 || m_identityChanged;
}

void PriorDegreeController::prefillFromProfile()
{
    if (!m_session)
        return;
    const QJsonObject profile = m_session->profile();
    bool filled = false;
    const QString name = profile.value(QLatin1String("name")).toString();
    if (m_name.trimmed().isEmpty() && !name.isEmpty()) {
        m_name = name;
        filled = true;
    }
    const QString id = profile.value(QLatin1String("idNumber")).toString();
    if (m_idNumber.trimmed().isEmpty() && !id.isEmpty()) {
        m_idNumber = id;
        filled = true;
    }
    if (filled)
        Q_EMIT changed();
}

void PriorDegreeController::takeServerContent()
{
    updateSlotsEditable();
    Q_EMIT serverChanged();
    if (!m_session)
        return;
    // An image the server has and this computer lacks is fetched (the slot decides).
    for (PhotoSlot *slot : { m_diploma, m_registrationRecord, m_identityChange })
        slot->adoptServer();
}

void PriorDegreeController::adoptServerSection(const QJsonObject &stored)
{
    // A reinstall or another computer: the server's copy fills an empty local draft.
    // Otherwise what the candidate typed here wins and is written on leave().
    if (stored.isEmpty() || hasOwnContent())
        return;
    m_name = stringOf(stored, kName);
    m_idNumber = stringOf(stored, kIdNumber);
    m_diplomaNumber = stringOf(stored, kDiplomaNumber);
    m_school = stringOf(stored, kSchool);
    const QDate date = QDate::fromString(stringOf(stored, kGraduationDate), Qt::ISODate);
    m_year = date.isValid() ? date.year() : 0;
    m_month = date.isValid() ? date.month() : 0;
    m_day = date.isValid() ? date.day() : 0;
    m_identityChanged = stored.value(kIdentityChanged).toBool(false);
    m_link.forgetRefusals();
    prefillFromProfile();
    Q_EMIT changed();
}

void PriorDegreeController::onServerFieldErrors(const QList<FieldError> &errors)
{
    bool any = false;
    for (const FieldError &e : errors) {
        const QString field = m_link.relative(e.field);
        if (field.isEmpty())
            continue;
        m_link.refuse(field, e.detail.isEmpty() ? tr("The server refused this value.") : e.detail);
        any = true;
    }
    if (any)
        Q_EMIT changed();
}

void PriorDegreeController::leave()
{
    // Images go up as soon as they are ready; this catches those that could not be sent then.
    QList<PhotoSlot *> needed { m_diploma, m_registrationRecord };
    if (m_identityChanged)
        needed.append(m_identityChange);
    for (PhotoSlot *slot : std::as_const(needed)) {
        if (slot->hasImage())
            slot->uploadIfNeeded();
    }
    // A half-filled section would only be refused (422); it stays in the draft until complete.
    if (!m_session || !isEditable() || !fieldsValid())
        return;
    const zkgrad::ApplicationRecord &app = m_session->record();
    if (app.exists()
        && app.priorDegreeCheck() != zkgrad::ApplicationRecord::PriorDegreeCheck::Failed)
        return; // the server answers 409 section-not-applicable
    const QJsonObject body = payload();
    if (m_session->section(kSection) == body)
        return;
    m_link.write(body);
}

void PriorDegreeController::updateSlotTexts()
{
    m_diploma->setTexts(tr("Prior diploma (毕业证)"),
                        tr("A photo or scan of the whole diploma, with the number, the school "
                           "and the graduation date legible."));
    m_registrationRecord->setTexts(
        tr("Registration record (教育部学历证书电子注册备案表)"),
        tr("The Ministry of Education's electronic registration record of your diploma, "
           "downloaded from CHSI (chsi.com.cn) and photographed or saved as an image."));
    m_identityChange->setTexts(
        tr("Explanation of the change (情况说明)"),
        tr("The police station's written explanation that your name or ID number changed, "
           "with its fresh red stamp; the whole page legible."));
}

void PriorDegreeController::updateSlotsEditable()
{
    const bool canEdit = isEditable();
    for (PhotoSlot *slot : { m_diploma, m_registrationRecord, m_identityChange })
        slot->setEditable(canEdit);
}

void PriorDegreeController::retranslate()
{
    updateSlotTexts();
    Q_EMIT serverChanged();
    Q_EMIT changed();
}

QVariantMap PriorDegreeController::summary() const
{
    QVariantList photos { summaryPhoto(tr("Diploma"), m_diploma->previewUrl()),
                          summaryPhoto(tr("Registration record"),
                                       m_registrationRecord->previewUrl()) };
    if (m_identityChanged)
        photos << summaryPhoto(tr("Police-stamped explanation"), m_identityChange->previewUrl());
    return makeSummary({ summaryRow(tr("Name on the diploma"), name()),
                         summaryRow(tr("ID number on the diploma"), idNumber()),
                         summaryRow(tr("Diploma number"), diplomaNumber()),
                         summaryRow(tr("School"), school()),
                         summaryRow(tr("Graduation date"), graduationDate()) },
                       photos);
}
