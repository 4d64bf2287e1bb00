#include "steps/checksubmit/checksubmitcontroller.h"

#include "photos/photoslot.h"
#include "session/applicationsession.h"
#include "steps/idphotos/idphotoscontroller.h"
#include "steps/materials/materialscontroller.h"
#include "steps/notice/noticecontroller.h"
#include "steps/priordegree/priordegreecontroller.h"
#include "steps/profile/profilecontroller.h"
#include "steps/resume/resumecontroller.h"
#include "steps/resume/resumeentrymodel.h"
#include "steps/selfassessment/selfassessmentcontroller.h"
#include "steps/signature/signaturecontroller.h"
#include "wizard/step.h"
#include "wizard/wizardcontroller.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUrl>

namespace {
const auto kSnapshotKey = QStringLiteral("submitted");
const auto kRoundKey = QStringLiteral("round");
constexpr qint64 kDay = 24 * 3600;
// A countdown is shown from a week before the window closes; hours from two days before.
constexpr qint64 kCountdownFrom = 7 * kDay;
constexpr qint64 kHoursFrom = 2 * kDay;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// The window's instants are shown as the authority states them: Beijing time.
QString beijing(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone("Asia/Shanghai")).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariantMap row(const QString &label, const QString &value)
{
    return { { QStringLiteral("label"), label }, { QStringLiteral("value"), value } };
}

QVariantMap photo(const PhotoSlot *slot, const QString &label)
{
    return { { QStringLiteral("label"), label },
             { QStringLiteral("url"), slot && slot->hasImage() ? slot->previewUrl() : QUrl() } };
}

// The entry steps, whose answers the page lists and whose changes resubmission tracks.
bool isEntryStep(int index)
{
    return index >= Step::Notice && index < Step::CheckSubmit;
}
} // namespace

CheckSubmitController::CheckSubmitController(ApplicationSession *session, WizardController *wizard)
    : StepController(wizard)
    , m_session(session)
    , m_wizard(wizard)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // The wizard re-announces navigation whenever any step changes: the summary follows it.
    // (The steps themselves do not exist yet while the wizard constructs this controller.)
    connect(m_wizard, &WizardController::navigationChanged, this,
            &CheckSubmitController::inputsChanged);
    if (m_session) {
        connect(m_session, &ApplicationSession::applicationChanged, this,
                &CheckSubmitController::inputsChanged);
        connect(m_session, &ApplicationSession::rulesChanged, this,
                &CheckSubmitController::windowChanged);
        connect(m_session, &ApplicationSession::rulesChanged, this,
                &CheckSubmitController::inputsChanged);
    }
    // The countdown moves on by itself.
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        Q_EMIT windowChanged();
        inputsChanged();
    });
    m_tick.start();
}

void CheckSubmitController::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
    Q_EMIT windowChanged();
    inputsChanged();
}

void CheckSubmitController::setServerOverride(const QJsonObject &application,
                                              const std::optional<zkgrad::BatchRules> &rules)
{
    if (application.isEmpty() && !rules)
        m_applicationOverride.reset();
    else
        m_applicationOverride = application;
    m_rulesOverride = rules;
    Q_EMIT windowChanged();
    inputsChanged();
    Q_EMIT changed();
}

QJsonObject CheckSubmitController::application() const
{
    if (m_applicationOverride)
        return *m_applicationOverride;
    return m_session ? m_session->application() : QJsonObject();
}

zkgrad::BatchRules CheckSubmitController::rules() const
{
    if (m_rulesOverride)
        return *m_rulesOverride;
    return m_session ? m_session->rules() : zkgrad::BatchRules::defaults();
}

QString CheckSubmitController::state() const
{
    return str(application(), "state");
}

void CheckSubmitController::inputsChanged()
{
    // The step list marks what the school sent back, so the candidate sees it from any page.
    const QStringList affected = affectedSteps();
    for (Step *step : m_wizard->steps())
        step->setNeedsChanges(affected.contains(step->key()));
    Q_EMIT summaryChanged();
    // changed() re-announces this step to the wizard, which answers with navigationChanged:
    // only emit it when what the wizard reads from us really differs, or it would never end.
    if (m_announcing)
        return;
    const QString key = QString::number(isComplete()) + problems().join(u'\n');
    if (key == m_announced)
        return;
    m_announced = key;
    m_announcing = true;
    Q_EMIT changed();
    m_announcing = false;
}

bool CheckSubmitController::submitted() const
{
    const QString s = state();
    return !s.isEmpty() && s != QLatin1String("draft") && s != QLatin1String("rejected");
}

