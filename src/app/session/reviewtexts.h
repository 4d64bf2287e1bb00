#pragma once

#include "applicationrecord.h"
#include "workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/**
 * What the candidate reads about the review: the state of the application, the three stages
 * and their statuses, and dates in the authority's time zone. One wording for the progress
 * page, the payment page, the receipt and the announcement.
 */
class ReviewTexts
{
    Q_DECLARE_TR_FUNCTIONS(ReviewTexts)

public:
    /** A sentence for the state ("Submitted: the examining school is reviewing it"). */
    [[nodiscard]] static QString stateText(std::optional<zkgrad::Workflow::State> state);
    /** A few words for the state in a row of a document ("fee paid"); empty when unknown. */
    [[nodiscard]] static QString stateLabel(std::optional<zkgrad::Workflow::State> state);
    [[nodiscard]] static QString stageTitle(zkgrad::Workflow::Stage stage);
    [[nodiscard]] static QString stageStatusText(zkgrad::Workflow::Stage stage,
                                                 zkgrad::Workflow::StageStatus status);
    /** "YYYY-MM-DD" in Beijing time (UTC+8, no daylight saving); empty for an invalid time. */
    [[nodiscard]] static QString beijingDate(const QDateTime &at);
    /** "¥50.00" for 5000 fen: the fee as the payment and progress pages write it. */
    [[nodiscard]] static QString formatFen(qint64 fen);
};
