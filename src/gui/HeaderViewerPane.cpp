#include "HeaderViewerPane.h"

#include "AllHeadersModel.h"
#include "ConnectorChooser.h"
#include "HeaderFileReader.h"
#include "HeaderPasteEdit.h"
#include "HeaderReportText.h"
#include "HeaderSummaryView.h"
#include "HopTableModel.h"
#include "HopTableView.h"
#include "Icons.h"
#include "ServiceStore.h"
#include "VerdictBanner.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

// Outside any namespace, as Q_INIT_RESOURCE requires.
static void loadHeaderResources()
{
    static const bool loaded = [] {
        Q_INIT_RESOURCE(headers);
        return true;
    }();
    Q_UNUSED(loaded);
}

namespace {

enum Tab { HopsTab, SummaryTab, HeadersTab };

QString shortcutText(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

} // namespace

HeaderViewerPane::HeaderViewerPane(QWidget *parent)
    : QWidget(parent)
    , m_chooser(new ConnectorChooser(this))
    , m_edit(new HeaderPasteEdit(this))
    , m_message(new QLabel(this))
    , m_openButton(new QPushButton(this))
    , m_clearButton(new QPushButton(this))
    , m_copyButton(new QPushButton(this))
    , m_analyseButton(new QPushButton(this))
    , m_banner(new VerdictBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_hopModel(new HopTableModel(this))
    , m_hopView(new HopTableView(this))
    , m_headersModel(new AllHeadersModel(this))
    , m_headersView(new QTableView(this))
    , m_summary(new HeaderSummaryView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_resultsSplitter(new QSplitter(Qt::Vertical, this))
    , m_analyseAction(new QAction(this))
    , m_openAction(new QAction(this))
{
    setObjectName(u"headerViewerPane"_s);
    setAccessibleName(tr("Header viewer"));
    buildActions();
    m_splitter->setObjectName(u"headerViewerSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildInput());
    m_splitter->addWidget(buildResults());
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &HeaderViewerPane::analyse);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &HeaderViewerPane::onTextChanged);
    connect(m_edit, &HeaderPasteEdit::fileDropped, this, &HeaderViewerPane::loadFile);
    connect(m_chooser, &ConnectorChooser::changed, this, [this] {
        if (!m_edit->document()->isEmpty())
            m_debounce.start();
    });
    connect(m_banner, &VerdictBanner::hopActivated, this, &HeaderViewerPane::showHop);
    connect(m_headersView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QVariant hop = index.data(roleId(HeaderRole::HopNumber));
        if (hop.isValid())
            showHop(hop.toInt());
    });
    setFocusProxy(m_edit);
    setupTabOrder();
    updateButtons();
    updateOrientation();
}

HeaderViewerPane::~HeaderViewerPane() = default;

void HeaderViewerPane::buildActions()
{
    //: Runs the header analysis
    m_analyseAction->setText(tr("Analyse"));
    m_analyseAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_analyseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_analyseAction, &QAction::triggered, this, &HeaderViewerPane::analyse);
    addAction(m_analyseAction);
    m_openAction->setText(tr("Open…"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_openAction, &QAction::triggered, this, &HeaderViewerPane::open);
    addAction(m_openAction);
}

QWidget *HeaderViewerPane::buildInput()
{
    auto *input = new QWidget(this);
    input->setObjectName(u"headerInput"_s);
    m_chooser->setObjectName(u"connectorChooser"_s);

    m_edit->setObjectName(u"headerPaste"_s);
    m_edit->setAccessibleName(tr("Message header"));
    m_edit->setPlaceholderText(tr("Paste the header of a received message here (or the whole "
                                  "message), drop a .eml or .txt file, or use Open…"));
    m_edit->setMinimumHeight(fontMetrics().height() * 4);

    m_message->setObjectName(u"headerMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->hide();

    m_openButton->setObjectName(u"headerOpen"_s);
    m_openButton->setText(m_openAction->text());
    m_openButton->setToolTip(tr("Open a .eml or .txt file (%1)").arg(shortcutText(m_openAction)));
    connect(m_openButton, &QPushButton::clicked, m_openAction, &QAction::trigger);
    m_clearButton->setObjectName(u"headerClear"_s);
    //: Empties the paste area and the results
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setIcon(Icons::get(u"close"_s));
    connect(m_clearButton, &QPushButton::clicked, this, &HeaderViewerPane::clear);
    m_copyButton->setObjectName(u"headerCopyReport"_s);
    m_copyButton->setText(tr("Copy report"));
    m_copyButton->setIcon(Icons::get(u"copy"_s));
    m_copyButton->setToolTip(tr("Copy the analysis as text: summary, hops, authentication "
                                "and verdict"));
    connect(m_copyButton, &QPushButton::clicked, this, &HeaderViewerPane::copyReport);
    m_analyseButton->setObjectName(u"headerAnalyse"_s);
    m_analyseButton->setText(m_analyseAction->text());
    m_analyseButton->setIcon(Icons::get(u"headers"_s));
    m_analyseButton->setToolTip(
        tr("Analyse the header now (%1); it also runs by itself after each change")
            .arg(shortcutText(m_analyseAction)));
    connect(m_analyseButton, &QPushButton::clicked, m_analyseAction, &QAction::trigger);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_clearButton);
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_analyseButton);