bool CheckSubmitController::resubmission() const
{
    return state() == QLatin1String("rejected");
}

int CheckSubmitController::round() const
{
    return application().value(QLatin1String("round")).toInt();
}

bool CheckSubmitController::isComplete() const
{
    return submitted();
}

bool CheckSubmitController::editable() const
{
    return !submitted();
}

QStringList CheckSubmitController::problems() const
{
    if (submitted())
        return {};
    const QVariantList blocking = blockingProblems();
    if (!blocking.isEmpty()) {
        const QVariantMap first = blocking.constFirst().toMap();
        return { tr("Fix every listed problem before you submit. First: %1 (step \"%2\").")
                     .arg(first.value(QStringLiteral("message")).toString(),
                          first.value(QStringLiteral("stepTitle")).toString()) };
    }
    const QString blocked = submitBlockedReason();
    if (!blocked.isEmpty())
        return { blocked };
    return { tr(
        "Submit the application for the examining school's review: press \"Submit for review\".") };
}

QJsonObject CheckSubmitController::toJson() const
{
    if (m_snapshot.isEmpty())
        return {};
    return { { kSnapshotKey, m_snapshot }, { kRoundKey, m_snapshotRound } };
}

void CheckSubmitController::fromJson(const QJsonObject &json)
{
    m_snapshot = json.value(kSnapshotKey).toObject();
    m_snapshotRound = json.value(kRoundKey).toInt();
    Q_EMIT summaryChanged();
    Q_EMIT changed();
}

void CheckSubmitController::retranslate()
{
    Q_EMIT summaryChanged();
    Q_EMIT windowChanged();
    Q_EMIT changed();
}

// --- the window -------------------------------------------------------------------------

CheckSubmitController::WindowState CheckSubmitController::windowState() const
{
    switch (rules().windowState(now())) {
    case zkgrad::BatchRules::WindowState::NotYetOpen:
        return WindowNotYetOpen;
    case zkgrad::BatchRules::WindowState::Open:
        return WindowOpen;
    case zkgrad::BatchRules::WindowState::Closed:
        return WindowClosed;
    case zkgrad::BatchRules::WindowState::Unknown:
        break;
    }
    return WindowUnknown;
}

QString CheckSubmitController::windowText() const
{
    const zkgrad::BatchRules r = rules();
    switch (windowState()) {
    case WindowUnknown:
        return {};
    case WindowNotYetOpen:
        return tr("The application window opens on %1 (Beijing time). You can submit from then "
                  "on; until then you can prepare and check everything.")
            .arg(beijing(r.windowOpens));
    case WindowClosed:
        return tr("The application window closed on %1 (Beijing time). Submitting is no longer "
                  "possible in this batch; apply in the next batch.")
            .arg(beijing(r.windowCloses));
    case WindowOpen:
        break;
    }
    if (!r.windowCloses.isValid())
        return tr("The application window is open.");
    const qint64 left = now().secsTo(r.windowCloses);
    const QString closes = beijing(r.windowCloses);
    if (left > kCountdownFrom)
        return tr("The application window is open until %1 (Beijing time).").arg(closes);
    if (left > kHoursFrom)
        return tr("%1 days left: the application window closes on %2 (Beijing time).")
            .arg(left / kDay)
            .arg(closes);
    if (left > 3600)
        return tr("%1 hours left: the application window closes on %2 (Beijing time).")
            .arg((left + 3599) / 3600)
            .arg(closes);
    return tr("Less than an hour left: the application window closes on %1 (Beijing time).")
        .arg(closes);
}

bool CheckSubmitController::windowUrgent() const
{
    switch (windowState()) {
    case WindowNotYetOpen:
    case WindowClosed:
        return true;
    case WindowOpen: {
        const QDateTime closes = rules().windowCloses;
        return closes.isValid() && now().secsTo(closes) <= kCountdownFrom;
    }
    case WindowUnknown:
        break;
    }
    return false;
}

// --- problems and submission ------------------------------------------------------------

QString CheckSubmitController::stepKeyOfSection(const QString &sectionId)
{
    if (sectionId == QLatin1String("id-card"))
        return Step::keyOf(Step::IdPhotos);
    if (sectionId == QLatin1String("note") || sectionId == QLatin1String("other-materials"))
        return Step::keyOf(Step::Materials);
    if (sectionId == QLatin1String("prior-degree") || sectionId == QLatin1String("resume")
        || sectionId == QLatin1String("self-assessment") || sectionId == QLatin1String("signature"))
        return sectionId;
    return {};
}

