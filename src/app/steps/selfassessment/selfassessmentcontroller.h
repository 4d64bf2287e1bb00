#pragma once

#include "apierror.h"
#include "selfassessment.h"
#include "wizard/sectionlink.h"
#include "wizard/stepcontroller.h"

#include <QColor>
#include <QPointer>
#include <QQuickTextDocument>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

class ApplicationSession;
class StepContext;
class QSyntaxHighlighter;
class QTextDocument;

/** The self-assessment step (自我鉴定): the text, its live count and the batch's limits. */
class SelfAssessmentController : public StepController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int minimum READ minimum NOTIFY changed)
    Q_PROPERTY(int maximum READ maximum NOTIFY changed)
    Q_PROPERTY(CountState countState READ countState NOTIFY changed)
    Q_PROPERTY(QString counterText READ counterText NOTIFY changed)
    Q_PROPERTY(QString counterDetail READ counterDetail NOTIFY changed)
    Q_PROPERTY(QVariantList forbiddenCharacters READ forbiddenCharacters NOTIFY forbiddenChanged)

public:
    /** Where the count stands against the limits, for the counter's colour. */
    enum CountState { Empty, TooShort, Within, TooLong };
    Q_ENUM(CountState)

    explicit SelfAssessmentController(ApplicationSession *session, StepContext *context,
                                      QObject *parent = nullptr);

    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    /** Characters as TextCount::count counts them (the server's number). */
    [[nodiscard]] int count() const { return m_result.count; }
    [[nodiscard]] int minimum() const { return m_result.min; }
    [[nodiscard]] int maximum() const { return m_result.max; }
    [[nodiscard]] CountState countState() const;
    /** "326 / 300–500 characters". */
    [[nodiscard]] QString counterText() const;
    /** What the count means: how many more or fewer, or that it fits. */
    [[nodiscard]] QString counterDetail() const;
    /**
     * The characters that cannot be printed, in text order: {offset, length (UTF-16, for
     * selecting), line (1-based), message (which character, where, how to fix it)}.
     */
    [[nodiscard]] QVariantList forbiddenCharacters() const { return m_forbidden; }
    /** "selfAssessmentText" -> message while the text is wrong. */
    [[nodiscard]] QVariantMap errors() const override { return m_errors; }
    [[nodiscard]] QVariantList fieldProblems() const override { return m_fieldProblems; }
    [[nodiscard]] bool isEditable() const override { return m_link.isEditable(); }

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QVariantMap summary() const override;
    [[nodiscard]] QStringList problems() const override;
    [[nodiscard]] QJsonObject toJson() const override;
    void fromJson(const QJsonObject &json) override;
    void leave() override;
    void retranslate() override;
    [[nodiscard]] bool isReadOnly() const override { return !isEditable(); }

    /** The text without the characters that cannot be printed (the page's "remove them"). */
    Q_INVOKABLE QString withoutForbidden() const;
    /** Asks the page to select refused character @p index in the text (its "Show" button). */
    Q_INVOKABLE void showForbidden(int index);

    /** The section as the server sent it: adopted when the local draft has no text yet. */
    void adoptServerSection(const QJsonObject &section);

Q_SIGNALS:
    void textChanged();
    // Only on a real change, so lists built from it are not rebuilt on every keystroke.
    void forbiddenChanged();
    /** The editor should select [@p start, @p end) and take the focus. */
    void selectionRequested(int start, int end);

private:
    void recheck();
    void onFieldErrors(const QList<zkgrad::net::FieldError> &errors);
    [[nodiscard]] QString describe(const zkgrad::ForbiddenCharacter &c) const;

    QPointer<ApplicationSession> m_session;
    /** Editability, the server's copy, its refusal of the text, the write if changed. */
    SectionLink m_link;
    QString m_text;
    zkgrad::SelfAssessmentResult m_result;
    QVariantList m_forbidden;
    QVariantMap m_errors;
    QVariantList m_fieldProblems;
    QStringList m_problems;
};

/**
 * Marks the characters the self-assessment may not contain in a TextArea's document
 * (red background), the same ones TextCount refuses. Each paragraph is scanned when
 * Qt re-highlights it, so only edited paragraphs are looked at again.
 */
class SelfAssessmentHighlighter : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QQuickTextDocument *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(QColor background READ background WRITE setBackground NOTIFY backgroundChanged)
    Q_PROPERTY(QColor foreground READ foreground WRITE setForeground NOTIFY backgroundChanged)

public:
    explicit SelfAssessmentHighlighter(QObject *parent = nullptr);
    ~SelfAssessmentHighlighter() override;

    [[nodiscard]] QQuickTextDocument *document() const { return m_document; }
    void setDocument(QQuickTextDocument *document);
    [[nodiscard]] QColor background() const { return m_background; }
    void setBackground(const QColor &color);
    [[nodiscard]] QColor foreground() const { return m_foreground; }
    void setForeground(const QColor &color);

    /** Attaches the marking to @p document (owned by it); what the QML element does. */
    static QSyntaxHighlighter *attach(QTextDocument *document, const QColor &background,
                                      const QColor &foreground);

Q_SIGNALS:
    void documentChanged();
    void backgroundChanged();

private:
    QPointer<QQuickTextDocument> m_document;
    QPointer<QSyntaxHighlighter> m_highlighter;
    QColor m_background { 0xc0, 0x26, 0x2d };
    QColor m_foreground { Qt::white };
};
