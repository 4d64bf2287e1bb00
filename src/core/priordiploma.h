#pragma once

#include "ruleresult.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace zkgrad {

/** The parts of a diploma number in the 18-digit layout used since 2002. */
struct DiplomaNumberLayout
{
    QString schoolCode; ///< 5 digits, the issuing school
    int schoolType = 0; ///< 1 digit, kind of education
    int year = 0; ///< 4 digits, year of graduation
    QString level; ///< 2 digits, level (e.g. 05 undergraduate, 06 junior college)
    QString serial; ///< 6 digits
};

/** Rules for the prior diploma (前置学历) of a bachelor's applicant. */
class PriorDiploma
{
public:
    /** Longest number accepted; old diplomas carry free-form numbers. */
    static constexpr int maxNumberLength = 40;

    /** Trims, drops inner spaces and turns full-width digits into ASCII. */
    [[nodiscard]] static QString normalizeNumber(QStringView input);
    /** The layout's parts when @p normalized follows it, with a plausible year. */
    [[nodiscard]] static std::optional<DiplomaNumberLayout> parseLayout(QStringView normalized);
    /**
     * Checks a diploma number. In the 18-digit layout the year must be the
     * graduation year (when @p graduationDate is valid); other numbers are
     * accepted with a warning. Reasons: ok, empty, too-long, year-mismatch,
     * old-format (warning).
     */
    [[nodiscard]] static RuleResult checkNumber(QStringView input, QDate graduationDate);
    /** Longest school name, in characters as TextCount counts them. */
    static constexpr int maxSchoolLength = 100;
    /** The school that issued the diploma, as printed on it. Reasons: ok, empty, too-long. */
    [[nodiscard]] static RuleResult checkSchool(QStringView input);
    /**
     * The graduation date may not be in the future nor before the 14th
     * birthday (skipped when @p birthDate is null). Reasons: ok, empty,
     * future, too-early.
     */
    [[nodiscard]] static RuleResult checkGraduationDate(QDate graduation, QDate birthDate,
                                                        QDate today = QDate::currentDate());
};

} // namespace zkgrad
