#include "widgets/sqlview.h"

#include "widgets/sqllexer.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QEvent>
#include <QFontDatabase>

namespace schemata::widgets {

SqlView::SqlView(KSyntaxHighlighting::Repository* repository, QWidget* parent)
    : QsciScintilla(parent), m_repository(repository), m_lexer(new SqlLexer(this))
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(std::max(font.pointSizeF(), 10.0));
    m_lexer->setBaseFont(font);
    setLexer(m_lexer);
    setUtf8(true);

    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginsFont(font);
    setMarginWidth(0, QStringLiteral("00000"));
    setMarginWidth(1, 0);
    setFolding(QsciScintilla::NoFoldStyle);
    setWrapMode(QsciScintilla::WrapNone);
    setTabWidth(4);
    setIndentationsUseTabs(false);
    setCaretLineVisible(true);

    setDefinitionName(QStringLiteral("SQL"));
    applyPaletteTheme();
}

SqlView::~SqlView() = default;

void SqlView::setDefinitionName(const QString& name)
{
    auto definition = m_repository->definitionForName(name);
    if (!definition.isValid())
        definition = m_repository->definitionForName(QStringLiteral("SQL"));
    if (definition == m_lexer->highlightingDefinition())
        return;
    m_lexer->setHighlightingDefinition(definition);
}

QString SqlView::definitionName() const
{
    return m_lexer->highlightingDefinition().name();
}

namespace {

// UTF-8 length of UTF-16 text: Scintilla's positions are UTF-8 bytes.
qsizetype utf8Length(QStringView text)
{
    qsizetype bytes = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        bytes += u < 0x80                    ? 1
                 : u < 0x800                 ? 2
                 : QChar::isHighSurrogate(u) ? 4
                 : QChar::isLowSurrogate(u)  ? 0
                                             : 3;
    }
    return bytes;
}

} // namespace

void SqlView::setSql(const QString& sql)
{
    const QString old = text();
    if (sql == old)
        return;
    const bool wasReadOnly = isReadOnly();
    // Scintilla refuses to replace text of a read-only document.
    setReadOnly(false);
    // Previews regenerate often and mostly change a little: replacing only the part between
    // the common prefix and suffix costs a few ms where setText of a 2 MB script re-lays out
    // the whole document (~140 ms), and keeps the scroll position by itself.
    const QStringView a(old);
    const QStringView b(sql);
    const qsizetype most = std::min(a.size(), b.size());
    qsizetype prefix = 0;
    while (prefix < most && a[prefix] == b[prefix])
        ++prefix;
    if (prefix > 0 && a[prefix - 1].isHighSurrogate())
        --prefix; // never split a surrogate pair
    qsizetype suffix = 0;
    while (suffix < most - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    if (suffix > 0 && a[a.size() - suffix].isLowSurrogate())
        --suffix;
    const qsizetype start = utf8Length(a.first(prefix));
    const qsizetype end = start + utf8Length(a.sliced(prefix, a.size() - prefix - suffix));
    const QByteArray replacement = b.sliced(prefix, b.size() - prefix - suffix).toUtf8();
    SendScintilla(SCI_SETTARGETRANGE, static_cast<unsigned long>(start), static_cast<long>(end));
    SendScintilla(SCI_REPLACETARGET, static_cast<unsigned long>(replacement.size()),
                  replacement.constData());
    // As setText: the new text is not an edit the user could undo.
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    setReadOnly(wasReadOnly);
}

int SqlView::styleAt(int position)
{
    SendScintilla(SCI_COLOURISE, 0, -1);
    return int(SendScintilla(SCI_GETSTYLEAT, position));
}

void SqlView::changeEvent(QEvent* event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPaletteTheme();
}

void SqlView::applyPaletteTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const auto theme =
        m_repository->defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                        : KSyntaxHighlighting::Repository::LightTheme);
    if (theme.name() == m_lexer->highlightingTheme().name())
        return;
    m_lexer->setHighlightingTheme(theme);

    using KSyntaxHighlighting::Theme;
    const auto color = [&](Theme::EditorColorRole role) {
        return QColor::fromRgba(theme.editorColor(role));
    };
    setMarginsBackgroundColor(color(Theme::IconBorder));
    setMarginsForegroundColor(color(Theme::LineNumbers));
    setCaretLineBackgroundColor(color(Theme::CurrentLine));
    setCaretForegroundColor(QColor::fromRgba(theme.textColor(Theme::Normal)));
    setSelectionBackgroundColor(color(Theme::TextSelection));
    setPaper(color(Theme::BackgroundColor));
}

} // namespace schemata::widgets
