#pragma once

#include <QObject>
#include <QUrl>
#include <QtQmlIntegration>

/** What every image picker of the app shares (ImageSource.qml): the one list of offered file
 *  patterns (zkgrad::imaging::imageFilePatterns()) and the folder a file dialog starts in. */
class ImagePicker : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /** "*.jpg *.jpeg *.png …", for a dialog's name filter ("Images (%1)"). */
    Q_PROPERTY(QString patterns READ patterns CONSTANT)
    /** The folder of the last image chosen in this session, else the Pictures folder (else the
     *  home folder): where a candidate keeps photos, never the program's working folder. */
    Q_PROPERTY(QUrl startFolder READ startFolder NOTIFY startFolderChanged)

public:
    explicit ImagePicker(QObject *parent = nullptr);

    [[nodiscard]] static QString patterns();
    [[nodiscard]] QUrl startFolder() const;

    /** Remembers the folder of @p fileUrl (a file just chosen) for the next dialog. Only in
     *  memory: a kiosk must not keep where the last candidate's photos were. */
    Q_INVOKABLE void remember(const QUrl &fileUrl);

Q_SIGNALS:
    void startFolderChanged();

private:
    QUrl m_lastFolder;
};
