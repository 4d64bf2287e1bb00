#include "steps/checksubmit/checksubmitcontroller.h"

#include "displaytext.h"
#include "session/applicationsession.h"
#include "wizard/step.h"
#include "wizard/stepcontext.h"

#include <QJsonArray>

#include <algorithm>

using zkgrad::ApplicationRecord;
using zkgrad::Workflow;

namespace {
const auto kSnapshotKey = QStringLiteral("submitted"); // vocabulary: a draft key
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
    return zkgrad::DisplayText::beijingDateTime(t);
}

// The entry steps, whose answers the page lists and whose changes resubmission tracks.
bool isEntryStep(int index)
{
    return index >= Step::Notice && index < Step::CheckSubmit;
}
} // namespace

CheckSubmitController::CheckSubmitController(ApplicationSession *session, StepContext *context,
                                             QObject *parent)
    : StepController(parent)
    , m_session(session)
    , m_context(context)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // The summary carries this page's field problems.
    connect(this, &CheckSubmitController::summaryChanged, this, &StepController::errorsChanged);
    // The wizard re-announces navigation whenever any step changes: the summary follows it.
    // (The steps themselves do not exist yet while the wizard constructs this controller.)
    m_context->onNavigationChanged(this, [this] { inputsChanged(); });
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

ApplicationRecord CheckSubmitController::record() const
{
    return ApplicationRecord::fromJson(application());
}

void CheckSubmitController::inputsChanged()
{
    // The step list marks what the school sent back, so the candidate sees it from any page.
    const QStringList affected = affectedSteps();
    for (Step *step : m_context->steps())
        step->setNeedsChanges(affected.contains(step->key()));
    Q_EMIT summaryChanged();
    // changed() and editableChanged() re-announce this step to the wizard, which answers with
    // navigationChanged: only emit them when what the wizard reads from us really differs, or
    // it would never end.
    if (m_announcing)
        return;
    if (const bool editable = isEditable(); editable != m_editable) {
        m_editable = editable;
        m_announcing = true;
        Q_EMIT editableChanged();
        m_announcing = false;
    }
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
    return record().isSubmitted();
}

QString CheckSubmitController::submittedAtText() const
{
    if (!submitted())
        return {};
    const QDateTime at = record().schoolReview().at;
    return zkgrad::DisplayText::beijingTimeLabelled(at);
}

bool CheckSubmitController::resubmission() const
{
    return record().is(Workflow::State::Rejected);
}

int CheckSubmitController::round() const
{
    return record().round();
}

bool CheckSubmitController::isComplete() const
{
    return submitted();
}

bool CheckSubmitController::isEditable() const
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

QString CheckSubmitController::stepKeyOfSection(Workflow::Section section)
{
    return Step::keyOf(Step::forSection(section));
}

QString CheckSubmitController::stepKeyOfField(const QString &path)
{
    if (const auto section = ApplicationRecord::sectionForField(path))
        return stepKeyOfSection(*section);
    // The rest of the application (contact, major, school, candidate) is the profile's.
    const QString head = path.section(u'.', 0, 0).section(u'[', 0, 0);
    static const QStringList profileFields { QStringLiteral("contact"), QStringLiteral("majorCode"),
                                             QStringLiteral("schoolCode"),
                                             QStringLiteral("candidate") };
    return profileFields.contains(head) ? Step::keyOf(Step::Profile) : QString();
}

QVariantList CheckSubmitController::blockingProblems() const
{
    QVariantList list;
    const QList<Step *> &steps = m_context->steps();
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
    for (const QJsonValue v : missing) {
        const QJsonObject m = v.toObject();
        QString detail = str(m, "detail").isEmpty() ? str(m, "field") : str(m, "detail");
        // The server's sentence goes inside ours: its own full stop would double ours ("。。").
        while (detail.endsWith(u'。') || detail.endsWith(u'.'))
            detail.chop(1);
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
        // The candidate stays here: the page shows what was submitted, when, the receipt and
        // what happens next, and moves on when the candidate asks ("Follow the review").
    });
}

// --- rejection --------------------------------------------------------------------------

QStringList CheckSubmitController::affectedSteps() const
{
    if (!resubmission())
        return {};
    QStringList keys;
    const auto rejection = record().rejection();
    if (!rejection)
        return keys;
    for (const Workflow::Section section : rejection->sections) {
        const QString key = stepKeyOfSection(section);
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QString CheckSubmitController::rejectionReason() const
{
    if (!resubmission())
        return {};
    const auto rejection = record().rejection();
    return rejection ? rejection->reason : QString();
}

QString CheckSubmitController::rejectionFor(const QString &stepKey) const
{
    return affectedSteps().contains(stepKey) ? rejectionReason() : QString();
}

// --- the summary ------------------------------------------------------------------------

QJsonObject CheckSubmitController::currentAnswers() const
{
    QJsonObject answers;
    const QList<Step *> &steps = m_context->steps();
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
    if (index < 0 || !m_context->steps().value(index)
        || !m_context->steps().at(index)->controller())
        return false;
    return m_snapshot.value(stepKey).toObject()
        != m_context->steps().at(index)->controller()->toJson();
}

bool CheckSubmitController::openStep(int index)
{
    if (!m_context->goTo(index))
        return false;
    // Opened from here to be fixed: its problems show at once, with the focus on them, as
    // after a refused Next. (Tried with the mouse, the link opened the profile at its top with
    // nothing said, the missing choice below the fold.)
    Step *step = m_context->steps().at(index);
    if (step->available() && !step->complete())
        step->revealProblems();
    return true;
}

QVariantMap CheckSubmitController::groupFor(int index) const
{
    const Step *step = m_context->steps().at(index);
    // Each step says how its answers read here (StepController::summary()).
    const QVariantMap summary = step->controller() ? step->controller()->summary() : QVariantMap();
    const QVariantList rows = summary.value(QStringLiteral("rows")).toList();
    const QVariantList photos = summary.value(QStringLiteral("photos")).toList();
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
    const ApplicationRecord app = record();
    if (!app.exists() || !app.state() || app.is(Workflow::State::Draft))
        return true;
    const QList<Workflow::Section> &editable = app.editableSections();
    return std::any_of(editable.cbegin(), editable.cend(), [&stepKey](Workflow::Section section) {
        return stepKeyOfSection(section) == stepKey;
    });
}

QVariantList CheckSubmitController::groups() const
{
    QVariantList list;
    const QList<Step *> &steps = m_context->steps();
    if (steps.size() < Step::count())
        return list;
    for (int i = 0; i < steps.size(); ++i) {
        if (isEntryStep(i) && steps.at(i)->applicable())
            list.append(groupFor(i));
    }
    return list;
}
