// Optional check against real headers kept outside the repository
// (../shared/reference/headers next to the checkout). Skipped when that folder is absent.
#include "HeaderAnalyzer.h"
#include "HeaderReportJson.h"
#include "HeaderReportText.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString referenceDir()
{
    return QDir::cleanPath(
        QStringLiteral(SMARTHOST_TEST_DATA_DIR "/../../../shared/reference/headers"));
}

} // namespace

class TestHeaderReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(referenceDir()).exists())
            QSKIP("no reference headers next to the checkout");
    }

    void sample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("hops"); // Received headers, X-Received and ARC-* not counted
        QTest::newRow("01") << u"01_sendmail_postfix_2001_spamassassin.txt"_s << 6;
        QTest::newRow("02") << u"02_qmail_chain_2002_spamassassin.txt"_s << 6;
        QTest::newRow("04") << u"04_outlookcom_to_gmail_arc_2020_rspamd.txt"_s << 5;
        QTest::newRow("05") << u"05_outlookcom_via_freebsd_list_postfix_dkimfail_2020_rspamd.txt"_s
                            << 8;
        QTest::newRow("06") << u"06_sendmail_ironport_exchange2010_2022_mailparser.txt"_s << 4;
        QTest::newRow("07") << u"07_qmail_submission_to_postfix_list_2024_usrp.txt"_s << 5;
        QTest::newRow("09") << u"09_o365_codetwo_signature_relay_loop_2025_usrp.txt"_s << 9;
        QTest::newRow("11") << u"11_gworkspace_exclaimer_smtp_relay_gmail_2023_usrp.txt"_s << 7;
        QTest::newRow("12") << u"12_o365_to_proofpoint_pphosted_2026_usrp.txt"_s << 8;
        QTest::newRow("14") << u"14_yahoo_webmail_http_2025_usrp.txt"_s << 4;
        QTest::newRow("16") << u"16_amazon_ses_2026_usrp.txt"_s << 4;
        QTest::newRow("17") << u"17_gmail_esmtpsa_apple_client_2025_usrp.txt"_s << 5;
        QTest::newRow("18")
            << u"18_ibm_postfix_imsva_sendmail_proofpoint_vger_2021_linux-integrity.txt"_s << 11;
        QTest::newRow("20")
            << u"20_eop_inbound_phish_ms_authresults_compauth_2023_phishingpot.txt"_s << 5;
    }

    void sample()
    {
        QFETCH(QString, file);
        QFETCH(int, hops);
        QFile input(referenceDir() + u'/' + file);
        QVERIFY2(input.exists(), qPrintable(input.fileName()));
        QVERIFY(input.open(QIODevice::ReadOnly));
        RelayConnector connector;
        connector.smartHost = u"smtp-relay.example.com"_s;
        const HeaderReport report = HeaderAnalyzer::analyse(input.readAll(), connector);
        QVERIFY2(report.isValid(), qPrintable(report.error));
        QCOMPARE(report.hops.size(), hops);
        for (const ReceivedHop &hop : report.hops) {
            QVERIFY2(hop.date.isValid(), qPrintable(hop.raw));
            QVERIFY2(!hop.hasFlag(HopFlag::UnparsedText), qPrintable(hop.raw));
        }
        QVERIFY(!HeaderReportJson::toJson(report).isEmpty());
        QVERIFY(!HeaderReportText::format(report).isEmpty());
        QCOMPARE(report.verdict.routed, std::optional<bool>(false));
    }

    void everyFileIsListed()
    {
        const QStringList files = QDir(referenceDir()).entryList({u"*.txt"_s}, QDir::Files);
        QCOMPARE(files.size(), 14);
    }
};

QTEST_GUILESS_MAIN(TestHeaderReference)
#include "tst_headers_reference.moc"
