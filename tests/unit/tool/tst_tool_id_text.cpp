#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** Runs "zkgrad-tool id check" and "zkgrad-tool text count" as real processes. */
class TestToolIdText : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Run run(const QStringList &args, const QString &lang = QString(),
            const QByteArray &input = QByteArray())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (lang.isEmpty())
            env.remove(u"ZKGRAD_LANG"_s);
        else
            env.insert(u"ZKGRAD_LANG"_s, lang);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ZKGRAD_TOOL_PATH), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60'000))
            return {};
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QString writeFile(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QString::number(++m_files) + u".txt"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    QTemporaryDir m_dir;
    int m_files = 0;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void idValid()
    {
        const Run r = run({ u"id"_s, u"check"_s, u"11010519491231002x"_s, u"--json"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"valid"_s).toBool(), true);
        QCOMPARE(o.value(u"reason"_s).toString(), u"ok"_s);
        QCOMPARE(o.value(u"message"_s).toString(), QString());
        QCOMPARE(o.value(u"normalized"_s).toString(), u"11010519491231002X"_s);
        QCOMPARE(o.value(u"birthDate"_s).toString(), u"1949-12-31"_s);
        QCOMPARE(o.value(u"gender"_s).toString(), u"female"_s);
    }

    void idInvalid_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("check digit") << u"110105194912310021"_s << u"check-digit"_s
                                     << u"身份证号第18位校验码应为 X，请核对后重新输入"_s;
        QTest::newRow("length") << u"1101051949"_s << u"length"_s << u"18位"_s;
        QTest::newRow("first generation") << u"500103900307123"_s << u"length"_s << u"15位"_s;
        QTest::newRow("characters") << u"11010519491231002Y"_s << u"characters"_s << u"数字"_s;
        QTest::newRow("province") << u"990103199003071239"_s << u"province"_s << u"99"_s;
        QTest::newRow("birth date") << u"500103199002301239"_s << u"birth-date"_s << u"出生日期"_s;
    }

    void idInvalid()
    {
        QFETCH(QString, id);
        QFETCH(QString, reason);
        QFETCH(QString, messagePart);
        const Run r = run({ u"id"_s, u"check"_s, id, u"--json"_s });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"valid"_s).toBool(true), false);
        QCOMPARE(o.value(u"reason"_s).toString(), reason);
        QVERIFY2(o.value(u"message"_s).toString().contains(messagePart), r.out.constData());
        QVERIFY(o.value(u"birthDate"_s).isNull());
        QVERIFY(o.value(u"gender"_s).isNull());
    }

    void idEnglishAndText()
    {
        const Run json =
            run({ u"id"_s, u"check"_s, u"110105194912310021"_s, u"--json"_s }, u"en"_s);
        QVERIFY(json.json().value(u"message"_s).toString().contains(u"should be X"_s));
        const Run text = run({ u"id"_s, u"check"_s, u"500103199003071239"_s });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("1990-03-07"));
        QVERIFY(text.out.contains("male"));
        QVERIFY(QJsonDocument::fromJson(text.out).isNull()); // human-readable, not JSON
    }

    void commandHelp_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("usage");
        QTest::newRow("id check") << QStringList { u"id"_s, u"check"_s, u"--help"_s }
                                  << QByteArray("usage: zkgrad-tool id check");
        QTest::newRow("text count -h") << QStringList { u"text"_s, u"count"_s, u"-h"_s }
                                       << QByteArray("usage: zkgrad-tool text count");
        QTest::newRow("photo fit") << QStringList { u"photo"_s, u"fit"_s, u"--help"_s }
                                   << QByteArray("zkgrad-tool photo fit");
        QTest::newRow("kiosk check-config")
            << QStringList { u"kiosk"_s, u"check-config"_s, u"--help"_s }
            << QByteArray("zkgrad-tool kiosk check-config");
    }

    // "GROUP COMMAND --help" is a request for usage (exit 0, stdout), not an unknown option.
    void commandHelp()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, usage);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(usage), r.out.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    // A class list: one ID per line in, one JSON object per line out, in order, blank lines
    // skipped; the exit code says whether every ID was valid.
    void idCheckStdin()
    {
        const Run r = run({ u"id"_s, u"check"_s, u"-"_s }, QString(),
                          "11010519491231002x\n\n110105194912310021\r\n 500103199003071239 \n");
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QList<QJsonObject> objects;
        for (const QByteArray &line : lines) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            QVERIFY2(doc.isObject(), line.constData());
            objects.append(doc.object());
        }
        QCOMPARE(objects.at(0).value(u"line"_s).toInt(), 1);
        QCOMPARE(objects.at(0).value(u"valid"_s).toBool(), true);
        QCOMPARE(objects.at(0).value(u"normalized"_s).toString(), u"11010519491231002X"_s);
        QCOMPARE(objects.at(1).value(u"line"_s).toInt(), 3);
        QCOMPARE(objects.at(1).value(u"valid"_s).toBool(true), false);
        QCOMPARE(objects.at(1).value(u"reason"_s).toString(), u"check-digit"_s);
        QCOMPARE(objects.at(1).value(u"input"_s).toString(), u"110105194912310021"_s);
        QCOMPARE(objects.at(2).value(u"line"_s).toInt(), 4);
        QCOMPARE(objects.at(2).value(u"birthDate"_s).toString(), u"1990-03-07"_s);

        const Run valid = run({ u"id"_s, u"check"_s, u"-"_s }, QString(), "500103199003071239\n");
        QCOMPARE(valid.exitCode, 0);
        QCOMPARE(valid.out.count('\n'), 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("id without command") << QStringList { u"id"_s };
        QTest::newRow("id unknown command") << QStringList { u"id"_s, u"guess"_s, u"1"_s };
        QTest::newRow("id without number") << QStringList { u"id"_s, u"check"_s, u"--json"_s };
        QTest::newRow("id two numbers") << QStringList { u"id"_s, u"check"_s, u"1"_s, u"2"_s };
        QTest::newRow("id unknown option")
            << QStringList { u"id"_s, u"check"_s, u"1"_s, u"--xml"_s };
        QTest::newRow("text without file") << QStringList { u"text"_s, u"count"_s };
        QTest::newRow("text missing file")
            << QStringList { u"text"_s, u"count"_s, u"/nonexistent/zkgrad.txt"_s, u"--json"_s };
        QTest::newRow("text bad limit")
            << QStringList { u"text"_s, u"count"_s, u"x.txt"_s, u"--min"_s, u"many"_s };
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void textCount_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("reason");
        const QByteArray sentence =
            QString(u"本人自参加自学考试以来，刻苦学习，遵纪守法。\n"_s).toUtf8();
        QTest::newRow("ok") << sentence.repeated(15) << QStringList {} << 0 << 330 << u"ok"_s;
        QTest::newRow("too short")
            << sentence.repeated(2) << QStringList {} << 1 << 44 << u"too-short"_s;
        QTest::newRow("too long") << sentence.repeated(23) << QStringList {} << 1 << 506
                                  << u"too-long"_s;
        QTest::newRow("emoji") << sentence.repeated(15) + "\xF0\x9F\x98\x80" << QStringList {} << 1
                               << 331 << u"forbidden-character"_s;
        QTest::newRow("own limits")
            << sentence.repeated(2) << QStringList { u"--min"_s, u"10"_s, u"--max"_s, u"50"_s } << 0
            << 44 << u"ok"_s;
        QTest::newRow("extension B and combining")
            << QByteArray("\xF0\xA0\x80\x80"
                          "e\xCC\x81")
            << QStringList { u"--min"_s, u"2"_s } << 0 << 2 << u"ok"_s;
    }

    void textCount()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(int, count);
        QFETCH(QString, reason);
        const QString path = writeFile(content);
        QVERIFY(!path.isEmpty());
        const Run r = run(QStringList { u"text"_s, u"count"_s, path, u"--json"_s } + extra);
        QCOMPARE(r.exitCode, exitCode);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"count"_s).toInt(-1), count);
        QCOMPARE(o.value(u"reason"_s).toString(), reason);
        QCOMPARE(o.value(u"valid"_s).toBool(), exitCode == 0);
        QVERIFY(o.contains(u"min"_s) && o.contains(u"max"_s));
        if (extra.isEmpty()) {
            QCOMPARE(o.value(u"min"_s).toInt(), 300);
            QCOMPARE(o.value(u"max"_s).toInt(), 500);
        }
    }

    void textForbiddenPositions()
    {
        const QString path = writeFile("ab\xF0\x9F\x98\x80"
                                       "c\x07");
        const Run r = run({ u"text"_s, u"count"_s, path, u"--json"_s, u"--min"_s, u"1"_s });
        QCOMPARE(r.exitCode, 1);
        const QJsonArray forbidden = r.json().value(u"forbidden"_s).toArray();
        QCOMPARE(forbidden.size(), 2);
        QCOMPARE(forbidden.at(0).toObject().value(u"offset"_s).toInt(), 2);
        QCOMPARE(forbidden.at(0).toObject().value(u"codePoint"_s).toString(), u"U+1F600"_s);
        QCOMPARE(forbidden.at(1).toObject().value(u"kind"_s).toString(), u"control"_s);
    }

    void textInvalidUtf8()
    {
        const QString path = writeFile("\xd7\xd4\xce\xd2\xbc\xf8\xb6\xa8"); // GBK
        const Run r = run({ u"text"_s, u"count"_s, path, u"--json"_s });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"reason"_s).toString(), u"invalid-utf8"_s);
        QCOMPARE(o.value(u"valid"_s).toBool(true), false);
        QCOMPARE(o.value(u"byteOffset"_s).toInt(-1), 0);
        QVERIFY(o.value(u"message"_s).toString().contains(u"UTF-8"_s));
    }
};

QTEST_GUILESS_MAIN(TestToolIdText)
#include "tst_tool_id_text.moc"
