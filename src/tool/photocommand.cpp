// zkgrad-tool photo check|fit|detect: the imaging pipeline for scripts, school staff
// and the benchmark.
#include "photomessages.h"
#include "photopipeline.h"
#include "toolcommand.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace zkgrad::imaging;

namespace {

void photoUsage(QTextStream &stream, const QStringList &args = {})
{
    printUsage(
        stream,
        { { "check",
            "usage: zkgrad-tool photo check <IN>... [--purpose P] [--max-pixels N] [--json]\n"
            "  Inspects photos: format, size, orientation, JPEG coding, and what the rules\n"
            "  say. One photo: text, or one JSON object with --json. Several: one JSON\n"
            "  object per line (JSON Lines) with its \"input\".\n"
            "  Exit: 0 every photo usable, 1 one or more refused, 2 usage error.\n" },
          { "fit",
            "usage: zkgrad-tool photo fit <IN> <OUT> [--max-bytes N] [--max-side N]\n"
            "            [--purpose id-card|document|signature] [--crop X,Y,W,H]\n"
            "            [--rotate 0|90|180|270] [--min-quality Q] [--max-pixels N] [--json]\n"
            "            [--document auto|off] [--corners X1,Y1,X2,Y2,X3,Y3,X4,Y4]\n"
            "  Turns a photo into a JPEG that meets the rules, as the app does.\n"
            "  Exit: 0 written, 1 the photo cannot be made to fit, 2 usage error.\n" },
          { "detect",
            "usage: zkgrad-tool photo detect <IN>... [--purpose id-card|document] [--rotate R]\n"
            "            [--json]\n"
            "  Finds the corners of an ID card or a page in photos. Several photos: one\n"
            "  JSON object per line (JSON Lines) with its \"input\".\n"
            "  Exit: 0 every photo read, 1 one or more unreadable, 2 usage error.\n" } },
        args);
}

QJsonArray issuesJson(const QList<PhotoIssue> &issues)
{
    QJsonArray array;
    for (const PhotoIssue &issue : issues) {
        QJsonObject o { { QStringLiteral("code"), issue.code },
                        { QStringLiteral("severity"),
                          issue.isError() ? QStringLiteral("error") : QStringLiteral("warning") },
                        { QStringLiteral("message"), issue.message } };
        if (!issue.detail.isEmpty())
            o.insert(QStringLiteral("detail"), issue.detail);
        array.append(o);
    }
    return array;
}

QJsonObject infoJson(const PhotoInfo &info)
{
    QJsonObject o { { QStringLiteral("file"), info.fileName },
                    { QStringLiteral("format"), info.formatName } };
    if (info.width > 0) {
        o.insert(QStringLiteral("width"), info.width);
        o.insert(QStringLiteral("height"), info.height);
        o.insert(QStringLiteral("orientation"), info.orientation);
        o.insert(QStringLiteral("uprightWidth"), info.uprightWidth());
        o.insert(QStringLiteral("uprightHeight"), info.uprightHeight());
        o.insert(QStringLiteral("components"), info.components);
        o.insert(QStringLiteral("bitDepth"), info.bitDepth);
        o.insert(QStringLiteral("colorSpace"), info.colorSpace);
    }
    if (info.format == PhotoFormat::Jpeg && !info.coding.isEmpty()) {
        o.insert(QStringLiteral("coding"), info.coding);
        o.insert(QStringLiteral("arithmetic"), info.arithmetic);
        o.insert(QStringLiteral("subsampling"), info.subsampling);
        o.insert(QStringLiteral("scans"), info.scans);
        if (info.components == 4)
            o.insert(QStringLiteral("adobeInverted"), info.adobeInverted);
    }
    if (info.format == PhotoFormat::Png)
        o.insert(QStringLiteral("alpha"), info.hasAlpha);
    return o;
}

bool hasError(const QList<PhotoIssue> &issues)
{
    for (const PhotoIssue &issue : issues) {
        if (issue.isError())
            return true;
    }
    return false;
}

void printIssues(QTextStream &stream, const QList<PhotoIssue> &issues)
{
    for (const PhotoIssue &issue : issues)
        stream << (issue.isError() ? "error " : "warning ") << issue.code << ": " << issue.message
               << '\n';
}

struct Options
{
    QStringList positional;
    bool json = false;
    FitOptions fit;
    bool ok = true;
};

bool parseInt(const QString &text, qint64 min, qint64 max, qint64 *value)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *value = v;
    return true;
}

