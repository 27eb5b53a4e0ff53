#include "NotificationBar.h"

#include "Icons.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

NotificationBar::NotificationBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_copy(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"notificationBar"_s);
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(u"notificationText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_copy->setObjectName(u"notificationCopy"_s);
    m_copy->setIcon(Icons::get(u"copy"_s));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the message, with OVHcloud's query id, to the clipboard"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setAutoRaise(true);
    m_close->setIcon(Icons::get(u"close"_s));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_copy, &QToolButton::clicked, this, &NotificationBar::copy);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void NotificationBar::showMessage(const QString &text, Level level)
{
    m_level = level;
    m_text->setText(text);
    const char *iconName = level == Level::Error     ? "error"
                           : level == Level::Warning ? "warning"
                                                     : "info";
    m_icon->setPixmap(Icons::get(QString::fromLatin1(iconName)).pixmap(20, 20));
    const QString colors = level == Level::Error     ? u"#fef2f2; border: 1px solid #fca5a5"_s
                           : level == Level::Warning ? u"#fffbeb; border: 1px solid #fcd34d"_s
                                                     : u"#eff6ff; border: 1px solid #93c5fd"_s;
    setStyleSheet(u"#notificationBar { background: %1; border-radius: 4px; }"_s.arg(colors));
    show();
}

QString NotificationBar::text() const
{
    return m_text->text();
}

void NotificationBar::copy()
{
    QGuiApplication::clipboard()->setText(m_text->text());
    Q_EMIT copied(m_text->text());
}
