#pragma once

#include "wizard/stepcontroller.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

class ApplicationSession;
class WizardController;

/** The review progress step (审核进度): the three stages, their dates, and a rejection's reason. */
class ProgressController : public StepController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

    Q_PROPERTY(bool complete READ isComplete NOTIFY changed)
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)
    Q_PROPERTY(bool editable READ editable CONSTANT)
    Q_PROPERTY(QVariantMap errors READ errors CONSTANT)
    Q_PROPERTY(QVariantList fieldProblems READ fieldProblems CONSTANT)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QVariantList stages READ stages NOTIFY changed)
    Q_PROPERTY(bool rejected READ rejected NOTIFY changed)
    Q_PROPERTY(QString rejectionReason READ rejectionReason NOTIFY changed)
    Q_PROPERTY(QString rejectionAdvice READ rejectionAdvice NOTIFY changed)
    Q_PROPERTY(QString fixLabel READ fixLabel NOTIFY changed)
    Q_PROPERTY(QString announcement READ announcement NOTIFY announcementChanged)
    Q_PROPERTY(bool polling READ polling NOTIFY pollingChanged)
    /** After a failed city review: the office's reason and the refund; empty otherwise. */
    Q_PROPERTY(QString failureText READ failureText NOTIFY changed)
    /** The step (Step::Id) that fixes the rejection; -1 when not rejected. */
    Q_PROPERTY(int fixStep READ fixStep NOTIFY changed)
    /** "Updated 14:05", or that the last refresh failed and what is shown instead. */
    Q_PROPERTY(QString refreshText READ refreshText NOTIFY refreshChanged)
    Q_PROPERTY(bool refreshFailed READ refreshFailed NOTIFY refreshChanged)
    Q_PROPERTY(bool refreshing READ refreshing NOTIFY refreshChanged)

public:
    ProgressController(ApplicationSession *session, WizardController *wizard);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QStringList problems() const override;
    [[nodiscard]] QString stageText() const override;
    [[nodiscard]] bool isWaiting() const override;
    [[nodiscard]] QJsonObject toJson() const override;
    void fromJson(const QJsonObject &json) override;

    /** The page never edits anything: the application is with the reviewers. */
    [[nodiscard]] bool editable() const { return false; }
    [[nodiscard]] QVariantMap errors() const { return {}; }
    [[nodiscard]] QVariantList fieldProblems() const { return {}; }
    [[nodiscard]] QString state() const;
    [[nodiscard]] QString stateText() const { return stateName(state()); }
    /** [{key, title, status, statusText, date}] in the order of the review. */
    [[nodiscard]] QVariantList stages() const;
    [[nodiscard]] bool rejected() const { return state() == QLatin1String("rejected"); }
    [[nodiscard]] QString rejectionReason() const;
    [[nodiscard]] QString rejectionAdvice() const;
    [[nodiscard]] QString fixLabel() const;
    [[nodiscard]] QString announcement() const { return m_announcement; }
    [[nodiscard]] bool polling() const { return m_timer.isActive(); }
    [[nodiscard]] int fixStep() const;
    [[nodiscard]] QString failureText() const;
    [[nodiscard]] QString refreshText() const;
    [[nodiscard]] bool refreshFailed() const { return m_refreshFailed; }
    [[nodiscard]] bool refreshing() const { return m_refreshing; }
    /** When the application was last read from the server (local time); invalid before. */
    [[nodiscard]] QDateTime updatedAt() const { return m_updatedAt; }

    /** The wizard step (Step::Id) that fixes a rejection of @p category / @p sections. */
    [[nodiscard]] static int stepForRejection(const QString &category, const QStringList &sections);
    [[nodiscard]] static QString stageTitle(const QString &key);
    [[nodiscard]] static QString statusText(const QString &key, const QString &status);
    [[nodiscard]] static QString stateName(const QString &state);
    /** "YYYY-MM-DD" in Beijing time for an API timestamp (or date); empty when absent. */
    [[nodiscard]] static QString displayDate(const QString &at);

    /** Periodic refresh interval while submitted and not yet decided (60 s; tests shorten it). */
    void setPollInterval(int ms);
    [[nodiscard]] int pollInterval() const { return m_timer.interval(); }

    /** Re-reads the application from the server (on open and on demand). */
    Q_INVOKABLE void refresh();
    /** Goes to the step that fixes the rejection (prior degree or the named material). */
    Q_INVOKABLE bool openFix();
    Q_INVOKABLE void dismissAnnouncement();
    /**
     * Shows @p application (docs/api.md) as if the server had sent it: the session feeds
     * every change here; QML tests without a server call it directly.
     */
    Q_INVOKABLE void showApplication(const QVariantMap &application);
    void setApplication(const QJsonObject &application);
    /** Announces a change of the review state (from the session's stateChanged). */
    void announceState(const QString &from, const QString &to);

Q_SIGNALS:
    void announcementChanged();
    void pollingChanged();
    void refreshChanged();

private:
    void updatePolling();
    void onRefreshed(bool ok, const QString &error);
    [[nodiscard]] QJsonObject rejection() const;

    QPointer<ApplicationSession> m_session;
    WizardController *m_wizard;
    QJsonObject m_application;
    QString m_announcement;
    QTimer m_timer;
    QDateTime m_updatedAt;
    QString m_refreshError;
    bool m_refreshFailed = false;
    bool m_refreshing = false;
};
