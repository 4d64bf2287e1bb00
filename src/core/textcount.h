#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace zkgrad {

/** One character the self-assessment may not contain, located for highlighting. */
struct ForbiddenCharacter
{
    qsizetype offset = 0; ///< UTF-16 offset of its grapheme cluster (what text fields use)
    qsizetype length = 0; ///< UTF-16 length of that cluster
    int index = 0; ///< 0-based index of the cluster among all clusters of the text
    char32_t codePoint = 0; ///< the offending code point inside the cluster
    /// emoji, control, private-use, replacement, unpaired-surrogate, bidi-control,
    /// tag, noncharacter, and line-break in one-line fields
    QString kind;

    bool operator==(const ForbiddenCharacter &) const = default;
};

/** What counting a text found: the count and where the forbidden characters are. */
struct TextScan
{
    int count = 0;
    QList<ForbiddenCharacter> forbidden;
};

/**
 * The one way the app, the tool and the server count characters: user-perceived
 * characters (grapheme clusters), without white space.
 */
class TextCount
{
public:
    /**
     * Grapheme clusters of @p text, skipping clusters made only of Unicode
     * White_Space or of invisible format characters (zero-width space, BOM,
     * joiners). CJK Extension B counts 1, so does "e" + combining accent.
     */
    [[nodiscard]] static int count(QStringView text);
    /**
     * count() and the forbidden characters in one pass; with @p singleLine,
     * tabs and line breaks are forbidden too (kind line-break).
     */
    [[nodiscard]] static TextScan scan(QStringView text, bool singleLine = false);
    /** The Unicode White_Space property. */
    [[nodiscard]] static bool isWhiteSpace(char32_t c);
    /**
     * Why @p c is refused in free text, or an empty string when it is not:
     * emoji (Extended_Pictographic, regional indicators, skin-tone modifiers,
     * the keycap mark), control (C0/C1 except tab and line breaks),
     * bidi-control (the embeddings, overrides and isolates U+202A–202E and
     * U+2066–2069, which make text display in another order than it is
     * stored), tag (U+E0000–E007F, invisible, can hide text), noncharacter
     * (U+FDD0–FDEF and every U+xxFFFE/U+xxFFFF), private-use, replacement
     * (U+FFFD); with @p singleLine also line-break (tab, line and paragraph
     * separators).
     */
    [[nodiscard]] static QString forbiddenKind(char32_t c, bool singleLine = false);
    /**
     * The byte offset of the first byte that is not well-formed UTF-8
     * (overlong forms, surrogates and values above U+10FFFF included), or -1.
     */
    [[nodiscard]] static qsizetype invalidUtf8Offset(QByteArrayView bytes);
    /** The translated message for text that is not UTF-8 at byte @p offset. */
    [[nodiscard]] static QString invalidUtf8Message(qsizetype offset);
};

} // namespace zkgrad
