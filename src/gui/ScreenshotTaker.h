#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class MainWindow;
class QWidget;

// `smarthost --screenshot FILE`: waits until the first load is over (the service list, then
// the selected service's connectors and accounts), grabs the main window, one of its dialogs
// or the header viewer, writes a PNG and reports an exit code (0 when the file was written).
class ScreenshotTaker : public QObject
{
    Q_OBJECT

public:
    enum class Target {
        MainWindow,
        NewConnector,
        EditConnector,
        ChangeAuthentication,
        HeaderViewer // the window with the Header Viewer dock raised, the demo sample analysed
    };

    ScreenshotTaker(MainWindow *window, QString path, Target target, int timeoutMs,
                    QObject *parent = nullptr);
    void start();

    static bool targetFromName(const QString &name, Target *target);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void poll();
    bool loaded(QString *problem) const;
    void openDialog();
    void showHeaderViewer();
    void capture(QWidget *widget);
    void fail(const QString &message);

    MainWindow *m_window;
    QString m_path;
    Target m_target;
    int m_timeoutMs;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    int m_quietPolls = 0;
    bool m_done = false;
};
