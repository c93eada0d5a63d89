#include "widgets/sqllexer.h"
#include "widgets/sqlview.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QSet>
#include <QTest>

using namespace schemata;
using widgets::SqlView;

class TestSqlView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keywordsAndIdentifiersGetDifferentStyles_data();
    void keywordsAndIdentifiersGetDifferentStyles();
    void multiLineCommentCarriesStateAcrossLines();
    void nonAsciiTextKeepsStylesAligned();
    void themeFollowsPalette();
    void setSqlKeepsReadOnly();

private:
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
};

void TestSqlView::initTestCase()
{
    m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
    // scripts/bootstrap always installs KF6SyntaxHighlighting with its SQL definitions;
    // without them the DDL preview would be uncoloured, which is a failure, not a skip.
    for (const char* name : {"SQL", "SQL (PostgreSQL)", "SQL (MySQL)"})
        QVERIFY2(m_repository->definitionForName(QString::fromLatin1(name)).isValid(), name);
}

void TestSqlView::keywordsAndIdentifiersGetDifferentStyles_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("sql");
    QTest::newRow("postgres") << QStringLiteral("SQL (PostgreSQL)")
                              << QStringLiteral("CREATE TABLE customer (id bigint NOT NULL);");
    QTest::newRow("mysql") << QStringLiteral("SQL (MySQL)")
                           << QStringLiteral("CREATE TABLE customer (id bigint NOT NULL);");
    QTest::newRow("generic") << QStringLiteral("SQL")
                             << QStringLiteral("CREATE TABLE customer (id integer NOT NULL);");
}

void TestSqlView::keywordsAndIdentifiersGetDifferentStyles()
{
    QFETCH(QString, definition);
    QFETCH(QString, sql);
    SqlView view(m_repository.get());
    view.setDefinitionName(definition);
    QCOMPARE(view.definitionName(), definition);
    view.setSql(sql);

    const int keyword = view.styleAt(int(sql.indexOf(QStringLiteral("CREATE"))));
    const int identifier = view.styleAt(int(sql.indexOf(QStringLiteral("customer"))));
    QVERIFY2(keyword != identifier, "keyword and identifier share a style");
    QCOMPARE(view.sqlLexer()->formatName(keyword), QStringLiteral("Keyword"));

    QSet<int> styles;
    for (int i = 0; i < sql.size(); ++i)
        styles.insert(view.styleAt(i));
    QVERIFY2(styles.size() >= 3, qPrintable(QStringLiteral("only %1 styles").arg(styles.size())));
    // Keywords are visibly different, not just a different style number.
    auto* lexer = view.sqlLexer();
    QVERIFY(lexer->color(keyword) != lexer->color(identifier) ||
            lexer->font(keyword).bold() != lexer->font(identifier).bold());
}

void TestSqlView::multiLineCommentCarriesStateAcrossLines()
{
    SqlView view(m_repository.get());
    view.setDefinitionName(QStringLiteral("SQL (PostgreSQL)"));
    const QString sql = QStringLiteral("/* first\nCREATE inside comment */\nCREATE TABLE t (a int);\n");
    view.setSql(sql);
    const int inComment = view.styleAt(int(sql.indexOf(QStringLiteral("CREATE inside"))));
    const int keyword = view.styleAt(int(sql.lastIndexOf(QStringLiteral("CREATE"))));
    QVERIFY(inComment != keyword);
    QCOMPARE(inComment, view.styleAt(0));
}

void TestSqlView::nonAsciiTextKeepsStylesAligned()
{
    // Scintilla positions are UTF-8 bytes; a multi-byte string must not shift styles.
    SqlView view(m_repository.get());
    view.setDefinitionName(QStringLiteral("SQL (PostgreSQL)"));
    const QString sql = QStringLiteral("SELECT 'Grüße, 東京' AS greeting FROM t;");
    view.setSql(sql);
    const QByteArray utf8 = sql.toUtf8();
    const int string = view.styleAt(int(utf8.indexOf("'Gr")) + 1);
    const int as = view.styleAt(int(utf8.indexOf(" AS ")) + 1);
    const int from = view.styleAt(int(utf8.indexOf("FROM")));
    QVERIFY(string != as);
    QCOMPARE(as, from);
}

void TestSqlView::themeFollowsPalette()
{
    SqlView view(m_repository.get());
    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    view.setPalette(dark);
    const auto darkTheme = m_repository->defaultTheme(KSyntaxHighlighting::Repository::DarkTheme);
    QCOMPARE(view.sqlLexer()->highlightingTheme().name(), darkTheme.name());
    QPalette light = view.palette();
    light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
    view.setPalette(light);
    const auto lightTheme = m_repository->defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
    QCOMPARE(view.sqlLexer()->highlightingTheme().name(), lightTheme.name());
    QCOMPARE(view.sqlLexer()->paper(0).rgba(),
             QColor::fromRgba(lightTheme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).rgba());
}

void TestSqlView::setSqlKeepsReadOnly()
{
    SqlView view(m_repository.get());
    view.setReadOnly(true);
    view.setSql(QStringLiteral("SELECT 1;"));
    QCOMPARE(view.sql(), QStringLiteral("SELECT 1;"));
    QVERIFY(view.isReadOnly());
    view.setSql(QStringLiteral("SELECT 2;"));
    QCOMPARE(view.sql(), QStringLiteral("SELECT 2;"));
}

QTEST_MAIN(TestSqlView)
#include "tst_sqlview.moc"