QString CheckSubmitController::stepKeyOfField(const QString &path)
{
    const QString head = path.section(u'.', 0, 0).section(u'[', 0, 0);
    if (head == QLatin1String("attachments")) {
        const QString slot = path.section(u'.', 1, 1);
        if (slot == QLatin1String("id-front") || slot == QLatin1String("id-back"))
            return Step::keyOf(Step::IdPhotos);
        if (slot == QLatin1String("signature"))
            return Step::keyOf(Step::Signature);
        if (slot.startsWith(QLatin1String("other-")))
            return Step::keyOf(Step::Materials);
        if (slot == QLatin1String("diploma") || slot == QLatin1String("registration-record")
            || slot == QLatin1String("identity-change"))
            return Step::keyOf(Step::PriorDegree);
        return {};
    }
    if (head == QLatin1String("priorDegree"))
        return Step::keyOf(Step::PriorDegree);
    if (head == QLatin1String("resume"))
        return Step::keyOf(Step::Resume);
    if (head == QLatin1String("selfAssessment"))
        return Step::keyOf(Step::SelfAssessment);
    if (head == QLatin1String("note"))
        return Step::keyOf(Step::Materials);
    if (head == QLatin1String("contact") || head == QLatin1String("majorCode")
        || head == QLatin1String("schoolCode") || head == QLatin1String("candidate"))
        return Step::keyOf(Step::Profile);
    return {};
}

QVariantList CheckSubmitController::blockingProblems() const
{
    QVariantList list;
    const QList<Step *> &steps = m_wizard->steps();
    if (steps.size() < Step::count())
        return list; // the wizard is still being built
    auto add = [&list](const Step *step, const QString &message) {
        list.append(QVariantMap { { QStringLiteral("stepIndex"), step ? int(step->id()) : -1 },
                                  { QStringLiteral("stepKey"), step ? step->key() : QString() },
                                  { QStringLiteral("stepTitle"), step ? step->title() : QString() },
                                  { QStringLiteral("message"), message },
                                  // The page has a "change" button only for the entry steps.
                                  { QStringLiteral("field"),
                                    step && isEntryStep(step->id())
                                        ? QStringLiteral("change_%1").arg(step->key())
                                        : QString() } });
    };
    QHash<QString, QStringList> serverMissing;
    QStringList unplaced;
    const QJsonArray missing = application().value(QLatin1String("missing")).toArray();
    for (const QJsonValue &v : missing) {
        const QJsonObject m = v.toObject();
        const QString detail = str(m, "detail").isEmpty() ? str(m, "field") : str(m, "detail");
        const QString key = stepKeyOfField(str(m, "field"));
        if (key.isEmpty())
            unplaced.append(detail);
        else
            serverMissing[key].append(detail);
    }
    for (int i = 0; i < Step::CheckSubmit; ++i) {
        const Step *step = steps.at(i);
        if (!step->applicable())
            continue;
        if (!step->available()) {
            add(step, tr("This step is not available in this version of the app."));
            continue;
        }
        if (!step->complete()) {
            const QStringList problems = step->problems();
            if (problems.isEmpty())
                add(step, tr("This step is not complete yet."));
            for (const QString &p : problems)
                add(step, p);
            continue; // the server's list would only repeat what the step says
        }
        // Complete here but not on the server: typically a write that has not arrived yet.
        for (const QString &detail : serverMissing.value(step->key()))
            add(step,
                tr("The server still reports: %1. Open the step so that it is sent "
                   "again, or check your connection.")
                    .arg(detail));
    }
    for (const QString &detail : std::as_const(unplaced))
        add(nullptr, tr("The server still reports: %1.").arg(detail));
    return list;
}

QVariantList CheckSubmitController::fieldProblems() const
{
    QVariantList list;
    const QVariantList blocking = blockingProblems();
    for (const QVariant &v : blocking) {
        const QVariantMap p = v.toMap();
        const QString title = p.value(QStringLiteral("stepTitle")).toString();
        const QString message = p.value(QStringLiteral("message")).toString();
        list.append(
            QVariantMap { { QStringLiteral("field"), p.value(QStringLiteral("field")) },
                          { QStringLiteral("message"),
                            title.isEmpty() ? message : tr("%1: %2").arg(title, message) } });
    }
    return list;
}

QString CheckSubmitController::submitBlockedReason() const
{
    if (submitted())
        return tr("The application has been submitted; nothing can be changed until the "
                  "examining school decides.");
    if (m_submitting)
        return tr("Submitting…");
    // Outside the window nothing the candidate fixes helps: say that first.
    const WindowState window = windowState();
    if (window == WindowNotYetOpen || window == WindowClosed)
        return windowText();
    if (!blockingProblems().isEmpty())
        return tr("Fix every problem listed on this page first.");
    if (application().isEmpty())
        return tr("Your application is not on the server yet: sign in, choose your major and "
                  "examining school on the profile step, then come back.");
    return {};
}

