#include "workflow.h"

#include <array>
#include <utility>

namespace zkgrad {

namespace {

using State = Workflow::State;
using Action = Workflow::Action;
using Section = Workflow::Section;

struct Transition
{
    State from;
    Action action;
    State to;
};

// The whole machine in one table, so the docs and the code can be compared line by line.
constexpr std::array<Transition, 10> transitions { {
    { State::Draft, Action::Submit, State::Submitted },
    { State::Rejected, Action::Submit, State::Resubmitted },
    { State::Submitted, Action::SchoolApprove, State::SchoolApproved },
    { State::Resubmitted, Action::SchoolApprove, State::SchoolApproved },
    { State::Submitted, Action::SchoolReject, State::Rejected },
    { State::Resubmitted, Action::SchoolReject, State::Rejected },
    { State::SchoolApproved, Action::Pay, State::Paid },
    { State::Paid, Action::StartCityReview, State::CityReview },
    { State::CityReview, Action::CityApprove, State::Approved },
    { State::CityReview, Action::CityFail, State::Failed },
} };

const std::array<std::pair<State, const char *>, 9> stateNames { {
    { State::Draft, "draft" },
    { State::Submitted, "submitted" },
    { State::Rejected, "rejected" },
    { State::Resubmitted, "resubmitted" },
    { State::SchoolApproved, "school-approved" },
    { State::Paid, "paid" },
    { State::CityReview, "city-review" },
    { State::Approved, "approved" },
    { State::Failed, "failed" },
} };

const std::array<std::pair<Section, const char *>, 7> sectionNames { {
    { Section::PriorDegree, "prior-degree" },
    { Section::Resume, "resume" },
    { Section::IdCard, "id-card" },
    { Section::SelfAssessment, "self-assessment" },
    { Section::Signature, "signature" },
    { Section::Note, "note" },
    { Section::OtherMaterials, "other-materials" },
} };

} // namespace

QString Workflow::stateName(State state)
{
    for (const auto &[s, name] : stateNames) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Workflow::State> Workflow::stateFromName(QStringView name)
{
    for (const auto &[s, n] : stateNames) {
        if (name == QLatin1String(n))
            return s;
    }
    return std::nullopt;
}

QList<Workflow::State> Workflow::allStates()
{
    QList<State> out;
    for (const auto &entry : stateNames)
        out.append(entry.first);
    return out;
}

QString Workflow::actionName(Action action)
{
    switch (action) {
    case Action::Submit:
        return QStringLiteral("submit");
    case Action::SchoolApprove:
        return QStringLiteral("school-approve");
    case Action::SchoolReject:
        return QStringLiteral("school-reject");
    case Action::Pay:
        return QStringLiteral("pay");
    case Action::StartCityReview:
        return QStringLiteral("start-city-review");
    case Action::CityApprove:
        return QStringLiteral("city-approve");
    case Action::CityFail:
        return QStringLiteral("city-fail");
    }
    return {};
}

QString Workflow::sectionName(Section section)
{
    for (const auto &[s, name] : sectionNames) {
        if (s == section)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Workflow::Section> Workflow::sectionFromName(QStringView name)
{
    for (const auto &[s, n] : sectionNames) {
        if (name == QLatin1String(n))
            return s;
    }
    return std::nullopt;
}

QList<Workflow::Section> Workflow::allSections()
{
    QList<Section> out;
    for (const auto &entry : sectionNames)
        out.append(entry.first);
    return out;
}

QString Workflow::categoryName(RejectionCategory category)
{
    switch (category) {
    case RejectionCategory::PriorDegree:
        return QStringLiteral("prior-degree");
    case RejectionCategory::Material:
        return QStringLiteral("material");
    case RejectionCategory::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<Workflow::RejectionCategory> Workflow::categoryFromName(QStringView name)
{
    if (name == QLatin1String("prior-degree"))
        return RejectionCategory::PriorDegree;
    if (name == QLatin1String("material"))
        return RejectionCategory::Material;
    if (name == QLatin1String("other"))
        return RejectionCategory::Other;
    return std::nullopt;
}

QString Workflow::stageName(Stage stage)
{
    switch (stage) {
    case Stage::SchoolReview:
        return QStringLiteral("school-review");
    case Stage::Payment:
        return QStringLiteral("payment");
    case Stage::CityReview:
        return QStringLiteral("city-review");
    }
    return {};
}

std::optional<Workflow::Stage> Workflow::stageFromName(QStringView name)
{
    for (const Stage stage : allStages()) {
        if (name == stageName(stage))
            return stage;
    }
    return std::nullopt;
}

QList<Workflow::Stage> Workflow::allStages()
{
    return { Stage::SchoolReview, Stage::Payment, Stage::CityReview };
}

QString Workflow::stageStatusName(StageStatus status)
{
    switch (status) {
    case StageStatus::NotStarted:
        return QStringLiteral("not-started");
    case StageStatus::InProgress:
        return QStringLiteral("in-progress");
    case StageStatus::Rejected:
        return QStringLiteral("rejected");
    case StageStatus::Passed:
        return QStringLiteral("passed");
    case StageStatus::Failed:
        return QStringLiteral("failed");
    case StageStatus::Pending:
        return QStringLiteral("pending");
    case StageStatus::Paid:
        return QStringLiteral("paid");
    case StageStatus::Refunded:
        return QStringLiteral("refunded");
    }
    return {};
}

std::optional<Workflow::StageStatus> Workflow::stageStatusFromName(QStringView name)
{
    for (const StageStatus status :
         { StageStatus::NotStarted, StageStatus::InProgress, StageStatus::Rejected,
           StageStatus::Passed, StageStatus::Failed, StageStatus::Pending, StageStatus::Paid,
           StageStatus::Refunded }) {
        if (name == stageStatusName(status))
            return status;
    }
    return std::nullopt;
}

QString Workflow::slotName(Slot slot, int otherNumber)
{
    switch (slot) {
    case Slot::IdFront:
        return QStringLiteral("id-front");
    case Slot::IdBack:
        return QStringLiteral("id-back");
    case Slot::Signature:
        return QStringLiteral("signature");
    case Slot::Diploma:
        return QStringLiteral("diploma");
    case Slot::RegistrationRecord:
        return QStringLiteral("registration-record");
    case Slot::IdentityChange:
        return QStringLiteral("identity-change");
    case Slot::Other:
        return otherNumber >= 1 && otherNumber <= maxOtherSlots
            ? QStringLiteral("other-%1").arg(otherNumber)
            : QString();
    }
    return {};
}

std::optional<Workflow::State> Workflow::next(State from, Action action)
{
    for (const auto &t : transitions) {
        if (t.from == from && t.action == action)
            return t.to;
    }
    return std::nullopt;
}

bool Workflow::canTransition(State from, State to)
{
    for (const auto &t : transitions) {
        if (t.from == from && t.to == to)
            return true;
    }
    return false;
}

bool Workflow::isTerminal(State state)
{
    for (const auto &t : transitions) {
        if (t.from == state)
            return false;
    }
    return true;
}

bool Workflow::isLocked(State state)
{
    return state != State::Draft && state != State::Rejected;
}

bool Workflow::isActive(State state)
{
    return state != State::Failed;
}

bool Workflow::awaitsReview(State state)
{
    return isLocked(state) && !isTerminal(state);
}

bool Workflow::isPayable(State state)
{
    return paymentStage(state) == StageStatus::Pending;
}

bool Workflow::isPaid(State state)
{
    return paymentStage(state) == StageStatus::Paid;
}

QList<Workflow::Section> Workflow::editableSections(State state, RejectionCategory category,
                                                    const QList<Section> &rejected)
{
    if (state == State::Draft)
        return allSections();
    if (state != State::Rejected)
        return {};
    if (rejected.isEmpty() && category != RejectionCategory::PriorDegree)
        return allSections();
    QList<Section> out;
    // Keep the canonical order whatever order the school listed them in.
    for (Section s : allSections()) {
        const bool named = rejected.contains(s);
        const bool implied = (s == Section::Note)
            || (s == Section::PriorDegree && category == RejectionCategory::PriorDegree);
        if (named || implied)
            out.append(s);
    }
    return out;
}

std::optional<Workflow::Section> Workflow::sectionForSlot(QStringView slot)
{
    if (slot == QLatin1String("id-front") || slot == QLatin1String("id-back"))
        return Section::IdCard;
    if (slot == QLatin1String("signature"))
        return Section::Signature;
    if (slot == QLatin1String("diploma") || slot == QLatin1String("registration-record")
        || slot == QLatin1String("identity-change"))
        return Section::PriorDegree;
    if (slot.startsWith(QLatin1String("other-"))) {
        bool ok = false;
        const int n = slot.mid(6).toInt(&ok);
        // "other-01" would alias "other-1": only the canonical spelling is a slot.
        if (ok && n >= 1 && n <= maxOtherSlots && slot.mid(6) == QString::number(n))
            return Section::OtherMaterials;
    }
    return std::nullopt;
}

QStringList Workflow::allSlots()
{
    QStringList out { QStringLiteral("id-front"),
                      QStringLiteral("id-back"),
                      QStringLiteral("signature"),
                      QStringLiteral("diploma"),
                      QStringLiteral("registration-record"),
                      QStringLiteral("identity-change") };
    for (int i = 1; i <= maxOtherSlots; ++i)
        out.append(QStringLiteral("other-") + QString::number(i));
    return out;
}

Workflow::StageStatus Workflow::schoolStage(State state)
{
    switch (state) {
    case State::Draft:
        return StageStatus::NotStarted;
    case State::Submitted:
    case State::Resubmitted:
        return StageStatus::InProgress;
    case State::Rejected:
        return StageStatus::Rejected;
    default:
        return StageStatus::Passed;
    }
}

Workflow::StageStatus Workflow::paymentStage(State state)
{
    switch (state) {
    case State::SchoolApproved:
        return StageStatus::Pending;
    case State::Paid:
    case State::CityReview:
    case State::Approved:
        return StageStatus::Paid;
    case State::Failed:
        return StageStatus::Refunded;
    default:
        return StageStatus::NotStarted;
    }
}

Workflow::StageStatus Workflow::cityStage(State state)
{
    switch (state) {
    case State::Paid:
    case State::CityReview:
        return StageStatus::InProgress;
    case State::Approved:
        return StageStatus::Passed;
    case State::Failed:
        return StageStatus::Failed;
    default:
        return StageStatus::NotStarted;
    }
}

Workflow::StageStatus Workflow::stageStatus(Stage stage, State state)
{
    switch (stage) {
    case Stage::SchoolReview:
        return schoolStage(state);
    case Stage::Payment:
        return paymentStage(state);
    case Stage::CityReview:
        return cityStage(state);
    }
    return StageStatus::NotStarted;
}

} // namespace zkgrad
