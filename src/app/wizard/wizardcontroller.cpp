#include "wizard/wizardcontroller.h"

#include "draftstore.h"
#include "photos/photoslot.h"
#include "session/applicationsession.h"
#include "steps/certificate/certificatecontroller.h"
#include "steps/checksubmit/checksubmitcontroller.h"
#include "steps/checksubmit/receiptwriter.h"
#include "steps/idphotos/idphotoscontroller.h"
#include "steps/materials/materialscontroller.h"
#include "steps/notice/noticecontroller.h"
#include "steps/payment/paymentcontroller.h"
#include "steps/priordegree/priordegreecontroller.h"
#include "steps/profile/profilecontroller.h"
#include "steps/progress/progresscontroller.h"
#include "steps/resume/resumecontroller.h"
#include "steps/selfassessment/selfassessmentcontroller.h"
#include "steps/signature/signaturecontroller.h"
#include "steps/signin/signincontroller.h"
#include "wizard/stepmodel.h"

#include "outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QJSEngine>
#include <QJsonArray>
#include <QMetaEnum>
#include <QPointer>
#include <QScopedValueRollback>

namespace {
QPointer<WizardController> s_instance;

const auto kWizardKey = QStringLiteral("wizard");
const auto kCurrentKey = QStringLiteral("current");
const auto kVisitedKey = QStringLiteral("visited");
const auto kFactsKey = QStringLiteral("facts");
const auto kOutboxKey = QStringLiteral("outbox");
const auto kOwnerKey = QStringLiteral("owner");

// Kiosk drafts stay in memory: files of the steps then go to temporary folders.
QString draftFolder(const DraftStore *store)
{
    return store && store->mode() == DraftStore::Mode::Disk ? store->directory() : QString();
}

template<typename E>
QString enumKey(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(value));
}

template<typename E>
E enumValue(const QJsonValue &value, E fallback)
{
    bool ok = false;
    const int v = QMetaEnum::fromType<E>().keyToValue(value.toString().toLatin1().constData(), &ok);
    return ok ? static_cast<E>(v) : fallback;
}
} // namespace

WizardController::WizardController(DraftStore *store, QObject *parent, const QString &filesFolder)
    : QObject(parent)
    , m_store(store)
    , m_files(filesFolder.isEmpty() ? draftFolder(store) : filesFolder)
    , m_session(new ApplicationSession(this))
    , m_signIn(new SignInController(m_session, this, this))
    , m_notice(new NoticeController(m_session, this, this))
    , m_profile(new ProfileController(m_session, this, this))
    , m_priorDegree(new PriorDegreeController(m_session, this, this))
    , m_resume(new ResumeController(m_session, this, this))
    , m_idPhotos(new IdPhotosController(m_session, this, this))
    , m_selfAssessment(new SelfAssessmentController(m_session, this, this))
    , m_signature(new SignatureController(m_session, this, this))
    , m_materials(new MaterialsController(m_session, this, this))
    , m_checkSubmit(new CheckSubmitController(m_session, this, this))
    , m_progress(new ProgressController(m_session, this, this))
    , m_payment(new PaymentController(m_session, this, this))
    , m_certificate(new CertificateController(m_session, this, this))
    , m_receipt(new ReceiptWriter(m_session, this))
{
    const QList<StepController *> controllers {
        m_signIn,   m_notice,         m_profile,     m_priorDegree, m_resume,
        m_idPhotos, m_selfAssessment, m_signature,   m_materials,   m_checkSubmit,
        m_progress, m_payment,        m_certificate,
    };
    Q_ASSERT(controllers.size() == Step::count());
    for (int i = 0; i < Step::count(); ++i) {
        auto *step = new Step(static_cast<Step::Id>(i), controllers.at(i), this);
        connect(step, &Step::stateChanged, this, &WizardController::navigationChanged);
        m_steps.append(step);
        if (controllers.at(i))
            connect(controllers.at(i), &StepController::changed, this,
                    &WizardController::scheduleSave);
    }
    m_model = new StepModel(m_steps, this);
    connect(m_session, &ApplicationSession::draftDataChanged, this,
            &WizardController::scheduleSave);
    connect(m_session, &ApplicationSession::applicationChanged, this,
            &WizardController::takeFactsFromServer);
    connect(m_session, &ApplicationSession::signedInChanged, this, [this] {
        if (m_session->signedIn())
            m_wiped = false;
    });
    // A write that was on its way when the candidate was wiped may still answer with their
    // application: forget it again rather than show it to the next candidate.
    connect(m_session, &ApplicationSession::applicationChanged, this, [this] {
        if (m_wiped && !m_session->signedIn() && m_session->hasApplication()) {
            m_session->signOut();
            resetSteps();
        }
    });
    // Before followSignIn: the pages it returns to must already show the right person's draft.
    connect(m_session, &ApplicationSession::signedInChanged, this, &WizardController::followOwner);
    connect(m_session, &ApplicationSession::signedInChanged, this, &WizardController::followSignIn);
    connect(m_session, &ApplicationSession::connectionChanged, this,
            &WizardController::followSignIn);

    if (m_store) {
        connect(m_store, &DraftStore::saved, this, [this] { setSaveState(Saved); });
        connect(m_store, &DraftStore::saveFailed, this,
                [this](const QString &message) { setSaveState(SaveFailed, message); });
    }
    updateApplicability();
    m_current = firstAvailable();
    m_steps.at(m_current)->setCurrent(true);
}

