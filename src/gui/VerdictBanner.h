#pragma once

#include "ReceivedHop.h"
#include "RouteVerdict.h"

#include <QFrame>

class QLabel;

// The header viewer's answer, in colour: green "Sent through connector X (host)", red "Not
// sent through X: left via …", amber when the evidence is weak or contradictory, grey when no
// connector was chosen or nothing was analysed. Below it, the evidence in words, with links
// to the hops it comes from.
class VerdictBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Neutral, Ok, Warning, Error };

    explicit VerdictBanner(QWidget *parent = nullptr);

    // connectorName: the chosen connector's display name; empty for a typed host.
    void showVerdict(const RouteVerdict &verdict, const QString &connectorName,
                     const QList<ReceivedHop> &hops);
    // A grey banner with a message and no evidence (nothing analysed yet, or an error).
    void showMessage(const QString &title, const QString &detail = QString());

    Tone tone() const { return m_tone; }
    VerdictLevel level() const { return m_level; }
    QString title() const;
    QString detail() const;
    QString evidenceText() const; // plain text, one line per item
    QLabel *titleLabel() const { return m_title; }
    QLabel *evidenceLabel() const { return m_evidence; }

    static Tone toneOf(VerdictLevel level);
    static QString titleFor(const RouteVerdict &verdict, const QString &connectorName,
                            const QList<ReceivedHop> &hops);
    // The server the message left the platform through, when the verdict says where.
    static QString exitHost(const RouteVerdict &verdict, const QList<ReceivedHop> &hops);

Q_SIGNALS:
    void hopActivated(int number);

private:
    void setTone(Tone tone);
    void onLinkActivated(const QString &link);

    Tone m_tone = Tone::Neutral;
    VerdictLevel m_level = VerdictLevel::Unknown;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_detail;
    QLabel *m_evidence;
    QStringList m_evidenceLines;
};
