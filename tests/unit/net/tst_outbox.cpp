// The outbox keeps unsent writes in order, coalesces repeated saves, and round-trips
// through JSON (the draft carries it across a restart).
#include "outbox.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace zkgrad::net;

namespace {

Outbox::Entry entry(const QString &path, const QByteArray &body, const QString &label)
{
    Outbox::Entry e;
    e.method = "PUT";
    e.path = path;
    e.applicationId = QStringLiteral("app_1");
    e.contentType = "application/json; charset=utf-8";
    e.body = body;
    e.label = label;
    return e;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enqueueCoalescesSameTarget();
    void roundTripsThroughJson();
    void refusesDamagedJson();
    void statusTextCountsWaitingOnly();
};

void TestOutbox::enqueueCoalescesSameTarget()
{
    Outbox box;
    QSignalSpy changed(&box, &Outbox::changed);
    const QString a = box.enqueue(
        entry(QStringLiteral("/applications/app_1/resume"), "{\"v\":1}", QStringLiteral("resume")));
    box.enqueue(entry(QStringLiteral("/applications/app_1/note"), "{\"text\":\"n\"}",
                      QStringLiteral("note")));
    const QString again = box.enqueue(
        entry(QStringLiteral("/applications/app_1/resume"), "{\"v\":2}", QStringLiteral("resume")));
    QCOMPARE(again, a);
    QCOMPARE(box.entries().size(), 2);
    QCOMPARE(box.entries().at(0).body, QByteArray("{\"v\":2}")); // newest content, first position
    QCOMPARE(box.entries().at(1).label, QStringLiteral("note"));
    QVERIFY(box.isPending(QStringLiteral("app_1"), QStringLiteral("resume")));
    QVERIFY(!box.isPending(QStringLiteral("app_2"), QStringLiteral("resume")));
    QCOMPARE(changed.size(), 3);
    box.remove(a);
    QCOMPARE(box.entries().size(), 1);
}

void TestOutbox::roundTripsThroughJson()
{
    Outbox box;
    const QByteArray jpeg("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\xFF\xD9", 14);
    Outbox::Entry photo = entry(QStringLiteral("/applications/app_1/attachments/id-front"), jpeg,
                                QStringLiteral("id-front"));
    photo.contentType = "image/jpeg";
    const QString id = box.enqueue(photo);
    Outbox::Entry submit =
        entry(QStringLiteral("/applications/app_1/submit"), "{}", QStringLiteral("submit"));
    submit.method = "POST";
    submit.idempotencyKey = "0f1e2d3c";
    box.enqueue(submit);
    box.setState(id, Outbox::Entry::State::Sending);

    Outbox restored;
    QVERIFY(restored.fromJson(box.toJson()));
    QCOMPARE(restored.entries().size(), 2);
    const auto &p = restored.entries().at(0);
    QCOMPARE(p.body, jpeg);
    QCOMPARE(p.contentType, QByteArray("image/jpeg"));
    QCOMPARE(p.state, Outbox::Entry::State::Waiting); // was in flight: send again
    QCOMPARE(p.sendAttempts, 1);
    QCOMPARE(
        p.queuedAt,
        box.entries().at(0).queuedAt.toUTC().addMSecs(-box.entries().at(0).queuedAt.time().msec()));
    const auto &s = restored.entries().at(1);
    QCOMPARE(s.method, QByteArray("POST"));
    QCOMPARE(s.idempotencyKey, QByteArray("0f1e2d3c"));
}

void TestOutbox::refusesDamagedJson()
{
    Outbox box;
    box.enqueue(entry(QStringLiteral("/applications/app_1/note"), "{}", QStringLiteral("note")));
    QJsonObject json = box.toJson();
    QJsonObject wrongVersion = json;
    wrongVersion.insert(QLatin1String("schema"), 99);
    Outbox other;
    QVERIFY(!other.fromJson(wrongVersion));
    QJsonArray entries = json.value(QLatin1String("entries")).toArray();
    QJsonObject bad = entries.at(0).toObject();
    bad.insert(QLatin1String("body"), QStringLiteral("!!not base64!!"));
    entries.replace(0, bad);
    json.insert(QLatin1String("entries"), entries);
    QVERIFY(!other.fromJson(json));
    QVERIFY(other.isEmpty());
}

void TestOutbox::statusTextCountsWaitingOnly()
{
    Outbox box;
    QVERIFY(box.statusText().isEmpty());
    const QString id = box.enqueue(
        entry(QStringLiteral("/applications/app_1/note"), "{}", QStringLiteral("note")));
    QVERIFY(box.statusText().contains(QLatin1Char('1')));
    box.setState(id, Outbox::Entry::State::Failed, QStringLiteral("locked"));
    QCOMPARE(box.waitingCount(), 0);
    QVERIFY(box.statusText().isEmpty());
    QCOMPARE(box.find(id)->lastError, QStringLiteral("locked"));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
