#pragma once

#include "ruleresult.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace zkgrad {

/** Gender as encoded in the 17th digit of a resident ID number. */
enum class Gender {
    Unknown,
    Male,
    Female,
};

/** The outcome of checking a resident ID number, with what it encodes when valid. */
struct IdNumberResult
{
    bool valid = false;
    /// ok, length, characters, province, taiwan-prefix, permit-county,
    /// province-only, birth-date, check-digit
    QString reason;
    QString message; ///< translated, empty when valid
    QString normalized; ///< what the candidate typed, cleaned up (even when invalid)
    QDate birthDate; ///< valid only when the date digits are
    Gender gender = Gender::Unknown;

    /** The result as a RuleResult for forms that treat every field alike. */
    [[nodiscard]] RuleResult toRuleResult() const;
};

/** Resident ID numbers (GB 11643-1999): normalisation, checks, check digit. */
class IdNumber
{
public:
    /**
     * Removes surrounding whitespace, inner spaces, hyphens and invisible
     * format characters (zero-width space, BOM), turns
     * full-width digits and X into ASCII and a lower-case x into X.
     */
    [[nodiscard]] static QString normalize(QStringView input);
    /** Checks @p input as typed; dates after @p today are refused. */
    [[nodiscard]] static IdNumberResult check(QStringView input,
                                              QDate today = QDate::currentDate());
    /** The ISO 7064 MOD 11-2 check character for 17 ASCII digits, or a null QChar. */
    [[nodiscard]] static QChar checkDigit(QStringView first17);
    /** Whether @p code is a province-level code (GB/T 2260, incl. 81-83 for permits). */
    [[nodiscard]] static bool isProvinceCode(int code);
    /** "male", "female" or "" for JSON and the API. */
    [[nodiscard]] static QString genderCode(Gender gender);
};

} // namespace zkgrad
