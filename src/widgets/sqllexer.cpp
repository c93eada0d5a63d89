#include "widgets/sqllexer.h"

#include "widgets/qsci.h"

#include <QFontDatabase>

namespace schemata::widgets {

namespace {

// Scintilla reserves styles 32–39 (default, line numbers, braces…); style numbers go
// up to 255. Formats beyond the budget fall back to normal text rather than failing.
constexpr int kFirstReservedStyle = 32;
constexpr int kLastReservedStyle = 39;
constexpr int kMaxStyle = 255;

} // namespace

SqlLexer::SqlLexer(QObject* parent)
    : QsciLexerCustom(parent), m_baseFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
}

SqlLexer::~SqlLexer() = default;

const char* SqlLexer::language() const
{
    return "SQL";
}

QString SqlLexer::description(int style) const
{
    if (style == 0)
        return QStringLiteral("Normal");
    if (const auto it = m_formatByStyle.constFind(style); it != m_formatByStyle.constEnd())
        return it->name();
    return {};
}

QString SqlLexer::formatName(int style) const
{
    return description(style);
}

QColor SqlLexer::defaultColor(int style) const
{
    const auto& th = theme();
    if (!th.isValid())
        return QsciLexerCustom::defaultColor(style);
    const auto it = m_formatByStyle.constFind(style);
    if (it != m_formatByStyle.constEnd() && it->hasTextColor(th))
        return it->textColor(th);
    return QColor::fromRgba(th.textColor(KSyntaxHighlighting::Theme::Normal));
}

QColor SqlLexer::defaultPaper(int style) const
{
    const auto& th = theme();
    if (!th.isValid())
        return QsciLexerCustom::defaultPaper(style);
    const auto it = m_formatByStyle.constFind(style);
    if (it != m_formatByStyle.constEnd() && it->hasBackgroundColor(th))
        return it->backgroundColor(th);
    return QColor::fromRgba(th.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
}

QFont SqlLexer::defaultFont(int style) const
{
    QFont font = m_baseFont;
    const auto it = m_formatByStyle.constFind(style);
    if (it != m_formatByStyle.constEnd() && theme().isValid()) {
        font.setBold(it->isBold(theme()));
        font.setItalic(it->isItalic(theme()));
    }
    return font;
}

void SqlLexer::setBaseFont(const QFont& font)
{
    m_baseFont = font;
    restyleAll();
}

void SqlLexer::setHighlightingDefinition(const KSyntaxHighlighting::Definition& definition)
{
    setDefinition(definition);
}

void SqlLexer::setHighlightingTheme(const KSyntaxHighlighting::Theme& newTheme)
{
    setTheme(newTheme);
}

void SqlLexer::setDefinition(const KSyntaxHighlighting::Definition& definition)
{
    AbstractHighlighter::setDefinition(definition);
    // Format ids are per definition; start a fresh style table.
    m_styleByFormatId.clear();
    m_formatByStyle.clear();
    m_nextStyle = 1;
    restyleAll();
}

void SqlLexer::setTheme(const KSyntaxHighlighting::Theme& newTheme)
{
    AbstractHighlighter::setTheme(newTheme);
    restyleAll();
}

void SqlLexer::applyStyle(int style)
{
    // setColor/setPaper/setFont notify an attached editor, which updates the style live.
    setColor(defaultColor(style), style);
    setPaper(defaultPaper(style), style);
    setFont(defaultFont(style), style);
}

void SqlLexer::restyleAll()
{
    // Paper for every style first (covers Scintilla's default and margin-adjacent styles),
    // then the styles we own.
    setDefaultPaper(defaultPaper(0));
    setDefaultColor(defaultColor(0));
    setDefaultFont(m_baseFont);
    setPaper(defaultPaper(0), -1);
    setColor(defaultColor(0), -1);
    setFont(m_baseFont, -1);
    for (auto it = m_formatByStyle.constBegin(); it != m_formatByStyle.constEnd(); ++it)
        applyStyle(it.key());
    m_lineStates.clear();
    if (auto* ed = editor())
        ed->recolor();
}

int SqlLexer::styleFor(const KSyntaxHighlighting::Format& format)
{
    if (!format.isValid())
        return 0;
    if (const auto it = m_styleByFormatId.constFind(format.id()); it != m_styleByFormatId.constEnd())
        return *it;
    if (m_nextStyle == kFirstReservedStyle)
        m_nextStyle = kLastReservedStyle + 1;
    if (m_nextStyle > kMaxStyle)
        return 0;
    const int style = m_nextStyle++;
    m_styleByFormatId.insert(format.id(), style);
    m_formatByStyle.insert(style, format);
    applyStyle(style);
    return style;
}

void SqlLexer::applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format)
{
    const int style = styleFor(format);
    const int end = std::min<int>(offset + length, m_lineStyles.size());
    for (int i = std::max(0, offset); i < end; ++i)
        m_lineStyles[i] = style;
}

void SqlLexer::styleText(int start, int end)
{
    QsciScintilla* ed = editor();
    if (!ed)
        return;
    const int lineCount = ed->lines();
    const int firstLine = int(ed->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, start));
    const int lastLine = int(ed->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, end));
    if (m_lineStates.size() != lineCount)
        m_lineStates.resize(lineCount);

    KSyntaxHighlighting::State state;
    if (firstLine > 0 && firstLine - 1 < m_lineStates.size())
        state = m_lineStates.at(firstLine - 1);

    for (int line = firstLine; line < lineCount; ++line) {
        const QString text = ed->text(line);
        qsizetype contentLength = text.size();
        while (contentLength > 0 && (text.at(contentLength - 1) == QLatin1Char('\n') ||
                                     text.at(contentLength - 1) == QLatin1Char('\r')))
            --contentLength;

        m_lineStyles.fill(0, text.size());
        if (definition().isValid())
            state = highlightLine(QStringView(text).first(contentLength), state);

        // Scintilla positions are UTF-8 bytes; the highlighter works in UTF-16 units.
        startStyling(int(ed->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line)));
        qsizetype runStart = 0;
        for (qsizetype i = 1; i <= text.size(); ++i) {
            if (i == text.size() || m_lineStyles.at(i) != m_lineStyles.at(runStart)) {
                const int bytes = int(QStringView(text).sliced(runStart, i - runStart).toUtf8().size());
                setStyling(bytes, m_lineStyles.at(runStart));
                runStart = i;
            }
        }

        m_lineStates[line] = state;
        // Stop at the requested end. Scintilla keeps everything after its end-styled
        // position unstyled (an edit moves that position back to the edit) and asks for
        // it, from there, when it is shown; the states stored past this line are only read
        // after it has been restyled. Carrying on while states differ from the stored ones
        // restyled a whole 2 MB script (~0.3 s) after every preview update, because states
        // stored for the previous text rarely compare equal.
        if (line >= lastLine)
            break;
    }
}

} // namespace schemata::widgets
