#include "selfassessment.h"

#include "freetext.h"

#include <QCoreApplication>

namespace zkgrad {

SelfAssessmentResult SelfAssessment::check(QStringView text, const BatchRules &rules)
{
    return check(text, rules.selfAssessmentMin, rules.selfAssessmentMax);
}

SelfAssessmentResult SelfAssessment::check(QStringView text, int min, int max)
{
    const TextScan scan = TextCount::scan(text);
    SelfAssessmentResult r;
    r.count = scan.count;
    r.min = min;
    r.max = max;
    r.forbidden = scan.forbidden;
    // Forbidden characters first: deleting them changes the count anyway.
    if (!scan.forbidden.isEmpty()) {
        r.reason = QStringLiteral("forbidden-character");
        r.message = QCoreApplication::translate(
                        "SelfAssessment",
                        "The self-assessment contains %1 character(s) that cannot be printed "
                        "into the archive (emoji, control or private-use characters). Please "
                        "delete the highlighted characters.")
                        .arg(scan.forbidden.size())
            + QLatin1Char(' ')
            + FreeText::forbiddenMessage(
                        QCoreApplication::translate("SelfAssessment", "self-assessment"),
                        scan.forbidden.first());
    } else if (text.size() > FreeText::maxUnits(max)) {
        // Zero-width spaces and the like are not counted but stored.
        r.reason = QStringLiteral("too-long");
        r.message = QCoreApplication::translate(
                        "SelfAssessment",
                        "The self-assessment has %1 visible characters but takes %2 storage "
                        "units, more than the %3 allowed: it holds many invisible characters "
                        "such as zero-width spaces. Please delete them.")
                        .arg(scan.count)
                        .arg(text.size())
                        .arg(FreeText::maxUnits(max));
    } else if (scan.count < min) {
        r.reason = QStringLiteral("too-short");
        r.message = QCoreApplication::translate("SelfAssessment",
                                                "The self-assessment has %1 characters; it needs "
                                                "at least %2. Please write %3 more.")
                        .arg(scan.count)
                        .arg(min)
                        .arg(min - scan.count);
    } else if (scan.count > max) {
        r.reason = QStringLiteral("too-long");
        r.message = QCoreApplication::translate("SelfAssessment",
                                                "The self-assessment has %1 characters; at most "
                                                "%2 are allowed. Please shorten it by %3.")
                        .arg(scan.count)
                        .arg(max)
                        .arg(scan.count - max);
    } else {
        r.reason = QStringLiteral("ok");
    }
    return r;
}

} // namespace zkgrad