Options parseOptions(const QStringList &args, QTextStream &err)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&]() -> QString {
            if (i + 1 >= args.size()) {
                err << "zkgrad-tool: " << a << " needs a value\n";
                o.ok = false;
                return {};
            }
            return args.at(++i);
        };
        qint64 n = 0;
        if (a == QLatin1String("--json")) {
            o.json = true;
        } else if (a == QLatin1String("--max-bytes")) {
            if (!parseInt(value(), 200, 1LL << 30, &n)) {
                err << "zkgrad-tool: --max-bytes needs a number of bytes (at least 200)\n";
                o.ok = false;
            }
            o.fit.maxBytes = n;
        } else if (a == QLatin1String("--max-side")) {
            if (!parseInt(value(), 16, 20000, &n)) {
                err << "zkgrad-tool: --max-side needs a number of pixels (16..20000)\n";
                o.ok = false;
            }
            o.fit.maxSide = int(n);
        } else if (a == QLatin1String("--min-quality")) {
            if (!parseInt(value(), 1, 95, &n)) {
                err << "zkgrad-tool: --min-quality needs a JPEG quality (1..95)\n";
                o.ok = false;
            }
            o.fit.minQuality = int(n);
        } else if (a == QLatin1String("--max-pixels")) {
            if (!parseInt(value(), 1, 1LL << 40, &n)) {
                err << "zkgrad-tool: --max-pixels needs a number\n";
                o.ok = false;
            }
            o.fit.limits.maxPixels = n;
        } else if (a == QLatin1String("--purpose")) {
            if (!parsePurpose(value(), &o.fit.purpose)) {
                err << "zkgrad-tool: --purpose is one of id-card, document, signature\n";
                o.ok = false;
            }
        } else if (a == QLatin1String("--rotate")) {
            if (!parseInt(value(), 0, 270, &n) || n % 90 != 0) {
                err << "zkgrad-tool: --rotate is 0, 90, 180 or 270\n";
                o.ok = false;
            }
            o.fit.quarterTurns = int(n / 90);
        } else if (a == QLatin1String("--crop")) {
            const QStringList parts = value().split(QLatin1Char(','));
            qint64 v[4] = {};
            bool good = parts.size() == 4;
            for (int k = 0; good && k < 4; ++k)
                good = parseInt(parts.at(k), k < 2 ? 0 : 1, 1000000, &v[k]);
            if (!good) {
                err << "zkgrad-tool: --crop is X,Y,W,H in pixels of the upright photo\n";
                o.ok = false;
            }
            o.fit.crop = QRect(int(v[0]), int(v[1]), int(v[2]), int(v[3]));
        } else if (a == QLatin1String("--document")) {
            const QString mode = value();
            if (mode == QLatin1String("auto")) {
                o.fit.document = DocumentMode::Auto;
            } else if (mode == QLatin1String("off")) {
                o.fit.document = DocumentMode::Off;
            } else {
                err << "zkgrad-tool: --document is auto or off\n";
                o.ok = false;
            }
        } else if (a == QLatin1String("--corners")) {
            const QStringList parts = value().split(QLatin1Char(','));
            bool good = parts.size() == 8;
            QList<QPointF> corners;
            for (int k = 0; good && k < 8; k += 2) {
                bool okX = false, okY = false;
                const double x = parts.at(k).toDouble(&okX), y = parts.at(k + 1).toDouble(&okY);
                good = okX && okY && x >= 0 && y >= 0;
                corners.append(QPointF(x, y));
            }
            if (!good) {
                err << "zkgrad-tool: --corners is X1,Y1,...,X4,Y4 (top-left, top-right, "
                       "bottom-right, bottom-left of the document)\n";
                o.ok = false;
            }
            o.fit.documentCorners = corners;
        } else if (a.startsWith(QLatin1String("--"))) {
            err << "zkgrad-tool: unknown option " << a << '\n';
            o.ok = false;
        } else {
            o.positional.append(a);
        }
    }
    return o;
}

