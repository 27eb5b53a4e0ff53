// The header viewer's models over the guide's example and other fixtures: HopTableModel (hops,
// proof hop, delays and their bars, local times), AllHeadersModel and AuthenticationChipsModel,
// each under QAbstractItemModelTester.
#include "AllHeadersModel.h"
#include "AuthenticationChipsModel.h"
#include "HeaderAnalyzer.h"
#include "HopTableModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFile>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(SMARTHOST_TEST_DATA_DIR "/headers/") + name + u".txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

HeaderReport analyse(const QString &name, const QString &smartHost = QString())
{
    RelayConnector connector;
    connector.smartHost = smartHost;
    return HeaderAnalyzer::analyse(fixture(name), connector);
}

QVariant cell(const QAbstractItemModel &model, int row, HopTableModel::Column column,
              int role = Qt::DisplayRole)
{
    return model.index(row, int(column)).data(role);
}

} // namespace

class TestHopTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Local times are checked in a fixed zone: UTC+1 all year (POSIX TZ, no tzdata needed).
        qputenv("TZ", "CET-1");
    }

    void guideHops()
    {
        const HeaderReport report = analyse(u"guide_en"_s, u"smtp-relay.example.com"_s);
        QVERIFY2(report.isValid(), qPrintable(report.error));
        HopTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setIconProvider([](const QString &name) {
            QPixmap pixmap(8, 8);
            pixmap.fill(name == u"warning"_s ? Qt::yellow : Qt::green);
            return QIcon(pixmap);
        });
        model.setHops(report.hops, report.verdict.proofHop);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Hop"_s);
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), u"Delay"_s);
        QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), u"With"_s);

        // Hop 1: written by the relay itself; no from clause, no delay.
        QCOMPARE(cell(model, 0, HopTableModel::Column::Hop).toInt(), 1);
        QCOMPARE(cell(model, 0, HopTableModel::Column::From).toString(), QString());
        QCOMPARE(cell(model, 0, HopTableModel::Column::By).toString(),
                 u"smtp-relay.smtp.example.com"_s);
        QCOMPARE(cell(model, 0, HopTableModel::Column::With).toString(), u"ESMTP"_s);
        QVERIFY(!cell(model, 0, HopTableModel::Column::Delay, roleId(HeaderRole::DelaySeconds))
                     .isValid());
        // Hop 2: OVHcloud's in31 received it from the relay: the proof.
        QCOMPARE(cell(model, 1, HopTableModel::Column::From).toString(),
                 u"sender-id.example.com"_s);
        QCOMPARE(cell(model, 1, HopTableModel::Column::By).toString(), u"in31.mail.ovh.net"_s);
        QCOMPARE(cell(model, 1, HopTableModel::Column::With).toString(), u"ESMTPS"_s);
        QCOMPARE(model.rowOfHop(2), 1);
        QCOMPARE(model.proofHop(), std::optional<int>(2));

        // Only the proof hop is highlighted, in every column.
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                const bool proof = row == 1;
                QCOMPARE(index.data(roleId(HeaderRole::ProofHop)).toBool(), proof);
                QCOMPARE(index.data(Qt::BackgroundRole).isValid(), proof);
                QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), proof);
            }
        }

        // Delays: 07:51:00, :01, :01, :02, 09:51:02+0200, 09:51:02+0200.
        const QList<QVariant> delays{QVariant(), 1, 0, 1, 0, 0};
        const QList<QVariant> shares{QVariant(), 0.5, 0.0, 0.5, 0.0, 0.0};
        for (int row = 0; row < 6; ++row) {
            const QVariant delay =
                cell(model, row, HopTableModel::Column::Delay, roleId(HeaderRole::DelaySeconds));
            QCOMPARE(delay.isValid(), delays[row].isValid());
            if (delay.isValid())
                QCOMPARE(delay.toLongLong(), delays[row].toLongLong());
            const QVariant share =
                cell(model, row, HopTableModel::Column::Delay, roleId(HeaderRole::DelayShare));
            QCOMPARE(share.isValid(), shares[row].isValid());
            if (share.isValid())
                QCOMPARE(share.toDouble(), shares[row].toDouble());
        }
        QCOMPARE(model.totalPositiveDelay(), 2);
        QCOMPARE(cell(model, 1, HopTableModel::Column::Delay).toString(), u"1 s"_s);
        QCOMPARE(cell(model, 0, HopTableModel::Column::Delay).toString(), QString());
        QVERIFY(cell(model, 3, HopTableModel::Column::Delay, Qt::ToolTipRole)
                    .toString()
                    .contains(u"50%"_s));

        // Times in the local zone (UTC+1); all on the same day, so no date.
        QCOMPARE(cell(model, 0, HopTableModel::Column::Time).toString(), u"08:51:00"_s);
        QCOMPARE(cell(model, 1, HopTableModel::Column::Time).toString(), u"08:51:01"_s);
        QCOMPARE(cell(model, 5, HopTableModel::Column::Time).toString(), u"08:51:02"_s);
        // The tooltip keeps the text as written and the server's own offset.
        const QString firstTime =
            cell(model, 0, HopTableModel::Column::Time, Qt::ToolTipRole).toString();
        QVERIFY2(firstTime.contains(u"Tue Feb 28 2023 07:51:00 GMT+0000"_s), qPrintable(firstTime));
        QVERIFY2(firstTime.contains(u"UTC+01:00"_s), qPrintable(firstTime)); // local zone
        const QString lastTime =
            cell(model, 5, HopTableModel::Column::Time, Qt::ToolTipRole).toString();
        QVERIFY2(lastTime.contains(u"28 Feb 2023 09:51:02 +0200"_s), qPrintable(lastTime));
        QVERIFY2(lastTime.contains(u"UTC+02:00"_s), qPrintable(lastTime));

        // Flags: the invalid address of hop 2 gives a warning icon and a tooltip line; TLS an
        // icon in the With column.
        QCOMPARE(
            cell(model, 1, HopTableModel::Column::Hop, roleId(HeaderRole::Flags)).toStringList(),
            (QStringList{u"invalid-ip"_s, u"tls"_s}));
        QVERIFY(cell(model, 1, HopTableModel::Column::Hop, Qt::DecorationRole).isValid());
        QVERIFY(!cell(model, 0, HopTableModel::Column::Hop, Qt::DecorationRole).isValid());
        QVERIFY(cell(model, 1, HopTableModel::Column::With, Qt::DecorationRole).isValid());
        QVERIFY(!cell(model, 0, HopTableModel::Column::With, Qt::DecorationRole).isValid());
        const QString hopTip =
            cell(model, 1, HopTableModel::Column::Hop, Qt::ToolTipRole).toString();
        QVERIFY2(hopTip.contains(u"not a valid address"_s), qPrintable(hopTip));
        QVERIFY2(hopTip.contains(u"proves"_s), qPrintable(hopTip));
        const QString fromTip =
            cell(model, 1, HopTableModel::Column::From, Qt::ToolTipRole).toString();
        QVERIFY2(fromTip.contains(u"11.22.333.44"_s), qPrintable(fromTip));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.proofHop(), std::nullopt);
    }

    // Negative delays: red, flagged, no bar; the positive ones share the whole bar.
    void clockSkew()
    {
        const HeaderReport report = analyse(u"pitfall07_clock_skew"_s);
        HopTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHops(report.hops, report.verdict.proofHop);
        int negative = 0;
        double shareSum = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QVariant delay =
                cell(model, row, HopTableModel::Column::Delay, roleId(HeaderRole::DelaySeconds));
            const QVariant share =
                cell(model, row, HopTableModel::Column::Delay, roleId(HeaderRole::DelayShare));
            const QVariant color =
                cell(model, row, HopTableModel::Column::Delay, Qt::ForegroundRole);
            if (delay.isValid() && delay.toLongLong() < 0) {
                ++negative;
                QVERIFY(!share.isValid());
                QCOMPARE(color.value<QBrush>().color(), QColor(0xb9, 0x1c, 0x1c));
                QVERIFY(cell(model, row, HopTableModel::Column::Delay).toString().startsWith(u'-'));
                QVERIFY(cell(model, row, HopTableModel::Column::Hop, roleId(HeaderRole::Flags))
                            .toStringList()
                            .contains(u"clock-skew"_s));
            } else {
                QVERIFY(!color.isValid());
                shareSum += share.toDouble();
            }
        }
        QVERIFY(negative > 0);
        QVERIFY(qAbs(shareSum - 1.0) < 1e-9);
        QVERIFY(!model.proofHop());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.index(row, 0).data(Qt::BackgroundRole).isValid());
    }

    // A hop on another local day than the previous one shows its date.
    void dayChange()
    {
        const HeaderReport report = HeaderAnalyzer::analyse(
            u"Received: from b.example.org by c.example.org with ESMTP; Wed, 6 Mar 2024 00:10:00 "
            "+0100\n"
            "Received: from a.example.org by b.example.org with ESMTP; Tue, 5 Mar 2024 22:50:00 "
            "+0000\n"_s);
        HopTableModel model;
        model.setHops(report.hops);
        QCOMPARE(cell(model, 0, HopTableModel::Column::Time).toString(), u"23:50:00"_s);
        const QString second = cell(model, 1, HopTableModel::Column::Time).toString();
        QVERIFY2(second.endsWith(u" 00:10:00"_s) && second.size() > 9, qPrintable(second));
        QCOMPARE(cell(model, 1, HopTableModel::Column::Delay).toString(), u"20 min 0 s"_s);
    }

    // Header text is untrusted: tooltips escape it, so markup never renders.
    void tooltipsEscapeMarkup()
    {
        const QString text = u"Received: from <b>evil</b> (x [192.0.2.1]) by mx.example.org "
                             "with ESMTP; Tue, 5 Mar 2024 10:00:00 +0000\n"
                             "Subject: <i>hi</i>\n"_s;
        const HeaderReport report = HeaderAnalyzer::analyse(text);
        QVERIFY(report.isValid());
        HopTableModel hops;
        hops.setHops(report.hops);
        const QString tip = cell(hops, 0, HopTableModel::Column::From, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"&lt;b&gt;evil&lt;/b&gt;"_s), qPrintable(tip));
        QVERIFY(!tip.contains(u"<b>"_s));
        AllHeadersModel all;
        all.setHeaders(report.headers);
        const QString subjectTip = all.index(1, 1).data(Qt::ToolTipRole).toString();
        QVERIFY2(subjectTip.contains(u"&lt;i&gt;hi&lt;/i&gt;"_s), qPrintable(subjectTip));
        QCOMPARE(all.index(1, 1).data().toString(), u"<i>hi</i>"_s);
    }

    void allHeaders()
    {
        const HeaderReport report = analyse(u"guide_en"_s);
        AllHeadersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QHash<int, int> hopOfHeader;
        for (const ReceivedHop &hop : report.hops)
            hopOfHeader.insert(hop.headerIndex, hop.number);
        model.setHeaders(report.headers, hopOfHeader);
        QCOMPARE(model.rowCount(), report.headers.fields.size());
        QVERIFY(model.rowCount() > 20);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Name"_s);
        // In the order of the paste, HTML entities decoded.
        QCOMPARE(model.index(0, 0).data().toString(), u"Return-Path"_s);
        QVERIFY(model.index(0, 1).data().toString().startsWith(u"<bounces-"_s));
        QCOMPARE(model.index(1, 0).data().toString(), u"Delivered-To"_s);
        QCOMPARE(model.index(model.rowCount() - 1, 0).data().toString(), u"From"_s);
        // The topmost Received header is the newest hop (6); the bottom-most is hop 1.
        QCOMPARE(model.index(2, 0).data().toString(), u"Received"_s);
        QCOMPARE(model.index(2, 0).data(roleId(HeaderRole::HopNumber)).toInt(), 6);
        const int relayRow = model.rowOfHeader(report.hops.first().headerIndex);
        QCOMPARE(model.index(relayRow, 0).data(roleId(HeaderRole::HopNumber)).toInt(), 1);
        QVERIFY(
            model.index(relayRow, 1).data().toString().contains(u"smtp-relay.smtp.example.com"_s));
        QVERIFY(!model.index(0, 0).data(roleId(HeaderRole::HopNumber)).isValid());
        QCOMPARE(model.index(0, 0).data(roleId(HeaderRole::HeaderIndex)).toInt(), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void authenticationChips()
    {
        const HeaderReport report = analyse(u"guide_en"_s);
        AuthenticationChipsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(report.authentication);
        QStringList chips;
        for (int row = 0; row < model.rowCount(); ++row)
            chips.append(model.index(row).data().toString());
        QCOMPARE(chips, (QStringList{u"SPF pass"_s, u"DKIM pass"_s, u"DMARC —"_s,
                                     u"dkim-atps neutral"_s}));
        using Tone = AuthenticationChipsModel::Tone;
        QCOMPARE(Tone(model.index(0).data(roleId(HeaderRole::AuthTone)).toInt()), Tone::Pass);
        QCOMPARE(Tone(model.index(2).data(roleId(HeaderRole::AuthTone)).toInt()), Tone::Neutral);
        QCOMPARE(model.index(2).data(roleId(HeaderRole::AuthResult)).toString(), QString());
        // Who stated it, in the tooltip.
        const QString dkim = model.index(1).data(Qt::ToolTipRole).toString();
        QVERIFY2(dkim.contains(u"in31.mail.ovh.net"_s), qPrintable(dkim));
        QVERIFY2(dkim.contains(u"smtp.example.com"_s), qPrintable(dkim));
        const QString spf = model.index(0).data(Qt::AccessibleDescriptionRole).toString();
        QVERIFY2(spf.contains(u"Received-SPF"_s), qPrintable(spf));

        QCOMPARE(AuthenticationChipsModel::toneOf(u"FAIL"_s), Tone::Fail);
        QCOMPARE(AuthenticationChipsModel::toneOf(u"softfail"_s), Tone::Fail);
        QCOMPARE(AuthenticationChipsModel::toneOf(u"none"_s), Tone::Neutral);

        const HeaderReport failing = HeaderAnalyzer::analyse(
            u"Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=a@example.com;\n"
            " dkim=pass header.d=example.com; dmarc=fail header.from=example.com\n"
            "Subject: failing\n"_s);
        model.setReport(failing.authentication);
        QCOMPARE(model.rowCount(), 3);
        const QList<Tone> tones{Tone::Fail, Tone::Pass, Tone::Fail};
        for (int row = 0; row < 3; ++row)
            QCOMPARE(Tone(model.index(row).data(roleId(HeaderRole::AuthTone)).toInt()), tones[row]);
        QCOMPARE(model.index(0).data().toString(), u"SPF fail"_s);
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(u"mx.example.org"_s));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestHopTableModel)
#include "tst_hoptablemodel.moc"
