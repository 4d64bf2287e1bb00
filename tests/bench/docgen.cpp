// docgen: a synthetic, deterministic photo set for document detection (issue 21).
// Fake ID cards (front and back) and A4 pages, rendered in Noto CJK, placed on
// textured tables with perspective, any rotation, shadows, light gradients,
// blur and JPEG noise at 12 MP; and photos with no document. Every name,
// address and number is drawn at random from a few syllables: no real
// person's data. Writes OUT/truth.tsv with the true corners and texts.
//
//   docgen OUT [--cards N] [--pages N] [--empty N] [--seed S] [--width W --height H]
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QTextStream>
#include <QTransform>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <array>
#include <cmath>
#include <cstdio>
#include <random>

namespace {

std::mt19937 rng;

double uni(double a, double b)
{
    return std::uniform_real_distribution<double>(a, b)(rng);
}

int pick(int n)
{
    return std::uniform_int_distribution<int>(0, n - 1)(rng);
}

QString pickOf(const QStringList &list)
{
    return list.at(pick(int(list.size())));
}

const QFont cjk(int px, bool bold = false, bool serif = false)
{
    QFont f(serif ? QStringLiteral("Noto Serif CJK SC") : QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

struct Person
{
    QString name, gender, nation, address, number, office, validity;
    int year = 1990, month = 1, day = 1;
};

QString idNumber(int year, int month, int day, bool male)
{
    // Region 5001xx (Chongqing-like), birth date, sequence, ISO 7064 check.
    QString s = QStringLiteral("5001%1%2%3%4")
                    .arg(pick(60) + 1, 2, 10, QLatin1Char('0'))
                    .arg(year)
                    .arg(month, 2, 10, QLatin1Char('0'))
                    .arg(day, 2, 10, QLatin1Char('0'));
    int seq = pick(500) * 2 + (male ? 1 : 0);
    s += QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    static const int w[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (s.at(i).unicode() - '0') * w[i];
    s += QLatin1Char("10X98765432"[sum % 11]);
    return s;
}

Person makePerson()
{
    static const QStringList family = {
        QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
        QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("赵"), QStringLiteral("黄"),
        QStringLiteral("周"), QStringLiteral("吴"), QStringLiteral("徐"), QStringLiteral("孙")
    };
    static const QString given =
        QStringLiteral("明华建国文静晓红志强秀英丽娟俊杰婷婷浩然子涵雨欣思远嘉怡");
    static const QStringList district = { QStringLiteral("渝中区"),   QStringLiteral("江北区"),
                                          QStringLiteral("沙坪坝区"), QStringLiteral("九龙坡区"),
                                          QStringLiteral("南岸区"),   QStringLiteral("北碚区") };
    static const QStringList road = { QStringLiteral("解放路"),       QStringLiteral("人民大道"),
                                      QStringLiteral("学府大道"),     QStringLiteral("天星桥正街"),
                                      QStringLiteral("杨家坪步行街"), QStringLiteral("龙湖路") };
    Person p;
    p.name = pickOf(family);
    for (int i = 0, n = 1 + pick(2); i < n; ++i)
        p.name += given.at(pick(int(given.size())));
    const bool male = pick(2);
    p.gender = male ? QStringLiteral("男") : QStringLiteral("女");
    p.nation = pickOf({ QStringLiteral("汉"), QStringLiteral("汉"), QStringLiteral("土家"),
                        QStringLiteral("苗") });
    p.year = 1965 + pick(40);
    p.month = 1 + pick(12);
    p.day = 1 + pick(28);
    p.address = QStringLiteral("重庆市%1%2%3号%4栋%5-%6")
                    .arg(pickOf(district))
                    .arg(pickOf(road))
                    .arg(1 + pick(300))
                    .arg(1 + pick(20))
                    .arg(1 + pick(30))
                    .arg(1 + pick(8));
    p.number = idNumber(p.year, p.month, p.day, male);
    p.office = QStringLiteral("重庆市公安局%1分局").arg(pickOf(district));
    const int from = 2012 + pick(12);
    p.validity = QStringLiteral("%1.%2.%3-%4.%2.%3")
                     .arg(from)
                     .arg(1 + pick(12), 2, 10, QLatin1Char('0'))
                     .arg(1 + pick(28), 2, 10, QLatin1Char('0'))
                     .arg(from + 20);
    return p;
}

// A card at 20 px/mm: 1712 x 1080.
constexpr int kCardW = 1712, kCardH = 1080;

void guilloche(QPainter &p, int w, int h, QColor colour)
{
    p.setPen(QPen(colour, 2));
    for (int k = 0; k < 26; ++k) {
        QPainterPath path;
        const double phase = k * 0.4, amp = 18 + k % 5 * 6;
        path.moveTo(0, h * k / 26.0);
        for (int x = 0; x <= w; x += 12)
            path.lineTo(x, h * k / 26.0 + amp * std::sin(x / 90.0 + phase));
        p.drawPath(path);
    }
}

QImage cardImage(const Person &person, bool front)
{
    QImage img(kCardW, kCardH, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QPainterPath outline;
    outline.addRoundedRect(QRectF(0, 0, kCardW, kCardH), 60, 60);
    p.setClipPath(outline);
    QLinearGradient g(0, 0, kCardW, kCardH);
    g.setColorAt(0, QColor(232, 238, 240));
    g.setColorAt(1, QColor(222, 232, 236));
    p.fillRect(img.rect(), g);
    guilloche(p, kCardW, kCardH, QColor(200, 214, 222));
    const QColor label(70, 110, 150), ink(20, 20, 20);
    if (front) {
        auto field = [&](int x, int y, const QString &l, const QString &v, int size = 52) {
            p.setFont(cjk(44));
            p.setPen(label);
            p.drawText(x, y, l);
            p.setFont(cjk(size, false, true));
            p.setPen(ink);
            p.drawText(x + 150, y, v);
        };
        field(110, 190, QStringLiteral("姓  名"), person.name, 58);
        field(110, 320, QStringLiteral("性  别"), person.gender);
        p.setFont(cjk(44));
        p.setPen(label);
        p.drawText(500, 320, QStringLiteral("民  族"));
        p.setFont(cjk(52, false, true));
        p.setPen(ink);
        p.drawText(650, 320, person.nation);
        field(
            110, 450, QStringLiteral("出  生"),
            QStringLiteral("%1 年 %2 月 %3 日").arg(person.year).arg(person.month).arg(person.day));
        // The address wraps after 11 characters, as on the card.
        field(110, 580, QStringLiteral("住  址"), person.address.left(11));
        if (person.address.size() > 11) {
            p.setFont(cjk(52, false, true));
            p.drawText(260, 660, person.address.mid(11));
        }
        p.setFont(cjk(44));
        p.setPen(label);
        p.drawText(110, 920, QStringLiteral("公民身份号码"));
        QFont digits(QStringLiteral("Noto Sans Mono CJK SC"));
        digits.setPixelSize(64);
        digits.setBold(true);
        digits.setLetterSpacing(QFont::AbsoluteSpacing, 6);
        p.setFont(digits);
        p.setPen(ink);
        p.drawText(470, 924, person.number);
        // The portrait: a grey silhouette, not a face.
        const QRectF box(1180, 130, 420, 540);
        p.fillRect(box, QColor(210, 215, 220));
        p.setBrush(QColor(120, 125, 135));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(box.x() + 120, box.y() + 90, 180, 220));
        p.drawRoundedRect(QRectF(box.x() + 50, box.y() + 330, 320, 260), 120, 120);
    } else {
        p.setPen(QColor(190, 30, 30));
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(200, 40, 40), 12));
        p.drawEllipse(QRectF(120, 90, 260, 260));
        p.setFont(cjk(120, true));
        p.drawText(QRectF(120, 90, 260, 260), Qt::AlignCenter, QStringLiteral("★"));
        p.setPen(ink);
        p.setFont(cjk(96, true, true));
        p.drawText(QRectF(430, 120, 1200, 140), Qt::AlignCenter, QStringLiteral("中华人民共和国"));
        p.setFont(cjk(130, true, true));
        p.drawText(QRectF(300, 320, 1200, 190), Qt::AlignCenter, QStringLiteral("居民身份证"));
        auto field = [&](int y, const QString &l, const QString &v) {
            p.setFont(cjk(46));
            p.setPen(label);
            p.drawText(380, y, l);
            p.setFont(cjk(52, false, true));
            p.setPen(ink);
            p.drawText(640, y, v);
        };
        field(790, QStringLiteral("签发机关"), person.office);
        field(920, QStringLiteral("有效期限"), person.validity);
    }
    return img;
}

// An A4 page at 8 px/mm: 1680 x 2376.
constexpr int kPageW = 1680, kPageH = 2376;

QImage pageImage(const Person &person)
{
    QImage img(kPageW, kPageH, QImage::Format_ARGB32_Premultiplied);
    img.fill(QColor(250, 250, 246));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(Qt::black);
    p.setFont(cjk(72, true, true));
    p.drawText(QRectF(0, 160, kPageW, 120), Qt::AlignCenter,
               pickOf({ QStringLiteral("毕业生登记表"), QStringLiteral("学历证明"),
                        QStringLiteral("工作证明") }));
    p.setFont(cjk(44));
    int y = 400;
    auto row = [&](const QString &l, const QString &v) {
        p.drawRect(QRectF(160, y - 60, 1360, 96));
        p.drawLine(QPointF(520, y - 60), QPointF(520, y + 36));
        p.drawText(190, y, l);
        p.drawText(550, y, v);
        y += 96;
    };
    row(QStringLiteral("姓名"), person.name);
    row(QStringLiteral("身份证号"), person.number);
    row(QStringLiteral("住址"), person.address);
    row(QStringLiteral("专业"),
        pickOf({ QStringLiteral("汉语言文学"), QStringLiteral("会计学"),
                 QStringLiteral("计算机信息管理") }));
    y += 80;
    static const QString words = QStringLiteral("本人在校期间遵守学校各项规章制度学习认真刻苦按时完"
                                                "成全部课程考试成绩合格经审核符合毕业条件特此证明");
    p.setFont(cjk(40, false, true));
    for (int line = 0; line < 22 && y < kPageH - 200; ++line, y += 72) {
        QString text;
        for (int i = 0, n = 30 + pick(4); i < n; ++i)
            text += words.at(pick(int(words.size())));
        p.drawText(170, y, text);
    }
    return img;
}

/** A table-like background: wood, cloth, tiles, stone or plain dark, with noise. */
QImage background(int w, int h, int *kindOut = nullptr)
{
    const int kind = pick(5);
    if (kindOut)
        *kindOut = kind;
    // Built at a quarter size, scaled up (textures are soft anyway), plus fine noise.
    const int sw = w / 4, sh = h / 4;
    cv::Mat small(sh, sw, CV_32FC3);
    const cv::Vec3f base[5] = {
        { 120, 80, 45 }, { 70, 80, 95 }, { 190, 185, 175 }, { 140, 135, 130 }, { 40, 42, 45 }
    };
    cv::Vec3f colour = base[kind];
    for (auto &c : colour.val)
        c *= float(uni(0.8, 1.2));
    const double freq = uni(0.02, 0.08), phase = uni(0, 6.28);
    cv::Mat lowNoise(sh / 16 + 2, sw / 16 + 2, CV_32F);
    cv::randu(lowNoise, -1, 1);
    cv::resize(lowNoise, lowNoise, cv::Size(sw, sh), 0, 0, cv::INTER_CUBIC);
    for (int y = 0; y < sh; ++y) {
        for (int x = 0; x < sw; ++x) {
            double v = 0;
            switch (kind) {
            case 0: // wood grain
                v = 18 * std::sin(y * freq * 3 + 4 * lowNoise.at<float>(y, x) + phase);
                break;
            case 1: // cloth weave
                v = 10 * std::sin(x * 1.3) * std::sin(y * 1.3) + 8 * lowNoise.at<float>(y, x);
                break;
            case 2: // tiles with grout
                v = (x % 150 < 3 || y % 150 < 3) ? -60 : 6 * lowNoise.at<float>(y, x);
                break;
            case 3: // stone
                v = 30 * lowNoise.at<float>(y, x);
                break;
            default: // plain dark
                v = 5 * lowNoise.at<float>(y, x);
                break;
            }
            small.at<cv::Vec3f>(y, x) = colour + cv::Vec3f(float(v), float(v), float(v));
        }
    }
    cv::Mat big;
    cv::resize(small, big, cv::Size(w, h), 0, 0, cv::INTER_LINEAR);
    cv::Mat noise(h, w, CV_32FC3);
    cv::randn(noise, 0, 6);
    big += noise;
    cv::Mat out8;
    big.convertTo(out8, CV_8UC3);
    QImage img(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y)
        std::copy_n(out8.ptr<uchar>(y), size_t(w) * 3, img.scanLine(y));
    return img.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

/** Corners of a w x h document seen with tilt and rotation, its width @p widthPx in the frame. */
std::array<QPointF, 4> placement(double docW, double docH, double widthPx, int frameW, int frameH)
{
    // Tilt: the document's plane turned about a random axis in it by up to
    // 30 degrees, seen by a phone camera (focal length ~ the frame width).
    const double tilt = uni(0, 30) * M_PI / 180, axis = uni(0, 2 * M_PI);
    const double rot = uni(0, 2 * M_PI);
    const double f = frameW * 0.9;
    const double s = widthPx / docW;
    const double ax = std::cos(axis), ay = std::sin(axis);
    std::array<QPointF, 4> out;
    const double corners[4][2] = { { -docW / 2, -docH / 2 },
                                   { docW / 2, -docH / 2 },
                                   { docW / 2, docH / 2 },
                                   { -docW / 2, docH / 2 } };
    const double ct = std::cos(tilt), st = std::sin(tilt);
    for (int i = 0; i < 4; ++i) {
        double x = corners[i][0] * s, y = corners[i][1] * s, z = 0;
        // Rotate about the in-plane axis (ax, ay) by tilt (Rodrigues).
        const double d = x * ax + y * ay; // component along the axis
        const double px = x - d * ax, py = y - d * ay; // perpendicular part
        // axis x perpendicular = (0, 0, ax*py - ay*px)
        const double crossZ = ax * py - ay * px;
        x = d * ax + px * ct;
        y = d * ay + py * ct;
        z = crossZ * st;
        // In-plane rotation, then projection from distance f.
        const double rx = x * std::cos(rot) - y * std::sin(rot);
        const double ry = x * std::sin(rot) + y * std::cos(rot);
        const double k = f / (f + z);
        out[size_t(i)] = QPointF(rx * k, ry * k);
    }
    // Place it inside the frame with a margin, at a random position.
    double minX = 1e9, maxX = -1e9, minY = 1e9, maxY = -1e9;
    for (const auto &p : out) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    const double margin = 0.03 * frameW;
    const double spanX = frameW - 2 * margin - (maxX - minX);
    const double spanY = frameH - 2 * margin - (maxY - minY);
    const double tx = margin - minX + (spanX > 0 ? uni(0, spanX) : spanX / 2);
    const double ty = margin - minY + (spanY > 0 ? uni(0, spanY) : spanY / 2);
    for (auto &p : out)
        p += QPointF(tx, ty);
    return out;
}

/** Light: a gradient over the frame and sometimes a soft shadow band across it. */
void light(QImage &frame)
{
    const int w = frame.width(), h = frame.height();
    cv::Mat gain(h / 8, w / 8, CV_32F);
    const double gx = uni(-0.35, 0.35), gy = uni(-0.35, 0.35), base = uni(0.8, 1.05);
    const bool shadow = pick(2);
    const double sa = uni(0, M_PI), so = uni(-0.3, 0.3), depth = uni(0.35, 0.6);
    for (int y = 0; y < gain.rows; ++y) {
        for (int x = 0; x < gain.cols; ++x) {
            const double u = double(x) / gain.cols - 0.5, v = double(y) / gain.rows - 0.5;
            double g = base + gx * u + gy * v;
            if (shadow) {
                const double d = u * std::cos(sa) + v * std::sin(sa) - so;
                g *= 1 - depth / (1 + std::exp(d * 40));
            }
            gain.at<float>(y, x) = float(g);
        }
    }
    cv::resize(gain, gain, cv::Size(w, h), 0, 0, cv::INTER_LINEAR);
    // A warm or cool cast.
    const float cast[3] = { float(uni(0.92, 1.08)), 1.0f, float(uni(0.9, 1.08)) };
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(frame.scanLine(y));
        const float *gl = gain.ptr<float>(y);
        for (int x = 0; x < w; ++x) {
            const QRgb c = line[x];
            auto ch = [&](int v, float k) { return std::clamp(int(v * gl[x] * k), 0, 255); };
            line[x] = qRgb(ch(qRed(c), cast[0]), ch(qGreen(c), cast[1]), ch(qBlue(c), cast[2]));
        }
    }
}

/** Blur and sensor noise, then a phone-like JPEG. */
bool finish(const QImage &frame, const QString &path, int quality)
{
    QImage rgb = frame.convertToFormat(QImage::Format_RGB888);
    cv::Mat m(rgb.height(), rgb.width(), CV_8UC3, rgb.bits(), size_t(rgb.bytesPerLine()));
    const double sigma = uni(0.4, 1.4);
    cv::GaussianBlur(m, m, cv::Size(0, 0), sigma);
    cv::Mat noise(m.size(), CV_16SC3);
    cv::randn(noise, 0, uni(2, 5));
    cv::Mat m16;
    m.convertTo(m16, CV_16SC3);
    m16 += noise;
    m16.convertTo(m, CV_8UC3);
    return rgb.save(path, "JPEG", quality);
}

void clutter(QPainter &p, int w, int h, bool phoneToo)
{
    // Things on a table that are not documents: a mug, pens, coins, a phone.
    p.setPen(Qt::NoPen);
    for (int i = 0, n = 2 + pick(4); i < n; ++i) {
        p.save();
        p.translate(uni(0, w), uni(0, h));
        p.rotate(uni(0, 360));
        const QColor c = QColor::fromHsv(pick(360), 40 + pick(200), 60 + pick(190));
        p.setBrush(c);
        switch (pick(phoneToo ? 4 : 3)) {
        case 0: {
            const double r = uni(0.04, 0.12) * w;
            p.drawEllipse(QPointF(0, 0), r, r);
            break;
        }
        case 1:
            p.drawRoundedRect(QRectF(0, 0, uni(0.15, 0.3) * w, uni(0.008, 0.015) * w), 8, 8);
            break;
        case 2: {
            const double r = uni(0.01, 0.025) * w;
            p.setBrush(QColor(190, 170, 110));
            p.drawEllipse(QPointF(0, 0), r, r);
            break;
        }
        default: {
            const double pw = uni(0.12, 0.2) * w;
            p.setBrush(QColor(25, 25, 30));
            p.drawRoundedRect(QRectF(0, 0, pw, pw * 2.1), pw * 0.12, pw * 0.12);
            break;
        }
        }
        p.restore();
    }
}

QString corners(const std::array<QPointF, 4> &c)
{
    QStringList parts;
    for (const auto &p : c)
        parts << QString::number(p.x(), 'f', 1) << QString::number(p.y(), 'f', 1);
    return parts.join(QLatin1Char(','));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr,
                     "usage: docgen OUT [--cards N] [--pages N] [--empty N] [--seed S] "
                     "[--width W --height H]\n");
        return 2;
    }
    QString out = args.first();
    int cards = 170, pages = 40, empty = 30, seed = 21, width = 4000, height = 3000;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString &a = args.at(i);
        const int v = args.at(i + 1).toInt();
        if (a == QLatin1String("--cards"))
            cards = v;
        else if (a == QLatin1String("--pages"))
            pages = v;
        else if (a == QLatin1String("--empty"))
            empty = v;
        else if (a == QLatin1String("--seed"))
            seed = v;
        else if (a == QLatin1String("--width"))
            width = v;
        else if (a == QLatin1String("--height"))
            height = v;
    }
    rng.seed(unsigned(seed));
    QDir().mkpath(out);
    QFile truth(out + QStringLiteral("/truth.tsv"));
    if (!truth.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    QTextStream t(&truth);
    t << "file\tkind\tfraction\tcorners\tnumber\tname\taddress\n";
    const int total = cards + pages + empty;
    for (int i = 0; i < total; ++i) {
        const bool isCard = i < cards, isPage = !isCard && i < cards + pages;
        // Half the photos landscape, half portrait, like phones hold them.
        const bool portrait = pick(2);
        const int w = portrait ? height : width, h = portrait ? width : height;
        QImage frame = background(w, h);
        QPainter p(&frame);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        const Person person = makePerson();
        QString name, kind, fraction = QStringLiteral("0"), quad;
        if (isCard || isPage) {
            const bool front = isCard && pick(3) != 0;
            const QImage doc = isCard ? cardImage(person, front) : pageImage(person);
            const double frac = isCard ? uni(0.2, 0.6) : uni(0.35, 0.75);
            const double docW = isCard ? kCardW : kPageW, docH = isCard ? kCardH : kPageH;
            // A page's size is about the frame's height it may take.
            const double widthPx = isCard ? frac * w : frac * std::min(w, h) * docW / docH;
            const auto c = placement(docW, docH, widthPx, w, h);
            const QPolygonF target { c[0], c[1], c[2], c[3] };
            QTransform tf;
            QTransform::quadToQuad(QPolygonF(QRectF(0, 0, docW, docH)).mid(0, 4), target, tf);
            if (pick(3) == 0)
                clutter(p, w, h, false);
            // A soft drop shadow under the document.
            p.save();
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0, 0, 0, 60));
            p.translate(uni(4, 14), uni(4, 14));
            p.drawPolygon(target);
            p.restore();
            p.setTransform(tf);
            p.drawImage(0, 0, doc);
            p.resetTransform();
            kind = isCard ? (front ? QStringLiteral("card-front") : QStringLiteral("card-back"))
                          : QStringLiteral("page");
            name = QStringLiteral("%1-%2.jpg")
                       .arg(isCard ? QStringLiteral("card") : QStringLiteral("page"))
                       .arg(i, 4, 10, QLatin1Char('0'));
            fraction = QString::number(isCard ? frac : widthPx / w, 'f', 3);
            quad = corners(c);
        } else {
            clutter(p, w, h, true);
            kind = QStringLiteral("none");
            name = QStringLiteral("none-%1.jpg").arg(i, 4, 10, QLatin1Char('0'));
        }
        p.end();
        light(frame);
        if (!finish(frame, out + QLatin1Char('/') + name, 80 + pick(13)))
            return 1;
        t << name << '\t' << kind << '\t' << fraction << '\t' << quad << '\t'
          << (kind == QLatin1String("card-back") ? QString() : person.number) << '\t'
          << (kind == QLatin1String("card-back") ? QString() : person.name) << '\t'
          << (kind == QLatin1String("card-back") ? QString() : person.address) << '\n';
        t.flush();
        std::fprintf(stderr, "\r%d/%d", i + 1, total);
    }
    std::fprintf(stderr, "\n");
    return 0;
}