QJsonArray cornersJson(const DocumentQuad &quad)
{
    QJsonArray corners;
    for (const QPointF &p : quad.corners)
        corners.append(QJsonArray { qRound(p.x() * 10) / 10.0, qRound(p.y() * 10) / 10.0 });
    return corners;
}

int runCheck(const Options &o, const QString &path, ToolOutput mode, ToolIo &io)
{
    const QString name = QFileInfo(path).fileName();
    PhotoIssue readError;
    const QByteArray bytes = readPhotoFile(path, o.fit.limits, &readError);
    PhotoCheck check;
    if (!readError.code.isEmpty()) {
        check.info.fileName = name;
        check.info.issues.append(readError);
        check.issues.append(readError);
    } else {
        check = analyzePhoto(bytes, name, o.fit.purpose, o.fit.limits);
    }
    const bool refused = hasError(check.issues);
    if (mode != ToolOutput::Text) {
        QJsonObject root = infoJson(check.info);
        root.insert(QStringLiteral("ok"), !refused);
        if (check.sharpness >= 0)
            root.insert(QStringLiteral("sharpness"), qRound(check.sharpness * 10) / 10.0);
        if (check.edgeSharpness >= 0)
            root.insert(QStringLiteral("edgeSharpness"), qRound(check.edgeSharpness * 100) / 100.0);
        root.insert(QStringLiteral("issues"), issuesJson(check.issues));
        writeJson(io.out, root, mode, path);
    } else {
        io.out << name << ": " << check.info.formatName;
        if (check.info.width > 0)
            io.out << ' ' << check.info.width << 'x' << check.info.height << ", orientation "
                   << check.info.orientation;
        if (!check.info.coding.isEmpty())
            io.out << ", " << check.info.coding << ' ' << check.info.subsampling;
        io.out << '\n';
        printIssues(refused ? io.err : io.out, check.issues);
    }
    return refused ? ToolInvalid : ToolOk;
}

int runFit(const Options &o, ToolIo &io)
{
    const QString in = o.positional.at(0);
    const QString out = o.positional.at(1);
    const QString name = QFileInfo(in).fileName();
    PhotoIssue readError;
    const QByteArray bytes = readPhotoFile(in, o.fit.limits, &readError);
    FitResult result;
    if (!readError.code.isEmpty()) {
        result.source.fileName = name;
        result.issues.append(readError);
    } else {
        result = fitPhoto(bytes, name, o.fit);
    }
    if (result.ok()) {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(result.jpeg) != result.jpeg.size()
            || !file.commit()) {
            result.issues.append(messages::writeFailed(out, file.errorString()));
            result.jpeg.clear();
        }
    }
    const bool done = result.ok();
    if (o.json) {
        QJsonObject root { { QStringLiteral("ok"), done },
                           { QStringLiteral("source"), infoJson(result.source) },
                           { QStringLiteral("purpose"), purposeName(o.fit.purpose) },
                           { QStringLiteral("maxBytes"), o.fit.maxBytes } };
        if (done) {
            root.insert(QStringLiteral("output"), out);
            root.insert(QStringLiteral("width"), result.width);
            root.insert(QStringLiteral("height"), result.height);
            root.insert(QStringLiteral("quality"), result.quality);
            root.insert(QStringLiteral("bytes"), result.bytes);
            root.insert(QStringLiteral("grayscale"), result.grayscale);
        }
        if (result.sharpness >= 0)
            root.insert(QStringLiteral("sharpness"), qRound(result.sharpness * 10) / 10.0);
        if (result.edgeSharpness >= 0)
            root.insert(QStringLiteral("edgeSharpness"),
                        qRound(result.edgeSharpness * 100) / 100.0);
        if (o.fit.document == DocumentMode::Auto || !o.fit.documentCorners.isEmpty()) {
            QJsonObject doc { { QStringLiteral("found"), result.document.found } };
            if (result.document.found) {
                doc.insert(QStringLiteral("confidence"),
                           qRound(result.document.confidence * 1000) / 1000.0);
                doc.insert(QStringLiteral("corners"), cornersJson(result.document));
            }
            root.insert(QStringLiteral("document"), doc);
        }
        root.insert(QStringLiteral("steps"), QJsonArray::fromStringList(result.steps));
        root.insert(QStringLiteral("issues"), issuesJson(result.issues));
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        if (done)
            io.out << out << ": " << result.width << 'x' << result.height << ", quality "
                   << result.quality << ", " << result.bytes << " bytes\n";
        printIssues(done ? io.out : io.err, result.issues);
    }
    return done ? ToolOk : ToolInvalid;
}

