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

void SqlView::setSql(const QString& sql)
{
    if (sql == text())
        return;
    const int firstLine = firstVisibleLine();
    const bool wasReadOnly = isReadOnly();
    // Scintilla refuses to replace text of a read-only document.
    setReadOnly(false);
    setText(sql);
    setReadOnly(wasReadOnly);
    setFirstVisibleLine(std::min(firstLine, std::max(0, lines() - 1)));
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
    const auto theme = m_repository->defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
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
