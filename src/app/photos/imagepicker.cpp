#include "photos/imagepicker.h"

#include "photoinfo.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

ImagePicker::ImagePicker(QObject *parent)
    : QObject(parent)
{ }

QString ImagePicker::patterns()
{
    return zkgrad::imaging::imageFilePatterns().join(QLatin1Char(' '));
}

QUrl ImagePicker::startFolder() const
{
    if (m_lastFolder.isValid() && QFileInfo(m_lastFolder.toLocalFile()).isDir())
        return m_lastFolder;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (!pictures.isEmpty() && QFileInfo(pictures).isDir())
        return QUrl::fromLocalFile(pictures);
    return QUrl::fromLocalFile(QDir::homePath());
}

void ImagePicker::remember(const QUrl &fileUrl)
{
    if (!fileUrl.isLocalFile())
        return;
    const QUrl folder = QUrl::fromLocalFile(QFileInfo(fileUrl.toLocalFile()).absolutePath());
    if (folder == m_lastFolder)
        return;
    m_lastFolder = folder;
    Q_EMIT startFolderChanged();
}
