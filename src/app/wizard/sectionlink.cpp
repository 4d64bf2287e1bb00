#include "wizard/sectionlink.h"

#include "applicationrecord.h"
#include "session/applicationsession.h"

using zkgrad::ApplicationRecord;
using zkgrad::Workflow;
using zkgrad::net::ApiResult;
using zkgrad::net::FieldError;

SectionLink::SectionLink(ApplicationSession *session, Workflow::Section section, Adoption adoption,
                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_section(section)
    , m_prefix(ApplicationRecord::sectionKey(section))
    , m_adoption(adoption)
{
    if (!m_session)
        return;
    m_editable = sessionEditable();
    connect(m_session, &ApplicationSession::applicationChanged, this,
            &SectionLink::onApplicationChanged);
    connect(m_session, &ApplicationSession::fieldErrors, this, &SectionLink::onFieldErrors);
}

SectionLink::SectionLink(ApplicationSession *session, const QString &fieldPrefix, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_prefix(fieldPrefix)
{
    if (m_session)
        connect(m_session, &ApplicationSession::fieldErrors, this, &SectionLink::onFieldErrors);
}

bool SectionLink::sessionEditable() const
{
    return !m_session || !m_section || m_session->isEditable(*m_section);
}

void SectionLink::onApplicationChanged()
{
    // Editability first: a step that adopts the copy may ask whether it can be changed.
    const bool editable = sessionEditable();
    if (editable != m_editable) {
        m_editable = editable;
        Q_EMIT editableChanged();
    }
    if (m_adoption == Adoption::EveryApplication || m_adoptPending)
        offer();
}

void SectionLink::draftLoaded()
{
    m_adoptPending = true;
    offer();
}

void SectionLink::offer()
{
    if (!m_session || !m_section || !m_session->hasApplication())
        return;
    m_adoptPending = false;
    Q_EMIT adoptionDue(m_session->section(*m_section));
}

QString SectionLink::relative(const QString &path) const
{
    const QString head = m_prefix + QLatin1Char('.');
    return path.startsWith(head) ? path.mid(head.size()) : QString();
}

void SectionLink::onFieldErrors(const QList<FieldError> &errors)
{
    QList<FieldError> ours;
    for (const FieldError &e : errors) {
        // An attachment's refusal belongs to its slot, which shows it at the image.
        const bool belongs = m_section ? ApplicationRecord::sectionForField(e.field) == m_section
                && !e.field.startsWith(QLatin1String("attachments"))
                                       : !relative(e.field).isEmpty();
        if (belongs)
            ours.append(e);
    }
    if (!ours.isEmpty())
        Q_EMIT refused(ours);
}

void SectionLink::write(const QJsonObject &content)
{
    if (!m_session || !m_section || m_written == content)
        return;
    QPointer<SectionLink> self(this);
    m_session->writeSection(*m_section, content, [self, content](const ApiResult &result) {
        // A queued write has not reached the server yet: the next leave() sends it again.
        if (self && result.ok() && !result.queued)
            self->m_written = content;
    });
}
