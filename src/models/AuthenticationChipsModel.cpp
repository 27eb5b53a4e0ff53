#include "AuthenticationChipsModel.h"

#include "HeaderDisplayText.h"

using namespace Qt::StringLiterals;

AuthenticationChipsModel::AuthenticationChipsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void AuthenticationChipsModel::setReport(const AuthenticationReport &report)
{
    beginResetModel();
    m_report = report;
    m_chips.clear();
    QStringList methods{u"spf"_s, u"dkim"_s, u"dmarc"_s};
    for (const AuthResult &result : report.results) {
        if (!result.method.isEmpty() && !methods.contains(result.method))
            methods.append(result.method);
    }
    if (report.arcSets > 0 && !methods.contains(u"arc"_s))
        methods.append(u"arc"_s);
    for (const QString &method : std::as_const(methods))
        m_chips.append(chipFor(method));
    endResetModel();
}

void AuthenticationChipsModel::clear()
{
    beginResetModel();
    m_report = {};
    m_chips.clear();
    endResetModel();
}

AuthenticationChipsModel::Tone AuthenticationChipsModel::toneOf(const QString &result)
{
    const QString value = result.toLower();
    if (value == u"pass"_s)
        return Tone::Pass;
    if (value == u"fail"_s || value == u"softfail"_s || value == u"hardfail"_s ||
        value == u"permerror"_s || value == u"temperror"_s)
        return Tone::Fail;
    return Tone::Neutral;
}

QString AuthenticationChipsModel::methodName(const QString &method)
{
    if (method == u"spf"_s || method == u"dkim"_s || method == u"dmarc"_s || method == u"arc"_s)
        return method.toUpper();
    return method;
}

AuthenticationChipsModel::Chip AuthenticationChipsModel::chipFor(const QString &method) const
{
    Chip chip{method, QString(), QString()};
    if (method == u"arc"_s && m_report.resultsFor(method).isEmpty()) {
        chip.result = m_report.arcChainValidation.toLower();
    } else {
        chip.result = m_report.summaryResult(method);
    }
    QStringList lines;
    for (const AuthResult &result : m_report.resultsFor(method)) {
        const QString header = result.source == AuthResult::Source::ReceivedSpf
                                   ? u"Received-SPF"_s
                                   : u"Authentication-Results"_s;
        lines.append(
            result.statedBy.isEmpty()
                //: %1 a result (pass, fail…), %2 a header name
                ? tr("%1, stated in %2 (no server named)").arg(result.result, header)
                //: %1 a result (pass, fail…), %2 the server, %3 a header name
                : tr("%1, stated by %2 in %3").arg(result.result, result.statedBy, header));
        if (!result.reason.isEmpty())
            lines.append(u"    "_s + result.reason);
        for (const auto &[key, value] : result.properties)
            lines.append(u"    "_s + key + u'=' + value);
    }
    if (method == u"dkim"_s) {
        for (const DkimSignature &signature : m_report.dkimSignatures)
            //: %1 the signing domain (d=), %2 the selector (s=)
            lines.append(
                tr("Signed by %1 (selector %2)").arg(signature.domain, signature.selector));
    }
    if (method == u"arc"_s && m_report.arcSets > 0)
        //: %2 is the ARC chain validation status (pass, fail, none)
        lines.append(
            tr("%n ARC set(s); chain validation: %1", nullptr, m_report.arcSets)
                .arg(m_report.arcChainValidation.isEmpty() ? u"—"_s : m_report.arcChainValidation));
    if (lines.isEmpty())
        //: %1 is SPF, DKIM or DMARC
        lines.append(tr("No header states a %1 result.").arg(methodName(method)));
    chip.details = lines.join(u'\n');
    return chip;
}

int AuthenticationChipsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chips.size());
}

QVariant AuthenticationChipsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Chip &chip = m_chips.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        //: An authentication chip: %1 the method (SPF, DKIM, DMARC), %2 its result
        return tr("%1 %2").arg(methodName(chip.method),
                               chip.result.isEmpty() ? u"—"_s
                                                     : HeaderDisplayText::cell(chip.result, 20));
    case Qt::ToolTipRole:
        return HeaderDisplayText::toolTip(chip.details);
    case Qt::AccessibleDescriptionRole:
        return chip.details;
    default:
        break;
    }
    switch (HeaderRole(role)) {
    case HeaderRole::AuthMethod:
        return chip.method;
    case HeaderRole::AuthResult:
        return chip.result;
    case HeaderRole::AuthTone:
        return int(toneOf(chip.result));
    default:
        return {};
    }
}
