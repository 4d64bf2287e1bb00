#include "wizard/step.h"

#include "wizard/stepcontroller.h"

#include <QCoreApplication>

namespace {
struct StepText
{
    const char *key;
    const char *page;
    const char *title;
    const char *summary;
};

// Titles follow the authority's guide; summaries say what each step asks for,
// which is what a not-yet-built step shows instead of pretending to work.
constexpr StepText kSteps[] = {
    { "sign-in", "steps/signin/SignInPage.qml", QT_TRANSLATE_NOOP("Step", "Sign in"),
      QT_TRANSLATE_NOOP("Step",
                        "Sign in with your ID number or admission-ticket number and your "
                        "password. Your session stays in memory; \"remember me\" uses only "
                        "the system keychain.") },
    { "notice", "steps/notice/NoticePage.qml", QT_TRANSLATE_NOOP("Step", "Notice"),
      QT_TRANSLATE_NOOP("Step",
                        "Read the graduation application notice, confirm each eligibility "
                        "condition and say which kind of candidate you are.") },
    { "profile", "steps/profile/ProfilePage.qml", QT_TRANSLATE_NOOP("Step", "Profile"),
      QT_TRANSLATE_NOOP("Step",
                        "Check your name, ID number and gender; complete your phone, "
                        "address, postal code and e-mail; choose the major to graduate in "
                        "and the examining school, and read that school's announcements.") },
    { "prior-degree", "steps/priordegree/PriorDegreePage.qml", // vocabulary: step key
      QT_TRANSLATE_NOOP("Step", "Prior degree"),
      QT_TRANSLATE_NOOP("Step",
                        "Enter your prior diploma (name, ID number, diploma number, school, "
                        "graduation date) and upload images of the diploma and of the "
                        "Ministry of Education registration record; if your identity data "
                        "changed, also the police-stamped explanation.") },
    { "resume", "steps/resume/ResumePage.qml", QT_TRANSLATE_NOOP("Step", "Resume"),
      QT_TRANSLATE_NOOP("Step",
                        "List your schooling and work in order: from and to (year and "
                        "month, or \"present\"), school or employer, role and a witness. "
                        "It is printed into your archive.") },
    { "id-photos", "steps/idphotos/IdPhotosPage.qml", QT_TRANSLATE_NOOP("Step", "ID card photos"),
      QT_TRANSLATE_NOOP("Step",
                        "Upload photos of the front (portrait side) and back (national "
                        "emblem side) of your ID card; each is turned into a legible JPEG "
                        "within the size limit.") },
    { "self-assessment", "steps/selfassessment/SelfAssessmentPage.qml", // vocabulary: step key
      QT_TRANSLATE_NOOP("Step", "Self-assessment"),
      QT_TRANSLATE_NOOP("Step",
                        "Write your self-assessment, 300 to 500 characters, with a live "
                        "counter. It is printed onto the transcript page in your archive.") },
    { "signature", "steps/signature/SignaturePage.qml", QT_TRANSLATE_NOOP("Step", "Signature"),
      QT_TRANSLATE_NOOP("Step",
                        "Choose a photo of your handwritten signature and crop it with a "
                        "freely movable and resizable box, or draw it.") },
    { "materials", "steps/materials/MaterialsPage.qml",
      QT_TRANSLATE_NOOP("Step", "Note and other materials"),
      QT_TRANSLATE_NOOP("Step",
                        "Optionally explain your situation to the reviewers and upload "
                        "other supporting images.") },
    { "check-submit", "steps/checksubmit/CheckSubmitPage.qml",
      QT_TRANSLATE_NOOP("Step", "Check and submit"),
      QT_TRANSLATE_NOOP("Step",
                        "See every answer on one page, fix every listed problem and submit "
                        "for the examining school's review. After submission nothing can "
                        "be changed.") },
    { "progress", "steps/progress/ProgressPage.qml", QT_TRANSLATE_NOOP("Step", "Review progress"),
      QT_TRANSLATE_NOOP("Step",
                        "Follow the three stages: examining school review, graduation "
                        "fee, city examination office review. A rejection shows its reason "
                        "and leads you to what must be fixed.") },
    { "payment", "steps/payment/PaymentPage.qml", QT_TRANSLATE_NOOP("Step", "Payment"),
      QT_TRANSLATE_NOOP("Step",
                        "After the school approves, pay the graduation review fee shown by "
                        "the server through a QR code or a link. You are never charged "
                        "twice.") },
    { "certificate", "steps/certificate/CertificatePage.qml",
      QT_TRANSLATE_NOOP("Step", "Certificate"),
      QT_TRANSLATE_NOOP("Step",
                        "After the city approves, see the earliest date to collect your "
                        "certificate (30 working days later) and where to collect it.") },
};
static_assert(std::size(kSteps) == Step::Certificate + 1);
} // namespace