WizardController::~WizardController()
{
    if (m_store)
        m_store->flush();
}

WizardController *WizardController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void WizardController::setInstance(WizardController *instance)
{
    s_instance = instance;
}

QMetaObject::Connection WizardController::onNavigationChanged(QObject *receiver,
                                                              std::function<void()> callback)
{
    return connect(this, &WizardController::navigationChanged, receiver, std::move(callback));
}

int WizardController::firstAvailable() const
{
    // The first step with work left (sign-in when a server expects one), else the first built.
    int first = -1;
    for (int i = 0; i < m_steps.size(); ++i) {
        const Step *step = m_steps.at(i);
        if (!step->available() || !step->applicable())
            continue;
        if (!step->complete())
            return i;
        if (first < 0)
            first = i;
    }
    return first >= 0 ? first : int(Step::Notice);
}

void WizardController::updateApplicability()
{
    // Only a 本科 applicant whose automatic prior-degree check failed fills in the prior degree.
    Step *prior = m_steps.at(Step::PriorDegree);
    if (m_level == LevelUnknown || (m_level == Benke && m_priorCheck == CheckUnknown))
        prior->setNotApplicableReason(tr("Known after you sign in: this step is only for "
                                         "bachelor's (本科) applicants whose automatic "
                                         "prior-degree check did not pass."),
                                      true);
    else if (m_level != Benke)
        prior->setNotApplicableReason(
            tr("Not needed: this step is only for bachelor's (本科) applicants."));
    else if (m_priorCheck == CheckPassed)
        prior->setNotApplicableReason(
            tr("Not needed: your prior degree passed the automatic check."));
    else
        prior->setNotApplicableReason({});

    auto opensAt = [this](Step::Id id, Stage stage, const QString &reason) {
        m_steps.at(id)->setNotApplicableReason(m_stage >= stage ? QString() : reason, true);
    };
    opensAt(Step::Progress, Submitted, tr("Available after you submit the application."));
    opensAt(Step::Payment, SchoolApproved,
            tr("Available after the examining school approves your application."));
    // A failed application never reaches the certificate: "opens later" would promise it.
    if (m_stage == CityFailed)
        m_steps.at(Step::Certificate)
            ->setNotApplicableReason(tr("Not this round: the city examination office did not "
                                        "approve the application, so there is no certificate "
                                        "to collect. You may apply again in a later round."));
    else
        opensAt(Step::Certificate, CityApproved,
                tr("Available after the city examination office approves your application."));

    for (int i = 0; i < m_steps.size(); ++i)
        m_steps.at(i)->setNumber(i + 1);

    // The current step may have stopped applying (for example after a new prior-degree result).
    if (!m_steps.at(m_current)->applicable()) {
        const int back = nextApplicable(m_current, -1);
        setCurrent(back >= 0 ? back : firstAvailable(), false);
    }
    Q_EMIT navigationChanged();
}

int WizardController::nextApplicable(int from, int direction) const
{
    for (int i = from + direction; i >= 0 && i < m_steps.size(); i += direction) {
        if (m_steps.at(i)->applicable())
            return i;
    }
    return -1;
}

bool WizardController::canGoBack() const
{
    return nextApplicable(m_current, -1) >= 0;
}

bool WizardController::canGoNext() const
{
    return nextBlockedReason().isEmpty();
}

