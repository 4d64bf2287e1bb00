#pragma once

#include "ruleresult.h"

#include <QString>
#include <QStringView>

namespace zkgrad {

/** Names as on the resident ID card: Han characters, minority names joined by U+00B7. */
class PersonName
{
public:
    /** Longest name accepted, in characters; ID cards carry long minority names. */
    static constexpr int maxLength = 60;
    /** The one separator the archive and the ID card use: U+00B7 MIDDLE DOT. */
    static constexpr char16_t middleDot = 0x00B7;

    /** Trims and turns every dot people type for the separator into U+00B7. */
    [[nodiscard]] static QString normalize(QStringView input);
    /** Whether @p c is one of the look-alike dots normalize() replaces. */
    [[nodiscard]] static bool isDotLookalike(char32_t c);
    /** Reasons: ok, empty, digits, spaces, characters, dot-position, too-long. */
    [[nodiscard]] static RuleResult check(QStringView input);
};

} // namespace zkgrad
