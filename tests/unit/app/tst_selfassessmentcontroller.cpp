#include "session/applicationsession.h"
#include "steps/selfassessment/selfassessmentcontroller.h"
#include "teststepcontext.h"
#include "textcount.h"

#include <QAbstractTextDocumentLayout>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using zkgrad::TextCount;
using zkgrad::net::FieldError;

namespace {

QString chars(int n)
{
    return QString(n, QChar(u'字'));
}

} // namespace

/** The self-assessment step's controller: the count, the limits, refused characters, drafts. */
class TestSelfAssessmentController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counterEqualsTextCount_data();
    void counterEqualsTextCount();
    void limitsOfTheDefaultRules();
    void whiteSpaceDoesNotCount();
    void rulesChangedRechecks();
    void forbiddenCharacterReportedWithPosition();
    void forbiddenAtLineStartAndControls();
    void removeForbidden();
    void showForbiddenAsksForSelection();
    void draftRoundTrip();
    void fromJsonToleratesJunk();
    void serverErrorShowsUntilTextChanges();
    void adoptsServerTextOnlyWhenEmpty();
    void leaveWithoutServerKeepsDraft();
    void highlighterMarksForbiddenCharacters();

private:
    TestStepContext m_context; ///< the wizard as the controller sees it
};

void TestSelfAssessmentController::counterEqualsTextCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces only") << QStringLiteral(" \t\n\u3000 ");
    QTest::newRow("chinese") << QStringLiteral("本人自参加自学考试以来，刻苦学习。");
    QTest::newRow("combining accent") << QStringLiteral("caf\u0065\u0301 ok");
    QTest::newRow("extension b") << QString::fromUcs4(U"\U00020000\U0002A6D6学");
    QTest::newRow("zero width") << QStringLiteral("学\u200B习\uFEFF");
    QTest::newRow("lines") << QStringLiteral("第一段。\n\n第二段，2024 年。\r\n完");
    QTest::newRow("emoji") << QString::fromUcs4(U"好\U0001F600");
}

void TestSelfAssessmentController::counterEqualsTextCount()
{
    QFETCH(QString, text);
    SelfAssessmentController c(nullptr, &m_context);
    c.setText(text);
    QCOMPARE(c.count(), TextCount::count(text));
    QCOMPARE(c.counterText(),
             QStringLiteral("%1 / 300–500 characters").arg(TextCount::count(text)));
}

void TestSelfAssessmentController::limitsOfTheDefaultRules()
{
    SelfAssessmentController c(nullptr, &m_context);
    QCOMPARE(c.minimum(), 300);
    QCOMPARE(c.maximum(), 500);
    QCOMPARE(c.countState(), SelfAssessmentController::Empty);
    QVERIFY(!c.isComplete());
    QVERIFY(!c.problems().isEmpty());

    c.setText(chars(299));
    QCOMPARE(c.countState(), SelfAssessmentController::TooShort);
    QVERIFY(!c.isComplete());
    QCOMPARE(c.counterDetail(), QStringLiteral("1 more needed"));
    QVERIFY(c.errors().contains(QStringLiteral("selfAssessmentText")));
    QCOMPARE(c.fieldProblems().size(), 1);
    QCOMPARE(c.fieldProblems().constFirst().toMap().value(QStringLiteral("field")).toString(),
             QStringLiteral("selfAssessmentText"));

    c.setText(chars(300));
    QCOMPARE(c.countState(), SelfAssessmentController::Within);
    QVERIFY(c.isComplete());
    QVERIFY(c.problems().isEmpty());
    QVERIFY(c.errors().isEmpty());
    QVERIFY(c.fieldProblems().isEmpty());

    c.setText(chars(500));
    QVERIFY(c.isComplete());
    c.setText(chars(501));
    QCOMPARE(c.countState(), SelfAssessmentController::TooLong);
    QCOMPARE(c.counterDetail(), QStringLiteral("1 too many"));
    QVERIFY(!c.isComplete());
    QVERIFY(c.problems().constFirst().contains(QLatin1String("500")));
}

void TestSelfAssessmentController::whiteSpaceDoesNotCount()
{
    SelfAssessmentController c(nullptr, &m_context);
    QString text;
    for (int i = 0; i < 300; ++i)
        text += (i % 50 == 49) ? QStringLiteral("字\n\n") : QStringLiteral("字 ");
    c.setText(text);
    QCOMPARE(c.count(), 300);
    QVERIFY(c.isComplete());
}

void TestSelfAssessmentController::rulesChangedRechecks()
{
    ApplicationSession session;
    SelfAssessmentController c(&session, &m_context);
    c.setText(chars(320));
    QSignalSpy changed(&c, &StepController::changed);
    Q_EMIT session.rulesChanged();
    QCOMPARE(changed.size(), 1);
    // The limits are the session's (the server's batch); offline they are the guide's.
    QCOMPARE(c.minimum(), session.rules().selfAssessmentMin);
    QCOMPARE(c.maximum(), session.rules().selfAssessmentMax);
}

