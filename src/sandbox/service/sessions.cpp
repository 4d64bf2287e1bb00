// Sessions: sign-in, bearer tokens, sign-out.

#include "internal.h"

#include <idnumber.h>

#include <QSqlQuery>

namespace zkgrad::sandbox {

Reply Service::signIn(const QJsonObject &body)
{
    QList<FieldError> errors;
    const QString login = stringMember(body, "login", &errors, S("login")).trimmed();
    const QString password = stringMember(body, "password", &errors, S("password"));
    if (login.isEmpty())
        errors.append({ S("login"), S("required"),
                        tr2("Enter your ID number or admission ticket number.",
                            "请输入身份证号或准考证号。") });
    if (password.isEmpty())
        errors.append(
            { S("password"), S("required"), tr2("Enter your password.", "请输入密码。") });
    if (!errors.isEmpty())
        return validationProblem(errors);

    const QString normalized = IdNumber::normalize(login);
    // A ticket is digits only, so the ID number's spelling rules apply to it as well.
    QSqlQuery q = m_db.exec(S("SELECT id, password, name FROM candidates WHERE id_number = ? OR"
                              " ticket = ? OR ticket = ?"),
                            { normalized, login, normalized });
    // An unknown login costs the same PBKDF2 work, so timing does not reveal which logins exist.
    static const QString dummy = hashPassword(QStringLiteral("not a password"));
    const bool known = q.next();
    if (!verifyPassword(password, known ? q.value(1).toString() : dummy) || !known) {
        return Reply::problem(
            401, S("invalid-credentials"),
            tr2("The login or the password is wrong.", "身份证号/准考证号或密码不正确。"));
    }
    const QString candidateId = q.value(0).toString();
    const QString name = q.value(2).toString();
    // The only moment the password is known: bring an older hash up to the current cost.
    if (needsRehash(q.value(1).toString()))
        m_db.exec(S("UPDATE candidates SET password = ? WHERE id = ?"),
                  { hashPassword(password), candidateId });
    const QString token = randomHex(32);
    const QDateTime created = now();
    const QDateTime expires = created.addSecs(m_tokenTtl);
    m_db.exec(S("DELETE FROM sessions WHERE expires_at < ?"), { iso(created) });
    m_db.exec(S("INSERT INTO sessions (token_hash, candidate_id, created_at, expires_at) VALUES"
                " (?, ?, ?, ?)"),
              { tokenHash(token.toLatin1()), candidateId, iso(created), iso(expires) });
    return Reply::json(
        { { S("token"), token },
          { S("tokenType"), S("Bearer") },
          { S("expiresAt"), iso(expires) },
          { S("expiresIn"), m_tokenTtl },
          { S("candidate"), QJsonObject { { S("id"), candidateId }, { S("name"), name } } } },
        201);
}

QString Service::accountForLogin(const QString &login)
{
    const QString trimmed = login.trimmed();
    const QString normalized = IdNumber::normalize(trimmed);
    return m_db
        .scalar(S("SELECT id FROM candidates WHERE id_number = ? OR ticket = ? OR ticket = ?"),
                { normalized, trimmed, normalized })
        .toString();
}

TokenCheck Service::checkToken(const QByteArray &token)
{
    TokenCheck check;
    if (token.isEmpty())
        return check;
    QSqlQuery q = m_db.exec(S("SELECT candidate_id, expires_at FROM sessions WHERE token_hash = ?"),
                            { tokenHash(token) });
    if (!q.next())
        return check;
    const QDateTime expires = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    if (QDateTime::currentDateTimeUtc() >= expires) {
        check.expired = true;
        return check;
    }
    check.candidateId = q.value(0).toString();
    return check;
}

Reply Service::session(const QByteArray &token)
{
    QSqlQuery q = m_db.exec(S("SELECT candidate_id, expires_at FROM sessions WHERE token_hash = ?"),
                            { tokenHash(token) });
    if (!q.next())
        return notFound();
    const QDateTime expires = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    return Reply::json(
        { { S("candidateId"), q.value(0).toString() },
          { S("expiresAt"), iso(expires) },
          { S("expiresIn"), qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(expires)) } });
}

Reply Service::signOut(const QByteArray &token)
{
    m_db.exec(S("DELETE FROM sessions WHERE token_hash = ?"), { tokenHash(token) });
    return Reply::empty(204);
}

} // namespace zkgrad::sandbox
