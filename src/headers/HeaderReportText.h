#pragma once

#include "HeaderReport.h"

#include <QCoreApplication>
#include <QString>

// The plain-text report: summary, hop table (oldest first), authentication results and the
// routing verdict with its evidence. Used as the CLI's default output and by the GUI's
// "Copy report". Labels are translated; column widths follow the content.
class HeaderReportText
{
    Q_DECLARE_TR_FUNCTIONS(HeaderReportText)

public:
    static QString format(const HeaderReport &report);
    static QString formatDuration(qint64 seconds); // "45 s", "3 min 5 s", "2 h 10 min", "-12 s"

private:
    static QString summarySection(const HeaderReport &report);
    static QString hopTable(const QList<ReceivedHop> &hops);
    static QString authenticationSection(const AuthenticationReport &authentication);
    static QString verdictSection(const RouteVerdict &verdict);
};