Step::Id Step::forSection(zkgrad::Workflow::Section section)
{
    using Section = zkgrad::Workflow::Section;
    switch (section) {
    case Section::PriorDegree:
        return PriorDegree;
    case Section::Resume:
        return Resume;
    case Section::IdCard:
        return IdPhotos;
    case Section::SelfAssessment:
        return SelfAssessment;
    case Section::Signature:
        return Signature;
    case Section::Note:
    case Section::OtherMaterials:
        break;
    }
    return Materials;
}

Step::Step(Id id, StepController *controller, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_controller(controller)
{
    if (m_controller) {
        connect(m_controller, &StepController::changed, this, &Step::stateChanged);
        connect(m_controller, &StepController::editableChanged, this, &Step::stateChanged);
    }
}

QString Step::key() const
{
    return keyOf(m_id);
}

QString Step::keyOf(Id id)
{
    return QString::fromLatin1(kSteps[id].key);
}

int Step::idFromKey(const QString &key)
{
    for (int i = 0; i < count(); ++i) {
        if (key == QLatin1String(kSteps[i].key))
            return i;
    }
    return -1;
}

QString Step::page() const
{
    return QString::fromLatin1(kSteps[m_id].page);
}

QUrl Step::pageUrl() const
{
    return QUrl(QStringLiteral("qrc:/qt/qml/ZkGrad/") + page());
}

QString Step::title() const
{
    return QCoreApplication::translate("Step", kSteps[m_id].title);
}

QString Step::summary() const
{
    return QCoreApplication::translate("Step", kSteps[m_id].summary);
}

bool Step::complete() const
{
    // A read-only step cannot be fixed here, so it must not block Next or the step list: what
    // counts is the submitted copy on the server (check and submit still lists what the
    // server reports missing).
    return m_controller && (m_controller->isReadOnly() || m_controller->isComplete());
}

bool Step::readOnly() const
{
    return m_controller && m_controller->isReadOnly();
}

QStringList Step::problems() const
{
    if (!m_controller)
        return { QCoreApplication::translate("Step",
                                             "This step is not available in this version "
                                             "of the application yet.") };
    if (m_controller->isReadOnly())
        return {}; // nothing the candidate could act on; see complete()
    return m_controller->problems();
}

Step::Status Step::status() const
{
    if (!applicable())
        return m_later ? Later : NotApplicable;
    if (m_current)
        return Current;
    if (!available())
        return NotAvailable;
    // A step the school sent back reads as "needs changes" even when its fields are
    // complete: complete is what it was when it was rejected.
    if (m_needsChanges)
        return NeedsChanges;
    // The school has what was submitted: this computer's draft (filed from another computer,
    // or partly set aside) says nothing about it.
    if (readOnly())
        return Submitted;
    if (m_controller->isStageFailed())
        return Failed;
    if (!m_controller->isComplete()) {
        if (m_controller->isWaiting())
            return Waiting;
        return m_visited && !m_controller->isActionStep() ? HasProblems : NotVisited;
    }
    // An empty optional step is complete but nothing was done: "done" would not be true.
    if (m_controller->isOptional() && m_controller->isEmpty())
        return Optional;
    return Done;
}

QString Step::stageText() const
{
    return m_controller ? m_controller->stageText() : QString();
}

void Step::setNotApplicableReason(const QString &reason, bool later)
{
    if (reason == m_notApplicableReason && later == m_later)
        return;
    m_notApplicableReason = reason;
    m_later = later;
    Q_EMIT stateChanged();
}

void Step::setVisited(bool visited)
{
    if (visited == m_visited)
        return;
    m_visited = visited;
    Q_EMIT stateChanged();
}

void Step::setNeedsChanges(bool needsChanges)
{
    if (needsChanges == m_needsChanges)
        return;
    m_needsChanges = needsChanges;
    Q_EMIT stateChanged();
}

void Step::setCurrent(bool current)
{
    if (current == m_current)
        return;
    m_current = current;
    // Coming back to a step starts quiet again: problems show when the candidate leaves a
    // field or presses Next, never on arrival.
    if (!current && m_problemsRevealed) {
        m_problemsRevealed = false;
        Q_EMIT problemsRevealedChanged();
    }
    Q_EMIT stateChanged();
}

void Step::revealProblems()
{
    if (!m_problemsRevealed) {
        m_problemsRevealed = true;
        Q_EMIT problemsRevealedChanged();
    }
    Q_EMIT revealRequested();
}

void Step::setNumber(int number)
{
    if (number == m_number)
        return;
    m_number = number;
    Q_EMIT stateChanged();
}

void Step::retranslate()
{
    Q_EMIT textsChanged();
    Q_EMIT stateChanged();
}
