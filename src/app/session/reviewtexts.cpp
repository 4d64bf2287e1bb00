#include "session/reviewtexts.h"

#include "displaytext.h"

using zkgrad::ApplicationRecord;
using zkgrad::Workflow;

QString ReviewTexts::stateText(std::optional<Workflow::State> state)
{
    if (!state)
        return tr("Unknown");
    switch (*state) {
    case Workflow::State::Draft:
        return tr("Not submitted yet");
    case Workflow::State::Submitted:
        return tr("Submitted: the examining school is reviewing it");
    case Workflow::State::Resubmitted:
        return tr("Submitted again: the examining school is reviewing it");
    case Workflow::State::Rejected:
        return tr("Rejected by the examining school");
    case Workflow::State::SchoolApproved:
        return tr("Approved by the examining school: pay the graduation review fee");
    case Workflow::State::Paid:
    case Workflow::State::CityReview:
        return tr("Fee paid: the city self-study examination office is reviewing it");
    case Workflow::State::Approved:
        return tr("Approved by the city self-study examination office");
    case Workflow::State::Failed:
        return tr("Not approved by the city self-study examination office");
    }
    return tr("Unknown");
}

QString ReviewTexts::stateLabel(std::optional<Workflow::State> state)
{
    if (!state)
        return {};
    switch (*state) {
    case Workflow::State::Draft:
        return tr("draft");
    case Workflow::State::Submitted:
        return tr("submitted");
    case Workflow::State::Resubmitted:
        return tr("resubmitted");
    case Workflow::State::Rejected:
        return tr("returned by the school");
    case Workflow::State::SchoolApproved:
        return tr("approved by the school");
    case Workflow::State::Paid:
        return tr("fee paid");
    case Workflow::State::CityReview:
        return tr("in the city office's review");
    case Workflow::State::Approved:
        return tr("approved");
    case Workflow::State::Failed:
        return tr("not approved by the city office");
    }
    return {};
}

QString ReviewTexts::stageTitle(Workflow::Stage stage)
{
    switch (stage) {
    case Workflow::Stage::SchoolReview:
        return tr("Examining school's preliminary review (主考学校初审)");
    case Workflow::Stage::Payment:
        return tr("Graduation review fee (缴纳毕业审定费)");
    case Workflow::Stage::CityReview:
        return tr("City self-study examination office review (市自考办审核)");
    }
    return {};
}

QString ReviewTexts::stageStatusText(Workflow::Stage stage, Workflow::StageStatus status)
{
    switch (status) {
    case Workflow::StageStatus::NotStarted:
        return tr("Not started");
    case Workflow::StageStatus::InProgress:
        return tr("Under review");
    case Workflow::StageStatus::Rejected:
        return tr("Rejected");
    case Workflow::StageStatus::Passed:
        return tr("Passed");
    case Workflow::StageStatus::Pending:
        return tr("Awaiting payment");
    case Workflow::StageStatus::Paid:
        return tr("Paid");
    case Workflow::StageStatus::Refunded:
        // The fee goes back when the round closes (the payment page and the step list say
        // so): "Refunded" on this page told the candidate the money was already back.
        return tr("Refund under way");
    case Workflow::StageStatus::Failed:
        return stage == Workflow::Stage::CityReview ? tr("Not approved") : tr("Failed");
    }
    return {};
}

QString ReviewTexts::beijingDate(const QDateTime &at)
{
    return zkgrad::DisplayText::beijingDate(at);
}

QString ReviewTexts::formatFen(qint64 fen)
{
    return QStringLiteral("¥%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}
