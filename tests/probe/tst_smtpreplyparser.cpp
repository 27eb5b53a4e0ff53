#include "SmtpClientName.h"
#include "SmtpExtensions.h"
#include "SmtpReplyParser.h"

#include <QHostAddress>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSmtpReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesReplies_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<int>>("codes");
        QTest::addColumn<QList<QStringList>>("texts");
        QTest::newRow("single line") << "220 relay.example ESMTP\r\n"_ba << QList<int>{220}
                                     << QList<QStringList>{{u"relay.example ESMTP"_s}};
        QTest::newRow("multi-line banner")
            << "220-relay.example ESMTP\r\n220-no UCE\r\n220 ready\r\n"_ba << QList<int>{220}
            << QList<QStringList>{{u"relay.example ESMTP"_s, u"no UCE"_s, u"ready"_s}};
        QTest::newRow("two replies in one read")
            << "250 OK\r\n221 Bye\r\n"_ba << QList<int>{250, 221}
            << QList<QStringList>{{u"OK"_s}, {u"Bye"_s}};
        QTest::newRow("bare LF line ends")
            << "250-a\n250 b\n"_ba << QList<int>{250} << QList<QStringList>{{u"a"_s, u"b"_s}};
        QTest::newRow("code only")
            << "250\r\n"_ba << QList<int>{250} << QList<QStringList>{{QString()}};
        QTest::newRow("unfinished multi-line reply")
            << "250-a\r\n250-b\r\n"_ba << QList<int>{} << QList<QStringList>{};
        QTest::newRow("unfinished line") << "250 O"_ba << QList<int>{} << QList<QStringList>{};
        QTest::newRow("UTF-8 text") << "554 Zugriff verweigert für Sie\r\n"_ba << QList<int>{554}
                                    << QList<QStringList>{{u"Zugriff verweigert für Sie"_s}};
    }

    void parsesReplies()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<int>, codes);
        QFETCH(QList<QStringList>, texts);
        // Whole, then byte by byte: the result must not depend on how TCP splits the stream.
        for (const bool byteByByte : {false, true}) {
            SmtpReplyParser parser;
            if (byteByByte) {
                for (const char c : input)
                    QVERIFY(parser.feed(QByteArray(1, c)));
            } else {
                QVERIFY(parser.feed(input));
            }
            const auto replies = parser.takeReplies();
            QCOMPARE(replies.size(), codes.size());
            for (qsizetype i = 0; i < replies.size(); ++i) {
                QCOMPARE(replies.at(i).code, codes.at(i));
                QCOMPARE(replies.at(i).texts, texts.at(i));
                QCOMPARE(replies.at(i).rawLines.size(), texts.at(i).size());
            }
            QVERIFY(!parser.hasError());
            QCOMPARE(parser.takeReplies().size(), 0); // taken once
        }
    }

    void rejectsWhatIsNotSmtp_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        QTest::newRow("http") << "HTTP/1.1 400 Bad Request\r\n"_ba << u"not an SMTP reply"_s;
        QTest::newRow("TLS bytes") << "\x16\x03\x01\x00\x05hello\n"_ba << u"not an SMTP reply"_s;
        QTest::newRow("code 600") << "600 what\r\n"_ba << u"not an SMTP reply"_s;
        QTest::newRow("no separator") << "250OK\r\n"_ba << u"not an SMTP reply"_s;
        QTest::newRow("code changes") << "250-a\r\n251 b\r\n"_ba << u"(250 then 251)"_s;
        QTest::newRow("endless line")
            << QByteArray(SmtpReplyParser::MaxLineLength + 1, 'x') << u"longer than 4096 bytes"_s;
        QByteArray endless;
        for (int i = 0; i <= SmtpReplyParser::MaxLinesPerReply; ++i)
            endless += "250-more\r\n";
        QTest::newRow("endless reply") << endless << u"longer than 256 lines"_s;
    }

    void rejectsWhatIsNotSmtp()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        SmtpReplyParser parser;
        QVERIFY(!parser.feed(input));
        QVERIFY(parser.hasError());
        QVERIFY2(parser.errorString().contains(error), qPrintable(parser.errorString()));
        QVERIFY(!parser.feed("250 OK\r\n"_ba)); // stays failed
        QVERIFY(parser.takeReplies().isEmpty());
    }

    void discardsInputBeforeTls()
    {
        SmtpReplyParser parser;
        QVERIFY(parser.feed("250-half\r\n250 inject"_ba));
        QVERIFY(parser.hasPendingInput());
        parser.discardPendingInput();
        QVERIFY(!parser.hasPendingInput());
        QVERIFY(parser.feed("250 clean\r\n"_ba));
        const auto replies = parser.takeReplies();
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.constFirst().texts, QStringList{u"clean"_s});
    }

    void summary()
    {
        SmtpReplyParser parser;
        QVERIFY(parser.feed("535-5.7.8 bad\r\n535 more\r\n250\r\n"_ba));
        const auto replies = parser.takeReplies();
        QCOMPARE(replies.at(0).summary(), u"535 5.7.8 bad"_s);
        QCOMPARE(replies.at(1).summary(), u"250"_s);
        QVERIFY(replies.at(1).isPositive());
        QVERIFY(!replies.at(0).isPositive());
    }

    void extensions()
    {
        SmtpReplyParser parser;
        QVERIFY(parser.feed("250-relay.example greets you\r\n250-PIPELINING\r\n"
                            "250-size 52428800\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250-starttls\r\n"
                            "250-AUTH PLAIN login\r\n250-AUTH=LOGIN CRAM-MD5\r\n"
                            "250 ENHANCEDSTATUSCODES\r\n"_ba));
        const auto extensions = SmtpExtensions::fromEhloReply(parser.takeReplies().constFirst());
        QCOMPARE(extensions.lines(),
                 QStringList({u"PIPELINING"_s, u"size 52428800"_s, u"8BITMIME"_s, u"SMTPUTF8"_s,
                              u"starttls"_s, u"AUTH PLAIN login"_s, u"AUTH=LOGIN CRAM-MD5"_s,
                              u"ENHANCEDSTATUSCODES"_s}));
        QVERIFY(extensions.offersStartTls());
        QVERIFY(extensions.has(u"8bitmime"));
        QVERIFY(extensions.has(u"SMTPUTF8"));
        QVERIFY(!extensions.has(u"CHUNKING"));
        QCOMPARE(extensions.sizeLimitBytes(), std::optional<qint64>(52428800));
        QCOMPARE(extensions.authMechanisms(), QStringList({u"PLAIN"_s, u"LOGIN"_s, u"CRAM-MD5"_s}));
    }

    void sizeVariants_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<std::optional<qint64>>("expected");
        QTest::newRow("absent") << "PIPELINING"_ba << std::optional<qint64>();
        QTest::newRow("no value") << "SIZE"_ba << std::optional<qint64>(0);
        QTest::newRow("zero") << "SIZE 0"_ba << std::optional<qint64>(0);
        QTest::newRow("garbage") << "SIZE lots"_ba << std::optional<qint64>(0);
        QTest::newRow("value") << "SIZE 10485760"_ba << std::optional<qint64>(10485760);
    }

    void sizeVariants()
    {
        QFETCH(QByteArray, line);
        QFETCH(std::optional<qint64>, expected);
        SmtpReply reply;
        reply.code = 250;
        reply.texts = {u"relay"_s, QString::fromLatin1(line)};
        QCOMPARE(SmtpExtensions::fromEhloReply(reply).sizeLimitBytes(), expected);
    }

    void greetingOnlyHasNoExtensions()
    {
        SmtpReply reply;
        reply.code = 250;
        reply.texts = {u"relay.example"_s};
        const auto extensions = SmtpExtensions::fromEhloReply(reply);
        QVERIFY(extensions.isEmpty());
        QVERIFY(!extensions.offersAuth());
        QVERIFY(!extensions.offersStartTls());
    }

    void clientNameIsAnAddressLiteral_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("literal");
        QTest::newRow("IPv4") << u"192.0.2.7"_s << u"[192.0.2.7]"_s;
        QTest::newRow("IPv4-mapped IPv6") << u"::ffff:192.0.2.7"_s << u"[192.0.2.7]"_s;
        QTest::newRow("IPv6") << u"2001:db8::1"_s << u"[IPv6:2001:db8::1]"_s;
        QTest::newRow("IPv6 loopback") << u"::1"_s << u"[IPv6:::1]"_s;
        QTest::newRow("IPv6 with scope") << u"fe80::1%eth0"_s << u"[IPv6:fe80::1]"_s;
    }

    void clientNameIsAnAddressLiteral()
    {
        QFETCH(QString, address);
        QFETCH(QString, literal);
        QCOMPARE(SmtpClientName::addressLiteral(QHostAddress(address)), literal);
    }
};

QTEST_GUILESS_MAIN(TestSmtpReplyParser)
#include "tst_smtpreplyparser.moc"
