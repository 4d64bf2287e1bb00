#include "steps/selfassessment/selfassessmentcontroller.h"

#include "session/applicationsession.h"

#include <QQuickTextDocument>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

using zkgrad::ForbiddenCharacter;
using zkgrad::SelfAssessment;
using zkgrad::TextCount;
using zkgrad::net::FieldError;

namespace {

constexpr auto kSection = zkgrad::Workflow::Section::SelfAssessment;
const QString kText = QStringLiteral("text");
const QString kField = QStringLiteral("selfAssessmentText");
/** Far beyond any limit a batch sets; keeps a pasted book out of the draft. */
constexpr qsizetype kMaxDraftLength = 20'000;
/** How many characters before a forbidden one the message quotes, to find it by. */
constexpr int kContextLength = 6;

} // namespace

SelfAssessmentController::SelfAssessmentController(ApplicationSession *session,
                                                   StepContext * /*context*/, QObject *parent)
    : StepController(parent)
    , m_session(session)
    , m_link(session, kSection, SectionLink::Adoption::FirstApplication, this)
{
    if (m_session)
        connect(m_session, &ApplicationSession::rulesChanged, this,
                &SelfAssessmentController::recheck);
    connect(&m_link, &SectionLink::refused, this, &SelfAssessmentController::onFieldErrors);
    connect(&m_link, &SectionLink::adoptionDue, this,
            &SelfAssessmentController::adoptServerSection);
    connect(&m_link, &SectionLink::editableChanged, this, &StepController::editableChanged);
    recheck();
}

void SelfAssessmentController::setText(const QString &text)
{
    if (!m_link.edit(m_text, text, kField))
        return;
    Q_EMIT textChanged();
    recheck();
}

void SelfAssessmentController::recheck()
{
    const zkgrad::BatchRules rules = m_session ? m_session->rules() : zkgrad::BatchRules {};
    m_result = SelfAssessment::check(m_text, rules);

    QVariantList forbidden;
    for (const ForbiddenCharacter &c : std::as_const(m_result.forbidden)) {
        const int line = static_cast<int>(QStringView(m_text).left(c.offset).count(u'\n')) + 1;
        forbidden.append(QVariantMap {
            { QStringLiteral("offset"), int(c.offset) },
            { QStringLiteral("length"), int(c.length) },
            { QStringLiteral("line"), line },
            { QStringLiteral("message"), describe(c) },
        });
    }

    QVariantMap errors;
    QVariantList fieldProblems;
    QStringList problems;
    const QString message = !m_result.isValid() ? m_result.message : m_link.refusal(kField);
    if (!message.isEmpty()) {
        errors.insert(kField, message);
        fieldProblems.append(QVariantMap { { QStringLiteral("field"), kField },
                                           { QStringLiteral("message"), message } });
        problems.append(message);
    }
    const bool forbiddenDiffers = forbidden != m_forbidden;
    const bool errorsDiffer = errors != m_errors;
    m_forbidden = forbidden;
    m_errors = errors;
    m_fieldProblems = fieldProblems;
    m_problems = problems;
    if (forbiddenDiffers)
        Q_EMIT forbiddenChanged();
    if (errorsDiffer)
        Q_EMIT errorsChanged();
    Q_EMIT changed();
}

