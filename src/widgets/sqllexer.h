#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include "widgets/qsci.h"

#include <QFont>
#include <QHash>
#include <QList>

namespace schemata::widgets {

// A QScintilla lexer driven by a KSyntaxHighlighting definition and theme, so the SQL
// views use the same maintained grammars (per-dialect keywords) and colour themes as
// KDE editors instead of QScintilla's fixed SQL lexer.
//
// Scintilla asks for styling of a byte range; we re-run highlightLine() line by line
// from the first dirty line, keeping the KSyntaxHighlighting State at the end of each
// line (multi-line comments and strings carry over), and stop at the end of the range
// asked for (Scintilla asks for the rest, from where its styling ended, when it is shown).
// Each distinct Format gets a Scintilla style number on first use.
class SqlLexer : public QsciLexerCustom, public KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)

public:
    explicit SqlLexer(QObject* parent = nullptr);
    ~SqlLexer() override;

    const char* language() const override;
    QString description(int style) const override;
    void styleText(int start, int end) override;

    QColor defaultColor(int style) const override;
    QColor defaultPaper(int style) const override;
    QFont defaultFont(int style) const override;

    void setHighlightingDefinition(const KSyntaxHighlighting::Definition& definition);
    KSyntaxHighlighting::Definition highlightingDefinition() const { return definition(); }
    void setHighlightingTheme(const KSyntaxHighlighting::Theme& theme);
    KSyntaxHighlighting::Theme highlightingTheme() const { return theme(); }
    void setBaseFont(const QFont& font);

    // The AbstractHighlighter setters restyle the attached editor too, so the lexer
    // stays consistent whichever interface a caller uses.
    void setDefinition(const KSyntaxHighlighting::Definition& definition) override;
    void setTheme(const KSyntaxHighlighting::Theme& theme) override;

    // Name of the KSyntaxHighlighting format behind a style ("Keyword", "String"…);
    // style 0 is the definition's normal text.
    QString formatName(int style) const;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format) override;

private:
    int styleFor(const KSyntaxHighlighting::Format& format);
    void applyStyle(int style);
    void restyleAll();

    QFont m_baseFont;
    QHash<int, int> m_styleByFormatId;      // Format::id() → style number
    QHash<int, KSyntaxHighlighting::Format> m_formatByStyle;
    int m_nextStyle = 1;
    QList<KSyntaxHighlighting::State> m_lineStates; // state at the end of each line
    QList<int> m_lineStyles;                         // per UTF-16 unit of the current line
};

} // namespace schemata::widgets
