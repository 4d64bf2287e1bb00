#include <QColor>
#include <QMetaProperty>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QSet>
#include <QtMath>
#include <QtTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(ZkGradThemePlugin)

namespace {

// WCAG 2.1 relative luminance of an sRGB colour (alpha ignored: the tokens paired are opaque).
double luminance(const QColor &color)
{
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

constexpr double kText = 4.5; // WCAG 1.4.3: text and images of text
constexpr double kControl = 3.0; // WCAG 1.4.11: control edges, focus ring, state

struct Pair
{
    const char *foreground;
    const char *background;
    double minimum;
};

// Every pair the design draws: a colour on the backgrounds it is used on.
const Pair kPairs[] = {
    // Text
    { "text", "background", kText },
    { "text", "surface", kText },
    { "text", "accentLight", kText },
    { "text", "warningLight", kText },
    { "text", "dangerLight", kText },
    { "muted", "background", kText },
    { "muted", "surface", kText },
    { "muted", "accentLight", kText },
    // Links, secondary and quiet buttons (also their 2 px edge), the checked and pressed state
    { "accent", "surface", kText },
    { "accent", "background", kText },
    { "accent", "accentLight", kText },
    { "accentPressed", "accentLight", kText },
    { "accentHover", "surface", kText },
    // The primary button in its three states
    { "textOnAccent", "accent", kText },
    { "textOnAccent", "accentHover", kText },
    { "textOnAccent", "accentPressed", kText },
    // Messages
    { "success", "surface", kText },
    { "success", "background", kText },
    { "warning", "surface", kText },
    { "warning", "background", kText },
    { "warning", "warningLight", kText },
    { "danger", "surface", kText },
    { "danger", "background", kText },
    { "danger", "dangerLight", kText },
    // The edges of fields, combo boxes, check boxes and radio buttons
    { "fieldBorder", "surface", kControl },
    { "fieldBorder", "background", kControl },
    // The focus ring: against every background, and against its own halo
    { "focusRing", "surface", kControl },
    { "focusRing", "background", kControl },
    { "focusRing", "accentLight", kControl },
    { "focusRing", "focusHalo", kControl },
};

// Colours no contrast rule applies to, and why.
const QSet<QString> kExempt = {
    QStringLiteral("border"), // dividers and card outlines: decoration, not a control's edge
    QStringLiteral("disabledText"), // inactive controls (WCAG 1.4.3 exception)
    QStringLiteral("disabledFill"),
    QStringLiteral("scrim"), // the dimmed page behind a modal dialog
    QStringLiteral("focusHalo"), // drawn around the ring, which carries the contrast
};

} // namespace

/** Checks the Theme singleton's colour pairs against WCAG 2.1 AA contrast. */
class TestThemeContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nimport ZkGradTheme\n"
                          "QtObject { readonly property QtObject theme: Theme }",
                          QUrl());
        QVERIFY2(component.isReady(), qPrintable(component.errorString()));
        m_probe.reset(component.create());
        QVERIFY(m_probe);
        m_theme = m_probe->property("theme").value<QObject *>();
        QVERIFY(m_theme);
    }

    // The formula, on values WCAG's own examples and tools give.
    void formula()
    {
        QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(contrast(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
        QVERIFY(contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= kText);
    }

    void pairs_data()
    {
        QTest::addColumn<QString>("foreground");
        QTest::addColumn<QString>("background");
        QTest::addColumn<double>("minimum");
        for (const Pair &pair : kPairs) {
            QTest::addRow("%s on %s", pair.foreground, pair.background)
                << QString::fromLatin1(pair.foreground) << QString::fromLatin1(pair.background)
                << pair.minimum;
        }
    }

    void pairs()
    {
        QFETCH(QString, foreground);
        QFETCH(QString, background);
        QFETCH(double, minimum);
        const QColor fg = color(foreground);
        const QColor bg = color(background);
        QVERIFY2(fg.isValid(),
                 qPrintable(foreground + QStringLiteral(": no such colour in Theme")));
        QVERIFY2(bg.isValid(),
                 qPrintable(background + QStringLiteral(": no such colour in Theme")));
        const double ratio = contrast(fg, bg);
        QVERIFY2(ratio >= minimum,
                 qPrintable(QStringLiteral("%1 (%2) on %3 (%4): contrast %5:1, needs %6:1")
                                .arg(foreground, fg.name(), background, bg.name())
                                .arg(ratio, 0, 'f', 2)
                                .arg(minimum, 0, 'f', 1)));
    }

    // A new colour token cannot slip past the check: it is in a pair above, or exempt with a
    // reason.
    void everyColourIsChecked()
    {
        QSet<QString> checked = kExempt;
        for (const Pair &pair : kPairs) {
            checked.insert(QString::fromLatin1(pair.foreground));
            checked.insert(QString::fromLatin1(pair.background));
        }
        QStringList unchecked;
        const QMetaObject *meta = m_theme->metaObject();
        int colours = 0;
        for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
            const QMetaProperty property = meta->property(i);
            if (property.metaType().id() != QMetaType::QColor)
                continue;
            ++colours;
            if (!checked.contains(QString::fromLatin1(property.name())))
                unchecked << QString::fromLatin1(property.name());
        }
        QVERIFY2(colours > 10, "the Theme's colours were not found");
        QVERIFY2(unchecked.isEmpty(),
                 qPrintable(QStringLiteral("colours in no contrast pair: ")
                            + unchecked.join(QStringLiteral(", "))));
    }

private:
    QColor color(const QString &name) const
    {
        const QVariant value = m_theme->property(name.toLatin1().constData());
        return value.canConvert<QColor>() ? value.value<QColor>() : QColor();
    }

    QQmlEngine m_engine;
    std::unique_ptr<QObject> m_probe;
    QObject *m_theme = nullptr;
};

QTEST_MAIN(TestThemeContrast)

#include "tst_themecontrast.moc"
