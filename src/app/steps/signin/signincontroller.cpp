#include "steps/signin/signincontroller.h"

#include "idnumber.h"
#include "session/applicationsession.h"

#include <QRegularExpression>

SignInController::SignInController(ApplicationSession *session, StepContext * /*context*/,
                                   QObject *parent)
    : StepController(parent)
    , m_session(session)
{
    connect(session, &ApplicationSession::signedInChanged, this, &StepController::changed);
    connect(session, &ApplicationSession::connectionChanged, this, &StepController::changed);
}

void SignInController::setLogin(const QString &login)
{
    if (login == m_login)
        return;
    m_login = login;
    Q_EMIT changed();
}

QString SignInController::loginError() const
{
    const QString login = m_login.trimmed();
    if (login.isEmpty())
        return tr("Enter your ID number (18 characters) or admission ticket number (12 digits).");
    static const QRegularExpression ticket(QStringLiteral("^[0-9]{12}$"));
    if (ticket.match(login).hasMatch())
        return {};
    const zkgrad::IdNumberResult id = zkgrad::IdNumber::check(login);
    if (!id.valid)
        return tr("Login: %1 An admission ticket number has 12 digits.").arg(id.message);
    return {};
}

void SignInController::setRemember(bool remember)
{
    if (remember == m_remember)
        return;
    m_remember = remember;
    Q_EMIT changed();
}

void SignInController::signIn(const QString &password)
{
    if (m_session)
        m_session->signIn(m_login, password, m_remember);
}

void SignInController::useDemoAccount(const QString &idNumber)
{
    setLogin(idNumber);
    Q_EMIT demoAccountChosen();
}

bool SignInController::isComplete() const
{
    // Without any server (unit and page tests) there is nothing to sign in to.
    return !m_session || !m_session->requiresSignIn() || m_session->signedIn();
}

QStringList SignInController::problems() const
{
    if (isComplete())
        return {};
    return { tr("Sign in with your ID number or admission ticket number and your password.") };
}

QJsonObject SignInController::toJson() const
{
    // The login only, so the next start can offer it; never the password.
    return { { QStringLiteral("login"), m_login.trimmed() },
             { QStringLiteral("remember"), m_remember } };
}

void SignInController::fromJson(const QJsonObject &json)
{
    m_login = json.value(QStringLiteral("login")).toString();
    m_remember = json.value(QStringLiteral("remember")).toBool();
    Q_EMIT changed();
}
