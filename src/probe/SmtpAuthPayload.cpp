#include "SmtpAuthPayload.h"

QByteArray SmtpAuthPayload::plain(const QString &user, const QString &password)
{
    const QByteArray message =
        QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + password.toUtf8();
    return message.toBase64();
}

QByteArray SmtpAuthPayload::login(const QString &text)
{
    return text.toUtf8().toBase64();
}

QStringList SmtpAuthPayload::secretForms(const QString &user, const QString &password)
{
    if (password.isEmpty())
        return {};
    QStringList forms{password, QString::fromLatin1(login(password)),
                      QString::fromLatin1(plain(user, password))};
    if (!user.isEmpty())
        forms.append(QString::fromLatin1(login(user)));
    return forms;
}