QString SelfAssessmentController::describe(const ForbiddenCharacter &c) const
{
    // Name the character as the candidate sees it on screen: the emoji itself, or for
    // characters that show as nothing (or as a box) what they are. Never a code point: a
    // candidate cannot act on "U+1F600".
    const QString shown = QStringView(m_text).mid(c.offset, c.length).toString();
    QString what;
    if (c.kind == QLatin1String("emoji"))
        what = tr("the emoji \u201C%1\u201D").arg(shown);
    else if (c.kind == QLatin1String("control") || c.kind == QLatin1String("bidi-control"))
        what = tr("an invisible control character (often copied from a web page or a chat)");
    else if (c.kind == QLatin1String("line-break"))
        what = tr("an unusual line break (often copied from a web page or a PDF)");
    else if (c.kind == QLatin1String("tag"))
        what = tr("an invisible tag character (part of a flag emoji)");
    else if (c.kind == QLatin1String("private-use"))
        what = tr("a special symbol of an input method that other computers cannot show");
    else if (c.kind == QLatin1String("replacement"))
        what = tr("the replacement character \u201C\uFFFD\u201D, left over from text that was "
                  "converted wrongly");
    else
        what = tr("a broken character (left over from text that was converted wrongly)");

    // Quote what comes before it on the same line, so it can be found in print-outs too.
    const QStringView before = QStringView(m_text).left(c.offset);
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    QString context;
    const QList<uint> points = before.mid(lineStart).toUcs4();
    for (auto it = points.crbegin(); it != points.crend() && context.size() < kContextLength;
         ++it) {
        const auto cp = static_cast<char32_t>(*it);
        if (!TextCount::forbiddenKind(cp).isEmpty() || cp < 0x20 || (cp >= 0xD800 && cp < 0xE000))
            continue;
        context.prepend(QString::fromUcs4(&cp, 1));
    }
    // A quote that starts with a comma or a space reads badly; start at a character.
    while (!context.isEmpty() && (context.front().isPunct() || context.front().isSpace()))
        context.remove(0, 1);
    const int line = static_cast<int>(before.count(u'\n')) + 1;
    if (context.trimmed().isEmpty()) {
        return tr("At the start of line %1: %2 cannot be printed into the archive. Delete it.")
            .arg(line)
            .arg(what);
    }
    return tr("Line %1, after \"%2\": %3 cannot be printed into the archive. Delete it.")
        .arg(line)
        .arg(context.trimmed(), what);
}

SelfAssessmentController::CountState SelfAssessmentController::countState() const
{
    if (m_result.count == 0)
        return Empty;
    if (m_result.count < m_result.min)
        return TooShort;
    if (m_result.count > m_result.max)
        return TooLong;
    return Within;
}

QString SelfAssessmentController::counterText() const
{
    return tr("%1 / %2–%3 characters").arg(m_result.count).arg(m_result.min).arg(m_result.max);
}

QString SelfAssessmentController::counterDetail() const
{
    switch (countState()) {
    case Empty:
    case TooShort:
        return tr("%1 more needed").arg(m_result.min - m_result.count);
    case TooLong:
        return tr("%1 too many").arg(m_result.count - m_result.max);
    case Within:
        break;
    }
    // The length alone is not the step's state: a refused character still blocks it.
    if (!m_result.forbidden.isEmpty())
        return tr("Length is fine, but %n character(s) cannot be printed", nullptr,
                  int(m_result.forbidden.size()));
    return tr("Length is fine");
}

QString SelfAssessmentController::withoutForbidden() const
{
    QString out = m_text;
    // From the end, so earlier offsets stay valid.
    for (auto it = m_result.forbidden.crbegin(); it != m_result.forbidden.crend(); ++it)
        out.remove(it->offset, it->length);
    return out;
}

void SelfAssessmentController::showForbidden(int index)
{
    if (index < 0 || index >= m_result.forbidden.size())
        return;
    const ForbiddenCharacter &c = m_result.forbidden.at(index);
    Q_EMIT selectionRequested(int(c.offset), int(c.offset + c.length));
}

bool SelfAssessmentController::isComplete() const
{
    return m_result.isValid();
}

QStringList SelfAssessmentController::problems() const
{
    return m_problems;
}

QJsonObject SelfAssessmentController::toJson() const
{
    if (m_text.isEmpty())
        return {};
    return { { kText, m_text } };
}

