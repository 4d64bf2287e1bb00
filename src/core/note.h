#pragma once

namespace zkgrad {

/** The situation note (情况说明): optional multi-line free text the candidate adds for the school.
 */
struct Note
{
    /** Longest note, in characters as TextCount counts them; the app and the server refuse more. */
    static constexpr int maxChars = 500;
};

} // namespace zkgrad
