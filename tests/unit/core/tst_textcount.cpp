#include "emojitable_p.h"
#include "textcount.h"

#include <QTest>

using namespace zkgrad;
using namespace Qt::Literals::StringLiterals;

/** Tests the one character-counting function and the generated emoji table. */
class TestTextCount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void count_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("han") << u"本人自学考试"_s << 6;
        QTest::newRow("punctuation counts") << u"我，你。“好”！"_s << 8;
        QTest::newRow("latin and digits count") << u"Qt6 C++"_s << 6;
        QTest::newRow("spaces do not count") << u" a \t b \u3000c\u00A0"_s << 3;
        QTest::newRow("line breaks do not count") << u"第一行\r\n第二行\n"_s << 6;
        QTest::newRow("extension B counts 1") << u"\U00020000\U0002A6D6"_s << 2;
        QTest::newRow("combining accent counts 1") << u"e\u0301te\u0301"_s << 3;
        QTest::newRow("decomposed hangul counts 1") << u"\u1100\u1161\u11A8"_s << 1;
        QTest::newRow("zero-width space does not count") << u"甲\u200B乙"_s << 2;
        QTest::newRow("bom does not count") << u"\uFEFF甲乙"_s << 2;
        QTest::newRow("full-width letters") << u"ＡＢＣ"_s << 3;
        QTest::newRow("emoji counted too") << u"好\U0001F600"_s << 2;
        QTest::newRow("zwj family is one cluster")
            << u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s << 1;
        // Qt 6.4 puts a grapheme boundary inside the surrogate pair of a
        // supplementary character that follows these scripts; ICU counts 2.
        QTest::newRow("thai then math bold A") << u"\u0E01\U0001D400"_s << 2;
        QTest::newRow("devanagari then extension B") << u"\u0915\U00020000"_s << 2;
        QTest::newRow("tibetan then math bold A") << u"\u0F40\U0001D400"_s << 2;
        QTest::newRow("khmer then extension B") << u"\u1780\U00020000"_s << 2;
        QTest::newRow("myanmar then math bold A") << u"\u1000\U0001D400"_s << 2;
        QTest::newRow("sinhala then math bold A") << u"\u0D9A\U0001D400"_s << 2;
        QTest::newRow("thai run then two supplementary")
            << u"\u0E01\u0E02\u0E03\U0001D400\U00020000\u0E04"_s << 6;
    }

    void count()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(TextCount::count(text), expected);
        QCOMPARE(TextCount::scan(text).count, expected);
    }

    void forbidden_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qsizetype>>("offsets");
        QTest::addColumn<QStringList>("kinds");
        QTest::newRow("clean") << u"本人\t遵纪守法。\r\n"_s << QList<qsizetype> {}
                               << QStringList {};
        QTest::newRow("smiley") << u"好\U0001F600"_s << QList<qsizetype> { 1 }
                                << QStringList { u"emoji"_s };
        QTest::newRow("heart with variation selector")
            << u"爱\u2764\uFE0F国"_s << QList<qsizetype> { 1 } << QStringList { u"emoji"_s };
        QTest::newRow("flag") << u"\U0001F1E8\U0001F1F3中国"_s << QList<qsizetype> { 0 }
                              << QStringList { u"emoji"_s };
        QTest::newRow("skin tone")
            << u"赞\U0001F44D\U0001F3FD"_s << QList<qsizetype> { 1 } << QStringList { u"emoji"_s };
        QTest::newRow("copyright sign is pictographic")
            << u"\u00A9"_s << QList<qsizetype> { 0 } << QStringList { u"emoji"_s };
        QTest::newRow("bell") << u"a\u0007b"_s << QList<qsizetype> { 1 }
                              << QStringList { u"control"_s };
        QTest::newRow("escape and delete") << u"\u001B\u007F"_s << QList<qsizetype> { 0, 1 }
                                           << QStringList { u"control"_s, u"control"_s };
        QTest::newRow("C1 control")
            << u"x\u0090"_s << QList<qsizetype> { 1 } << QStringList { u"control"_s };
        QTest::newRow("private use")
            << u"字\uE000"_s << QList<qsizetype> { 1 } << QStringList { u"private-use"_s };
        QTest::newRow("supplementary private use")
            << u"\U000F0000"_s << QList<qsizetype> { 0 } << QStringList { u"private-use"_s };
        QTest::newRow("replacement character")
            << u"乱\uFFFD码"_s << QList<qsizetype> { 1 } << QStringList { u"replacement"_s };
        QTest::newRow("unpaired surrogate")
            << QString(QChar(0xD800)) + u"字"_s << QList<qsizetype> { 0 }
            << QStringList { u"unpaired-surrogate"_s };
        QTest::newRow("several, offsets in UTF-16")
            << u"\U00020000好\U0001F600，\U0001F44D"_s << QList<qsizetype> { 3, 6 }
            << QStringList { u"emoji"_s, u"emoji"_s };
        // Invisible and deceptive characters (issue #19).
        QTest::newRow("NUL") << u"a"_s + QChar(0) + u"b"_s << QList<qsizetype> { 1 }
                             << QStringList { u"control"_s };
        QTest::newRow("right-to-left override")
            << u"ab\u202Ecd"_s << QList<qsizetype> { 2 } << QStringList { u"bidi-control"_s };
        QTest::newRow("isolates") << u"\u2066a\u2069"_s << QList<qsizetype> { 0, 2 }
                                  << QStringList { u"bidi-control"_s, u"bidi-control"_s };
        QTest::newRow("tag characters")
            << u"a\U000E0041\U000E007F"_s << QList<qsizetype> { 0 } << QStringList { u"tag"_s };
        QTest::newRow("noncharacters")
            << u"\uFFFF\uFDD0\U0010FFFF"_s << QList<qsizetype> { 0, 1, 2 }
            << QStringList { u"noncharacter"_s, u"noncharacter"_s, u"noncharacter"_s };
        // What follows a Thai letter is reported as what it is, never as
        // two halves of a broken character.
        QTest::newRow("thai then math bold A is clean")
            << u"\u0E01\U0001D400"_s << QList<qsizetype> {} << QStringList {};
        QTest::newRow("thai then emoji")
            << u"\u0E01\U0001F600"_s << QList<qsizetype> { 1 } << QStringList { u"emoji"_s };
        QTest::newRow("devanagari then supplementary private use")
            << u"\u0915\U000F0000"_s << QList<qsizetype> { 1 } << QStringList { u"private-use"_s };
    }

    void forbidden()
    {
        QFETCH(QString, text);
        QFETCH(QList<qsizetype>, offsets);
        QFETCH(QStringList, kinds);
        const TextScan scan = TextCount::scan(text);
        QList<qsizetype> gotOffsets;
        QStringList gotKinds;
        for (const ForbiddenCharacter &f : scan.forbidden) {
            gotOffsets.append(f.offset);
            gotKinds.append(f.kind);
            QVERIFY(f.length > 0);
            QVERIFY(f.offset + f.length <= text.size());
        }
        QCOMPARE(gotOffsets, offsets);
        QCOMPARE(gotKinds, kinds);
    }

    void forbiddenDetails()
    {
        const TextScan scan = TextCount::scan(u"好\U0001F44D\U0001F3FD了");
        QCOMPARE(scan.count, 3);
        QCOMPARE(scan.forbidden.size(), 1);
        const ForbiddenCharacter &f = scan.forbidden.first();
        QCOMPARE(f.offset, 1);
        QCOMPARE(f.length, 4); // thumbs up plus its skin tone, one cluster
        QCOMPARE(f.index, 1);
        QCOMPARE(f.codePoint, char32_t(0x1F44D));
    }

    void emojiTable()
    {
        // Figures from generating the table out of Unicode 15.0 emoji-data.txt.
        const auto ranges = detail::extendedPictographicRanges();
        QCOMPARE(ranges.size(), size_t(78));
        qsizetype total = 0;
        for (size_t i = 0; i < ranges.size(); ++i) {
            QVERIFY(ranges[i].first <= ranges[i].last);
            if (i > 0)
                QVERIFY(ranges[i - 1].last + 1 < ranges[i].first); // sorted and merged
            total += ranges[i].last - ranges[i].first + 1;
        }
        QCOMPARE(total, qsizetype(3537));
        for (char32_t c : { 0x00A9, 0x00AE, 0x203C, 0x2122, 0x231A, 0x2764, 0x1F004, 0x1F600,
                            0x1F64F, 0x1F680, 0x1F9FF, 0x1FAF8, 0x1FFFD })
            QVERIFY2(detail::isExtendedPictographic(c), qPrintable(QString::number(c, 16)));
        for (char32_t c : { 0x0041, 0x00A8, 0x00AA, 0x4E00, 0x1F1E6, 0x1F3FB, 0x1F000 - 1, 0x20000,
                            0x1FFFE, 0xFE0F })
            QVERIFY2(!detail::isExtendedPictographic(c), qPrintable(QString::number(c, 16)));
    }

    void whiteSpace()
    {
        for (char32_t c : { 0x09, 0x0A, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x200A, 0x2028,
                            0x2029, 0x202F, 0x205F, 0x3000 })
            QVERIFY(TextCount::isWhiteSpace(c));
        for (char32_t c : { 0x200B, 0x41, 0x4E00, 0xFEFF, 0x180E })
            QVERIFY(!TextCount::isWhiteSpace(c));
    }

    void utf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("offset");
        QTest::newRow("ascii") << QByteArray("abc") << qsizetype(-1);
        QTest::newRow("chinese") << QString(u"自我鉴定"_s).toUtf8() << qsizetype(-1);
        QTest::newRow("four-byte") << QString(u"\U00020000"_s).toUtf8() << qsizetype(-1);
        QTest::newRow("latin-1") << QByteArray("ab\xe9") << qsizetype(2);
        QTest::newRow("gbk") << QByteArray("\xd7\xd4\xce\xd2") << qsizetype(0);
        QTest::newRow("truncated") << QByteArray("a\xe8\x87") << qsizetype(1);
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << qsizetype(0);
        QTest::newRow("overlong three-byte") << QByteArray("\xe0\x80\xaf") << qsizetype(0);
        QTest::newRow("surrogate") << QByteArray("x\xed\xa0\x80") << qsizetype(1);
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << qsizetype(0);
        QTest::newRow("stray continuation") << QByteArray("ok\x80") << qsizetype(2);
    }

    void utf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, offset);
        QCOMPARE(TextCount::invalidUtf8Offset(bytes), offset);
    }
};

QTEST_GUILESS_MAIN(TestTextCount)
#include "tst_textcount.moc"
