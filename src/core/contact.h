#pragma once

#include "ruleresult.h"

#include <QString>
#include <QStringView>

namespace zkgrad {

/** Contact details the guide requires before applying: phones, postal code, e-mail. */
class Contact
{
public:
    /** Full-width digits to ASCII, so every rule below sees one kind of digit. */
    [[nodiscard]] static QString asciiDigits(QStringView input);
    /**
     * A mainland mobile number: spaces, hyphens and a leading +86 / 0086 are
     * dropped, then 1[3-9] and 9 more digits. Reasons: ok, empty, characters,
     * length, prefix. normalized is the 11 digits.
     */
    [[nodiscard]] static RuleResult checkMobile(QStringView input);
    /**
     * An optional landline with area code, e.g. 023-12345678 or (023)1234567-801.
     * Reasons: ok, empty (only when required), characters, area-code, number.
     * normalized is "023-12345678" or "023-12345678-801".
     */
    [[nodiscard]] static RuleResult checkLandline(QStringView input, bool required = false);
    /** A six-digit postal code. Reasons: ok, empty, format. */
    [[nodiscard]] static RuleResult checkPostalCode(QStringView input);
    /** Shortest and longest postal address, in characters as TextCount counts them. */
    static constexpr int minAddressLength = 5;
    static constexpr int maxAddressLength = 120;
    /**
     * A postal address where letters and the certificate can reach the candidate. Reasons:
     * ok, empty, too-short, too-long; normalized is the trimmed text.
     */
    [[nodiscard]] static RuleResult checkAddress(QStringView input);
    /** An optional e-mail address with a sane shape. Reasons: ok, empty, not-ascii, format. */
    [[nodiscard]] static RuleResult checkEmail(QStringView input, bool required = false);
};

} // namespace zkgrad
