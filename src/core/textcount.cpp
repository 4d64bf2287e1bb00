#include "textcount.h"

#include "emojitable_p.h"

#include <QChar>
#include <QCoreApplication>
#include <QTextBoundaryFinder>

namespace zkgrad {

bool TextCount::isWhiteSpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
        || c == 0x3000;
}

QString TextCount::forbiddenKind(char32_t c, bool singleLine)
{
    if (c == 0xFFFD)
        return QStringLiteral("replacement");
    if (singleLine && ((c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029))
        return QStringLiteral("line-break");
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return QStringLiteral("bidi-control");
    if (c >= 0xE0000 && c <= 0xE007F)
        return QStringLiteral("tag");
    // Noncharacters are for a program's internal use and never in interchange.
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
        return QStringLiteral("noncharacter");
    // Regional indicators only ever render as flags, modifiers as skin tones
    // and U+20E3 as a keycap: emoji without being Extended_Pictographic.
    if (detail::isExtendedPictographic(c) || (c >= 0x1F1E6 && c <= 0x1F1FF)
        || (c >= 0x1F3FB && c <= 0x1F3FF) || c == 0x20E3)
        return QStringLiteral("emoji");
    const bool lineBreakOrTab = (c >= 0x09 && c <= 0x0D) || c == 0x85;
    if (!lineBreakOrTab && (c < 0x20 || (c >= 0x7F && c <= 0x9F)))
        return QStringLiteral("control");
    if (QChar::category(c) == QChar::Other_PrivateUse)
        return QStringLiteral("private-use");
    return {};
}

qsizetype TextCount::invalidUtf8Offset(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            more = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            more = 2;
            if (b == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (b == 0xED)
                hi = 0x9F; // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            more = 3;
            if (b == 0xF0)
                lo = 0x90;
            else if (b == 0xF4)
                hi = 0x8F; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + more >= n) // truncated sequence
            return i;
        for (int k = 1; k <= more; ++k) {
            const unsigned char c = p[i + k];
            if (k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF))
                return i;
        }
        i += more + 1;
    }
    return -1;
}

QString TextCount::invalidUtf8Message(qsizetype offset)
{
    return QCoreApplication::translate("TextCount",
                                       "The text is not valid UTF-8 (first bad byte at offset "
                                       "%1). Save it as UTF-8 and try again.")
        .arg(offset);
}

int TextCount::count(QStringView text)
{
    return scan(text).count;
}

TextScan TextCount::scan(QStringView text, bool singleLine)
{
    TextScan result;
    if (text.isEmpty())
        return result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.data(), text.size());
    qsizetype start = 0;
    int index = 0;
    // Qt 6.4 puts a boundary between the two halves of a supplementary
    // character that follows Thai, Devanagari, Tibetan, Khmer, Myanmar or
    // Sinhala (its complex-script tailoring works on UTF-16 units). No
    // segmentation may split a code point, so such a boundary is skipped.
    const auto nextBoundary = [&finder, text] {
        qsizetype b = finder.toNextBoundary();
        while (b > 0 && b < text.size() && text.at(b - 1).isHighSurrogate()
               && text.at(b).isLowSurrogate())
            b = finder.toNextBoundary();
        return b;
    };
    for (qsizetype end = nextBoundary(); end != -1 && end > start; end = nextBoundary(), ++index) {
        bool visible = false;
        ForbiddenCharacter bad;
        for (qsizetype i = start; i < end; ++i) {
            char32_t c = text.at(i).unicode();
            QString kind;
            if (QChar::isHighSurrogate(c) && i + 1 < end && text.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                ++i;
                kind = forbiddenKind(c, singleLine);
            } else if (QChar::isSurrogate(c)) {
                kind = QStringLiteral("unpaired-surrogate");
            } else {
                kind = forbiddenKind(c, singleLine);
            }
            if (!kind.isEmpty() && bad.kind.isEmpty()) {
                bad.codePoint = c;
                bad.kind = kind;
            }
            // Format characters (Cf) are invisible: a cluster of only those is
            // not something the reader sees.
            if (!isWhiteSpace(c) && QChar::category(c) != QChar::Other_Format)
                visible = true;
        }
        if (!bad.kind.isEmpty()) {
            bad.offset = start;
            bad.length = end - start;
            bad.index = index;
            result.forbidden.append(bad);
        }
        if (visible || !bad.kind.isEmpty())
            ++result.count;
        start = end;
    }
    return result;
}

} // namespace zkgrad
