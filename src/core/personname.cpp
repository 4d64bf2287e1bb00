#include "personname.h"

#include "freetext.h"

#include <QCoreApplication>

namespace zkgrad {

bool PersonName::isDotLookalike(char32_t c)
{
    switch (c) {
    case 0x002E: // FULL STOP, the half-width dot
    case 0x00B7: // MIDDLE DOT itself
    case 0x0387: // GREEK ANO TELEIA (canonically equal to U+00B7)
    case 0x2022: // BULLET
    case 0x2027: // HYPHENATION POINT
    case 0x2219: // BULLET OPERATOR
    case 0x22C5: // DOT OPERATOR
    case 0x2E31: // WORD SEPARATOR MIDDLE DOT
    case 0x3002: // IDEOGRAPHIC FULL STOP, what a Chinese IME gives for "."
    case 0x30FB: // KATAKANA MIDDLE DOT, what many IMEs give for "·"
    case 0xA78F: // LATIN LETTER SINOLOGICAL DOT
    case 0xFF0E: // FULLWIDTH FULL STOP
    case 0xFF65: // HALFWIDTH KATAKANA MIDDLE DOT
    case 0x16EB: // RUNIC SINGLE PUNCTUATION
    case 0x2024: // ONE DOT LEADER
        return true;
    default:
        return false;
    }
}

QString PersonName::normalize(QStringView input)
{
    QString out;
    const QString trimmed = input.trimmed().toString();
    out.reserve(trimmed.size());
    for (const char32_t c : trimmed.toUcs4()) {
        if (isDotLookalike(c))
            out.append(QChar(middleDot));
        else
            out.append(QString::fromUcs4(&c, 1));
    }
    return out;
}

RuleResult PersonName::check(QStringView input)
{
    const QString name = normalize(input);
    if (name.isEmpty()) {
        return RuleResult::error(QStringLiteral("empty"),
                                 QCoreApplication::translate("PersonName",
                                                             "Please enter the name exactly as "
                                                             "it appears on the ID card."),
                                 name);
    }
    // Invisible and deceptive characters first: the "not a Chinese character"
    // message below would quote them as nothing at all.
    if (RuleResult r =
            FreeText::check(name, QCoreApplication::translate("PersonName", "name"), maxLength);
        !r.isValid())
        return r;
    const QList<uint> codePoints = name.toUcs4();
    for (const uint c : codePoints) {
        if (QChar::isDigit(c)) {
            return RuleResult::error(QStringLiteral("digits"),
                                     QCoreApplication::translate("PersonName",
                                                                 "A name cannot contain digits. "
                                                                 "Please remove them."),
                                     name);
        }
    }
    for (const uint c : codePoints) {
        if (QChar::isSpace(c)) {
            return RuleResult::error(
                QStringLiteral("spaces"),
                QCoreApplication::translate("PersonName",
                                            "A name cannot contain spaces. Separate the parts "
                                            "of a minority name with the middle dot ·."),
                name);
        }
    }
    for (const uint c : codePoints) {
        if (c != middleDot && QChar::script(c) != QChar::Script_Han) {
            return RuleResult::error(
                QStringLiteral("characters"),
                QCoreApplication::translate("PersonName",
                                            "The name contains “%1”, which is not a "
                                            "Chinese character. Enter the name exactly as it "
                                            "appears on the ID card.")
                    .arg(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1)),
                name);
        }
    }
    if (name.startsWith(QChar(middleDot)) || name.endsWith(QChar(middleDot))
        || name.contains(QString(2, QChar(middleDot)))) {
        return RuleResult::error(
            QStringLiteral("dot-position"),
            QCoreApplication::translate("PersonName",
                                        "The middle dot · may only stand between two parts "
                                        "of a name, once each time. Please correct it."),
            name);
    }
    if (codePoints.size() > maxLength) {
        return RuleResult::error(
            QStringLiteral("too-long"),
            QCoreApplication::translate("PersonName",
                                        "The name is longer than %1 characters. Please check it.")
                .arg(maxLength),
            name);
    }
    return RuleResult::ok(name);
}

} // namespace zkgrad