QString WizardController::nextBlockedReason() const
{
    const Step *step = currentStep();
    // A step that is not built yet can be passed to look ahead; it stays incomplete,
    // so it still blocks submission.
    if (step->available() && !step->complete()) {
        const QStringList problems = step->problems();
        return problems.isEmpty() ? tr("Complete this step first.") : problems.constFirst();
    }
    if (nextApplicable(m_current, +1) < 0) {
        if (m_current <= Step::CheckSubmit)
            return tr("The review progress appears here after you submit the application.");
        // Name the step that comes next and when it opens: "the last step for now" left the
        // candidate guessing whether anything was still to do.
        for (int i = m_current + 1; i < m_steps.size(); ++i) {
            const Step *later = m_steps.at(i);
            if (later->status() == Step::Later)
                return tr("Next is step %1, \"%2\". %3")
                    .arg(later->number())
                    .arg(later->title(), later->notApplicableReason());
        }
        // Nothing opens later (the city review failed): the last step's own words say why.
        if (m_steps.constLast()->status() == Step::NotApplicable)
            return m_steps.constLast()->notApplicableReason();
        return tr("This is the last step for now.");
    }
    return {};
}

bool WizardController::nextWaits() const
{
    const Step *step = currentStep();
    if (step->id() == Step::Certificate || (step->available() && !step->complete()))
        return false;
    return nextApplicable(m_current, +1) < 0;
}

bool WizardController::canSubmit() const
{
    if (m_stage != NotSubmitted)
        return false;
    for (int i = 0; i < Step::CheckSubmit; ++i) {
        const Step *step = m_steps.at(i);
        if (step->applicable() && !step->complete())
            return false;
    }
    return true;
}

void WizardController::setCurrent(int index, bool markLeftVisited)
{
    if (index == m_current || index < 0 || index >= m_steps.size())
        return;
    Step *left = m_steps.at(m_current);
    if (markLeftVisited)
        left->setVisited(true);
    if (!m_rearranging && left->controller())
        left->controller()->leave();
    left->setCurrent(false);
    m_current = index;
    m_nextRefused = false;
    m_steps.at(m_current)->setCurrent(true);
    if (!m_rearranging && m_steps.at(m_current)->controller())
        m_steps.at(m_current)->controller()->enter();
    Q_EMIT currentChanged();
    Q_EMIT navigationChanged();
    if (!m_rearranging) {
        // Leaving a step writes the draft at once rather than after the debounce.
        scheduleSave();
        saveNow();
    }
}

void WizardController::followSignIn()
{
    if (m_pinned || m_rearranging)
        return;
    if (!m_steps.at(Step::SignIn)->complete()) {
        if (m_current != Step::SignIn) {
            m_returnTo = m_current;
            setCurrent(Step::SignIn, false);
        }
        return;
    }
    if (m_current != Step::SignIn)
        return;
    const int back = m_returnTo;
    m_returnTo = -1;
    if (back > Step::SignIn && back < m_steps.size() && m_steps.at(back)->applicable())
        setCurrent(back, false);
    else
        setCurrent(nextApplicable(Step::SignIn, +1), true);
}

void WizardController::next()
{
    m_pinned = false;
    if (!canGoNext()) {
        Step *step = currentStep();
        if (step->available() && !step->complete())
            step->revealProblems();
        m_nextRefused = true;
        Q_EMIT navigationChanged();
        return;
    }
    setCurrent(nextApplicable(m_current, +1), true);
}

void WizardController::back()
{
    m_pinned = false;
    const int index = nextApplicable(m_current, -1);
    if (index >= 0)
        setCurrent(index, true);
}

QString WizardController::goToBlockedReason(int index) const
{
    if (index < 0 || index >= m_steps.size() || !m_steps.at(index)->applicable())
        return {};
    for (int i = m_current; i < index; ++i) {
        const Step *step = m_steps.at(i);
        if (step->applicable() && step->available() && !step->complete()) {
            const QStringList problems = step->problems();
            return tr("Finish step %1, \"%2\", first: %3")
                .arg(step->number())
                .arg(step->title(),
                     problems.isEmpty() ? tr("it is not complete yet.") : problems.constFirst());
        }
    }
    return {};
}

bool WizardController::goTo(int index)
{
    m_pinned = false;
    if (index < 0 || index >= m_steps.size() || !m_steps.at(index)->applicable())
        return false;
    // Jumping forward past an incomplete step would skip its checks; the indicator
    // only allows it up to the first step that still blocks.
    for (int i = m_current; i < index; ++i) {
        const Step *step = m_steps.at(i);
        if (step->applicable() && step->available() && !step->complete())
            return false;
    }
    setCurrent(index, true);
    return true;
}

