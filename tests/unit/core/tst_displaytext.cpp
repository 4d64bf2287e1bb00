#include "displaytext.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace zkgrad;
using namespace Qt::Literals::StringLiterals;

/** Tests that sizes and times are written one way: KB rounded up, Beijing time labelled. */
class TestDisplayText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void kilobytes_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0 KB"_s;
        QTest::newRow("one byte") << qint64(1) << u"0.1 KB"_s;
        QTest::newRow("43.7") << qint64(43'650) << u"43.7 KB"_s;
        QTest::newRow("just under") << qint64(49'999) << u"50 KB"_s;
        QTest::newRow("the limit") << qint64(50'000) << u"50 KB"_s;
        // Over the limit must never read as the limit.
        QTest::newRow("one over") << qint64(50'001) << u"50.1 KB"_s;
        QTest::newRow("negative") << qint64(-5) << u"0 KB"_s;
    }

    void kilobytes()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(DisplayText::kilobytes(bytes), text);
    }

    void kilobytesOfLimit()
    {
        QCOMPARE(DisplayText::kilobytesOfLimit(43'650, 50'000), u"43.7 KB (limit 50 KB)"_s);
    }

    void beijing()
    {
        // 16:30 UTC is 00:30 the next day in Beijing.
        const QDateTime utc(QDate(2026, 12, 3), QTime(16, 30), QTimeZone::utc());
        QCOMPARE(DisplayText::beijingDate(utc), u"2026-12-04"_s);
        QCOMPARE(DisplayText::beijingDateTime(utc), u"2026-12-04 00:30"_s);
        QCOMPARE(DisplayText::beijingTimeLabelled(utc), u"2026-12-04 00:30 (Beijing time)"_s);
        QCOMPARE(DisplayText::beijingTimeLabelled(utc, QDate(2026, 12, 4)),
                 u"00:30 (Beijing time)"_s);
        // "Today" is a Beijing date: the UTC date (3rd) does not shorten it.
        QCOMPARE(DisplayText::beijingTimeLabelled(utc, QDate(2026, 12, 3)),
                 u"2026-12-04 00:30 (Beijing time)"_s);
        // The same instant written in another zone reads the same.
        const QDateTime ny = utc.toTimeZone(QTimeZone(-5 * 3600));
        QCOMPARE(DisplayText::beijingDateTime(ny), u"2026-12-04 00:30"_s);
        QCOMPARE(DisplayText::beijingDate(QDateTime()), QString());
        QCOMPARE(DisplayText::beijingTimeLabelled(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
