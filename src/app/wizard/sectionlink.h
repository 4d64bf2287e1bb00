#pragma once

#include "apierror.h"
#include "workflow.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class ApplicationSession;

/**
 * What a section step (profile's contact details, prior degree, resume, self-assessment, the
 * note) shares with the server, composed into its controller: whether the section is editable
 * now, the server's copy offered to fill an empty draft, the server's refusals of the section's
 * fields (held until that field changes) and a write that is skipped while the server already
 * holds the content.
 */
class SectionLink : public QObject
{
    Q_OBJECT

public:
    /** When the server's copy is offered to the step (adoptionDue()). */
    enum class Adoption {
        /**
         * Once, with the first application after the draft was loaded (draftLoaded()): later
         * copies must not bring back what the candidate has since deleted.
         */
        FirstApplication,
        /** With every application the server sends; the step fills only what is still empty. */
        EveryApplication,
    };

    /** A link to @p section of the candidate's application; a null @p session is no server. */
    SectionLink(ApplicationSession *session, zkgrad::Workflow::Section section, Adoption adoption,
                QObject *parent);
    /**
     * A link to fields that are not a section of the application (the contact details, under
     * @p fieldPrefix): only the refusals and edit() apply, nothing is adopted or written.
     */
    SectionLink(ApplicationSession *session, const QString &fieldPrefix, QObject *parent);

    /** False while the application is with the school and did not send this section back. */
    [[nodiscard]] bool isEditable() const { return m_editable; }

    /** A draft was loaded: the server's copy may fill it, now or when the application arrives. */
    void draftLoaded();
    /** The draft was emptied: the next application's copy may fill it. */
    void awaitServerCopy() { m_adoptPending = true; }

    /**
     * Sets @p member to @p value for the candidate's edit of @p field; a refusal of the old
     * value goes. Returns whether anything changed (the caller then announces it).
     */
    template<typename T>
    bool edit(T &member, const T &value, const QString &field)
    {
        if (member == value)
            return false;
        member = value;
        m_refusals.remove(field);
        return true;
    }

    /** @p path below the section or prefix ("priorDegree.school" → "school"), else empty. */
    [[nodiscard]] QString relative(const QString &path) const;
    /** The server's refusal of @p field (relative to the section: "school", "entries[1].to"). */
    [[nodiscard]] QString refusal(const QString &field) const { return m_refusals.value(field); }
    [[nodiscard]] bool isRefused(const QString &field) const { return m_refusals.contains(field); }
    [[nodiscard]] const QHash<QString, QString> &refusals() const { return m_refusals; }
    /** Holds @p message for @p field until the candidate changes it. */
    void refuse(const QString &field, const QString &message) { m_refusals.insert(field, message); }
    /** The candidate changed @p field: its refusal was about a value that is gone. */
    void forget(const QString &field) { m_refusals.remove(field); }
    void forgetRefusals() { m_refusals.clear(); }

    /**
     * Writes @p content to the section unless the server holds it already as far as this link
     * knows (a write it saw accepted, or an adopted copy). Needs a session.
     */
    void write(const QJsonObject &content);
    /** The server holds @p content (it was adopted from there): writing it again is skipped. */
    void markWritten(const QJsonObject &content) { m_written = content; }
    /** What the server holds is unknown again (a new draft). */
    void forgetWritten() { m_written.reset(); }

Q_SIGNALS:
    /** isEditable() changed. */
    void editableChanged();
    /** The server's copy of the section, offered to fill what the draft lacks. */
    void adoptionDue(const QJsonObject &section);
    /**
     * The server refused fields of this section (never its attachments, which their slots
     * show); full paths, e.g. "resume.entries[2].from". Emitted only when there are any.
     */
    void refused(const QList<zkgrad::net::FieldError> &errors);

private:
    void onApplicationChanged();
    void onFieldErrors(const QList<zkgrad::net::FieldError> &errors);
    [[nodiscard]] bool sessionEditable() const;
    void offer();

    QPointer<ApplicationSession> m_session;
    std::optional<zkgrad::Workflow::Section> m_section;
    QString m_prefix;
    Adoption m_adoption = Adoption::EveryApplication;
    bool m_adoptPending = true;
    bool m_editable = true;
    QHash<QString, QString> m_refusals;
    std::optional<QJsonObject> m_written;
};