bool WizardController::show(const QString &key)
{
    const int index = Step::idFromKey(key);
    if (index < 0 || !m_steps.at(index)->applicable())
        return false;
    m_pinned = true;
    setCurrent(index, false);
    return true;
}

void WizardController::dismissDraftMessage()
{
    if (m_draftMessage.isEmpty())
        return;
    m_draftMessage.clear();
    Q_EMIT draftMessageChanged();
}

template<typename T>
void WizardController::setFact(T &member, T value)
{
    if (value == member)
        return;
    member = value;
    updateApplicability();
    Q_EMIT factsChanged();
    scheduleSave();
}

void WizardController::setCandidateLevel(CandidateLevel level)
{
    setFact(m_level, level);
}

void WizardController::setPriorDegreeCheck(PriorDegreeCheck check)
{
    setFact(m_priorCheck, check);
}

void WizardController::setStage(Stage stage)
{
    setFact(m_stage, stage);
}

QJsonObject WizardController::toJson() const
{
    QJsonArray visited;
    for (const Step *step : m_steps) {
        if (step->visited())
            visited.append(step->key());
    }
    QJsonObject wizard { { kCurrentKey, currentStep()->key() }, { kVisitedKey, visited } };
    QJsonObject facts { { QStringLiteral("level"), enumKey(m_level) },
                        { QStringLiteral("priorDegreeCheck"), enumKey(m_priorCheck) },
                        { QStringLiteral("stage"), enumKey(m_stage) } };
    QJsonObject root { { kWizardKey, wizard },
                       { kFactsKey, facts },
                       { kOutboxKey, m_session->outboxJson() } };
    if (!m_owner.isEmpty())
        root.insert(kOwnerKey, m_owner);
    for (const Step *step : m_steps) {
        if (step->controller())
            root.insert(step->key(), step->controller()->toJson());
    }
    return root;
}

void WizardController::restore()
{
    if (!m_store)
        return;
    const DraftStore::LoadResult result = m_store->load();
    m_loaded = true;
    m_draftMessage = result.message;
    Q_EMIT draftMessageChanged();
    applyDraft(result.data);
}

void WizardController::applyDraft(const QJsonObject &root)
{
    {
        const QScopedValueRollback rearranging(m_rearranging, true);
        m_owner = root.value(kOwnerKey).toString();
        const QJsonObject facts = root.value(kFactsKey).toObject();
        m_level = enumValue(facts.value(QStringLiteral("level")), LevelUnknown);
        m_priorCheck = enumValue(facts.value(QStringLiteral("priorDegreeCheck")), CheckUnknown);
        m_stage = enumValue(facts.value(QStringLiteral("stage")), NotSubmitted);
        for (Step *step : std::as_const(m_steps)) {
            if (step->controller())
                step->controller()->fromJson(root.value(step->key()).toObject());
        }
        m_session->restoreOutbox(root.value(kOutboxKey).toObject());
        const QJsonObject wizard = root.value(kWizardKey).toObject();
        const QJsonArray visited = wizard.value(kVisitedKey).toArray();
        for (Step *step : std::as_const(m_steps))
            step->setVisited(visited.contains(step->key()));
        updateApplicability();
        const int saved = Step::idFromKey(wizard.value(kCurrentKey).toString());
        if (saved >= 0 && m_steps.at(saved)->applicable())
            setCurrent(saved, false);
    }
    Q_EMIT factsChanged();
    Q_EMIT navigationChanged();
    setSaveState(Saved);
    followSignIn();
}

