// The PDF receipt: the resume and self-assessment exactly as the server stored them, in a
// real PDF written atomically.
#include "steps/checksubmit/receiptwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
QJsonObject application()
{
    return QJsonDocument::fromJson(R"({
      "id": "app_1", "batchId": "2026-2", "state": "submitted", "round": 1,
      "updatedAt": "2026-11-28T02:30:00Z",
      "major": {"code": "B080901", "name": "计算机科学与技术", "levelName": "本科"},
      "school": {"code": "S01", "name": "重庆示例大学"},
      "sections": {
        "priorDegree": {"name": "赵本未", "idNumber": "500101199001010034",
                        "diplomaNumber": "125351201506000123", "school": "重庆示例职业学院",
                        "graduationDate": "2015-07-01"},
        "resume": {"entries": [
          {"from": "2005-09", "to": "2008-07", "organisation": "重庆市示例中学", "role": "学生", "witness": "张老师"},
          {"from": "2008-09", "to": "present", "organisation": "示例<公司>&", "role": "职员", "witness": "李经理"}]},
        "selfAssessment": {"text": "第一段。\n\n第二段  两个空格。", "length": 12},
        "note": {"text": ""}
      },
      "attachments": [{"slot": "id-front", "bytes": 48211, "width": 800, "height": 505,
                       "sha256": "0123456789abcdef0123"}]
    })")
        .object();
}
} // namespace

/** ReceiptWriter's content and file. */
class TestReceiptWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlHoldsTheArchiveTexts()
    {
        const QString html = ReceiptWriter::html(
            application(), { { QStringLiteral("name"), QStringLiteral("赵本未") } });
        QVERIFY(html.contains(QStringLiteral("重庆市示例中学")));
        QVERIFY(html.contains(QStringLiteral("张老师")));
        QVERIFY(html.contains(QStringLiteral("125351201506000123")));
        // Markup in an entry is text, not HTML.
        QVERIFY(html.contains(QStringLiteral("示例&lt;公司&gt;&amp;")));
        // Line breaks and spaces of the self-assessment are kept.
        QVERIFY(html.contains(QStringLiteral("第一段。\n\n第二段  两个空格。")));
        QVERIFY(html.contains(QStringLiteral("pre-wrap")));
        QVERIFY(html.contains(QStringLiteral("id-front")));
        QVERIFY(html.contains(QStringLiteral("2026-11-28 10:30"))); // Beijing time
        // The state in ReviewTexts' words, not the API's name.
        QVERIFY(html.contains(QStringLiteral("round 1, state submitted,")));
        QJsonObject rejected = application();
        rejected.insert(QStringLiteral("state"), QStringLiteral("rejected"));
        QVERIFY(ReceiptWriter::html(rejected, {})
                    .contains(QStringLiteral("state returned by the school,")));
    }

    void writesAPdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
        QString error;
        QVERIFY2(ReceiptWriter::write(application(), {}, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/Type /Page"));
        QVERIFY(pdf.size() > 2000);
        // ZKGRAD_KEEP_RECEIPT=<file> keeps a copy to look at (pdftoppm -png).
        const QString keep = qEnvironmentVariable("ZKGRAD_KEEP_RECEIPT");
        if (!keep.isEmpty()) {
            QFile::remove(keep);
            QVERIFY(QFile::copy(path, keep));
        }
    }

    void unwritableFolderIsAnError()
    {
        QString error;
        QVERIFY(!ReceiptWriter::write(application(), {},
                                      QStringLiteral("/nonexistent-folder/receipt.pdf"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestReceiptWriter)
#include "tst_receiptwriter.moc"
