#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** Runs zkgrad-tool as a real process: id check, text count, several inputs, every --help. */
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

    // Every command of every group, with the line that starts its usage.
    static QList<QStringList> allCommands()
    {
        return { { u"id"_s, u"check"_s },          { u"text"_s, u"count"_s },
                 { u"photo"_s, u"check"_s },       { u"photo"_s, u"fit"_s },
                 { u"photo"_s, u"detect"_s },      { u"kiosk"_s, u"pin-hash"_s },
                 { u"kiosk"_s, u"check-config"_s } };
    }

    static QByteArray usageLine(const QStringList &command)
    {
        return "usage: zkgrad-tool " + command.join(u' ').toUtf8() + ' ';
    }

    void commandHelp_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("flag");
        for (const QStringList &command : allCommands()) {
            for (const QString &flag : { u"--help"_s, u"-h"_s })
                QTest::newRow(qPrintable(command.join(u' ') + u' ' + flag)) << command << flag;
        }
    }

    // "GROUP COMMAND --help" is a request for that command's usage (exit 0, stdout), not an
    // unknown option, and not the whole group's: the other commands' usage is not in it.
    void commandHelp()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, flag);
        const Run r = run(command + QStringList { flag });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(usageLine(command)), r.out.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY2(r.out.contains("Exit:"), r.out.constData());
        for (const QStringList &other : allCommands()) {
            if (other != command)
                QVERIFY2(!r.out.contains(usageLine(other)), r.out.constData());
        }
    }

    // "GROUP --help" lists every command of the group; the tool's own --help every command.
    void groupAndToolHelp()
    {
        const Run tool = run({ u"--help"_s });
        QCOMPARE(tool.exitCode, 0);
        for (const QStringList &command : allCommands()) {
            const QByteArray listed = "  " + command.join(u' ').toUtf8() + ' ';
            QVERIFY2(tool.out.contains(listed), listed.constData());
            const Run group = run({ command.first(), u"--help"_s });
            QCOMPARE(group.exitCode, 0);
            QVERIFY2(group.out.contains(usageLine(command)), group.out.constData());
        }
    }

    // Several IDs on the command line: one JSON object per line, in order, each with its input.
    void idCheckMany()
    {
        const Run r =
            run({ u"id"_s, u"check"_s, u"11010519491231002x"_s, u"110105194912310021"_s });
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(first.value(u"input"_s).toString(), u"11010519491231002x"_s);
        QCOMPARE(first.value(u"valid"_s).toBool(), true);
        QCOMPARE(second.value(u"input"_s).toString(), u"110105194912310021"_s);
        QCOMPARE(second.value(u"reason"_s).toString(), u"check-digit"_s);

        const Run valid = run(
            { u"id"_s, u"check"_s, u"500103199003071239"_s, u"11010519491231002X"_s, u"--json"_s });
        QCOMPARE(valid.exitCode, 0);
        QCOMPARE(valid.out.count('\n'), 2);
    }

    // Several self-assessments at once: JSON Lines; an unreadable file is answered, not fatal.
    void textCountMany()
    {
        const QByteArray sentence =
            QString(u"本人自参加自学考试以来，刻苦学习，遵纪守法。\n"_s).toUtf8();
        const QString good = writeFile(sentence.repeated(15));
        const QString short_ = writeFile(sentence.repeated(2));
        const QString missing = m_dir.filePath(u"missing.txt"_s);
        const Run r = run({ u"text"_s, u"count"_s, good, short_ });
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(u"input"_s).toString(), good);
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(u"count"_s).toInt(), 330);
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"reason"_s).toString(),
                 u"too-short"_s);

        const Run withMissing = run({ u"text"_s, u"count"_s, good, missing });
        QCOMPARE(withMissing.exitCode, 2);
        const QList<QByteArray> answered = withMissing.out.trimmed().split('\n');
        QCOMPARE(answered.size(), 2);
        const QJsonObject unreadable = QJsonDocument::fromJson(answered.at(1)).object();
        QCOMPARE(unreadable.value(u"input"_s).toString(), missing);
        QCOMPARE(unreadable.value(u"reason"_s).toString(), u"unreadable"_s);
    }

    // Several photos at once: JSON Lines, one per photo, each with its input.
    void photoCheckMany()
    {
        QImage image(640, 480, QImage::Format_RGB32);
        image.fill(Qt::gray);
        const QString photo = m_dir.filePath(u"照片 one.png"_s);
        QVERIFY(image.save(photo, "PNG"));
        const QString notPhoto = writeFile("not a photo");
        const Run r = run({ u"photo"_s, u"check"_s, photo, notPhoto });
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(first.value(u"input"_s).toString(), photo);
        QCOMPARE(first.value(u"width"_s).toInt(), 640);
        QCOMPARE(second.value(u"input"_s).toString(), notPhoto);
        QCOMPARE(second.value(u"ok"_s).toBool(true), false);
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

    // A kiosk.conf as a school writes it on Windows (installer/kiosk/README.md, "Windows"):
    // Notepad or PowerShell 5 save UTF-8 with a byte-order mark and CRLF line ends, in
    // %ProgramData%\zkgrad, which on a Chinese Windows may sit under a folder with spaces,
    // Chinese characters and an apostrophe. check-config reads it as the app does.
    void kioskCheckConfigWrittenOnWindows()
    {
        const QString pinHash = [&] {
            const Run r = run({ u"kiosk"_s, u"pin-hash"_s, u"--iterations"_s, u"1000"_s },
                              QString(), "2468\r\n");
            return QString::fromUtf8(r.out.trimmed());
        }();
        QVERIFY2(pinHash.startsWith(u"pbkdf2-sha256$1000$"_s), qPrintable(pinHash));
        const QString folder = m_dir.filePath(u"Program Data/zkgrad 自助机 (O'Brien)"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/kiosk.conf"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString ini =
            u"[kiosk]\r\nenabled=true\r\nserver=https://zk.example.invalid/api/v1\r\n"
            u"idle_minutes=5\r\nwarning_seconds=45\r\nstaff_pin_hash="_s
            + pinHash + u"\r\nlocale=zh_CN\r\nschool=重庆示例大学 继续教育学院, 南岸教学点\r\n"_s;
        QVERIFY(file.write("\xEF\xBB\xBF" + ini.toUtf8()) > 0);
        file.close();

        const Run r = run({ u"kiosk"_s, u"check-config"_s, QDir::toNativeSeparators(path) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("ok: enabled=true server=https://zk.example.invalid/api/v1 "
                                "idle_minutes=5 warning_seconds=45 locale=zh_CN"),
                 r.out.constData());
        QVERIFY2(!r.err.contains("unknown key"), r.err.constData());

        // The same file without its PIN hash is refused, as the app would refuse to start.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write("\xEF\xBB\xBF[kiosk]\r\nenabled=true\r\nstaff_pin_hash=\r\n") > 0);
        file.close();
        const Run refused = run({ u"kiosk"_s, u"check-config"_s, path });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("staff_pin_hash"), refused.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("id without command") << QStringList { u"id"_s };
        QTest::newRow("id unknown command") << QStringList { u"id"_s, u"guess"_s, u"1"_s };
        QTest::newRow("id without number") << QStringList { u"id"_s, u"check"_s, u"--json"_s };
        QTest::newRow("id stdin and a number")
            << QStringList { u"id"_s, u"check"_s, u"-"_s, u"2"_s };
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
