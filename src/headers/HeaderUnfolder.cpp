#include "HeaderUnfolder.h"

namespace {

bool isNameCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'-' || c == u'_';
}

} // namespace

qsizetype HeaderUnfolder::fieldNameLength(QStringView line)
{
    if (line.isEmpty() || !line.front().isLetter() || line.front().unicode() > 127)
        return 0;
    qsizetype i = 0;
    bool hasDash = false;
    while (i < line.size() && isNameCharacter(line[i])) {
        hasDash = hasDash || line[i] == u'-';
        ++i;
    }
    if (i == line.size() || line[i] != u':')
        return 0;
    if (i + 1 == line.size() || line[i + 1].isSpace())
        return i;
    const QChar next = line[i + 1];
    return hasDash && next != u'/' && next != u':' ? i : 0;
}

HeaderBlock HeaderUnfolder::unfold(const QStringList &lines)
{
    HeaderBlock block;
    for (const QString &line : lines) {
        const bool indented = !line.isEmpty() && (line.front() == u' ' || line.front() == u'\t');
        const qsizetype nameLength = indented ? 0 : fieldNameLength(line);
        if (nameLength > 0) {
            HeaderField field;
            field.index = int(block.fields.size());
            field.name = line.left(nameLength);
            field.value = QStringView(line).mid(nameLength + 1).trimmed().toString();
            block.fields.append(std::move(field));
            continue;
        }
        if (block.fields.isEmpty())
            continue;
        QString &value = block.fields.last().value;
        if (indented) {
            value += line; // the fold's whitespace stays, as RFC 5322 unfolding says
        } else if (!line.trimmed().isEmpty()) {
            value += u' ' + line.trimmed(); // lost indentation: the fold was at a space
        }
    }
    for (auto &field : block.fields)
        field.value = field.value.trimmed();
    return block;
}