bool CheckSubmitController::canSubmit() const
{
    return submitBlockedReason().isEmpty();
}

void CheckSubmitController::submit()
{
    if (!canSubmit() || !m_session)
        return;
    m_submitting = true;
    m_submitError.clear();
    Q_EMIT submittingChanged();
    inputsChanged();
    QPointer<CheckSubmitController> self(this);
    m_session->submit([self](const zkgrad::net::ApiResult &r) {
        if (!self)
            return;
        self->m_submitting = false;
        if (!r.ok()) {
            self->m_submitError = r.error.userMessage.isEmpty()
                ? tr("The application could not be submitted. Check your connection and "
                     "press \"Submit for review\" again; it is never submitted twice.")
                : tr("The application could not be submitted: %1").arg(r.error.userMessage);
        } else if (r.json.isEmpty()) {
            self->m_submitError = tr("Not connected to the server: sign in again, then press "
                                     "\"Submit for review\" again.");
        } else {
            // What was submitted, so that a resubmission can show what changed since.
            self->m_snapshot = self->currentAnswers();
            self->m_snapshotRound = r.json.value(QLatin1String("round")).toInt();
            Q_EMIT self->submittedNow();
        }
        Q_EMIT self->submittingChanged();
        Q_EMIT self->changed();
        self->inputsChanged();
        if (r.ok() && !r.json.isEmpty()) {
            WizardController *wizard = self->m_wizard;
            const Step *progress = wizard->step(Step::Progress);
            if (progress->applicable() && wizard->currentIndex() == Step::CheckSubmit)
                wizard->goTo(Step::Progress);
        }
    });
}

// --- rejection --------------------------------------------------------------------------

