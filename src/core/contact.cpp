#include "contact.h"

#include "freetext.h"
#include "textcount.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace zkgrad {

namespace {

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == QChar(0x2010) || c == QChar(0x2011)
        || c == QChar(0x2012) || c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2212)
        || c == QChar(0xFF0D);
}

bool allAsciiDigits(QStringView s)
{
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

QString Contact::asciiDigits(QStringView input)
{
    QString out = input.toString();
    for (QChar &c : out) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == QChar(0xFF0B)) // full-width plus
            c = u'+';
        else if (c == QChar(0xFF08)) // full-width parentheses
            c = u'(';
        else if (c == QChar(0xFF09))
            c = u')';
        else if (c == QChar(0xFF20)) // full-width @
            c = u'@';
    }
    return out;
}

RuleResult Contact::checkMobile(QStringView input)
{
    QString number;
    for (const QChar c : asciiDigits(input.trimmed())) {
        if (!isSeparator(c))
            number.append(c);
    }
    if (number.startsWith(QLatin1String("+86")))
        number.remove(0, 3);
    else if (number.startsWith(QLatin1String("0086")))
        number.remove(0, 4);

    if (number.isEmpty()) {
        return RuleResult::error(
            QStringLiteral("empty"),
            QCoreApplication::translate("Contact", "Please enter your mobile phone number."));
    }
    if (!allAsciiDigits(number)) {
        return RuleResult::error(
            QStringLiteral("characters"),
            QCoreApplication::translate("Contact",
                                        "The mobile phone number may only contain digits. Please "
                                        "check what you entered."),
            number);
    }
    if (number.size() != 11) {
        return RuleResult::error(
            QStringLiteral("length"),
            QCoreApplication::translate("Contact",
                                        "A mobile phone number has 11 digits; you entered %1. "
                                        "Please check it.")
                .arg(number.size()),
            number);
    }
    if (number.at(0) != u'1' || number.at(1) < u'3') {
        return RuleResult::error(
            QStringLiteral("prefix"),
            QCoreApplication::translate("Contact",
                                        "A mainland mobile phone number starts with 13 to 19. "
                                        "Please check the first digits."),
            number);
    }
    return RuleResult::ok(number);
}

RuleResult Contact::checkLandline(QStringView input, bool required)
{
    QString text;
    for (const QChar c : asciiDigits(input.trimmed())) {
        if (!c.isSpace())
            text.append(c);
    }
    if (text.isEmpty()) {
        if (!required)
            return RuleResult::ok({});
        return RuleResult::error(
            QStringLiteral("empty"),
            QCoreApplication::translate("Contact",
                                        "Please enter a landline number with its area code, for "
                                        "example 023-12345678."));
    }
    // (023)12345678 is the same as 023-12345678.
    static const QRegularExpression parens(QStringLiteral("^\\((0\\d{2,3})\\)"));
    text.replace(parens, QStringLiteral("\\1-"));
    QStringList parts;
    if (text.contains(u'-') || text.contains(QChar(0xFF0D))) {
        text.replace(QChar(0xFF0D), u'-');
        parts = text.split(u'-');
    } else if (allAsciiDigits(text)) {
        // Without a separator the area code length follows from its digits:
        // 010 and 02x have three, all others four.
        const qsizetype areaLength =
            (text.startsWith(QLatin1String("01")) || text.startsWith(QLatin1String("02"))) ? 3 : 4;
        parts = { text.left(areaLength), text.mid(areaLength) };
    }
    for (const QString &p : std::as_const(parts)) {
        if (p.isEmpty() || !allAsciiDigits(p)) {
            parts.clear();
            break;
        }
    }
    if (parts.size() < 2 || parts.size() > 3) {
        return RuleResult::error(
            QStringLiteral("characters"),
            QCoreApplication::translate("Contact",
                                        "Write the landline number as area code, hyphen and "
                                        "number, for example 023-12345678."),
            text);
    }
    static const QRegularExpression area(QStringLiteral("^(010|02\\d|0[3-9]\\d{2})$"));
    if (!area.match(parts.at(0)).hasMatch()) {
        return RuleResult::error(
            QStringLiteral("area-code"),
            QCoreApplication::translate("Contact",
                                        "The area code %1 is not valid: it starts with 0 and has "
                                        "3 or 4 digits, for example 023 for Chongqing.")
                .arg(parts.at(0)),
            text);
    }
    static const QRegularExpression local(QStringLiteral("^[2-9]\\d{6,7}$"));
    static const QRegularExpression extension(QStringLiteral("^\\d{1,6}$"));
    if (!local.match(parts.at(1)).hasMatch()
        || (parts.size() == 3 && !extension.match(parts.at(2)).hasMatch())) {
        return RuleResult::error(
            QStringLiteral("number"),
            QCoreApplication::translate("Contact",
                                        "The landline number after the area code must have 7 or "
                                        "8 digits and cannot start with 0 or 1. Please check it."),
            text);
    }
    return RuleResult::ok(parts.join(u'-'));
}

