#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace zkgrad {

/** The review state machine of a graduation application, shared by the app and the server. */
class Workflow
{
public:
    /** Where an application stands; the API spells these with stateName(). */
    enum class State {
        Draft,
        Submitted,
        Rejected,
        Resubmitted,
        SchoolApproved,
        Paid,
        CityReview,
        Approved,
        Failed,
    };

    /** What moves an application from one state to the next. */
    enum class Action {
        Submit, ///< by the candidate: draft -> submitted, rejected -> resubmitted
        SchoolApprove,
        SchoolReject,
        Pay, ///< the payment settled
        StartCityReview, ///< follows Pay at once: the city reviews paid applications
        CityApprove,
        CityFail,
    };

    /** The parts of an application a candidate edits and a school sends back. */
    enum class Section {
        PriorDegree, ///< fields + slots diploma, registration-record, identity-change
        Resume,
        IdCard, ///< slots id-front, id-back
        SelfAssessment,
        Signature, ///< slot signature
        Note,
        OtherMaterials, ///< slots other-1 .. other-9
    };

    /** Why a school rejected an application; decides where the candidate is sent. */
    enum class RejectionCategory {
        PriorDegree,
        Material,
        Other,
    };

    /** The three review stages the candidate follows, in the order of the review. */
    enum class Stage {
        SchoolReview,
        Payment,
        CityReview,
    };

    /** How far one of the three review stages the candidate sees has come. */
    enum class StageStatus {
        NotStarted,
        InProgress,
        Rejected,
        Passed,
        Failed,
        Pending, ///< payment: may pay now
        Paid,
        Refunded,
    };

    /** The attachment slots; Other stands for other-1 .. other-9 (see slotName()). */
    enum class Slot {
        IdFront,
        IdBack,
        Signature,
        Diploma,
        RegistrationRecord,
        IdentityChange,
        Other,
    };

    /** The highest other-N slot number. */
    static constexpr int maxOtherSlots = 9;

    [[nodiscard]] static QString stateName(State state);
    [[nodiscard]] static std::optional<State> stateFromName(QStringView name);
    [[nodiscard]] static QList<State> allStates();

    [[nodiscard]] static QString actionName(Action action);

    [[nodiscard]] static QString sectionName(Section section);
    [[nodiscard]] static std::optional<Section> sectionFromName(QStringView name);
    [[nodiscard]] static QList<Section> allSections();

    [[nodiscard]] static QString categoryName(RejectionCategory category);
    [[nodiscard]] static std::optional<RejectionCategory> categoryFromName(QStringView name);

    /** The API's key of @p stage in an application's "stages" ("school-review"). */
    [[nodiscard]] static QString stageName(Stage stage);
    [[nodiscard]] static std::optional<Stage> stageFromName(QStringView name);
    [[nodiscard]] static QList<Stage> allStages();

    [[nodiscard]] static QString stageStatusName(StageStatus status);
    [[nodiscard]] static std::optional<StageStatus> stageStatusFromName(QStringView name);

    /** The API's name of @p slot; for Slot::Other, "other-<otherNumber>" (1 .. maxOtherSlots). */
    [[nodiscard]] static QString slotName(Slot slot, int otherNumber = 0);

    /** The state @p action leads to from @p from, or nothing when it is not allowed there. */
    [[nodiscard]] static std::optional<State> next(State from, Action action);
    /** Whether some action leads from @p from to @p to. */
    [[nodiscard]] static bool canTransition(State from, State to);
    /** No further transition exists. */
    [[nodiscard]] static bool isTerminal(State state);
    /** A candidate can change nothing (everything except draft and rejected). */
    [[nodiscard]] static bool isLocked(State state);
    /** Counts against "one application per candidate and batch" (all but failed). */
    [[nodiscard]] static bool isActive(State state);
    /**
     * Submitted and not yet decided for good: the school, the payment or the city may still
     * move it on (locked and not terminal), so a client keeps asking how it stands.
     */
    [[nodiscard]] static bool awaitsReview(State state);
    /** The graduation review fee may be paid now (the payment stage is pending). */
    [[nodiscard]] static bool isPayable(State state);
    /** The fee has been paid and not refunded (the payment stage is paid). */
    [[nodiscard]] static bool isPaid(State state);

    /**
     * The sections a candidate may edit. In draft: all. When rejected: the
     * sections the school named (all when it named none), the prior degree for
     * a prior-degree rejection, and always the note, so the candidate can
     * explain what was fixed. Otherwise none.
     */
    [[nodiscard]] static QList<Section>
    editableSections(State state, RejectionCategory category = RejectionCategory::Other,
                     const QList<Section> &rejected = {});

    /**
     * The section an attachment slot belongs to: id-front, id-back, signature,
     * diploma, registration-record, identity-change, other-1..other-9.
     */
    [[nodiscard]] static std::optional<Section> sectionForSlot(QStringView slot);
    /** All slot names, in display order. */
    [[nodiscard]] static QStringList allSlots();

    /** The three stages (school review, payment, city review) for @p state. */
    [[nodiscard]] static StageStatus schoolStage(State state);
    [[nodiscard]] static StageStatus paymentStage(State state);
    [[nodiscard]] static StageStatus cityStage(State state);
    /** schoolStage(), paymentStage() or cityStage() for @p stage. */
    [[nodiscard]] static StageStatus stageStatus(Stage stage, State state);
};

} // namespace zkgrad
