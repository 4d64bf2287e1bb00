// Test host for the real-browser test (phone_upload.mjs): writes a JPEG "taken by the phone",
// starts a PhoneTransferServer on 127.0.0.1 and prints, one per line:
//   FILE <path> <sha256>   the photo the browser is to send
//   URL <url>              what the QR code would show
// then, when the transfer ends:
//   RECEIVED <sha256> <bytes>  and  FITTED <w>x<h> <jpeg bytes>, or
//   ENDED <reason>  (exit 1 at once).
// and exits when its stdin closes: 0 when the photo arrived and fitted.
// Usage: zkgrad-transfer-testhost <folder for the photo> [zh|en]
#include "phonetransferserver.h"
#include "photopipeline.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace {
void say(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

QByteArray makePhoto()
{
    // A document-like picture: light paper, dark lines and a gradient, large like a phone's.
    QImage image(2400, 1800, QImage::Format_RGB888);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            const bool ink = (y % 60 < 4) || ((x / 7 + y / 11) % 53 == 0);
            const int paper = 230 + (x * 20) / image.width();
            const int value = ink ? 30 : paper;
            line[3 * x] = uchar(value);
            line[3 * x + 1] = uchar(value);
            line[3 * x + 2] = uchar(ink ? 60 : paper - 10);
        }
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 92);
    return jpeg;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: zkgrad-transfer-testhost <folder> [zh|en]\n");
        return 2;
    }
    const QByteArray photo = makePhoto();
    const QString path = QDir(args.at(1)).filePath(QStringLiteral("phone-photo.jpg"));
    QFile file(path);
    if (photo.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(photo) != photo.size())
        return 2;
    file.close();
    say(QStringLiteral("FILE %1 %2")
            .arg(path,
                 QString::fromLatin1(
                     QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex())));

    // The driver closes our stdin once the page has shown its result: the listener's last
    // answer has been delivered by then, and the exit code says whether the photo fitted.
    int exitCode = 1;
    QSocketNotifier input(0, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[64];
        if (::read(0, buffer, sizeof buffer) <= 0)
            QCoreApplication::exit(exitCode);
    });

    PhoneTransferServer server;
    server.setLanguage(args.value(2, QStringLiteral("zh")));
    QObject::connect(&server, &PhoneTransferServer::received, &app, [&](const QByteArray &bytes) {
        say(QStringLiteral("RECEIVED %1 %2")
                .arg(QString::fromLatin1(
                    QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()))
                .arg(bytes.size()));
        // What the slot does next: the same pipeline as a chosen file.
        zkgrad::imaging::FitOptions options;
        options.maxBytes = 200'000;
        options.purpose = zkgrad::imaging::PhotoPurpose::Document;
        const auto fitted = zkgrad::imaging::fitPhoto(bytes, QStringLiteral("phone.jpg"), options);
        say(QStringLiteral("FITTED %1x%2 %3")
                .arg(fitted.width)
                .arg(fitted.height)
                .arg(fitted.bytes));
        exitCode = fitted.ok() ? 0 : 1;
    });
    QObject::connect(&server, &PhoneTransferServer::ended, &app,
                     [&](PhoneTransferServer::End reason) {
                         if (reason != PhoneTransferServer::End::Received) {
                             say(QStringLiteral("ENDED %1").arg(int(reason)));
                             QCoreApplication::exit(1);
                         }
                     });
    if (!server.start(QHostAddress::LocalHost))
        return 2;
    say(QStringLiteral("URL ") + server.url().toString(QUrl::FullyEncoded));
    return app.exec();
}