    auto *layout = new QVBoxLayout(input);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chooser);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    return input;
}

QWidget *HeaderViewerPane::buildResults()
{
    // The banner scrolls when the dock is short, so its text is never cut off.
    m_bannerArea = new QScrollArea(this);
    m_bannerArea->setObjectName(u"verdictArea"_s);
    m_bannerArea->setWidget(m_banner);
    m_bannerArea->setWidgetResizable(true);
    m_bannerArea->setFrameShape(QFrame::NoFrame);
    m_bannerArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_bannerArea->setFocusPolicy(Qt::NoFocus);

    m_hopModel->setIconProvider(Icons::provider());
    m_hopView->setModel(m_hopModel);

    m_headersView->setObjectName(u"allHeadersTable"_s);
    m_headersView->setAccessibleName(tr("All headers, in order"));
    m_headersView->setModel(m_headersModel);
    m_headersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_headersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headersView->setAlternatingRowColors(true);
    m_headersView->setWordWrap(false);
    m_headersView->setCornerButtonEnabled(false);
    m_headersView->verticalHeader()->hide();
    m_headersView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_headersView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_headersView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_headersView->horizontalHeader()->setStretchLastSection(true);
    m_headersView->setColumnWidth(0, fontMetrics().horizontalAdvance(u"Authentication-Results"_s) +
                                         16);

    auto *summaryArea = new QScrollArea(this);
    summaryArea->setObjectName(u"summaryArea"_s);
    summaryArea->setWidget(m_summary);
    summaryArea->setWidgetResizable(true);
    summaryArea->setFrameShape(QFrame::NoFrame);
    summaryArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_tabs->setObjectName(u"headerTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->insertTab(HopsTab, m_hopView, QString());
    m_tabs->insertTab(SummaryTab, summaryArea, tr("Summary"));
    m_tabs->insertTab(HeadersTab, m_headersView, QString());

    m_resultsSplitter->setObjectName(u"headerResultsSplitter"_s);
    m_resultsSplitter->setChildrenCollapsible(false);
    m_resultsSplitter->addWidget(m_bannerArea);
    m_resultsSplitter->addWidget(m_tabs);
    m_resultsSplitter->setStretchFactor(0, 0);
    m_resultsSplitter->setStretchFactor(1, 1);
    connect(m_resultsSplitter, &QSplitter::splitterMoved, this, [this] { m_bannerSized = true; });
    clearResults();
    return m_resultsSplitter;
}

void HeaderViewerPane::setupTabOrder()
{
    QWidget *order[] = {m_chooser->comboBox(),
                        m_chooser->aliasesEdit(),
                        m_edit,
                        m_openButton,
                        m_clearButton,
                        m_copyButton,
                        m_analyseButton,
                        m_banner->evidenceLabel(),
                        m_tabs,
                        m_hopView,
                        m_headersView};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void HeaderViewerPane::setConnectors(const QList<SendConnector> &connectors)
{
    m_chooser->setConnectors(connectors);
}

void HeaderViewerPane::setStore(ServiceStore *store)
{
    if (store == m_store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        connect(store, &ServiceStore::connectorsInserted, this,
                &HeaderViewerPane::refreshStoreConnectors);
        connect(store, &ServiceStore::connectorChanged, this,
                &HeaderViewerPane::refreshStoreConnectors);
        connect(store, &ServiceStore::connectorRemoved, this,
                &HeaderViewerPane::refreshStoreConnectors);
        connect(store, &QObject::destroyed, this, &HeaderViewerPane::refreshStoreConnectors);
    }
    refreshStoreConnectors();
}

void HeaderViewerPane::refreshStoreConnectors()
{
    QList<SendConnector> connectors;
    if (m_store) {
        for (const ConnectorId id : m_store->connectorIds()) {
            if (const SendConnector *connector = m_store->connector(id))
                connectors.append(*connector);
        }
    }
    setConnectors(connectors);
}

void HeaderViewerPane::setCurrentConnector(ConnectorId id)
{
    m_chooser->setCurrentConnector(id);
}

void HeaderViewerPane::setCurrentConnectorHost(const QString &host)
{
    m_chooser->setCurrentHost(host);
}

void HeaderViewerPane::setConnectorAliases(const QStringList &aliases)
{
    m_chooser->setAliases(aliases);
}

RelayConnector HeaderViewerPane::relayConnector() const
{
    return m_chooser->relayConnector();
}

QString HeaderViewerPane::text() const
{
    return m_edit->toPlainText();
}

void HeaderViewerPane::setText(const QString &text)
{
    m_settingText = true;
    m_edit->setPlainText(text);
    m_settingText = false;
    analyse();
}

void HeaderViewerPane::onTextChanged()
{
    if (!m_settingText && !m_note.isEmpty())
        m_note.clear(); // the note was about the file, which the user is now editing
    updateButtons();
    m_debounce.start();
}

bool HeaderViewerPane::loadFile(const QString &path)
{
    const HeaderFileContent content = HeaderFileReader::read(path);
    if (!content.isValid()) {
        showMessage(content.error, true);
        return false;
    }
    m_note = content.note;
    setText(content.text);
    return true;
}

QString HeaderViewerPane::demoSample()
{
    loadHeaderResources();
    QFile file(u":/headers/demo-sample.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

void HeaderViewerPane::loadDemoSample()
{
    m_note.clear();
    setText(demoSample());
}

void HeaderViewerPane::open()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a Message or Header"), documents,
        //: File dialog filter; keep the patterns in parentheses as they are
        tr("Messages and headers (*.eml *.txt *.hdr);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void HeaderViewerPane::analyse()
{
    m_debounce.stop();
    const QString input = m_edit->toPlainText();
    if (input.trimmed().isEmpty()) {
        m_report = HeaderReport();
        clearResults();
        showMessage(m_note, false);
    } else {
        m_report = HeaderAnalyzer::analyse(input, m_chooser->relayConnector());
        if (m_report.isValid()) {
            showResults();
            showMessage(m_note, false);
        } else {
            clearResults();
            m_banner->showMessage(tr("No analysis"), tr("See the message under the header."));
            showMessage(m_report.error, true);
        }
    }
    updateButtons();
    m_bannerSized = false;
    fitBanner();
    Q_EMIT analysed();
}

void HeaderViewerPane::showResults()
{
    m_hopModel->setHops(m_report.hops, m_report.verdict.proofHop);
    QHash<int, int> hopOfHeader;
    for (const ReceivedHop &hop : std::as_const(m_report.hops))
        hopOfHeader.insert(hop.headerIndex, hop.number);
    m_headersModel->setHeaders(m_report.headers, hopOfHeader);
    m_summary->setReport(m_report);
    m_banner->showVerdict(m_report.verdict, m_chooser->connectorName(), m_report.hops);
    //: Tab of the header viewer: %n is the number of hops
    m_tabs->setTabText(HopsTab, tr("Hops (%n)", nullptr, int(m_report.hops.size())));
    //: Tab of the header viewer: %n is the number of header fields
    m_tabs->setTabText(HeadersTab,
                       tr("All headers (%n)", nullptr, int(m_report.headers.fields.size())));
    if (m_report.verdict.proofHop)
        m_hopView->scrollTo(m_hopModel->index(m_hopModel->rowOfHop(*m_report.verdict.proofHop), 0));
}

void HeaderViewerPane::clearResults()
{
    m_hopModel->clear();
    m_headersModel->clear();
    m_summary->clear();
    m_banner->showMessage(tr("Paste the header of a received message to see its route."),
                          tr("Send a test message from an account that uses the connector, "
                             "then paste the header of the received message here."));
    //: Tab of the header viewer, before any analysis
    m_tabs->setTabText(HopsTab, tr("Hops"));
    m_tabs->setTabText(HeadersTab, tr("All headers"));
}

void HeaderViewerPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? u"QLabel { color: #7f1d1d; background: #fef2f2; border: 1px "
                                     "solid #fca5a5; border-radius: 4px; padding: 6px; }"_s
                                   : u"QLabel { color: #1e3a8a; background: #eff6ff; border: 1px "
                                     "solid #93c5fd; border-radius: 4px; padding: 6px; }"_s);
    m_message->setVisible(!text.isEmpty());
}

QString HeaderViewerPane::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

bool HeaderViewerPane::hasReport() const
{
    return m_report.isValid() && !m_report.headers.fields.isEmpty();
}

QString HeaderViewerPane::reportText() const
{
    return hasReport() ? HeaderReportText::format(m_report) : QString();
}

void HeaderViewerPane::copyReport()
{
    if (m_debounce.isActive())
        analyse(); // the text changed since the last analysis
    const QString report = reportText();
    if (!report.isEmpty())
        QGuiApplication::clipboard()->setText(report);
}

void HeaderViewerPane::clear()
{
    m_note.clear();
    m_edit->clear();
    analyse();
    m_edit->setFocus();
}

void HeaderViewerPane::updateButtons()
{
    const bool hasText = !m_edit->document()->isEmpty();
    m_analyseAction->setEnabled(hasText);
    m_analyseButton->setEnabled(hasText);
    m_clearButton->setEnabled(hasText || m_message->isVisibleTo(this));
    m_copyButton->setEnabled(hasReport());
}

void HeaderViewerPane::showHop(int number)
{
    const int row = m_hopModel->rowOfHop(number);
    if (row < 0)
        return;
    m_tabs->setCurrentIndex(HopsTab);
    m_hopView->showHop(row);
}

void HeaderViewerPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateOrientation();
    fitBanner();
}

// The banner gets the height its text needs, up to 60 % of the results; beyond that it
// scrolls, so that the tabs stay usable in a short dock.
void HeaderViewerPane::fitBanner()
{
    if (m_bannerSized)
        return;
    const int total = m_resultsSplitter->height() - m_resultsSplitter->handleWidth();
    if (total <= 0)
        return;
    const int needed = m_banner->hasHeightForWidth()
                           ? m_banner->heightForWidth(m_resultsSplitter->width())
                           : m_banner->sizeHint().height();
    const int banner = std::min(needed, total * 3 / 5);
    m_resultsSplitter->setSizes({banner, total - banner});
}

void HeaderViewerPane::updateOrientation()
{
    const Qt::Orientation wanted = width() >= SideBySideWidth ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() == wanted)
        return;
    m_splitter->setOrientation(wanted);
    const int total = wanted == Qt::Horizontal ? m_splitter->width() : m_splitter->height();
    const int input = wanted == Qt::Horizontal ? total * 9 / 25 : total / 3;
    m_splitter->setSizes({input, total - input});
}