void SelfAssessmentController::fromJson(const QJsonObject &json)
{
    const QJsonValue v = json.value(kText);
    m_text = v.isString() ? v.toString().left(kMaxDraftLength) : QString();
    m_link.forgetRefusals();
    Q_EMIT textChanged();
    recheck();
    // Restoring from a draft (for example after a reinstall) may find the server's copy,
    // now or when the application arrives.
    m_link.draftLoaded();
}

void SelfAssessmentController::adoptServerSection(const QJsonObject &section)
{
    const QString text = section.value(kText).toString();
    if (text.isEmpty() || !m_text.trimmed().isEmpty())
        return;
    m_text = text.left(kMaxDraftLength);
    m_link.markWritten({ { kText, m_text } });
    m_link.forgetRefusals();
    Q_EMIT textChanged();
    recheck();
}

void SelfAssessmentController::onFieldErrors(const QList<FieldError> &errors)
{
    // One text, one message: the first refusal says what to change.
    m_link.refuse(kField, errors.constFirst().detail);
    recheck();
}

void SelfAssessmentController::leave()
{
    // The server refuses what the rules refuse; the draft keeps unfinished text.
    if (!m_session || !isEditable() || !m_result.isValid())
        return;
    m_link.write({ { kText, m_text } });
}

void SelfAssessmentController::retranslate()
{
    recheck();
}

namespace {

/** Gives each refused character of a paragraph the warning colours. */
class ForbiddenCharacterHighlighter : public QSyntaxHighlighter
{
public:
    ForbiddenCharacterHighlighter(QTextDocument *document, const QColor &background,
                                  const QColor &foreground)
        : QSyntaxHighlighter(document)
    {
        setColors(background, foreground);
    }

    void setColors(const QColor &background, const QColor &foreground)
    {
        m_format.setBackground(background);
        m_format.setForeground(foreground);
        m_format.setFontUnderline(true);
    }

protected:
    void highlightBlock(const QString &text) override
    {
        // Paragraph breaks are grapheme boundaries, so scanning one paragraph finds
        // exactly what scanning the whole text finds there.
        const zkgrad::TextScan scan = TextCount::scan(text);
        for (const ForbiddenCharacter &c : scan.forbidden)
            setFormat(int(c.offset), int(c.length), m_format);
    }

private:
    QTextCharFormat m_format;
};

} // namespace

QSyntaxHighlighter *SelfAssessmentHighlighter::attach(QTextDocument *document,
                                                      const QColor &background,
                                                      const QColor &foreground)
{
    return new ForbiddenCharacterHighlighter(document, background, foreground);
}

SelfAssessmentHighlighter::SelfAssessmentHighlighter(QObject *parent)
    : QObject(parent)
{ }

SelfAssessmentHighlighter::~SelfAssessmentHighlighter()
{
    delete m_highlighter.data();
}

void SelfAssessmentHighlighter::setDocument(QQuickTextDocument *document)
{
    if (document == m_document)
        return;
    delete m_highlighter.data();
    m_document = document;
    if (m_document && m_document->textDocument())
        m_highlighter = attach(m_document->textDocument(), m_background, m_foreground);
    Q_EMIT documentChanged();
}

void SelfAssessmentHighlighter::setBackground(const QColor &color)
{
    if (color == m_background)
        return;
    m_background = color;
    if (auto *h = static_cast<ForbiddenCharacterHighlighter *>(m_highlighter.data())) {
        h->setColors(m_background, m_foreground);
        h->rehighlight();
    }
    Q_EMIT backgroundChanged();
}

void SelfAssessmentHighlighter::setForeground(const QColor &color)
{
    if (color == m_foreground)
        return;
    m_foreground = color;
    if (auto *h = static_cast<ForbiddenCharacterHighlighter *>(m_highlighter.data())) {
        h->setColors(m_background, m_foreground);
        h->rehighlight();
    }
    Q_EMIT backgroundChanged();
}

QVariantMap SelfAssessmentController::summary() const
{
    return makeSummary(
        { summaryRow(tr("Self-assessment"), text()), summaryRow(tr("Length"), counterText()) });
}
