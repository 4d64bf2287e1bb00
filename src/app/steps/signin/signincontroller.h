#pragma once

#include "wizard/stepcontroller.h"

#include <QPointer>
#include <QtQmlIntegration>

class ApplicationSession;
class StepContext;

/** The sign-in step (登录): who the candidate is; complete once signed in. */
class SignInController : public StepController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

    Q_PROPERTY(QString login READ login WRITE setLogin NOTIFY changed)
    Q_PROPERTY(QString loginError READ loginError NOTIFY changed)
    Q_PROPERTY(bool remember READ remember WRITE setRemember NOTIFY changed)

public:
    explicit SignInController(ApplicationSession *session, StepContext *context,
                              QObject *parent = nullptr);

    [[nodiscard]] QString login() const { return m_login; }
    void setLogin(const QString &login);
    /** Empty, or why the text cannot be an ID number (18) or admission ticket number (12). */
    [[nodiscard]] QString loginError() const;
    [[nodiscard]] bool remember() const { return m_remember; }
    void setRemember(bool remember);

    /** Signs in with the login typed so far; the password is never kept. */
    Q_INVOKABLE void signIn(const QString &password);
    /** Fills in a demo candidate's ID number (demo mode only offers these). */
    Q_INVOKABLE void useDemoAccount(const QString &idNumber);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QStringList problems() const override;
    [[nodiscard]] QJsonObject toJson() const override;
    void fromJson(const QJsonObject &json) override;

Q_SIGNALS:
    /** A demo account was chosen: the page fills in the demo password. */
    void demoAccountChosen();

private:
    QPointer<ApplicationSession> m_session;
    QString m_login;
    bool m_remember = false;
};
