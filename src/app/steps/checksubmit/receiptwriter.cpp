#include "steps/checksubmit/receiptwriter.h"

#include "session/applicationsession.h"
#include "session/reviewtexts.h"

#include "applicationrecord.h"
#include "displaytext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Times in the receipt are Beijing time, as on every notice of the authority.
QString beijing(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return iso;
    return zkgrad::DisplayText::beijingDateTime(t);
}

QString month(const QString &value)
{
    return value == QLatin1String("present") ? ReceiptWriter::tr("now") : value;
}
} // namespace

ReceiptWriter::ReceiptWriter(ApplicationSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &ApplicationSession::applicationChanged, this,
            &ReceiptWriter::availableChanged);
}

bool ReceiptWriter::available() const
{
    return m_session && m_session->record().round() > 0;
}

QString ReceiptWriter::suggestedFileName() const
{
    const auto app = m_session ? m_session->record() : zkgrad::ApplicationRecord();
    return tr("graduation-application-%1-round-%2.pdf").arg(app.batchId()).arg(app.round());
}

QString ReceiptWriter::html(const QJsonObject &app, const QJsonObject &profile)
{
    using Section = zkgrad::Workflow::Section;
    const auto record = zkgrad::ApplicationRecord::fromJson(app);
    QString h;
    h += QStringLiteral("<h2 align=\"center\">%1</h2>")
             .arg(esc(tr("Graduation application — receipt")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Kept by the candidate for their records. The examination authority's "
                         "server holds the binding copy.")));
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>")
            .arg(esc(label), esc(value));
    };
    const QJsonObject major = app.value(QLatin1String("major")).toObject();
    h += QStringLiteral("<table cellpadding=\"3\" width=\"100%\">");
    h += row(tr("Name"), str(profile, "name"));
    h += row(tr("ID number"), str(profile, "idNumber"));
    h += row(tr("Application"), str(app, "id"));
    h += row(tr("Batch"), str(app, "batchId"));
    h += row(tr("Major"),
             QStringLiteral("%1 (%2, %3)")
                 .arg(str(major, "name"), str(major, "levelName"), str(major, "code")));
    h += row(tr("Examining school"), str(app.value(QLatin1String("school")).toObject(), "name"));
    h += row(tr("Submission"),
             tr("round %1, state %2, last change %3")
                 .arg(app.value(QLatin1String("round")).toInt())
                 .arg(ReviewTexts::stateLabel(record.state()), beijing(str(app, "updatedAt"))));
    h += QStringLiteral("</table>");

    const QJsonObject prior = record.section(Section::PriorDegree);
    if (!prior.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\" width=\"100%\">")
                 .arg(esc(tr("Prior degree")));
        h += row(tr("Name"), str(prior, "name"));
        h += row(tr("ID number"), str(prior, "idNumber"));
        h += row(tr("Diploma number"), str(prior, "diplomaNumber"));
        h += row(tr("School"), str(prior, "school"));
        h += row(tr("Graduation date"), str(prior, "graduationDate"));
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Resume")));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                        "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(esc(tr("From – to")), esc(tr("School or employer")), esc(tr("Role")),
                  esc(tr("Witness")));
    for (const QJsonValue v :
         record.section(Section::Resume).value(QLatin1String("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        h += QStringLiteral("<tr><td>%1 – %2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(str(e, "from")), esc(month(str(e, "to"))), esc(str(e, "organisation")),
                      esc(str(e, "role")), esc(str(e, "witness")));
    }
    h += QStringLiteral("</table>");

    const QJsonObject self = record.section(Section::SelfAssessment);
    h += QStringLiteral("<h3>%1</h3>")
             .arg(esc(tr("Self-assessment (%n characters)", nullptr,
                         self.value(QLatin1String("length")).toInt())));
    // White space is kept as typed: this is the text printed into the archive.
    h += QStringLiteral("<p style=\"white-space: pre-wrap\">%1</p>").arg(esc(str(self, "text")));

    const QString note = str(record.section(Section::Note), "text");
    if (!note.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><p style=\"white-space: pre-wrap\">%2</p>")
                 .arg(esc(tr("Situation note")), esc(note));
    }

    h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Images")));
    for (const QJsonValue v : app.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject a = v.toObject();
        h += QStringLiteral("<li>%1: %2 × %3, %4</li>")
                 .arg(esc(str(a, "slot")))
                 .arg(a.value(QLatin1String("width")).toInt())
                 .arg(a.value(QLatin1String("height")).toInt())
                 .arg(esc(tr("%1 bytes, SHA-256 %2")
                              .arg(a.value(QLatin1String("bytes")).toInt())
                              .arg(str(a, "sha256").left(16))));
    }
    h += QStringLiteral("</ul>");
    return h;
}

bool ReceiptWriter::write(const QJsonObject &application, const QJsonObject &profile,
                          const QString &path, QString *error)
{
    // Into a save file first, so a failed export never leaves half a PDF behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        pdf.setTitle(tr("Graduation application — receipt"));
        pdf.setCreator(QStringLiteral("zkgrad"));
        QTextDocument doc;
        QFont font = doc.defaultFont();
        font.setPointSize(10);
        doc.setDefaultFont(font);
        doc.setHtml(html(application, profile));
        doc.print(&pdf);
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool ReceiptWriter::save(const QUrl &url)
{
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    QString error;
    const bool ok =
        available() && write(m_session->application(), m_session->profile(), path, &error);
    m_message = ok ? tr("Saved the receipt to %1.").arg(QDir::toNativeSeparators(path))
                   : tr("The receipt could not be saved to %1: %2 Choose another folder.")
                         .arg(QDir::toNativeSeparators(path),
                              error.isEmpty() ? tr("nothing has been submitted yet.") : error);
    Q_EMIT lastMessageChanged();
    return ok;
}
