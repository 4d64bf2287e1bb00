// The pure review state machine shared by the app and the sandbox.

#include <workflow.h>

#include <QTest>

using zkgrad::Workflow;
using State = Workflow::State;
using Action = Workflow::Action;
using Section = Workflow::Section;

/** Transitions, locking and editable sections of zkgrad::Workflow. */
class TestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip()
    {
        for (State s : Workflow::allStates())
            QCOMPARE(Workflow::stateFromName(Workflow::stateName(s)), s);
        for (Section s : Workflow::allSections())
            QCOMPARE(Workflow::sectionFromName(Workflow::sectionName(s)), s);
        QCOMPARE(Workflow::stateName(State::SchoolApproved), QStringLiteral("school-approved"));
        QVERIFY(!Workflow::stateFromName(u"bogus"));
        QCOMPARE(Workflow::categoryFromName(u"prior-degree"),
                 Workflow::RejectionCategory::PriorDegree);
    }

    void happyPathAndRounds()
    {
        State s = State::Draft;
        for (Action a : { Action::Submit, Action::SchoolReject, Action::Submit,
                          Action::SchoolReject, Action::Submit, Action::SchoolApprove, Action::Pay,
                          Action::StartCityReview, Action::CityApprove }) {
            const auto next = Workflow::next(s, a);
            QVERIFY2(
                next,
                qPrintable(Workflow::stateName(s) + QLatin1Char(' ') + Workflow::actionName(a)));
            s = *next;
        }
        QCOMPARE(s, State::Approved);
        QVERIFY(Workflow::isTerminal(State::Approved));
        QVERIFY(Workflow::isTerminal(State::Failed));
        QCOMPARE(Workflow::next(State::Rejected, Action::Submit), State::Resubmitted);
        QCOMPARE(Workflow::next(State::CityReview, Action::CityFail), State::Failed);
    }

    void refusedTransitions()
    {
        QVERIFY(!Workflow::next(State::Draft, Action::SchoolApprove));
        QVERIFY(!Workflow::next(State::Submitted, Action::Submit));
        QVERIFY(!Workflow::next(State::Submitted, Action::Pay));
        QVERIFY(!Workflow::next(State::SchoolApproved, Action::CityApprove));
        QVERIFY(!Workflow::next(State::Approved, Action::CityFail));
        QVERIFY(Workflow::canTransition(State::SchoolApproved, State::Paid));
        QVERIFY(!Workflow::canTransition(State::Draft, State::Approved));
    }

    void lockingAndEditableSections()
    {
        QVERIFY(!Workflow::isLocked(State::Draft));
        QVERIFY(!Workflow::isLocked(State::Rejected));
        for (State s : { State::Submitted, State::Resubmitted, State::SchoolApproved, State::Paid,
                         State::CityReview, State::Approved, State::Failed }) {
            QVERIFY(Workflow::isLocked(s));
            QVERIFY(Workflow::editableSections(s).isEmpty());
        }
        QCOMPARE(Workflow::editableSections(State::Draft), Workflow::allSections());
        QCOMPARE(Workflow::editableSections(State::Rejected, Workflow::RejectionCategory::Material,
                                            { Section::Signature, Section::IdCard }),
                 (QList<Section> { Section::IdCard, Section::Signature, Section::Note }));
        QCOMPARE(
            Workflow::editableSections(State::Rejected, Workflow::RejectionCategory::PriorDegree),
            (QList<Section> { Section::PriorDegree, Section::Note }));
        QCOMPARE(Workflow::editableSections(State::Rejected), Workflow::allSections());
        QVERIFY(Workflow::isActive(State::Approved));
        QVERIFY(!Workflow::isActive(State::Failed));
    }

    // The progress page polls while awaitsReview(); the payment page and the server offer the
    // fee only while isPayable().
    void reviewAndPaymentPredicates()
    {
        const QList<State> awaiting { State::Submitted, State::Resubmitted, State::SchoolApproved,
                                      State::Paid, State::CityReview };
        for (State s : Workflow::allStates())
            QCOMPARE(Workflow::awaitsReview(s), awaiting.contains(s));
        for (State s : Workflow::allStates()) {
            QCOMPARE(Workflow::isPayable(s), s == State::SchoolApproved);
            QCOMPARE(Workflow::isPaid(s),
                     s == State::Paid || s == State::CityReview || s == State::Approved);
        }
        // A refunded fee is no longer paid.
        QVERIFY(!Workflow::isPaid(State::Failed));
    }

    void attachmentSlots()
    {
        QCOMPARE(Workflow::sectionForSlot(u"id-front"), Section::IdCard);
        QCOMPARE(Workflow::sectionForSlot(u"registration-record"), Section::PriorDegree);
        QCOMPARE(Workflow::sectionForSlot(u"other-9"), Section::OtherMaterials);
        QVERIFY(!Workflow::sectionForSlot(u"other-10"));
        QVERIFY(!Workflow::sectionForSlot(u"other-01"));
        QVERIFY(!Workflow::sectionForSlot(u"other-0"));
        QVERIFY(!Workflow::sectionForSlot(u"photo"));
        QCOMPARE(Workflow::allSlots().size(), 15);
        // Every named slot and other-1..9 spell the names allSlots() lists, in its order.
        using Slot = Workflow::Slot;
        QStringList named;
        for (Slot s : { Slot::IdFront, Slot::IdBack, Slot::Signature, Slot::Diploma,
                        Slot::RegistrationRecord, Slot::IdentityChange })
            named.append(Workflow::slotName(s));
        for (int n = 1; n <= Workflow::maxOtherSlots; ++n)
            named.append(Workflow::slotName(Slot::Other, n));
        QCOMPARE(named, Workflow::allSlots());
        QVERIFY(Workflow::slotName(Slot::Other).isEmpty());
        QVERIFY(Workflow::slotName(Slot::Other, 10).isEmpty());
    }

    void stages()
    {
        using St = Workflow::StageStatus;
        QCOMPARE(Workflow::schoolStage(State::Draft), St::NotStarted);
        QCOMPARE(Workflow::schoolStage(State::Resubmitted), St::InProgress);
        QCOMPARE(Workflow::schoolStage(State::Rejected), St::Rejected);
        QCOMPARE(Workflow::paymentStage(State::SchoolApproved), St::Pending);
        QCOMPARE(Workflow::paymentStage(State::Failed), St::Refunded);
        QCOMPARE(Workflow::cityStage(State::CityReview), St::InProgress);
        QCOMPARE(Workflow::cityStage(State::Approved), St::Passed);
        QCOMPARE(Workflow::cityStage(State::Failed), St::Failed);
        for (St status : { St::NotStarted, St::InProgress, St::Rejected, St::Passed, St::Failed,
                           St::Pending, St::Paid, St::Refunded })
            QCOMPARE(Workflow::stageStatusFromName(Workflow::stageStatusName(status)), status);
        QVERIFY(!Workflow::stageStatusFromName(u"done"));

        // The stages by name, in the order of the review, each with its own status function.
        QCOMPARE(Workflow::allStages(),
                 (QList<Workflow::Stage> { Workflow::Stage::SchoolReview, Workflow::Stage::Payment,
                                           Workflow::Stage::CityReview }));
        for (Workflow::Stage stage : Workflow::allStages())
            QCOMPARE(Workflow::stageFromName(Workflow::stageName(stage)), stage);
        QCOMPARE(Workflow::stageName(Workflow::Stage::SchoolReview),
                 QStringLiteral("school-review"));
        QVERIFY(!Workflow::stageFromName(u"review"));
        for (State state : Workflow::allStates()) {
            QCOMPARE(Workflow::stageStatus(Workflow::Stage::SchoolReview, state),
                     Workflow::schoolStage(state));
            QCOMPARE(Workflow::stageStatus(Workflow::Stage::Payment, state),
                     Workflow::paymentStage(state));
            QCOMPARE(Workflow::stageStatus(Workflow::Stage::CityReview, state),
                     Workflow::cityStage(state));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