RuleResult Contact::checkPostalCode(QStringView input)
{
    QString code;
    for (const QChar c : asciiDigits(input.trimmed())) {
        if (!c.isSpace())
            code.append(c);
    }
    if (code.isEmpty()) {
        return RuleResult::error(QStringLiteral("empty"),
                                 QCoreApplication::translate(
                                     "Contact", "Please enter the postal code of your address."));
    }
    if (code.size() != 6 || !allAsciiDigits(code)) {
        return RuleResult::error(
            QStringLiteral("format"),
            QCoreApplication::translate("Contact",
                                        "A postal code has exactly 6 digits, for example 400000. "
                                        "Please check it."),
            code);
    }
    return RuleResult::ok(code);
}

RuleResult Contact::checkEmail(QStringView input, bool required)
{
    const QString email = asciiDigits(input.trimmed());
    if (email.isEmpty()) {
        if (!required)
            return RuleResult::ok({});
        return RuleResult::error(
            QStringLiteral("empty"),
            QCoreApplication::translate("Contact", "Please enter your e-mail address."));
    }
    // Typed with a Chinese input method still on: say so, since "not valid" would not tell
    // the candidate what to change.
    const bool ascii =
        std::all_of(email.cbegin(), email.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        return RuleResult::error(
            QStringLiteral("not-ascii"),
            QCoreApplication::translate(
                "Contact",
                "The e-mail address contains Chinese characters or full-width symbols (such as "
                "。). Switch the input method to English (usually with the Shift key) and type "
                "it again, like name@example.com."),
            email);
    }
    // Deliberately plain: ASCII local part, dotted domain with a letter TLD.
    // Quoted local parts are legal but nobody here has one.
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    const qsizetype at = email.lastIndexOf(u'@');
    if (email.size() > 254 || at > 64 || !shape.match(email).hasMatch()) {
        return RuleResult::error(
            QStringLiteral("format"),
            QCoreApplication::translate("Contact",
                                        "This is not a valid e-mail address; it should look like "
                                        "name@example.com. Please check it."),
            email);
    }
    // Domains are case-insensitive; keep the local part as typed.
    return RuleResult::ok(email.left(at + 1) + email.mid(at + 1).toLower());
}

RuleResult Contact::checkAddress(QStringView input)
{
    const QString address = input.trimmed().toString();
    const int n = TextCount::count(address);
    if (n == 0) {
        return RuleResult::error(
            QStringLiteral("empty"),
            QCoreApplication::translate("Contact",
                                        "Please enter your postal address (where the "
                                        "certificate or letters can reach you)."));
    }
    if (n < minAddressLength) {
        return RuleResult::error(
            QStringLiteral("too-short"),
            QCoreApplication::translate("Contact",
                                        "The address is too short; give the district, street and "
                                        "house number."),
            address);
    }
    if (n > maxAddressLength) {
        return RuleResult::error(QStringLiteral("too-long"),
                                 QCoreApplication::translate("Contact",
                                                             "The address has %1 characters; at "
                                                             "most %2 fit. Please shorten it.")
                                     .arg(n)
                                     .arg(maxAddressLength),
                                 address);
    }
    // No invisible or deceptive characters, and a bound on the stored size (FreeText).
    RuleResult policy = FreeText::check(
        address, QCoreApplication::translate("Contact", "postal address"), maxAddressLength);
    if (!policy.isValid())
        return policy;
    return RuleResult::ok(address);
}

} // namespace zkgrad
