#pragma once

#include "HeaderReport.h"
#include "RelayConnector.h"
#include "SendConnector.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class AllHeadersModel;
class ConnectorChooser;
class HeaderPasteEdit;
class HeaderSummaryView;
class HopTableModel;
class HopTableView;
class QAction;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTableView;
class QTabWidget;
class ServiceStore;
class VerdictBanner;

// The header viewer (issue #5): paste the header of a received message (or drop/open a .eml
// or .txt file), choose the send connector it should have left through, and see the verdict
// with its evidence, the hops with their delays, a summary with the authentication results
// and every header. Analyses 300 ms after the text or the connector changes, at once on
// Analyse (Ctrl+Return). Works in a ~420 px wide dock (input above the results) and wide
// (input beside them).
class HeaderViewerPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 300;
    static constexpr int SideBySideWidth = 860; // from this width on, input beside results

    explicit HeaderViewerPane(QWidget *parent = nullptr);
    ~HeaderViewerPane() override;

    // The connector chooser's entries ("name (host)"); the current connector stays chosen
    // while offered (even with a new host), and a typed host is always kept.
    void setConnectors(const QList<SendConnector> &connectors);
    // Keeps the entries in step with a service's connectors (added, edited, removed).
    // nullptr: no entries.
    void setStore(ServiceStore *store);
    // Chooses a connector of the entries (the one selected in the tree); a null or unknown id
    // leaves the choice alone.
    void setCurrentConnector(ConnectorId id);
    // Chooses the entry with this smartHost, or types the host; empty: no connector.
    void setCurrentConnectorHost(const QString &host);
    void setConnectorAliases(const QStringList &aliases);
    RelayConnector relayConnector() const;

    QString text() const;
    // Replaces the paste area's text and analyses it at once.
    void setText(const QString &text);
    // Reads a .eml/.txt file into the paste area (only its header when larger than 1 MB).
    // On failure the message shows in the pane, the text is kept, and false is returned.
    bool loadFile(const QString &path);
    // The sample message of demo mode: sent through the demo's "testconnector"
    // (smtp-relay.example.com), the way the guide's example was.
    static QString demoSample();
    void loadDemoSample();

    const HeaderReport &report() const { return m_report; }
    QString reportText() const;  // what "Copy report" puts on the clipboard
    QString messageText() const; // the inline error or note; empty when none shown

    void analyse();
    void clear();
    void copyReport();
    void open(); // asks for a file

    // For tests and wiring.
    ConnectorChooser *connectorChooser() const { return m_chooser; }
    HeaderPasteEdit *pasteEdit() const { return m_edit; }
    VerdictBanner *banner() const { return m_banner; }
    HopTableModel *hopModel() const { return m_hopModel; }
    HopTableView *hopView() const { return m_hopView; }
    AllHeadersModel *headersModel() const { return m_headersModel; }
    HeaderSummaryView *summaryView() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }
    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    void analysed(); // after every analysis, m_report holds the result

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildInput();
    QWidget *buildResults();
    void buildActions();
    void setupTabOrder();
    void onTextChanged();
    void showResults();
    void clearResults();
    void showMessage(const QString &text, bool error);
    void updateButtons();
    bool hasReport() const;
    void updateOrientation();
    void fitBanner();
    void showHop(int number);
    void refreshStoreConnectors();

    ConnectorChooser *m_chooser;
    HeaderPasteEdit *m_edit;
    QLabel *m_message;
    QPushButton *m_openButton;
    QPushButton *m_clearButton;
    QPushButton *m_copyButton;
    QPushButton *m_analyseButton;
    VerdictBanner *m_banner;
    QTabWidget *m_tabs;
    HopTableModel *m_hopModel;
    HopTableView *m_hopView;
    AllHeadersModel *m_headersModel;
    QTableView *m_headersView;
    HeaderSummaryView *m_summary;
    QSplitter *m_splitter;
    QSplitter *m_resultsSplitter;
    QScrollArea *m_bannerArea = nullptr;
    bool m_bannerSized = false; // the user moved the banner's splitter handle
    QAction *m_analyseAction;
    QAction *m_openAction;
    QTimer m_debounce;
    HeaderReport m_report;
    QString m_note; // about the loaded file; cleared when the user edits the text
    bool m_settingText = false;
    QPointer<ServiceStore> m_store;
};
