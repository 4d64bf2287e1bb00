// Attachments: the JPEG in a slot of an application, uploaded, read and deleted.

#include "internal.h"

#include "jpegcheck.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace zkgrad::sandbox {

Reply Service::putAttachment(const QString &candidateId, const QString &id, const QString &slot,
                             const QByteArray &contentType, const QByteArray &data,
                             const QByteArray &ifMatch)
{
    const auto app = applicationFor(candidateId, id);
    if (!app)
        return notFound();
    const auto section = Workflow::sectionForSlot(slot);
    if (!section)
        return notFound();
    const Batch batch = batchRow(app->batchId).value_or(Batch {});
    if (data.size() > batch.rules.imageAcceptBytes) {
        return Reply::problem(
            413, S("image-too-large"),
            tr2("The image is larger than allowed.", "图片超过允许的大小，请压缩后重新上传。"),
            { { S("attachments.") + slot, S("too-large"),
                tr2("The image is larger than allowed.", "图片过大。") } },
            { { S("maxBytes"), qint64(batch.rules.imageAcceptBytes) },
              { S("bytes"), qint64(data.size()) } });
    }
    if (Reply g = guardWrite(app, ifMatch); g.status != 0)
        return g;
    if (Reply r = editRefusal(*app, *section); r.status != 0)
        return r;
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    if (mime != "image/jpeg") {
        return Reply::problem(415, S("unsupported-media-type"),
                              tr2("Upload the image as image/jpeg.", "请上传 JPG 格式的图片。"));
    }
    const JpegInfo info = inspectJpeg(data);
    if (!info.ok) {
        const QString detail = tr2("The file is not a complete, readable JPEG image.",
                                   "文件不是完整可读的 JPG 图片，请重新选择图片。");
        return Reply::problem(422, S("invalid-jpeg"), detail,
                              { { S("attachments.") + slot, info.reason, detail } });
    }
    // Only the image is kept: bytes after its end (an appended HTML page, a phone's
    // trailer) would be served back as part of an image/jpeg.
    const QByteArray image = data.left(info.end);
    const QString t = iso(now());
    return commitWrite(id, [&] {
        m_db.exec(
            S("INSERT OR REPLACE INTO attachments (application_id, slot, data, bytes, width,"
              " height, progressive, sha256, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { id, slot, image, qint64(image.size()), info.width, info.height,
              info.progressive ? 1 : 0,
              QString::fromLatin1(
                  QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex()),
              t });
    });
}

Reply Service::getAttachment(const QString &candidateId, const QString &id, const QString &slot)
{
    const auto app = applicationFor(candidateId, id);
    if (!app)
        return notFound();
    QSqlQuery q =
        m_db.exec(S("SELECT data, sha256 FROM attachments WHERE application_id = ? AND slot = ?"),
                  { id, slot });
    if (!q.next())
        return notFound();
    Reply r = Reply::raw("image/jpeg", q.value(0).toByteArray());
    r.setHeader("ETag", '"' + q.value(1).toString().toLatin1() + '"');
    return r;
}

Reply Service::deleteAttachment(const QString &candidateId, const QString &id, const QString &slot,
                                const QByteArray &ifMatch)
{
    const auto app = applicationFor(candidateId, id);
    if (Reply g = guardWrite(app, ifMatch); g.status != 0)
        return g;
    const auto section = Workflow::sectionForSlot(slot);
    if (!section)
        return notFound();
    if (Reply r = editRefusal(*app, *section); r.status != 0)
        return r;
    if (!m_db.scalar(S("SELECT COUNT(*) FROM attachments WHERE application_id = ? AND slot = ?"),
                     { id, slot })
             .toInt())
        return notFound();
    return commitWrite(id, [&] {
        m_db.exec(S("DELETE FROM attachments WHERE application_id = ? AND slot = ?"), { id, slot });
    });
}

} // namespace zkgrad::sandbox
