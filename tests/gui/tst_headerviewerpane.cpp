// The header viewer pane, driven like a user: paste, type a connector, press keys, drop a
// file, click Copy report; the verdict banner, hop table, summary and inline messages checked.
#include "AllHeadersModel.h"
#include "AuthenticationChipsModel.h"
#include "AuthenticationChipsView.h"
#include "ConnectorChooser.h"
#include "DelayBarDelegate.h"
#include "HeaderAnalyzer.h"
#include "HeaderPasteEdit.h"
#include "HeaderReportText.h"
#include "HeaderSummaryView.h"
#include "HeaderViewerPane.h"
#include "HopTableModel.h"
#include "HopTableView.h"
#include "ServiceStore.h"
#include "VerdictBanner.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(SMARTHOST_TEST_DATA_DIR "/headers/") + name + u".txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

SendConnector connector(qint64 id, const QString &name, const QString &host)
{
    SendConnector c;
    c.id = ConnectorId(id);
    c.displayName = name;
    c.smartHost = host;
    return c;
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// What a user types or pastes arrives through the clipboard and Ctrl+V.
void paste(QWidget *edit, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
}

void dropFile(HeaderPasteEdit *edit, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint position = edit->viewport()->rect().center();
    QDragEnterEvent enter(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(edit->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(position), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(edit->viewport(), &drop);
}

} // namespace

class TestHeaderViewerPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HeaderViewerPane> m_pane;

private Q_SLOTS:
    void init()
    {
        m_pane = std::make_unique<HeaderViewerPane>();
        m_pane->resize(420, 800);
        m_pane->setConnectors({connector(7, u"testconnector"_s, u"smtp-relay.example.com"_s),
                               connector(9, u"backup"_s, u"mail.backup-relay.example.net"_s)});
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanup() { m_pane.reset(); }

    // The guide's example with the connector selected in the tree: green, with the evidence.
    void guideIsRoutedThroughTheConnector()
    {
        HeaderViewerPane *pane = m_pane.get();
        pane->setCurrentConnector(ConnectorId(7));
        QCOMPARE(pane->connectorChooser()->comboBox()->currentText(),
                 u"testconnector (smtp-relay.example.com)"_s);
        pane->setText(fixture(u"guide_en"_s));
        VerdictBanner *banner = pane->banner();
        QCOMPARE(banner->level(), VerdictLevel::Ok);
        QCOMPARE(banner->tone(), VerdictBanner::Tone::Ok);
        QCOMPARE(banner->title(),
                 u"Sent through connector testconnector (smtp-relay.example.com)"_s);
        const QString evidence = banner->evidenceText();
        QVERIFY2(evidence.contains(u"Strong, hop 2: in31.mail.ovh.net recorded that it received "
                                   "the message from sender-id.example.com"_s),
                 qPrintable(evidence));
        QVERIFY2(evidence.contains(u"Medium, hop 1: This hop was written by "
                                   "smtp-relay.smtp.example.com"_s),
                 qPrintable(evidence));
        QVERIFY(evidence.contains(u"x-mclm-sbr-processed: true"_s));
        QVERIFY(!evidence.contains(u"Against"_s));
        QVERIFY(banner->evidenceLabel()->isVisible());
        QVERIFY(banner->evidenceLabel()->text().contains(u"href=\"hop:2\""_s));

        // Hop table: 6 hops, the proof (hop 2) highlighted.
        QCOMPARE(pane->hopModel()->rowCount(), 6);
        const QModelIndex proof = pane->hopModel()->index(1, 0);
        QVERIFY(proof.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(proof.data(Qt::BackgroundRole).isValid());
        QVERIFY(!pane->hopModel()->index(0, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(pane->tabs()->tabText(0), u"Hops (6)"_s);
        QVERIFY(pane->headersModel()->rowCount() > 20);

        // Summary and authentication chips.
        QCOMPARE(child<QLabel>(pane, "summarySubject")->text(), u"Test SBR 3 (SIB)"_s);
        QCOMPARE(child<QLineEdit>(pane, "summaryMessageId")->text(),
                 u"<12185193-354a-4762-b3ee-a40484d30975e@smtp-relay.smtp.example.com>"_s);
        QVERIFY(child<QLabel>(pane, "summaryTransit")->text().startsWith(u"6 s"_s));
        QVERIFY(!child<QLabel>(pane, "summaryNote")->isHidden()); // HTML-escaped paste
        AuthenticationChipsModel *chips = pane->summaryView()->chipsModel();
        QCOMPARE(chips->index(0).data().toString(), u"SPF pass"_s);
        QCOMPARE(chips->index(1).data().toString(), u"DKIM pass"_s);
        QVERIFY(pane->messageText().isEmpty());
    }

    // The delay column draws a bar for a positive share, none for a zero or negative delay.
    void delayBars()
    {
        QCOMPARE(DelayBarDelegate::barRect(QRect(0, 0, 100, 10), 0.5).width(), 50);
        QVERIFY(DelayBarDelegate::barRect(QRect(0, 0, 100, 10), 0.0).isNull());
        QCOMPARE(DelayBarDelegate::barRect(QRect(0, 0, 100, 10), 1.0).width(), 100);
        HeaderViewerPane *pane = m_pane.get();
        pane->resize(1200, 800);
        pane->setText(fixture(u"guide_en"_s));
        HopTableView *view = pane->hopView();
        const int delay = int(HopTableModel::Column::Delay);
        QVERIFY(qobject_cast<DelayBarDelegate *>(view->itemDelegateForColumn(delay)));
        QTest::qWait(20);
        const QImage image = view->viewport()->grab().toImage();
        // Left end of the cell (bar) against its top margin (background), same row.
        auto hasBar = [&](int row) {
            const QRect cell = view->visualRect(pane->hopModel()->index(row, delay));
            return image.pixelColor(cell.left() + 6, cell.center().y()) !=
                   image.pixelColor(cell.left() + 6, cell.top() + 1);
        };
        QVERIFY(hasBar(1));  // hop 2: 1 s of 2
        QVERIFY(hasBar(3));  // hop 4: 1 s of 2
        QVERIFY(!hasBar(2)); // hop 3: 0 s
        QVERIFY(!hasBar(0)); // hop 1: no delay
    }

    // Clicking "hop 2" in the evidence shows that hop in the table.
    void evidenceLinkSelectsTheHop()
    {
        HeaderViewerPane *pane = m_pane.get();
        pane->setCurrentConnectorHost(u"smtp-relay.example.com"_s);
        pane->setText(fixture(u"guide_en"_s));
        pane->tabs()->setCurrentIndex(2);
        Q_EMIT pane->banner()->evidenceLabel()->linkActivated(u"hop:2"_s);
        QCOMPARE(pane->tabs()->currentIndex(), 0);
        QCOMPARE(pane->hopView()->currentIndex().row(), 1);
    }

    // A host typed by hand works as well as a connector of the list.
    void typedHost()
    {
        HeaderViewerPane *pane = m_pane.get();
        pane->setText(fixture(u"guide_en"_s));
        QCOMPARE(pane->banner()->level(), VerdictLevel::Unknown);
        QComboBox *combo = pane->connectorChooser()->comboBox();
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(combo, u"smtp-relay.example.com"_s);
        QCOMPARE(pane->relayConnector().smartHost, u"smtp-relay.example.com"_s);
        QTRY_COMPARE(pane->banner()->level(), VerdictLevel::Ok);
        QCOMPARE(pane->banner()->title(), u"Sent through connector smtp-relay.example.com"_s);
    }

    void notRoutedIsRed()
    {
        HeaderViewerPane *pane = m_pane.get();
        pane->setCurrentConnector(ConnectorId(7));
        pane->setText(fixture(u"not_routed_platform"_s));
        QCOMPARE(pane->banner()->level(), VerdictLevel::NotRouted);
        QCOMPARE(pane->banner()->tone(), VerdictBanner::Tone::Error);
        QCOMPARE(pane->banner()->title(), u"Not sent through testconnector "
                                          "(smtp-relay.example.com): left via "
                                          "mo581.mail-out.ovh.net"_s);
        QVERIFY(pane->banner()->evidenceText().startsWith(u"Against, hop 3:"_s));
        QVERIFY(!pane->hopModel()->proofHop());
    }

    // The other connector of the list, for the guide's mail: not green; switching: green.
    void switchingConnectorReanalyses()
    {
        HeaderViewerPane *pane = m_pane.get();
        pane->setCurrentConnector(ConnectorId(9));
        pane->setText(fixture(u"guide_en"_s));
        const VerdictBanner::Tone before = pane->banner()->tone();
        QVERIFY(before != VerdictBanner::Tone::Ok);
        QVERIFY(!pane->hopModel()->proofHop());
        pane->setCurrentConnector(ConnectorId(7));
        QCOMPARE(pane->banner()->tone(), before); // debounced
        QTRY_COMPARE(pane->banner()->tone(), VerdictBanner::Tone::Ok);
        // A null id (the platform's server selected in the tree) leaves the choice alone.
        pane->setCurrentConnector(ConnectorId());
        QCOMPARE(pane->relayConnector().smartHost, u"smtp-relay.example.com"_s);
    }

    void noConnectorIsNeutral()
    {
        HeaderViewerPane *pane = m_pane.get();
        pane->setText(fixture(u"guide_en"_s));
        QCOMPARE(pane->connectorChooser()->comboBox()->currentIndex(), 0);
        QCOMPARE(pane->banner()->level(), VerdictLevel::Unknown);
        QCOMPARE(pane->banner()->tone(), VerdictBanner::Tone::Neutral);
        QVERIFY(pane->banner()->evidenceText().isEmpty());
        QCOMPARE(pane->hopModel()->rowCount(), 6); // the route is still shown
        QVERIFY(!pane->hopModel()->proofHop());
    }

    // Aliases: a relay known by another domain gets its proof through the alias.
    void aliases()
    {
        HeaderViewerPane *pane = m_pane.get();
        pane->setCurrentConnectorHost(u"relay.unrelated.example.org"_s);
        pane->setText(fixture(u"guide_en"_s));
        QVERIFY(pane->banner()->tone() != VerdictBanner::Tone::Ok);
        QVERIFY(!pane->hopModel()->proofHop());
        QLineEdit *aliases = pane->connectorChooser()->aliasesEdit();
        aliases->setFocus();
        QTest::keyClicks(aliases, u"example.com, 192.0.2.1"_s);
        QCOMPARE(pane->relayConnector().aliases, (QStringList{u"example.com"_s, u"192.0.2.1"_s}));
        QTRY_COMPARE(pane->banner()->tone(), VerdictBanner::Tone::Ok);
        QCOMPARE(pane->hopModel()->proofHop(), std::optional<int>(2));
    }

    // Pasting runs the analysis by itself, after a short pause (not on every keystroke).
    void pasteAnalysesAfterAPause()
    {
        HeaderViewerPane *pane = m_pane.get();
        pane->setCurrentConnector(ConnectorId(7));
        paste(pane->pasteEdit(), fixture(u"guide_en"_s));
        QCOMPARE(pane->text(), fixture(u"guide_en"_s));
        QCOMPARE(pane->hopModel()->rowCount(), 0); // debounced: not yet
        QTRY_COMPARE_WITH_TIMEOUT(pane->hopModel()->rowCount(), 6, 2000);
        QCOMPARE(pane->banner()->level(), VerdictLevel::Ok);
    }

    // Ctrl+Return analyses at once; Ctrl+O belongs to the pane (tested through the action).
    void keyboard()
    {
        HeaderViewerPane *pane = m_pane.get();
        pane->setCurrentConnector(ConnectorId(7));
        HeaderPasteEdit *edit = pane->pasteEdit();
        edit->setPlainText(fixture(u"not_routed_platform"_s));
        QCOMPARE(pane->hopModel()->rowCount(), 0);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(pane->hopModel()->rowCount(), 3);
        QCOMPARE(pane->banner()->level(), VerdictLevel::NotRouted);
        QCOMPARE(pane->text(), fixture(u"not_routed_platform"_s)); // no newline typed
        // Focus: the pane hands it to the paste area; Tab leaves the paste area.
        pane->pasteEdit()->clearFocus();
        pane->setFocus();
        QVERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(pane, "headerOpen"));
        // Open… has the platform's Open shortcut, for this pane only.
        bool open = false;
        for (const QAction *action : pane->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Open)) {
                open = true;
                QCOMPARE(action->shortcutContext(), Qt::WidgetWithChildrenShortcut);
            }
        }
        QVERIFY(open);
        QVERIFY(!edit->accessibleName().isEmpty());
        QVERIFY(!pane->connectorChooser()->comboBox()->accessibleName().isEmpty());
        QVERIFY(!pane->hopView()->accessibleName().isEmpty());
    }

    void tooLargeInputIsRefusedInline()
    {
        HeaderViewerPane *pane = m_pane.get();
        pane->setCurrentConnector(ConnectorId(7));
        pane->setText(fixture(u"guide_en"_s));
        QCOMPARE(pane->hopModel()->rowCount(), 6);
        QString huge = fixture(u"guide_en"_s);
        while (huge.size() <= HeaderAnalyzer::MaxInputSize)
            huge += u"X-Filler: "_s + QString(200, u'x') + u'\n';
        pane->setText(huge);
        QVERIFY2(pane->messageText().contains(u"larger than 1 MB"_s),
                 qPrintable(pane->messageText()));
        QVERIFY(child<QLabel>(pane, "headerMessage")->isVisible());
        QCOMPARE(pane->text(), huge); // the input is kept
        QCOMPARE(pane->hopModel()->rowCount(), 0);
        QCOMPARE(pane->banner()->tone(), VerdictBanner::Tone::Neutral);
        QVERIFY(!child<QPushButton>(pane, "headerCopyReport")->isEnabled());
        // Back under the limit: the message goes away.
        pane->setText(fixture(u"guide_en"_s));
        QVERIFY(pane->messageText().isEmpty());
        QCOMPARE(pane->banner()->level(), VerdictLevel::Ok);
    }

    void notAHeaderIsReportedInline()
    {
        HeaderViewerPane *pane = m_pane.get();
        const QString text = u"Hello,\nthis is the body of a message, not its header.\n"_s;
        pane->setText(text);
        QVERIFY2(pane->messageText().contains(u"No e-mail header found"_s),
                 qPrintable(pane->messageText()));
        QCOMPARE(pane->text(), text);
        QCOMPARE(pane->hopModel()->rowCount(), 0);
    }

    // Header values are untrusted: markup shows literally, never rendered.
    void markupIsShownLiterally()
    {
        HeaderViewerPane *pane = m_pane.get();
        pane->setCurrentConnectorHost(u"<i>relay</i>.example.com"_s);
        pane->setText(u"Received: from a.example.org by mx.example.net with ESMTP; "
                      "Tue, 5 Mar 2024 10:00:00 +0000\n"
                      "Subject: <b>x</b> &amp; <img src=\"http://example.invalid/t.png\">\n"
                      "From: <script>alert(1)</script>\n"_s);
        QLabel *subject = child<QLabel>(pane, "summarySubject");
        QCOMPARE(subject->textFormat(), Qt::PlainText);
        QVERIFY2(subject->text().startsWith(u"<b>x</b>"_s), qPrintable(subject->text()));
        QCOMPARE(child<QLabel>(pane, "summaryFrom")->textFormat(), Qt::PlainText);
        QVERIFY(child<QLabel>(pane, "summaryFrom")->text().contains(u"<script>"_s));
        QCOMPARE(pane->banner()->titleLabel()->textFormat(), Qt::PlainText);
        QVERIFY(pane->banner()->title().contains(u"<i>relay</i>"_s));
        QVERIFY(subject->toolTip().contains(u"&lt;b&gt;x&lt;/b&gt;"_s));

        // The evidence (rich text, for its links) escapes what it quotes.
        RouteVerdict verdict;
        verdict.connector = u"relay.example.com"_s;
        verdict.level = VerdictLevel::Weak;
        verdict.routed = true;
        verdict.evidence.append({EvidenceStrength::Medium, 1, u"Written by <b>bold</b>"_s});
        pane->banner()->showVerdict(verdict, QString(), {});
        const QString html = pane->banner()->evidenceLabel()->text();
        QVERIFY2(html.contains(u"Written by &lt;b&gt;bold&lt;/b&gt;"_s), qPrintable(html));
        QVERIFY(!html.contains(u"<b>bold</b>"_s));
        QCOMPARE(pane->banner()->tone(), VerdictBanner::Tone::Warning);
    }

    void copyReport()
    {
        HeaderViewerPane *pane = m_pane.get();
        pane->setCurrentConnector(ConnectorId(7));
        QGuiApplication::clipboard()->setText(u"before"_s);
        QPushButton *copy = child<QPushButton>(pane, "headerCopyReport");
        QVERIFY(!copy->isEnabled());
        pane->setText(fixture(u"guide_en"_s));
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, HeaderReportText::format(pane->report()));
        QVERIFY(copied.contains(u"Send connector smtp-relay.example.com"_s));
        QVERIFY(copied.contains(u"in31.mail.ovh.net"_s));
        QVERIFY(copied.contains(u"Hops, oldest first (6 hop"_s));
    }

    void clearEmptiesEverything()
    {
        HeaderViewerPane *pane = m_pane.get();
        pane->setText(u"nothing like a header"_s);
        QVERIFY(!pane->messageText().isEmpty());
        QTest::mouseClick(child<QPushButton>(pane, "headerClear"), Qt::LeftButton);
        QVERIFY(pane->text().isEmpty());
        QVERIFY(pane->messageText().isEmpty());
        QCOMPARE(pane->hopModel()->rowCount(), 0);
        QVERIFY(!child<QPushButton>(pane, "headerAnalyse")->isEnabled());
    }

    // A dropped .eml file is read, not its path inserted; a large one only up to its header.
    void dropAndOpenFiles()
    {
        HeaderViewerPane *pane = m_pane.get();
        pane->setCurrentConnector(ConnectorId(7));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString header = fixture(u"not_routed_platform"_s);
        const QString small = dir.filePath(u"small.eml"_s);
        QFile file(small);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(header.toUtf8() + "\nHello, this is the body.\n");
        file.close();
        dropFile(pane->pasteEdit(), small);
        QVERIFY(pane->text().startsWith(u"Return-Path: <heidi@mydomain.example>"_s));
        QCOMPARE(pane->hopModel()->rowCount(), 3);
        QCOMPARE(pane->banner()->level(), VerdictLevel::NotRouted);

        // 2 MB with attachments: only the header is read, and the pane says so.
        const QString large = dir.filePath(u"large.eml"_s);
        QFile big(large);
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(fixture(u"guide_en"_s).toUtf8());
        big.write("\n");
        big.write(QByteArray(2 * 1024 * 1024, 'A'));
        big.close();
        QVERIFY(pane->loadFile(large));
        QVERIFY(pane->text().size() < 10'000);
        QCOMPARE(pane->hopModel()->rowCount(), 6);
        QCOMPARE(pane->banner()->level(), VerdictLevel::Ok);
        QVERIFY2(pane->messageText().contains(u"only its header"_s),
                 qPrintable(pane->messageText()));
        // Editing the text: the note about the file goes away.
        pane->pasteEdit()->setFocus();
        QTest::keyClick(pane->pasteEdit(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(pane->pasteEdit(), Qt::Key_Return);
        QTest::keyClicks(pane->pasteEdit(), u"X-Note: edited"_s);
        QTRY_VERIFY(pane->messageText().isEmpty());

        // 2 MB with no header end in the first megabyte: refused, the text kept.
        const QString before = pane->text();
        const QString endless = dir.filePath(u"endless.txt"_s);
        QFile noEnd(endless);
        QVERIFY(noEnd.open(QIODevice::WriteOnly));
        noEnd.write(QByteArray(2 * 1024 * 1024, 'B'));
        noEnd.close();
        QVERIFY(!pane->loadFile(endless));
        QVERIFY2(pane->messageText().contains(u"at most 1 MB"_s), qPrintable(pane->messageText()));
        QCOMPARE(pane->text(), before);
        QVERIFY(!pane->loadFile(dir.filePath(u"missing.eml"_s)));
        QVERIFY(pane->messageText().contains(u"Could not open"_s));
    }

    // The chooser follows the service's connectors; a typed host survives a new list.
    void connectorList()
    {
        HeaderViewerPane *pane = m_pane.get();
        QComboBox *combo = pane->connectorChooser()->comboBox();
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(2), u"backup (mail.backup-relay.example.net)"_s);
        pane->setCurrentConnector(ConnectorId(9));
        pane->setConnectors({connector(9, u"backup"_s, u"mail.backup-relay.example.net"_s)});
        QCOMPARE(combo->currentText(), u"backup (mail.backup-relay.example.net)"_s);
        QCOMPARE(pane->connectorChooser()->connectorName(), u"backup"_s);
        pane->setConnectors({connector(7, u"testconnector"_s, u"smtp-relay.example.com"_s)});
        QCOMPARE(combo->currentIndex(), 0); // gone: no connector
        pane->setCurrentConnectorHost(u"typed.example.org"_s);
        pane->setConnectors({});
        QCOMPARE(pane->relayConnector().smartHost, u"typed.example.org"_s);
        pane->setCurrentConnectorHost(QString());
        QVERIFY(pane->relayConnector().isEmpty());
    }

    // With a store, the chooser follows its connectors: added, edited, removed, gone.
    void followsTheStore()
    {
        HeaderViewerPane *pane = m_pane.get();
        QComboBox *combo = pane->connectorChooser()->comboBox();
        ExchangeService info;
        info.displayName = u"Private Exchange"_s;
        auto store = std::make_unique<ServiceStore>(nullptr, info);
        store->applyConnectors({connector(7, u"testconnector"_s, u"smtp-relay.example.com"_s)});
        pane->setStore(store.get());
        QCOMPARE(combo->count(), 2);
        pane->setCurrentConnector(ConnectorId(7));
        pane->setText(fixture(u"guide_en"_s));
        QCOMPARE(pane->banner()->level(), VerdictLevel::Ok);

        // The connector's host is edited: the choice follows it, and the verdict with it.
        store->applyConnector(connector(7, u"testconnector"_s, u"relay.other.example.net"_s));
        QCOMPARE(combo->currentText(), u"testconnector (relay.other.example.net)"_s);
        QCOMPARE(pane->relayConnector().smartHost, u"relay.other.example.net"_s);
        QTRY_VERIFY(pane->banner()->level() != VerdictLevel::Ok);

        store->applyConnector(connector(8, u"second"_s, u"smtp.second.example.org"_s));
        QCOMPARE(combo->count(), 3);
        store->dropConnector(ConnectorId(7));
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentIndex(), 0);
        store.reset();
        QCOMPARE(combo->count(), 1);
        pane->setStore(nullptr);
    }

    void demoSample()
    {
        const QString sample = HeaderViewerPane::demoSample();
        QVERIFY(sample.startsWith(u"Return-Path:"_s));
        HeaderViewerPane *pane = m_pane.get();
        pane->setCurrentConnector(ConnectorId(7));
        pane->loadDemoSample();
        QCOMPARE(pane->text(), sample);
        QCOMPARE(pane->banner()->level(), VerdictLevel::Ok);
        QVERIFY(pane->banner()->title().contains(u"testconnector"_s));
        QCOMPARE(pane->hopModel()->rowCount(), 7);
        QVERIFY(pane->hopModel()->totalPositiveDelay() > 0);
        QCOMPARE(pane->summaryView()->chipsModel()->index(2).data().toString(), u"DMARC pass"_s);
    }

    // Narrow (a side dock): input above the results, nothing wider than the dock, no text cut
    // off. Wide (floated): side by side. SMARTHOST_PANE_SCREENSHOTS=dir saves both.
    void layout()
    {
        HeaderViewerPane *pane = m_pane.get();
        pane->setCurrentConnector(ConnectorId(7));
        pane->setText(fixture(u"guide_en"_s));
        const QByteArray shots = qgetenv("SMARTHOST_PANE_SCREENSHOTS");
        for (const QSize size : {QSize(420, 800), QSize(1200, 800), QSize(1280, 260)}) {
            pane->resize(size);
            QTest::qWait(50);
            QCOMPARE(pane->size(), size);
            QCOMPARE(pane->splitter()->orientation(),
                     size.width() >= HeaderViewerPane::SideBySideWidth ? Qt::Horizontal
                                                                       : Qt::Vertical);
            // Never wider than a narrow dock; side by side, never wider than where it flips.
            const int widest = size.width() >= HeaderViewerPane::SideBySideWidth
                                   ? HeaderViewerPane::SideBySideWidth
                                   : 400;
            QVERIFY2(pane->minimumSizeHint().width() <= widest,
                     qPrintable(QString::number(pane->minimumSizeHint().width())));
            // The title wraps instead of being cut: its label is as tall as its text needs.
            QLabel *title = pane->banner()->titleLabel();
            QVERIFY(title->height() >= title->heightForWidth(title->width()));
            HopTableView *hops = pane->hopView();
            auto width = [hops](HopTableModel::Column column) {
                return hops->columnWidth(int(column));
            };
            using Column = HopTableModel::Column;
            if (size.width() < HeaderViewerPane::SideBySideWidth) {
                // Narrow: number, hosts, time and delay all in view; only the protocol scrolls.
                QVERIFY(width(Column::Hop) + width(Column::From) + width(Column::By) +
                            width(Column::Time) + width(Column::Delay) <=
                        hops->viewport()->width());
            } else {
                // Wide: no host name elided.
                for (const Column column : {Column::From, Column::By})
                    QVERIFY(width(column) >=
                            static_cast<QAbstractItemView *>(hops)->sizeHintForColumn(int(column)));
            }
            // A tall enough pane shows the whole verdict, no scrolling.
            auto *verdictArea = pane->findChild<QScrollArea *>(u"verdictArea"_s);
            QVERIFY(verdictArea);
            if (size.height() >= 800)
                QVERIFY(!verdictArea->verticalScrollBar()->isVisible());
            if (!shots.isEmpty()) {
                for (int tab = 0; tab < 3; ++tab) {
                    pane->tabs()->setCurrentIndex(tab);
                    QTest::qWait(20);
                    pane->grab().save(
                        QString::fromLocal8Bit(shots) +
                        u"/pane-%1x%2-tab%3.png"_s.arg(size.width()).arg(size.height()).arg(tab));
                }
                pane->tabs()->setCurrentIndex(0);
            }
        }
    }
};

QTEST_MAIN(TestHeaderViewerPane)
#include "tst_headerviewerpane.moc"