int runDetect(const Options &o, const QString &path, ToolOutput mode, ToolIo &io)
{
    const QString name = QFileInfo(path).fileName();
    DocumentKind kind = DocumentKind::IdCard;
    if (!documentKindFor(o.fit.purpose, &kind)) {
        io.err << "zkgrad-tool: photo detect needs --purpose id-card or document\n";
        return ToolUsage;
    }
    PhotoIssue error;
    const QByteArray bytes = readPhotoFile(path, o.fit.limits, &error);
    DocumentQuad quad;
    qint64 decodeMs = 0, detectMs = 0, detectCpuMs = 0;
    if (error.code.isEmpty())
        quad = detectDocumentInPhoto(bytes, name, o.fit.purpose, o.fit.quarterTurns, o.fit.limits,
                                     &error, &decodeMs, &detectMs, &detectCpuMs);
    const bool failed = !error.code.isEmpty();
    if (mode != ToolOutput::Text) {
        QJsonObject root { { QStringLiteral("file"), name },
                           { QStringLiteral("ok"), !failed },
                           { QStringLiteral("kind"),
                             kind == DocumentKind::IdCard ? QStringLiteral("id-card")
                                                          : QStringLiteral("page") },
                           { QStringLiteral("found"), quad.found } };
        if (quad.found) {
            root.insert(QStringLiteral("confidence"), qRound(quad.confidence * 1000) / 1000.0);
            root.insert(QStringLiteral("corners"), cornersJson(quad));
        }
        root.insert(QStringLiteral("decodeMs"), decodeMs);
        root.insert(QStringLiteral("detectMs"), detectMs);
        root.insert(QStringLiteral("detectCpuMs"), detectCpuMs);
        if (failed)
            root.insert(QStringLiteral("issues"), issuesJson({ error }));
        writeJson(io.out, root, mode, path);
    } else if (failed) {
        printIssues(io.err, { error });
    } else if (!quad.found) {
        io.out << name << ": none\n";
    } else {
        io.out << name << ": confidence " << quad.confidence;
        for (const QPointF &p : quad.corners)
            io.out << ' ' << p.x() << ',' << p.y();
        io.out << '\n';
    }
    return failed ? ToolInvalid : ToolOk;
}

// Runs check or detect on each input: one answer as asked, several as JSON Lines.
int runEach(int (*run)(const Options &, const QString &, ToolOutput, ToolIo &), const Options &o,
            ToolIo &io)
{
    if (o.positional.size() == 1)
        return run(o, o.positional.first(), o.json ? ToolOutput::Json : ToolOutput::Text, io);
    int rc = ToolOk;
    for (const QString &path : o.positional)
        rc = worstExit(rc, run(o, path, ToolOutput::JsonLines, io));
    return rc;
}

} // namespace

int runPhotoCommand(const QStringList &args, ToolIo &io)
{
    if (wantsHelp(args)) {
        photoUsage(io.out, args);
        return ToolOk;
    }
    if (args.isEmpty()) {
        photoUsage(io.err);
        return ToolUsage;
    }
    const QString &command = args.first();
    const Options o = parseOptions(args.mid(1), io.err);
    if (!o.ok) {
        photoUsage(io.err, args);
        return ToolUsage;
    }
    if (command == QLatin1String("check") && !o.positional.isEmpty())
        return runEach(runCheck, o, io);
    if (command == QLatin1String("fit") && o.positional.size() == 2)
        return runFit(o, io);
    if (command == QLatin1String("detect") && !o.positional.isEmpty())
        return runEach(runDetect, o, io);
    photoUsage(io.err, args);
    return ToolUsage;
}
