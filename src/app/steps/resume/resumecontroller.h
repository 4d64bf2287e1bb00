#pragma once

#include "apierror.h"
#include "resume.h"
#include "steps/resume/resumeentrymodel.h"
#include "wizard/sectionlink.h"
#include "wizard/stepcontroller.h"

#include <QDate>
#include <QJsonObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

class ApplicationSession;
class StepContext;

/** The resume step (本人简历): entries in order, checked by the core timeline rules. */
class ResumeController : public StepController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

    Q_PROPERTY(ResumeEntryModel *entries READ entries CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(QVariantMap warnings READ warnings NOTIFY warningsChanged)
    Q_PROPERTY(QVariantList years READ years CONSTANT)

public:
    /** The earliest year the pickers offer; older dates in a draft are kept as they are. */
    static constexpr int FirstYear = 1940;

    explicit ResumeController(ApplicationSession *session, StepContext *context,
                              QObject *parent = nullptr);

    [[nodiscard]] ResumeEntryModel *entries() { return &m_model; }
    [[nodiscard]] int count() const { return m_model.count(); }
    /** objectName of a wrong field ("entry_<row>_<field>", "addEntryButton") -> message. */
    [[nodiscard]] QVariantMap errors() const override { return m_errors; }
    /** "entry_<row>" -> the gap warning shown above that entry. */
    [[nodiscard]] QVariantMap warnings() const { return m_warnings; }
    /** {field, message} for the error summary, in page order. */
    [[nodiscard]] QVariantList fieldProblems() const override { return m_fieldProblems; }
    [[nodiscard]] bool isEditable() const override;
    /** The years the pickers offer, the latest first. */
    [[nodiscard]] QVariantList years() const;

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QVariantMap summary() const override;
    [[nodiscard]] QStringList problems() const override;
    [[nodiscard]] QJsonObject toJson() const override;
    void fromJson(const QJsonObject &json) override;
    void leave() override;
    void retranslate() override;
    [[nodiscard]] bool isReadOnly() const override { return !isEditable(); }

    /** The objectName the page gives to @p field ("from", "to", ...) of entry @p row. */
    Q_INVOKABLE static QString fieldName(int row, const QString &field);
    /**
     * Adds an empty entry at the end and returns its row. When the last entry ran
     * "until now", the new one is the latest: it takes over "until now" and the
     * previous entry asks for its end month.
     */
    Q_INVOKABLE int addEntry();
    Q_INVOKABLE void removeEntry(int row);
    /** Moves entry @p row one place earlier (-1) or later (+1); false at either end. */
    Q_INVOKABLE bool moveEntry(int row, int direction);
    /** True when entry @p row has anything entered (removing it asks first). */
    Q_INVOKABLE bool entryHasContent(int row) const;
    /** Forgets every entry (tests; a new candidate at a kiosk starts from an empty draft). */
    Q_INVOKABLE void clear();

    /** The section as the server sent it: adopted when the local draft has nothing yet. */
    void adoptServerSection(const QJsonObject &section);
    /** The date "until now" and "in the future" are measured against (tests fix it). */
    void setToday(QDate today);

Q_SIGNALS:
    // Separate from changed(), and only on a real change (as errorsChanged()).
    void warningsChanged();

private:
    void recheck();
    void onFieldErrors(const QList<zkgrad::net::FieldError> &errors);
    void onEntryEdited(int row, const QString &field);
    void structureChanged();
    [[nodiscard]] bool hasContent() const;
    [[nodiscard]] QJsonObject sectionContent() const;

    QPointer<ApplicationSession> m_session;
    /** Editability, the server's copy, its refusals by objectName, the write if changed. */
    SectionLink m_link;
    ResumeEntryModel m_model;
    QDate m_today;
    bool m_complete = false;
    QVariantMap m_errors;
    QVariantMap m_warnings;
    QVariantList m_fieldProblems;
    QStringList m_problems;
    /** Server refusals that name no single field. */
    QStringList m_serverGeneral;
};
