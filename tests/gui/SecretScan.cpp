#include "SecretScan.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace SecretScan {

namespace {

// The part of base64(prefix + secret) that only depends on the secret, for a prefix of
// `offset` bytes: whatever precedes or follows it in a longer text, these characters appear.
QByteArray base64Core(const QByteArray &secret, int offset, QByteArray::Base64Options alphabet)
{
    const QByteArray encoded = QByteArray(QByteArray(offset, '\0') + secret)
                                   .toBase64(alphabet | QByteArray::OmitTrailingEquals);
    const int leading = offset == 0 ? 0 : offset + 1; // characters holding prefix bits
    const int trailing = (offset + secret.size()) % 3 == 0 ? 0 : 1; // holding padding bits
    return encoded.mid(leading, encoded.size() - leading - trailing);
}

QByteArray lowerCaseHex(QByteArray percentEncoded)
{
    for (qsizetype i = 0; i + 2 < percentEncoded.size(); ++i) {
        if (percentEncoded.at(i) != '%')
            continue;
        percentEncoded[i + 1] = char(QChar::toLower(uchar(percentEncoded.at(i + 1))));
        percentEncoded[i + 2] = char(QChar::toLower(uchar(percentEncoded.at(i + 2))));
        i += 2;
    }
    return percentEncoded;
}

QByteArray jsonEscaped(const QString &secret)
{
    const QByteArray array = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    return array.mid(2, array.size() - 4); // inside ["…"]
}

} // namespace

QList<Spelling> spellings(const QString &secretName, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<Spelling> list;
    const auto add = [&](const QString &form, const QByteArray &bytes) {
        for (const Spelling &known : std::as_const(list))
            if (known.bytes == bytes)
                return;
        list.append({secretName, form, bytes});
    };
    add(u"as is"_s, utf8);
    add(u"UTF-16"_s, QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2));
    for (int offset = 0; offset < 3; ++offset) {
        add(u"base64, offset %1"_s.arg(offset),
            base64Core(utf8, offset, QByteArray::Base64Encoding));
        add(u"base64url, offset %1"_s.arg(offset),
            base64Core(utf8, offset, QByteArray::Base64UrlEncoding));
    }
    const QByteArray percent = utf8.toPercentEncoding();
    add(u"percent-encoded"_s, percent);
    add(u"percent-encoded, lower-case hex"_s, lowerCaseHex(percent));
    add(u"form-encoded"_s, utf8.toPercentEncoding(" ").replace(' ', '+'));
    add(u"JSON-escaped"_s, jsonEscaped(secret));
    return list;
}

QStringList findIn(const QString &root, const QList<Spelling> &spellings)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        const QByteArray content = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        if (!file.isOpen())
            found << path + u": could not be read ("_s + file.errorString() + u')';
        const QByteArray name = path.mid(root.size()).toUtf8();
        for (const Spelling &s : spellings)
            if (content.contains(s.bytes) || name.contains(s.bytes))
                found << u"%1: %2 (%3)"_s.arg(path, s.secretName, s.form);
    }
    return found;
}

} // namespace SecretScan