void TestSelfAssessmentController::forbiddenCharacterReportedWithPosition()
{
    SelfAssessmentController c(nullptr, &m_context);
    const QString text = chars(300) + QStringLiteral("\n学习认真")
        + QString::fromUcs4(U"\U0001F600") + QStringLiteral("努力");
    c.setText(text);
    QVERIFY(c.count() >= 300);
    QVERIFY(!c.isComplete()); // long enough, but not printable
    const QVariantList list = c.forbiddenCharacters();
    QCOMPARE(list.size(), 1);
    const QVariantMap f = list.constFirst().toMap();
    QCOMPARE(f.value(QStringLiteral("offset")).toInt(), 305);
    QCOMPARE(f.value(QStringLiteral("length")).toInt(), 2);
    QCOMPARE(f.value(QStringLiteral("line")).toInt(), 2);
    const QString message = f.value(QStringLiteral("message")).toString();
    // The character itself, never its code point: a candidate cannot act on "U+1F600".
    QVERIFY2(message.contains(QString::fromUcs4(U"\u201C\U0001F600\u201D")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("U+")), qPrintable(message));
    // The counter does not call the step fine while the character blocks it.
    QVERIFY2(c.counterDetail().contains(QLatin1String("cannot be printed")),
             qPrintable(c.counterDetail()));
    QVERIFY2(message.contains(QStringLiteral("after \"学习认真\"")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Line 2")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("emoji")), qPrintable(message));
    QCOMPARE(text.mid(305, 2), QString::fromUcs4(U"\U0001F600"));
    QVERIFY(!c.errors().value(QStringLiteral("selfAssessmentText")).toString().isEmpty());
}

void TestSelfAssessmentController::forbiddenAtLineStartAndControls()
{
    SelfAssessmentController c(nullptr, &m_context);
    c.setText(QStringLiteral("\uE000开头\n中间\u0007结尾\uFFFD"));
    const QVariantList list = c.forbiddenCharacters();
    QCOMPARE(list.size(), 3);
    const QString first = list.at(0).toMap().value(QStringLiteral("message")).toString();
    QVERIFY2(first.contains(QLatin1String("start of line 1")), qPrintable(first));
    QVERIFY2(first.contains(QLatin1String("input method")), qPrintable(first));
    QVERIFY2(!first.contains(QLatin1String("U+")), qPrintable(first));
    const QVariantMap second = list.at(1).toMap();
    QCOMPARE(second.value(QStringLiteral("offset")).toInt(), 6);
    QCOMPARE(second.value(QStringLiteral("line")).toInt(), 2);
    QVERIFY(
        second.value(QStringLiteral("message")).toString().contains(QLatin1String("invisible")));
    QVERIFY(
        second.value(QStringLiteral("message")).toString().contains(QStringLiteral("\"中间\"")));
    // The quote starts at a character, not at punctuation before it.
    c.setText(QStringLiteral("本人遵纪守法，认真学习。") + QString::fromUcs4(U"\U0001F600"));
    const QString quoted =
        c.forbiddenCharacters().constFirst().toMap().value(QStringLiteral("message")).toString();
    QVERIFY2(quoted.contains(QStringLiteral("after \"认真学习。\"")), qPrintable(quoted));
    QVERIFY(list.at(2)
                .toMap()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("\uFFFD")));
}

void TestSelfAssessmentController::removeForbidden()
{
    SelfAssessmentController c(nullptr, &m_context);
    const QString clean = chars(320);
    c.setText(QString::fromUcs4(U"\U0001F44D\U0001F3FD") + clean.left(100)
              + QStringLiteral("\u0007") + clean.mid(100) + QStringLiteral("\uE000"));
    QCOMPARE(c.forbiddenCharacters().size(), 3);
    QVERIFY(!c.isComplete());
    c.setText(c.withoutForbidden());
    QCOMPARE(c.text(), clean);
    QVERIFY(c.forbiddenCharacters().isEmpty());
    QVERIFY(c.isComplete());
}

void TestSelfAssessmentController::showForbiddenAsksForSelection()
{
    SelfAssessmentController c(nullptr, &m_context);
    c.setText(QStringLiteral("学习") + QString::fromUcs4(U"\U0001F600")
              + QStringLiteral("认真\u0007"));
    QSignalSpy selection(&c, &SelfAssessmentController::selectionRequested);
    c.showForbidden(1);
    QCOMPARE(selection.size(), 1);
    QCOMPARE(selection.at(0).at(0).toInt(), 6);
    QCOMPARE(selection.at(0).at(1).toInt(), 7);
    c.showForbidden(0);
    QCOMPARE(selection.at(1).at(0).toInt(), 2);
    QCOMPARE(selection.at(1).at(1).toInt(), 4);
    c.showForbidden(2); // out of range: nothing
    c.showForbidden(-1);
    QCOMPARE(selection.size(), 2);

    // The list is announced only when it changes, not on every keystroke.
    QSignalSpy forbidden(&c, &SelfAssessmentController::forbiddenChanged);
    QSignalSpy errors(&c, &SelfAssessmentController::errorsChanged);
    c.setText(c.text() + QStringLiteral(" "));
    QCOMPARE(forbidden.size(), 0);
    QCOMPARE(errors.size(), 0);
    c.setText(c.withoutForbidden());
    QCOMPARE(forbidden.size(), 1);
    QCOMPARE(errors.size(), 1);
}

void TestSelfAssessmentController::draftRoundTrip()
{
    SelfAssessmentController c(nullptr, &m_context);
    QVERIFY(c.toJson().isEmpty());
    const QString text = QStringLiteral("第一段。\n第二段。") + chars(310);
    c.setText(text);
    SelfAssessmentController d(nullptr, &m_context);
    QSignalSpy textChanged(&d, &SelfAssessmentController::textChanged);
    d.fromJson(c.toJson());
    QCOMPARE(d.text(), text);
    QCOMPARE(d.count(), c.count());
    QVERIFY(d.isComplete());
    QCOMPARE(textChanged.size(), 1);
}

void TestSelfAssessmentController::fromJsonToleratesJunk()
{
    SelfAssessmentController c(nullptr, &m_context);
    c.fromJson(QJsonObject { { QStringLiteral("text"), 42 } });
    QCOMPARE(c.text(), QString());
    c.fromJson(QJsonObject { { QStringLiteral("text"), QJsonArray { 1, 2 } } });
    QCOMPARE(c.text(), QString());
    c.fromJson(QJsonObject { { QStringLiteral("text"), QString(100'000, u'字') } });
    QVERIFY(c.text().size() < 100'000);
    QCOMPARE(c.countState(), SelfAssessmentController::TooLong);
    c.fromJson({});
    QCOMPARE(c.text(), QString());
}

void TestSelfAssessmentController::serverErrorShowsUntilTextChanges()
{
    ApplicationSession session;
    SelfAssessmentController c(&session, &m_context);
    c.setText(chars(320));
    QVERIFY(c.errors().isEmpty());
    const QString detail = QStringLiteral("服务器：自我鉴定无法保存。");
    Q_EMIT session.fieldErrors({ FieldError { QStringLiteral("resume"), QString(), detail } });
    QVERIFY(c.errors().isEmpty());
    Q_EMIT session.fieldErrors({ FieldError { QStringLiteral("selfAssessment.text"),
                                              QStringLiteral("too-short"), detail } });
    QCOMPARE(c.errors().value(QStringLiteral("selfAssessmentText")).toString(), detail);
    QCOMPARE(c.problems(), QStringList { detail });
    c.setText(chars(321));
    QVERIFY(c.errors().isEmpty());
    QVERIFY(c.problems().isEmpty());
}

void TestSelfAssessmentController::adoptsServerTextOnlyWhenEmpty()
{
    SelfAssessmentController c(nullptr, &m_context);
    const QJsonObject section { { QStringLiteral("text"), chars(310) },
                                { QStringLiteral("length"), 310 } };
    c.adoptServerSection(section);
    QCOMPARE(c.text(), chars(310));
    QVERIFY(c.isComplete());

    SelfAssessmentController local(nullptr, &m_context);
    local.setText(QStringLiteral("本地草稿"));
    local.adoptServerSection(section);
    QCOMPARE(local.text(), QStringLiteral("本地草稿"));
}

void TestSelfAssessmentController::leaveWithoutServerKeepsDraft()
{
    ApplicationSession session;
    SelfAssessmentController c(&session, &m_context);
    c.setText(chars(320));
    QVERIFY(c.isEditable());
    c.leave();
    QCOMPARE(c.text(), chars(320));
    QCOMPARE(c.toJson().value(QStringLiteral("text")).toString(), chars(320));
}

void TestSelfAssessmentController::highlighterMarksForbiddenCharacters()
{
    QTextDocument document;
    // Edits are announced (contentsChange) only to a document with a layout, as in a TextArea.
    QVERIFY(document.documentLayout());
    document.setPlainText(QString::fromUcs4(U"好\U0001F600学\n\u0007习"));
    QSyntaxHighlighter *h =
        SelfAssessmentHighlighter::attach(&document, QColor(Qt::red), QColor(Qt::white));
    h->rehighlight();
    const QList<QTextLayout::FormatRange> first = document.firstBlock().layout()->formats();
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.at(0).start, 1);
    QCOMPARE(first.at(0).length, 2);
    QCOMPARE(first.at(0).format.background().color(), QColor(Qt::red));
    const QList<QTextLayout::FormatRange> second = document.lastBlock().layout()->formats();
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.at(0).start, 0);
    QCOMPARE(second.at(0).length, 1);

    // Editing re-highlights the changed paragraph only as far as needed: the mark goes.
    QTextCursor cursor(document.lastBlock());
    cursor.deleteChar();
    QCOMPARE(document.lastBlock().text(), QStringLiteral("习"));
    QVERIFY(document.lastBlock().layout()->formats().isEmpty());
    QCOMPARE(document.firstBlock().layout()->formats().size(), 1);
}

QTEST_MAIN(TestSelfAssessmentController)

#include "tst_selfassessmentcontroller.moc"
