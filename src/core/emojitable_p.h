#pragma once

#include <span>

namespace zkgrad::detail {

/** An inclusive range of code points in a generated Unicode property table. */
struct CodePointRange
{
    char32_t first;
    char32_t last;
};

/** The Extended_Pictographic ranges (Unicode 15.0), sorted and merged. */
std::span<const CodePointRange> extendedPictographicRanges();
/** Whether @p c has the Unicode property Extended_Pictographic. */
bool isExtendedPictographic(char32_t c);

} // namespace zkgrad::detail
