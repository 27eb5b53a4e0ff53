#include "VerdictBanner.h"

#include "Icons.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

struct Colors
{
    const char *background;
    const char *border;
    const char *text;
};

Colors colorsOf(VerdictBanner::Tone tone)
{
    switch (tone) {
    case VerdictBanner::Tone::Ok:
        return {"#f0fdf4", "#4ade80", "#14532d"};
    case VerdictBanner::Tone::Warning:
        return {"#fffbeb", "#fbbf24", "#78350f"};
    case VerdictBanner::Tone::Error:
        return {"#fef2f2", "#f87171", "#7f1d1d"};
    case VerdictBanner::Tone::Neutral:
        break;
    }
    return {"#f8fafc", "#cbd5e1", "#334155"};
}

const char *strengthColor(EvidenceStrength strength)
{
    switch (strength) {
    case EvidenceStrength::Strong:
        return "#15803d";
    case EvidenceStrength::Medium:
        return "#4d7c0f";
    case EvidenceStrength::Supporting:
        return "#475569";
    case EvidenceStrength::Against:
        return "#b91c1c";
    }
    return "#475569";
}

QString capitalized(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QLocale().toUpper(text.left(1)) + text.mid(1);
}

} // namespace

VerdictBanner::VerdictBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_evidence(new QLabel(this))
{
    setObjectName(u"verdictBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Route verdict"));
    m_title->setObjectName(u"verdictTitle"_s);
    m_detail->setObjectName(u"verdictDetail"_s);
    m_evidence->setObjectName(u"verdictEvidence"_s);
    // Host names come from the headers: the title and the detail are plain text, and the
    // evidence (rich text, for its links) escapes everything it quotes.
    for (QLabel *label : {m_title, m_detail}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_evidence->setTextFormat(Qt::RichText);
    m_evidence->setWordWrap(true);
    m_evidence->setOpenExternalLinks(false);
    m_evidence->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_evidence->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_evidence->setAccessibleName(tr("Evidence"));
    connect(m_evidence, &QLabel::linkActivated, this, &VerdictBanner::onLinkActivated);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_detail, 1, 1);
    layout->addWidget(m_evidence, 2, 1);
    layout->setColumnStretch(1, 1);
    showMessage(tr("Paste the header of a received message to see its route."));
}

VerdictBanner::Tone VerdictBanner::toneOf(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Ok:
        return Tone::Ok;
    case VerdictLevel::Weak:
    case VerdictLevel::Contradictory:
        return Tone::Warning;
    case VerdictLevel::NotRouted:
        return Tone::Error;
    case VerdictLevel::Unknown:
        break;
    }
    return Tone::Neutral;
}

QString VerdictBanner::exitHost(const RouteVerdict &verdict, const QList<ReceivedHop> &hops)
{
    for (const RouteEvidence &item : verdict.evidence) {
        if (item.strength != EvidenceStrength::Against || !item.hop)
            continue;
        for (const ReceivedHop &hop : hops) {
            if (hop.number == *item.hop)
                return hop.fromHost().isEmpty() ? hop.byName : hop.fromHost();
        }
    }
    return QString();
}

QString VerdictBanner::titleFor(const RouteVerdict &verdict, const QString &connectorName,
                                const QList<ReceivedHop> &hops)
{
    const QString host = verdict.connector;
    const QString connector = connectorName.isEmpty() || connectorName == host
                                  ? host
                                  //: %1 a connector's name, %2 its smart host
                                  : tr("%1 (%2)").arg(connectorName, host);
    switch (verdict.level) {
    case VerdictLevel::Unknown:
        return tr("No connector chosen: the route is shown without a verdict");
    case VerdictLevel::Ok:
        //: %1 is the connector: "name (host)" or a host
        return tr("Sent through connector %1").arg(connector);
    case VerdictLevel::Weak:
        return tr("Probably sent through connector %1").arg(connector);
    case VerdictLevel::Contradictory:
        return tr("Unclear whether it was sent through connector %1").arg(connector);
    case VerdictLevel::NotRouted: {
        const QString exit = exitHost(verdict, hops);
        if (exit.isEmpty())
            return tr("Not sent through %1: no hop shows its relay").arg(connector);
        //: %1 the connector, %2 the server the message left through
        return tr("Not sent through %1: left via %2").arg(connector, exit);
    }
    }
    return QString();
}

void VerdictBanner::showVerdict(const RouteVerdict &verdict, const QString &connectorName,
                                const QList<ReceivedHop> &hops)
{
    m_level = verdict.level;
    m_title->setText(titleFor(verdict, connectorName, hops));
    // The engine's sentence explains the amber and grey cases; green and red say it all.
    const Tone tone = toneOf(verdict.level);
    const bool explain = tone == Tone::Warning || tone == Tone::Neutral;
    m_detail->setText(explain ? RouteVerdictNames::displayName(verdict.level) : QString());
    m_detail->setVisible(explain);

    QStringList html;
    m_evidenceLines.clear();
    for (const RouteEvidence &item : verdict.evidence) {
        const QString strength = capitalized(RouteVerdictNames::displayName(item.strength));
        //: %1 is a hop number
        const QString hop = item.hop ? tr("hop %1").arg(*item.hop) : QString();
        const QString where =
            hop.isEmpty()
                ? QString()
                : u", <a href=\"hop:%1\">%2</a>"_s.arg(*item.hop).arg(hop.toHtmlEscaped());
        html.append(u"<div>• <b style=\"color:%1\">%2</b>%3: %4</div>"_s.arg(
            QLatin1StringView(strengthColor(item.strength)), strength.toHtmlEscaped(), where,
            item.text.toHtmlEscaped()));
        m_evidenceLines.append(hop.isEmpty() ? tr("%1: %2").arg(strength, item.text)
                                             //: Evidence line: %1 strength, %2 hop, %3 text
                                             : tr("%1, %2: %3").arg(strength, hop, item.text));
    }
    m_evidence->setText(html.join(QString()));
    m_evidence->setVisible(!html.isEmpty());
    setTone(tone);
}

void VerdictBanner::showMessage(const QString &title, const QString &detail)
{
    m_level = VerdictLevel::Unknown;
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_evidence->clear();
    m_evidence->hide();
    m_evidenceLines.clear();
    setTone(Tone::Neutral);
}

QString VerdictBanner::title() const
{
    return m_title->text();
}

QString VerdictBanner::detail() const
{
    return m_detail->text();
}

QString VerdictBanner::evidenceText() const
{
    return m_evidenceLines.join(u'\n');
}

void VerdictBanner::setTone(Tone tone)
{
    m_tone = tone;
    const Colors colors = colorsOf(tone);
    setStyleSheet(u"#verdictBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                  " #verdictBanner QLabel { color: %3; background: transparent; }"_s.arg(
                      QLatin1StringView(colors.background), QLatin1StringView(colors.border),
                      QLatin1StringView(colors.text)));
    const char *icon = tone == Tone::Ok        ? "task-done"
                       : tone == Tone::Warning ? "warning"
                       : tone == Tone::Error   ? "error"
                                               : "info";
    m_icon->setPixmap(Icons::get(QString::fromLatin1(icon)).pixmap(22, 22));
    setAccessibleDescription(m_title->text() + u'\n' + m_detail->text() + u'\n' + evidenceText());
}

void VerdictBanner::onLinkActivated(const QString &link)
{
    if (!link.startsWith(u"hop:"_s))
        return;
    bool ok = false;
    const int number = link.mid(4).toInt(&ok);
    if (ok)
        Q_EMIT hopActivated(number);
}
