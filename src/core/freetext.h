#pragma once

#include "ruleresult.h"
#include "textcount.h"

#include <QString>
#include <QStringView>

namespace zkgrad {

/**
 * The one policy for every free-text field (names, address, organisation,
 * role, witness, school, note, self-assessment): no character that is
 * invisible, deceptive or unprintable (TextCount::forbiddenKind), and a
 * bound on the stored size as well as on the counted characters.
 */
class FreeText
{
public:
    /** Whether the field holds one line (names, address…) or paragraphs (note…). */
    enum class Lines {
        Single,
        Multi,
    };

    /**
     * The UTF-16 code units a field of @p maxChars counted characters may
     * store: room for every character outside the BMP plus spaces and
     * combining marks, but not for thousands of zero-width spaces, which
     * TextCount does not count.
     */
    [[nodiscard]] static qsizetype maxUnits(int maxChars);
    /** What a forbidden character of @p kind is, translated ("an emoji"…). */
    [[nodiscard]] static QString describeKind(const QString &kind);
    /**
     * The translated message for @p c in the field called @p field: names
     * the character (code point and what it is) and its 1-based position.
     */
    [[nodiscard]] static QString forbiddenMessage(const QString &field,
                                                  const ForbiddenCharacter &c);
    /**
     * Checks @p text of the field called @p field (translated, for the
     * message). Reasons: ok, forbidden-character (the first one is named),
     * too-long (more than @p maxChars counted characters or more than
     * maxUnits() code units). normalized is @p text unchanged. Empty text is
     * fine here: whether the field is required is the field's own rule.
     */
    [[nodiscard]] static RuleResult check(QStringView text, const QString &field, int maxChars,
                                          Lines lines = Lines::Single);
};

} // namespace zkgrad