QStringList CheckSubmitController::affectedSteps() const
{
    if (!resubmission())
        return {};
    QStringList keys;
    const QJsonArray sections = application()
                                    .value(QLatin1String("rejection"))
                                    .toObject()
                                    .value(QLatin1String("sections"))
                                    .toArray();
    for (const QJsonValue &v : sections) {
        const QString key = stepKeyOfSection(v.toString());
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QString CheckSubmitController::rejectionReason() const
{
    if (!resubmission())
        return {};
    return str(application().value(QLatin1String("rejection")).toObject(), "reason");
}

QString CheckSubmitController::rejectionFor(const QString &stepKey) const
{
    return affectedSteps().contains(stepKey) ? rejectionReason() : QString();
}

// --- the summary ------------------------------------------------------------------------

QJsonObject CheckSubmitController::currentAnswers() const
{
    QJsonObject answers;
    const QList<Step *> &steps = m_wizard->steps();
    for (int i = 0; i < steps.size(); ++i) {
        if (isEntryStep(i) && steps.at(i)->controller())
            answers.insert(steps.at(i)->key(), steps.at(i)->controller()->toJson());
    }
    return answers;
}

bool CheckSubmitController::changedSinceSubmission(const QString &stepKey) const
{
    if (m_snapshot.isEmpty() || !m_snapshot.contains(stepKey))
        return false;
    const int index = Step::idFromKey(stepKey);
    if (index < 0 || !m_wizard->steps().value(index) || !m_wizard->steps().at(index)->controller())
        return false;
    return m_snapshot.value(stepKey).toObject()
        != m_wizard->steps().at(index)->controller()->toJson();
}

bool CheckSubmitController::openStep(int index)
{
    return m_wizard->goTo(index);
}

QVariantMap CheckSubmitController::groupFor(int index) const
{
    const Step *step = m_wizard->steps().at(index);
    QVariantList rows;
    QVariantList photos;
    const QString none = tr("(not given)");
    auto text = [&none](const QString &s) { return s.trimmed().isEmpty() ? none : s; };
    switch (index) {
    case Step::Notice: {
        const NoticeController *n = m_wizard->notice();
        const QString type = n->candidateType() == NoticeController::Social
            ? tr("Self-study candidate (社会考生)")
            : n->candidateType() == NoticeController::Assisted ? tr("Assisted candidate (助学考生)")
                                                               : none;
        rows << row(tr("Candidate type"), type)
             << row(tr("Eligibility conditions"),
                    n->allConditionsConfirmed() ? tr("All confirmed") : tr("Not all confirmed"))
             << row(tr("Notice read"), n->readConfirmed() ? tr("Yes") : tr("No"));
        break;
    }
    case Step::Profile: {
        const ProfileController *p = m_wizard->profile();
        rows << row(tr("Name"), text(p->name())) << row(tr("ID number"), text(p->idNumber()))
             << row(tr("Phone"), text(p->phone())) << row(tr("Address"), text(p->address()))
             << row(tr("Postal code"), text(p->postalCode())) << row(tr("E-mail"), text(p->email()))
             << row(tr("Major"), text(p->appliedMajor()))
             << row(tr("Examining school"), text(p->appliedSchool()));
        break;
    }
    case Step::PriorDegree: {
        const PriorDegreeController *d = m_wizard->priorDegree();
        rows << row(tr("Name on the diploma"), text(d->name()))
             << row(tr("ID number on the diploma"), text(d->idNumber()))
             << row(tr("Diploma number"), text(d->diplomaNumber()))
             << row(tr("School"), text(d->school()))
             << row(tr("Graduation date"), text(d->graduationDate()));
        photos << photo(d->diploma(), tr("Diploma"))
               << photo(d->registrationRecord(), tr("Registration record"));
        if (d->identityChanged())
            photos << photo(d->identityChange(), tr("Police-stamped explanation"));
        break;
    }
    case Step::Resume: {
        ResumeEntryModel *entries = m_wizard->resume()->entries();
        for (int i = 0; i < entries->count(); ++i) {
            const ResumeEntryItem *e = entries->item(i);
            rows << row(e->period(),
                        tr("%1, %2 (witness: %3)")
                            .arg(text(e->organisation()), text(e->role()), text(e->witness())));
        }
        if (rows.isEmpty())
            rows << row(tr("Entries"), none);
        break;
    }
    case Step::IdPhotos: {
        const IdPhotosController *c = m_wizard->idPhotos();
        photos << photo(c->front(), tr("Front (portrait side)"))
               << photo(c->back(), tr("Back (national emblem side)"));
        break;
    }
    case Step::SelfAssessment: {
        const SelfAssessmentController *s = m_wizard->selfAssessment();
        rows << row(tr("Self-assessment"), text(s->text())) << row(tr("Length"), s->counterText());
        break;
    }
    case Step::Signature: {
        const SignatureController *s = m_wizard->signature();
        photos << QVariantMap { { QStringLiteral("label"), tr("Signature") },
                                { QStringLiteral("url"),
                                  s->outputReady() ? QUrl::fromLocalFile(s->outputPath())
                                                   : QUrl() } };
        break;
    }
    case Step::Materials: {
        const MaterialsController *m = m_wizard->materials();
        rows << row(tr("Situation note"), m->note().trimmed().isEmpty() ? tr("(none)") : m->note());
        int n = 0;
        for (const PhotoSlot *slot : m->otherSlots()) {
            if (slot->hasImage())
                photos << photo(slot, tr("Other material %1").arg(++n));
        }
        if (photos.isEmpty())
            rows << row(tr("Other materials"), tr("(none)"));
        break;
    }
    default:
        break;
    }
    const QString key = step->key();
    return { { QStringLiteral("index"), index },
             { QStringLiteral("key"), key },
             { QStringLiteral("title"), step->title() },
             { QStringLiteral("rows"), rows },
             { QStringLiteral("photos"), photos },
             { QStringLiteral("complete"), step->complete() },
             { QStringLiteral("problemCount"), int(step->problems().size()) },
             { QStringLiteral("changed"), changedSinceSubmission(key) },
             { QStringLiteral("needsChanges"), affectedSteps().contains(key) },
             { QStringLiteral("editable"), stepEditable(key) } };
}

bool CheckSubmitController::stepEditable(const QString &stepKey) const
{
    // A draft changes freely; after a rejection only the sections the school sent back (and
    // the note) do, so the other groups offer "View" rather than a "Change" that cannot work.
    const QJsonObject app = application();
    const QString s = state();
    if (app.isEmpty() || s.isEmpty() || s == QLatin1String("draft"))
        return true;
    const QJsonArray editable = app.value(QLatin1String("editableSections")).toArray();
    for (const QJsonValue &section : editable) {
        if (stepKeyOfSection(section.toString()) == stepKey)
            return true;
    }
    return false;
}

QVariantList CheckSubmitController::groups() const
{
    QVariantList list;
    const QList<Step *> &steps = m_wizard->steps();
    if (steps.size() < Step::count())
        return list;
    for (int i = 0; i < steps.size(); ++i) {
        if (isEntryStep(i) && steps.at(i)->applicable())
            list.append(groupFor(i));
    }
    return list;
}
