#pragma once

#include "batchrules.h"
#include "textcount.h"

#include <QString>
#include <QStringView>

namespace zkgrad {

/** The outcome of checking a self-assessment (自我鉴定) against the round's limits. */
struct SelfAssessmentResult
{
    int count = 0; ///< as TextCount::count counts
    int min = 0;
    int max = 0;
    QString reason; ///< ok, too-short, too-long, forbidden-character
    QString message; ///< translated, empty when ok
    QList<ForbiddenCharacter> forbidden; ///< where to highlight, in text order

    [[nodiscard]] bool isValid() const { return reason == QLatin1String("ok"); }
};

/** The self-assessment rule: length within the batch limits, no forbidden characters. */
class SelfAssessment
{
public:
    /** Checks @p text against the limits of @p rules. */
    [[nodiscard]] static SelfAssessmentResult check(QStringView text, const BatchRules &rules);
    /** Checks @p text against explicit limits (the tool's --min/--max). */
    [[nodiscard]] static SelfAssessmentResult check(QStringView text, int min, int max);
};

} // namespace zkgrad
