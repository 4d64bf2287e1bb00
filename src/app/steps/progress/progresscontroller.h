#pragma once

#include "applicationrecord.h"
#include "wizard/stepcontroller.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQmlIntegration>

class ApplicationSession;
class StepContext;

/** The review progress step (审核进度): the three stages, their dates, and a rejection's reason. */
class ProgressController : public StepController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QVariantList stages READ stages NOTIFY changed)
    Q_PROPERTY(bool rejected READ rejected NOTIFY changed)
    Q_PROPERTY(QString rejectionReason READ rejectionReason NOTIFY changed)
    Q_PROPERTY(QString rejectionAdvice READ rejectionAdvice NOTIFY fixChanged)
    Q_PROPERTY(QString fixLabel READ fixLabel NOTIFY fixChanged)
    Q_PROPERTY(QString announcement READ announcement NOTIFY announcementChanged)
    Q_PROPERTY(bool polling READ polling NOTIFY pollingChanged)
    /** After a failed city review: the office's reason and the refund; empty otherwise. */
    Q_PROPERTY(QString failureText READ failureText NOTIFY changed)
    /** The step (Step::Id) that fixes the rejection; -1 when not rejected. */
    Q_PROPERTY(int fixStep READ fixStep NOTIFY fixChanged)
    /** "Updated 14:05", or that the last refresh failed and what is shown instead. */
    Q_PROPERTY(QString refreshText READ refreshText NOTIFY refreshChanged)
    Q_PROPERTY(bool refreshFailed READ refreshFailed NOTIFY refreshChanged)
    Q_PROPERTY(bool refreshing READ refreshing NOTIFY refreshChanged)

public:
    explicit ProgressController(ApplicationSession *session, StepContext *context,
                                QObject *parent = nullptr);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QStringList problems() const override;
    [[nodiscard]] QString stageText() const override;
    [[nodiscard]] bool isWaiting() const override;
    [[nodiscard]] bool isStageFailed() const override;
    [[nodiscard]] QJsonObject toJson() const override;
    void fromJson(const QJsonObject &json) override;

    /** The page never edits anything: the application is with the reviewers. */
    [[nodiscard]] bool isEditable() const override { return false; }
    /** The state's API name, for QML; empty before an application exists. */
    [[nodiscard]] QString state() const;
    [[nodiscard]] QString stateText() const;
    /**
     * [{title, statusText, date, tone}] in the order of the review; tone is "danger",
     * "success" or "" so that the page needs no knowledge of statuses.
     */
    [[nodiscard]] QVariantList stages() const;
    [[nodiscard]] bool rejected() const { return m_record.is(zkgrad::Workflow::State::Rejected); }
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

    /** The wizard step (Step::Id) that fixes @p rejection. */
    [[nodiscard]] static int
    stepForRejection(const zkgrad::ApplicationRecord::Rejection &rejection);

    /** Periodic refresh interval while submitted and not yet decided (60 s; tests shorten it). */
    void setPollInterval(int ms);
    [[nodiscard]] int pollInterval() const { return m_timer.interval(); }

    /** Re-reads the application from the server (on open and on demand). */
    Q_INVOKABLE void refresh();
    /** Opening the step asks the server where the application stands. */
    void enter() override { refresh(); }
    /** Goes to the step that fixes the rejection (prior degree or the named material). */
    Q_INVOKABLE bool openFix();
    Q_INVOKABLE void dismissAnnouncement();
    /** Shows @p application (docs/api.md): the session feeds every change here. */
    void setApplication(const QJsonObject &application);
    /** Announces a change of the review state (from the session's reviewStateChanged). */
    void announceState(zkgrad::Workflow::State from, zkgrad::Workflow::State to);

Q_SIGNALS:
    void announcementChanged();
    void pollingChanged();
    void refreshChanged();
    /**
     * The way to the fix may differ: the application changed, or which steps apply (the
     * prior-degree step once the server's facts arrive). Not changed(), which the wizard
     * answers with navigationChanged().
     */
    void fixChanged();

private:
    void updatePolling();
    void onRefreshed(bool ok, const QString &error);

    QPointer<ApplicationSession> m_session;
    StepContext *m_context; ///< the wizard; it outlives this controller
    zkgrad::ApplicationRecord m_record;
    QString m_announcement;
    QTimer m_timer;
    QDateTime m_updatedAt;
    QString m_refreshError;
    bool m_refreshFailed = false;
    bool m_refreshing = false;
};