void WizardController::followOwner()
{
    const QString who = m_session->ownerKey();
    if (!m_loaded || who.isEmpty() || who == m_owner)
        return;
    if (m_owner.isEmpty()) {
        // A draft begun before anyone signed in (or written by an older version) is claimed by
        // the first sign-in.
        m_owner = who;
        scheduleSave();
        return;
    }
    // Someone else's draft. Sending it with this person's token, or showing it to them, would
    // both be wrong: set it aside with the images of the steps (one "attachments" folder), and
    // bring back this person's own draft if they left one here, or start empty.
    const QString files =
        m_files.isEmpty() ? QString() : QDir(m_files).filePath(QStringLiteral("attachments"));
    QJsonObject theirs;
    if (m_store && !files.isEmpty()) {
        m_store->park(m_owner, toJson(), files);
        theirs = m_store->unpark(who, files);
    }
    m_session->dropUnsentWrites();
    const QJsonObject signIn = m_steps.at(Step::SignIn)->controller()
        ? m_steps.at(Step::SignIn)->controller()->toJson()
        : QJsonObject();
    resetSteps();
    if (!theirs.isEmpty()) {
        theirs.insert(Step::keyOf(Step::SignIn), signIn);
        applyDraft(theirs);
    } else if (m_steps.at(Step::SignIn)->controller()) {
        m_steps.at(Step::SignIn)->controller()->fromJson(signIn);
    }
    m_owner = who;
    Q_EMIT factsChanged();
    Q_EMIT navigationChanged();
    scheduleSave();
}

void WizardController::scheduleSave()
{
    if (m_rearranging || !m_store || !m_loaded)
        return;
    m_store->scheduleSave(toJson());
    setSaveState(Saving);
}

bool WizardController::saveNow()
{
    return m_store && m_loaded && m_store->flush();
}

void WizardController::setSaveState(SaveState state, const QString &error)
{
    if (state == m_saveState && error == m_saveError)
        return;
    m_saveState = state;
    m_saveError = error;
    Q_EMIT saveStateChanged();
}

void WizardController::takeFactsFromServer()
{
    using zkgrad::ApplicationRecord;
    using zkgrad::Workflow;
    const ApplicationRecord &app = m_session->record();
    if (!app.exists())
        return;
    {
        // One save after all three facts, not three.
        const QScopedValueRollback rearranging(m_rearranging, true);
        const ApplicationRecord::Level level = app.level();
        setCandidateLevel(level == ApplicationRecord::Level::Bachelor        ? Benke
                              : level == ApplicationRecord::Level::Associate ? Zhuanke
                                                                             : LevelUnknown);
        const ApplicationRecord::PriorDegreeCheck check = app.priorDegreeCheck();
        setPriorDegreeCheck(check == ApplicationRecord::PriorDegreeCheck::Failed ? CheckFailed
                                : check == ApplicationRecord::PriorDegreeCheck::Passed
                                    || check == ApplicationRecord::PriorDegreeCheck::NotRequired
                                ? CheckPassed
                                : CheckUnknown);
        // Which steps open follows the review's stages, as Workflow derives them from the state.
        Stage stage = NotSubmitted;
        if (const auto state = app.state()) {
            using Status = Workflow::StageStatus;
            const Status school = Workflow::schoolStage(*state);
            const Status city = Workflow::cityStage(*state);
            if (city == Status::Passed)
                stage = CityApproved;
            else if (city == Status::Failed)
                stage = CityFailed;
            else if (school == Status::Passed)
                stage = SchoolApproved;
            else if (school != Status::NotStarted)
                stage = Submitted;
        }
        setStage(stage);
    }
    scheduleSave();
}

void WizardController::wipe()
{
    {
        // No leave(): nothing of this candidate is written on the way out.
        const QScopedValueRollback rearranging(m_rearranging, true);
        m_wiped = true;
        // Photo work and uploads first, while the session still knows the application.
        for (PhotoSlot *slot : findChildren<PhotoSlot *>())
            slot->clear();
        m_session->signOut();
        m_session->dropUnsentWrites();
        resetSteps();
        if (m_store)
            m_store->clear();
        m_draftMessage.clear();
        m_returnTo = -1;
        m_pinned = false;
    }
    Q_EMIT draftMessageChanged();
    Q_EMIT factsChanged();
    Q_EMIT navigationChanged();
    setSaveState(Saved);
}

void WizardController::resetSteps()
{
    {
        const QScopedValueRollback rearranging(m_rearranging, true);
        m_owner.clear();
        m_level = LevelUnknown;
        m_priorCheck = CheckUnknown;
        m_stage = NotSubmitted;
        for (Step *step : std::as_const(m_steps)) {
            if (step->controller())
                step->controller()->fromJson({});
            step->setVisited(false);
        }
        updateApplicability();
        setCurrent(firstAvailable(), false);
    }
    if (m_store)
        m_store->clear();
}

void WizardController::retranslate()
{
    for (Step *step : std::as_const(m_steps)) {
        step->retranslate();
        if (step->controller())
            step->controller()->retranslate();
    }
    updateApplicability();
    Q_EMIT navigationChanged();
}
