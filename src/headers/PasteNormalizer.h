#pragma once

#include <QString>
#include <QStringList>

// Turns text as people paste it into the lines of a header section: CRLF, LF or bare CR;
// stray blank lines and spaces before the first header; a leading <pre>/<code>-style
// wrapper (the guide's `<pre class="bgwhite"><code>`), the header then ending at its first
// closing tag, and <br> tags inside it; HTML entities
// (&lt; &gt; &amp; &quot; &apos; &nbsp; and numeric ones); no-break spaces. Stops at the
// first empty line, so a whole message can be pasted. Linear in the input size.
class PasteNormalizer
{
public:
    struct Result
    {
        QStringList lines;
        bool htmlWrapperRemoved = false;
        bool htmlEntitiesDecoded = false;
    };

    static Result normalize(QStringView pasted);
    static QString decodeHtmlEntities(QStringView text);
};
