#include "freetext.h"

#include <QCoreApplication>

namespace zkgrad {

qsizetype FreeText::maxUnits(int maxChars)
{
    return qsizetype(qMax(maxChars, 0)) * 4 + 16;
}

QString FreeText::describeKind(const QString &kind)
{
    if (kind == QLatin1String("emoji"))
        return QCoreApplication::translate("FreeText", "an emoji");
    if (kind == QLatin1String("control"))
        return QCoreApplication::translate("FreeText", "an invisible control character");
    if (kind == QLatin1String("private-use"))
        return QCoreApplication::translate(
            "FreeText", "a private-use character (often a special symbol of an input method)");
    if (kind == QLatin1String("replacement"))
        return QCoreApplication::translate(
            "FreeText", "the replacement character, left over from text converted wrongly");
    if (kind == QLatin1String("bidi-control"))
        return QCoreApplication::translate("FreeText",
                                           "a text-direction control character, which makes "
                                           "the text display in another order than it is "
                                           "stored");
    if (kind == QLatin1String("tag"))
        return QCoreApplication::translate("FreeText",
                                           "an invisible tag character, which can hide text");
    if (kind == QLatin1String("noncharacter"))
        return QCoreApplication::translate("FreeText", "a noncharacter, which no text may contain");
    if (kind == QLatin1String("line-break"))
        return QCoreApplication::translate(
            "FreeText", "a line break or tab, which this one-line field cannot hold");
    return QCoreApplication::translate("FreeText", "a broken character");
}

QString FreeText::forbiddenMessage(const QString &field, const ForbiddenCharacter &c)
{
    return QCoreApplication::translate("FreeText",
                                       "Character %2 of the %1, U+%4, is %3 and cannot be "
                                       "stored. Please delete it; if you cannot see it, delete "
                                       "the text around character %2 and type it again.")
        .arg(field)
        .arg(c.index + 1)
        .arg(describeKind(c.kind),
             QString::number(quint32(c.codePoint), 16).toUpper().rightJustified(4, u'0'));
}

RuleResult FreeText::check(QStringView text, const QString &field, int maxChars, Lines lines)
{
    const QString value = text.toString();
    // Bound the work before anything else: a megabyte of zero-width spaces
    // is refused without segmenting it.
    if (text.size() > maxUnits(maxChars) * 4) {
        return RuleResult::error(
            QStringLiteral("too-long"),
            QCoreApplication::translate("FreeText",
                                        "The %1 is far too long (%2 characters are allowed). "
                                        "Please shorten it.")
                .arg(field)
                .arg(maxChars),
            value);
    }
    const TextScan scan = TextCount::scan(text, lines == Lines::Single);
    if (!scan.forbidden.isEmpty()) {
        return RuleResult::error(QStringLiteral("forbidden-character"),
                                 forbiddenMessage(field, scan.forbidden.first()), value);
    }
    if (scan.count > maxChars) {
        return RuleResult::error(
            QStringLiteral("too-long"),
            QCoreApplication::translate("FreeText",
                                        "The %1 has %2 characters; at most %3 are allowed. "
                                        "Please shorten it by %4.")
                .arg(field)
                .arg(scan.count)
                .arg(maxChars)
                .arg(scan.count - maxChars),
            value);
    }
    if (text.size() > maxUnits(maxChars)) {
        return RuleResult::error(
            QStringLiteral("too-long"),
            QCoreApplication::translate("FreeText",
                                        "The %1 has only %2 visible characters but takes %3 "
                                        "storage units, more than the %4 allowed: it holds "
                                        "many invisible characters such as zero-width spaces. "
                                        "Please delete it and type it again.")
                .arg(field)
                .arg(scan.count)
                .arg(text.size())
                .arg(maxUnits(maxChars)),
            value);
    }
    return RuleResult::ok(value);
}

} // namespace zkgrad
