#include "sqlimport/mysqlscriptimporter.h"

#include "connect/catalogextras.h"
#include "connect/databasesession.h"
#include "connect/scratchdatabases.h"
#include "connect/scratchmariadbserver.h"
#include "dialect/dialect.h"
#include "sqlimport/mysqlschemarename.h"
#include "sqlimport/mysqlscriptsplitter.h"
#include "sqlimport/mysqltokenizer.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <atomic>
#include <thread>

namespace schemata::sqlimport {

namespace {

using connect::ImportReportItem;
using namespace Qt::StringLiterals;

const QStringList kSystemDatabases{QStringLiteral("information_schema"), QStringLiteral("mysql"),
                                   QStringLiteral("performance_schema"), QStringLiteral("sys")};

QString quoteName(const QString& name)
{
    return u'`' + QString(name).replace(u'`', QStringLiteral("``")) + u'`';
}

// The leading words of a statement, upper-case, as far as `count` (for classifying).
QStringList leadingWords(const QString& verbSource, int count)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z_]+"));
    QStringList words;
    auto it = word.globalMatch(verbSource);
    while (it.hasNext() && words.size() < count)
        words << it.next().captured().toUpper();
    return words;
}

enum class Handling
{
    Run,         // DDL and session statements: the catalog read shows their effect
    Data,        // INSERT …: runs, summarised (the model holds no rows)
    ServerLevel, // accounts, privileges, global settings, server files: not run
};

Handling classify(const QString& verb, const QString& text)
{
    const QString first = verb.section(u' ', 0, 0);
    if (first == u"INSERT" || first == u"REPLACE" || first == u"UPDATE" || first == u"DELETE")
        return Handling::Data;
    static const QStringList serverVerbs{
        QStringLiteral("GRANT"),         QStringLiteral("REVOKE"),
        QStringLiteral("CREATE USER"),   QStringLiteral("DROP USER"),
        QStringLiteral("ALTER USER"),    QStringLiteral("RENAME USER"),
        QStringLiteral("CREATE ROLE"),   QStringLiteral("DROP ROLE"),
        QStringLiteral("FLUSH"),         QStringLiteral("INSTALL"),
        QStringLiteral("UNINSTALL"),     QStringLiteral("SHUTDOWN"),
        QStringLiteral("KILL"),          QStringLiteral("LOAD"),
        QStringLiteral("CREATE SERVER"), QStringLiteral("ALTER SERVER"),
        QStringLiteral("DROP SERVER"),   QStringLiteral("PURGE"),
        QStringLiteral("RESET"),         QStringLiteral("CHANGE"),
        QStringLiteral("START SLAVE"),   QStringLiteral("STOP SLAVE"),
        QStringLiteral("START REPLICA"), QStringLiteral("STOP REPLICA"),
        QStringLiteral("BINLOG")};
    if (serverVerbs.contains(verb) || serverVerbs.contains(first))
        return Handling::ServerLevel;
    if (first == u"SET") {
        const QStringList words = leadingWords(text, 3);
        if (words.value(1) == u"GLOBAL" || words.value(1) == u"PASSWORD" ||
            words.value(1) == u"DEFAULT" || words.value(1) == u"ROLE" ||
            text.contains(QLatin1String("@@global."), Qt::CaseInsensitive))
            return Handling::ServerLevel;
    }
    return Handling::Run;
}

// The server's message; syntax errors say "… at line N" counted within the statement.
QString errorLocation(const QString& sourceName, int statementLine, const QString& message)
{
    static const QRegularExpression atLine(QStringLiteral(R"(at line (\d+)\s*$)"));
    const auto m = atLine.match(message);
    const int line = m.hasMatch() ? statementLine + m.captured(1).toInt() - 1 : statementLine;
    return QStringLiteral("%1:%2").arg(sourceName).arg(line);
}

// CREATE [OR REPLACE] | DROP | ALTER DATABASE|SCHEMA …, USE name: the statements that
// name a database without a dot, which a scratch run on the user's server redirects.
// Read from the code tokens, so "/*!40000 DROP DATABASE IF EXISTS `shop`*/" (mysqldump)
// and comments between the words are seen as the server sees them.
struct DatabaseStatement
{
    enum class Kind
    {
        None,
        Create,
        Drop,
        Alter,
        Use,
        Unclear, // one of the above, not redirectable as written (odd name, several statements)
    };
    Kind kind = Kind::None;
    QString name; // empty for ALTER DATABASE without a name (the current database)
    bool ifClause = false;
    bool orReplace = false;
    QString rest; // CREATE/ALTER: the options after the name (CHARACTER SET …)

    bool operator==(const DatabaseStatement&) const = default;
};

DatabaseStatement databaseStatement(const QString& sql, const QList<MySqlToken>& tokens)
{
    using K = DatabaseStatement::Kind;
    DatabaseStatement out;
    qsizetype i = 0;
    const auto word = [&](qsizetype k, QLatin1StringView upper) {
        return k < tokens.size() && tokens.at(k).isWord(upper);
    };
    const auto options = [&](qsizetype from) { // the tokens from `from` on, as written
        QStringList parts;
        for (qsizetype k = from; k < tokens.size(); ++k)
            parts << sql.mid(tokens.at(k).offset, tokens.at(k).length);
        return parts.join(u' ');
    };
    const auto isDatabase = [&](qsizetype k) {
        return word(k, "DATABASE"_L1) || word(k, "SCHEMA"_L1);
    };
    if (word(0, "USE"_L1)) {
        out.kind = K::Use;
        i = 1;
    } else if (word(0, "CREATE"_L1)) {
        i = 1;
        if (word(1, "OR"_L1) && word(2, "REPLACE"_L1)) {
            out.orReplace = true;
            i = 3;
        }
        if (!isDatabase(i))
            return {};
        out.kind = K::Create;
        if (word(++i, "IF"_L1) && word(i + 1, "NOT"_L1) && word(i + 2, "EXISTS"_L1)) {
            out.ifClause = true;
            i += 3;
        }
    } else if (word(0, "DROP"_L1) && isDatabase(1)) {
        out.kind = K::Drop;
        i = 2;
        if (word(i, "IF"_L1) && word(i + 1, "EXISTS"_L1)) {
            out.ifClause = true;
            i += 2;
        }
    } else if (word(0, "ALTER"_L1) && isDatabase(1)) {
        out.kind = K::Alter;
        i = 2;
        // ALTER DATABASE [name] options: without a name, the current database.
        static const QStringList optionWords{
            QStringLiteral("DEFAULT"), QStringLiteral("CHARACTER"), QStringLiteral("CHARSET"),
            QStringLiteral("COLLATE"), QStringLiteral("COMMENT"),   QStringLiteral("UPGRADE"),
            QStringLiteral("READ"),    QStringLiteral("ENCRYPTION")};
        if (i < tokens.size() && tokens.at(i).kind == MySqlToken::Kind::Word &&
            optionWords.contains(tokens.at(i).text, Qt::CaseInsensitive)) {
            out.rest = options(i);
            return out;
        }
    } else {
        return {};
    }
    // Several statements in one text (under DELIMITER; the server runs them all): the
    // redirected statement would drop the others, or carry them into ALTER DATABASE.
    if (std::any_of(tokens.cbegin(), tokens.cend(), [](const MySqlToken& t) {
            return t.kind == MySqlToken::Kind::Symbol && t.text == u";";
        })) {
        out.kind = K::Unclear;
        return out;
    }
    // The name: a bare word or `quoted`; anything else ("name" under ANSI_QUOTES, a
    // missing name, a dotted one) is not guessed at.
    if (i >= tokens.size() ||
        (tokens.at(i).kind != MySqlToken::Kind::Word &&
         tokens.at(i).kind != MySqlToken::Kind::Backticked) ||
        (i + 1 < tokens.size() && tokens.at(i + 1).kind == MySqlToken::Kind::Dot)) {
        out.kind = K::Unclear;
        return out;
    }
    out.name = tokens.at(i).text;
    out.rest = options(i + 1);
    if (out.kind == K::Use && !out.rest.isEmpty())
        out.kind = K::Unclear;
    return out;
}

// The default database's name: the script's, as `mariadb shop < shop.sql` would use.
QString defaultDatabaseName(const QString& sourceName)
{
    QString name = QFileInfo(sourceName).completeBaseName().left(64);
    if (name.trimmed().isEmpty() || kSystemDatabases.contains(name, Qt::CaseInsensitive))
        name = QStringLiteral("script");
    return name;
}

// One run: the engine (scratch server or scratch databases on the user's server), the
// session the statements go through, and the script names → engine names.
class ScriptRun
{
public:
    ScriptRun(QString sourceName, const connect::CatalogFilter& filter)
        : m_source(std::move(sourceName)), m_filter(filter)
    {}

    core::Status start(const QString& dialect, const MySqlScriptEngine& engine)
    {
        m_defaultModel = defaultDatabaseName(m_source);
        if (engine.server) {
            auto scratch = connect::ScratchDatabases::open(dialect, engine.server, engine.password);
            if (!scratch)
                return scratch.error();
            m_scratch = std::move(scratch).value();
            auto db = m_scratch->create(QStringLiteral("script"));
            if (!db)
                return db.error();
            m_db = db.value();
            m_defaultEngine = m_db.databaseName();
            return {};
        }
        auto server = connect::ScratchMariaDbServer::start(m_filter.cancelled);
        if (!server)
            return server.error();
        m_server = std::move(server).value();
        connect::ConnectionProfile profile = m_server->profile();
        profile.queryTimeoutSeconds = 600; // a big INSERT may take a while; it is our server
        auto session = connect::DatabaseSession::open(profile, {});
        if (!session)
            return session.error();
        m_session = std::move(session).value();
        m_db = m_session->database();
        // Not the file's name: the script may well create a database of that name itself.
        m_defaultEngine = QStringLiteral("schemata_script_default");
        for (const QString& sql :
             {QStringLiteral("CREATE DATABASE %1").arg(quoteName(m_defaultEngine)),
              QStringLiteral("USE %1").arg(quoteName(m_defaultEngine))}) {
            QSqlQuery query(m_db);
            if (!query.exec(sql))
                return core::Error{m_source, QStringLiteral("%1 failed on the scratch server: %2")
                                                 .arg(sql, query.lastError().text())};
        }
        return {};
    }

    bool redirects() const { return m_scratch != nullptr; }

    // What running a statement gave: the server's message or why it was not run ("" =
    // done), and where in the statement the problem is (-1: at its start).
    struct Outcome
    {
        QString error;
        qsizetype offset = -1;
    };

    // Runs one statement. On a scratch run on the user's server, database statements
    // are redirected and names qualified with a database are checked first (guard()).
    Outcome run(const QString& sql)
    {
        if (!redirects())
            return {execute(sql)};
        // Backslashes in strings escape or not as the script's sql_mode says; a statement
        // is only run when both readings agree on everything checked here.
        const QList<MySqlToken> escaped = MySqlTokenizer::tokenize(sql, true);
        const QList<MySqlToken> literal = MySqlTokenizer::tokenize(sql, false);
        const DatabaseStatement d = databaseStatement(sql, escaped);
        if (d != databaseStatement(sql, literal))
            return {QStringLiteral("not run: which database this statement names depends on "
                                   "how its strings are read (backslash escapes); script "
                                   "import never touches existing databases")};
        if (d.kind != DatabaseStatement::Kind::None &&
            !(d.kind == DatabaseStatement::Kind::Alter && d.name.isEmpty()))
            return {redirect(d)};
        return guard(sql, escaped, literal);
    }

    // Sends `sql` as it is.
    QString execute(const QString& sql)
    {
        QSqlQuery query(m_db);
        if (query.exec(sql))
            return {};
        const QSqlError error = query.lastError();
        return error.databaseText().isEmpty() ? error.text() : error.databaseText();
    }

    // The engine databases to read: `filter.schemas` by their script names, else every
    // database the script left something in (the default one also when nothing else
    // exists, so an empty script gives an honest empty schema).
    core::Result<QStringList> databasesToRead()
    {
        QStringList candidates;
        if (redirects()) {
            candidates << m_defaultEngine;
            for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
                candidates << it.value();
        } else {
            QSqlQuery query(m_db);
            if (!query.exec(QStringLiteral("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA")))
                return core::Error{m_source, query.lastError().text()};
            while (query.next()) {
                const QString name = query.value(0).toString();
                if (!kSystemDatabases.contains(name, Qt::CaseInsensitive))
                    candidates << name;
            }
        }
        if (!m_filter.schemas.isEmpty()) {
            const QHash<QString, QString> names = modelNames(candidates);
            QStringList chosen;
            for (const QString& wanted : m_filter.schemas) {
                QString engineName = names.key(wanted);
                if (engineName.isEmpty() && !redirects())
                    engineName = wanted;
                if (!candidates.contains(engineName))
                    return core::Error{m_source, QStringLiteral("the script leaves no database "
                                                                "\"%1\" (--schema)")
                                                     .arg(wanted)};
                chosen << engineName;
            }
            return chosen;
        }
        QStringList used;
        for (const QString& name : std::as_const(candidates)) {
            QSqlQuery query(m_db);
            const QString s =
                QStringLiteral("'%1'").arg(QString(name)
                                               .replace(u'\'', QStringLiteral("''"))
                                               .replace(u'\\', QStringLiteral("\\\\")));
            if (!query.exec(
                    QStringLiteral(
                        "SELECT (SELECT COUNT(*) FROM information_schema.TABLES WHERE "
                        "TABLE_SCHEMA = %1) + (SELECT COUNT(*) FROM information_schema.ROUTINES "
                        "WHERE ROUTINE_SCHEMA = %1) + (SELECT COUNT(*) FROM "
                        "information_schema.EVENTS WHERE EVENT_SCHEMA = %1)")
                        .arg(s)) ||
                !query.next())
                return core::Error{m_source, query.lastError().text()};
            if (query.value(0).toLongLong() > 0)
                used << name;
        }
        if (used.isEmpty() && candidates.contains(m_defaultEngine))
            used << m_defaultEngine;
        return used;
    }

    // Engine name → model name for every engine database in `databases` (the script's
    // own names; the default database is named after the file, or "<file>_script" when
    // the script also leaves a database of the file's name).
    QHash<QString, QString> modelNames(const QStringList& databases) const
    {
        QHash<QString, QString> out;
        for (const QString& engine : databases) {
            if (engine == m_defaultEngine)
                continue;
            out.insert(engine, redirects() ? m_names.key(engine, engine) : engine);
        }
        if (databases.contains(m_defaultEngine)) {
            const bool taken = std::any_of(out.cbegin(), out.cend(), [&](const QString& name) {
                return name == m_defaultModel;
            });
            out.insert(m_defaultEngine,
                       taken ? m_defaultModel + QStringLiteral("_script") : m_defaultModel);
        }
        return out;
    }

    const QSqlDatabase& database() const { return m_db; }

    ~ScriptRun() { stopWatching(); }
    ScriptRun(const ScriptRun&) = delete;
    ScriptRun& operator=(const ScriptRun&) = delete;

    // While the statements run, a cancel must not wait for a long one (a big INSERT, a
    // SLEEP): a watcher kills the private server, the statement fails, and the loop
    // sees the cancel. (On the user's server the cancel waits for the statement.)
    void watchForCancel()
    {
        if (!m_server || !m_filter.cancelled)
            return;
        m_watching = true;
        m_watcher = std::thread([this] {
            while (m_watching.load()) {
                if (m_filter.isCancelled()) {
                    m_server->kill();
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
    }
    void stopWatching()
    {
        m_watching = false;
        if (m_watcher.joinable())
            m_watcher.join();
    }

    // Drops the scratch databases and stops the server (the destructor would too; this
    // reports what could not be dropped).
    QStringList finish()
    {
        stopWatching();
        m_db = QSqlDatabase();
        m_session.reset();
        QStringList problems;
        if (m_scratch)
            problems = m_scratch->dropAll();
        m_scratch.reset();
        m_server.reset();
        return problems;
    }

private:
    // CONNECTION='…' or ENGINE=FEDERATED|CONNECT|SPIDER|OQGRAPH at token `k`: a table
    // that reads and writes another table, possibly the server's own.
    static bool linksElsewhere(const QList<MySqlToken>& tokens, qsizetype k)
    {
        qsizetype value = k + 1;
        if (value < tokens.size() && tokens.at(value).text == u"=")
            ++value;
        if (value >= tokens.size())
            return false;
        if (tokens.at(k).isWord("CONNECTION"_L1))
            return tokens.at(value).kind == MySqlToken::Kind::String ||
                   tokens.at(value).kind == MySqlToken::Kind::DoubleQuoted;
        if (!tokens.at(k).isWord("ENGINE"_L1))
            return false;
        static const QStringList linking{QStringLiteral("FEDERATED"), QStringLiteral("FEDERATEDX"),
                                         QStringLiteral("CONNECT"), QStringLiteral("SPIDER"),
                                         QStringLiteral("OQGRAPH")};
        return (tokens.at(value).kind == MySqlToken::Kind::Word ||
                tokens.at(value).kind == MySqlToken::Kind::Backticked ||
                tokens.at(value).kind == MySqlToken::Kind::String) &&
               linking.contains(tokens.at(value).text, Qt::CaseInsensitive);
    }

    static QString notThisScripts(const QString& name)
    {
        return QStringLiteral("not run: database `%1` was not created by this script; script "
                              "import never touches existing databases")
            .arg(name);
    }

    QString redirect(const DatabaseStatement& d)
    {
        const bool known = m_names.contains(d.name);
        switch (d.kind) {
        case DatabaseStatement::Kind::Create: {
            if (known && d.orReplace) {
                if (const QString e = execute(
                        QStringLiteral("DROP DATABASE %1").arg(quoteName(m_names.value(d.name))));
                    !e.isEmpty())
                    return e;
                m_names.remove(d.name);
            } else if (known) {
                return d.ifClause ? QString()
                                  : QStringLiteral("Can't create database '%1'; database exists")
                                        .arg(d.name);
            }
            auto created = m_scratch->create(QStringLiteral("db%1").arg(++m_created));
            if (!created)
                return created.error().message;
            const QString engineName = created.value().databaseName();
            m_names.insert(d.name, engineName);
            if (!d.rest.isEmpty())
                return execute(
                    QStringLiteral("ALTER DATABASE %1 %2").arg(quoteName(engineName), d.rest));
            return {};
        }
        case DatabaseStatement::Kind::Drop:
            if (!known)
                return d.ifClause ? QString() : notThisScripts(d.name);
            if (const QString e = execute(
                    QStringLiteral("DROP DATABASE %1").arg(quoteName(m_names.value(d.name))));
                !e.isEmpty())
                return e;
            m_names.remove(d.name);
            return {};
        case DatabaseStatement::Kind::Alter:
            if (!known)
                return notThisScripts(d.name);
            return execute(QStringLiteral("ALTER DATABASE %1 %2")
                               .arg(quoteName(m_names.value(d.name)), d.rest));
        case DatabaseStatement::Kind::Use:
            if (!known)
                return notThisScripts(d.name);
            return execute(QStringLiteral("USE %1").arg(quoteName(m_names.value(d.name))));
        case DatabaseStatement::Kind::Unclear:
            return QStringLiteral("not run: this database statement cannot be redirected as "
                                  "written (one statement, one plain or `quoted` name); script "
                                  "import never touches existing databases");
        case DatabaseStatement::Kind::None:
            break;
        }
        return {};
    }

    // A statement (not a database statement) on a scratch run on the user's server. Every
    // `db.` qualifier is checked: the script's own databases are rewritten to their
    // scratch names; a database of the server is refused. Dynamic SQL (whose text is only
    // known when it runs) and tables linked elsewhere (CONNECTION=) are refused too.
    Outcome guard(const QString& sql, const QList<MySqlToken>& escaped,
                  const QList<MySqlToken>& literal)
    {
        std::optional<QStringList> serverDatabases;
        struct Plan
        {
            Outcome refusal;
            QList<std::pair<const MySqlToken*, QString>> rewrites; // token → engine name
        };
        const auto plan = [&](const QList<MySqlToken>& tokens) {
            Plan p;
            for (qsizetype k = 0; k < tokens.size() && p.refusal.error.isEmpty(); ++k) {
                const MySqlToken& t = tokens.at(k);
                const bool prepare = t.isWord("PREPARE"_L1) &&
                                     !(k > 0 && (tokens.at(k - 1).isWord("DEALLOCATE"_L1) ||
                                                 tokens.at(k - 1).isWord("DROP"_L1)));
                const bool immediate = t.isWord("EXECUTE"_L1) && k + 1 < tokens.size() &&
                                       tokens.at(k + 1).isWord("IMMEDIATE"_L1);
                if (prepare || immediate)
                    p.refusal = {QStringLiteral("not run: dynamic SQL (PREPARE, EXECUTE "
                                                "IMMEDIATE) cannot be checked for the databases "
                                                "it names; script import never touches "
                                                "existing databases"),
                                 t.offset};
                else if (MySqlTokenizer::embeddedDatabaseStatement(tokens, k))
                    p.refusal = {QStringLiteral("not run: a database statement inside another "
                                                "one (routine body, BEGIN … END, SET STATEMENT "
                                                "… FOR) cannot be redirected; script import "
                                                "never touches existing databases"),
                                 t.offset};
                else if (linksElsewhere(tokens, k))
                    p.refusal = {QStringLiteral("not run: a table whose data lives in another "
                                                "database or server (%1); script import never "
                                                "touches existing databases")
                                     .arg(t.text.toUpper()),
                                 t.offset};
                else if ((t.isWord("OUTFILE"_L1) || t.isWord("DUMPFILE"_L1)) && k > 0 &&
                         tokens.at(k - 1).isWord("INTO"_L1))
                    // The private server confines files to its own directory; a user's
                    // server would write wherever its secure_file_priv allows.
                    p.refusal = {QStringLiteral("not run: SELECT … INTO %1 writes a file on the "
                                                "server; script import never touches existing "
                                                "databases or the server's files")
                                     .arg(t.text.toUpper()),
                                 t.offset};
                else if (t.isWord("USE"_L1) && k > 0 &&
                         !(k + 1 < tokens.size() && (tokens.at(k + 1).isWord("INDEX"_L1) ||
                                                     tokens.at(k + 1).isWord("KEY"_L1))))
                    // Not an index hint: USE after another statement in the same text (the
                    // driver allows several), where it would switch to the server's database.
                    p.refusal = {QStringLiteral("not run: USE inside another statement cannot be "
                                                "redirected; script import never touches "
                                                "existing databases"),
                                 t.offset};
            }
            // In text order: the rewrites are applied from the end.
            QList<qsizetype> names =
                MySqlTokenizer::qualifiers(tokens) + MySqlTokenizer::shownDatabases(tokens);
            std::sort(names.begin(), names.end());
            for (const qsizetype k : names) {
                if (!p.refusal.error.isEmpty())
                    break;
                const MySqlToken& t = tokens.at(k);
                if (m_names.contains(t.text)) {
                    p.rewrites.append({&t, m_names.value(t.text)});
                    continue;
                }
                if (t.text == m_defaultEngine ||
                    std::find(m_names.cbegin(), m_names.cend(), t.text) != m_names.cend() ||
                    t.text.compare(u"information_schema", Qt::CaseInsensitive) == 0)
                    continue; // this run's own, or read-only
                if (!serverDatabases) {
                    QSqlQuery query(m_db);
                    if (!query.exec(QStringLiteral(
                            "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA"))) {
                        p.refusal = {QStringLiteral("not run: the server's databases could not be "
                                                    "listed to check `%1`: %2")
                                         .arg(t.text, query.lastError().text()),
                                     t.offset};
                        break;
                    }
                    serverDatabases.emplace();
                    while (query.next())
                        serverDatabases->append(query.value(0).toString());
                }
                // Case-insensitively: on some servers (lower_case_table_names) SHOP is shop.
                if (serverDatabases->contains(t.text, Qt::CaseInsensitive))
                    p.refusal = {QStringLiteral("not run: refers to database `%1` on the server; "
                                                "script import never touches existing databases")
                                     .arg(t.text),
                                 t.offset};
            }
            return p;
        };
        const Plan a = plan(escaped);
        if (!a.refusal.error.isEmpty())
            return a.refusal;
        const Plan b = plan(literal);
        if (!b.refusal.error.isEmpty())
            return b.refusal;
        const auto places = [](const Plan& p) {
            QList<qsizetype> out;
            for (const auto& [token, name] : p.rewrites)
                out << token->offset << token->length;
            return out;
        };
        if (places(a) != places(b))
            return {QStringLiteral("not run: which databases this statement names depends on how "
                                   "its strings are read (backslash escapes); script import "
                                   "never touches existing databases"),
                    a.rewrites.isEmpty() ? b.rewrites.constFirst().first->offset
                                         : a.rewrites.constFirst().first->offset};
        QString rewritten = sql;
        for (auto it = a.rewrites.crbegin(); it != a.rewrites.crend(); ++it)
            rewritten.replace(it->first->offset, it->first->length,
                              m_dialect->quoteIdentifier(it->second));
        return {execute(rewritten)};
    }

    QString m_source;
    const connect::CatalogFilter& m_filter;
    std::unique_ptr<dialect::Dialect> m_dialect = dialect::createDialect(u"mariadb");
    QString m_defaultModel;  // the default database's name in the model ("shop")
    QString m_defaultEngine; // … and on the engine
    // Destruction order: session before the server it talks to.
    std::unique_ptr<connect::ScratchMariaDbServer> m_server;
    std::unique_ptr<connect::ScratchDatabases> m_scratch;
    std::unique_ptr<connect::DatabaseSession> m_session;
    QSqlDatabase m_db;
    QHash<QString, QString> m_names; // script name → engine name (scratch runs only)
    int m_created = 0;
    std::atomic<bool> m_watching = false;
    std::thread m_watcher;
};

} // namespace

core::Result<connect::ImportResult>
importMySqlScript(const QByteArray& script, const QString& sourceName, const QString& dialect,
                  const connect::CatalogFilter& filter, const MySqlScriptEngine& engine)
{
    const QList<MySqlScriptSplitter::Statement> statements = MySqlScriptSplitter::split(script);
    connect::ImportResult result;
    result.dialect =
        dialect.toLower() == u"mysql" ? QStringLiteral("mysql") : QStringLiteral("mariadb");
    result.report.source = sourceName;

    const auto cancelled = [&] {
        return core::Error{sourceName, QStringLiteral("import cancelled")};
    };
    if (filter.isCancelled())
        return cancelled();
    ScriptRun run(sourceName, filter);
    if (const core::Status s = run.start(result.dialect, engine); !s)
        return filter.isCancelled() ? cancelled() : s.error();

    run.watchForCancel();
    int dataStatements = 0;
    int firstDataLine = 0;
    int lastDataLine = 0;
    // Progress: about a hundred reports over the script, then the reader's own phases.
    const qsizetype total = statements.size();
    const qsizetype every = qMax<qsizetype>(1, total / 100);
    qsizetype done = 0;
    for (const MySqlScriptSplitter::Statement& piece : statements) {
        if (filter.isCancelled())
            return cancelled();
        if (done % every == 0)
            filter.reportProgress(QStringLiteral("script"), done, total,
                                  QStringLiteral("statements"));
        ++done;
        const ScriptStatement& statement = piece.statement;
        const QString sql = QString::fromUtf8(statement.text);
        const QString location = QStringLiteral("%1:%2").arg(sourceName).arg(statement.line);
        if (piece.clientCommand && statement.verb != u"USE") {
            // Not SQL: the `mariadb` client's own commands. QUIT/EXIT end its reading.
            const bool quits = statement.verb == u"QUIT" || statement.verb == u"EXIT";
            const qsizetype after = total - done;
            result.report.items.append(
                {ImportReportItem::Kind::NotModelled,
                 statement.verb,
                 {},
                 location,
                 quits && after > 0
                     ? QStringLiteral("the mariadb client stops reading here: the %1 "
                                      "statements after it were not run either")
                           .arg(after)
                     : QStringLiteral("a command of the mariadb client, not SQL: not run"),
                 sql});
            if (quits)
                break;
            continue;
        }
        const Handling handling = classify(statement.verb, sql);
        if (handling == Handling::ServerLevel) {
            result.report.items.append({ImportReportItem::Kind::NotModelled,
                                        statement.verb,
                                        {},
                                        location,
                                        QStringLiteral("not run: it changes the server (accounts, "
                                                       "privileges, global settings or files), "
                                                       "not the schema"),
                                        sql});
            continue;
        }
        const ScriptRun::Outcome outcome = run.run(sql);
        if (!outcome.error.isEmpty()) {
            QString error = outcome.error;
            if (!piece.problem.isEmpty())
                error += QStringLiteral(" (%1)").arg(piece.problem);
            // A refusal names the line of what it refuses; the server's syntax errors their
            // line inside the statement.
            const QString at =
                outcome.offset >= 0
                    ? QStringLiteral("%1:%2")
                          .arg(sourceName)
                          .arg(statement.line + int(sql.left(outcome.offset).count(u'\n')))
                    : errorLocation(sourceName, statement.line, error);
            result.report.items.append(
                {ImportReportItem::Kind::Failed, statement.verb, {}, at, error, sql});
        } else if (handling == Handling::Data) {
            if (dataStatements++ == 0)
                firstDataLine = statement.line;
            lastDataLine = statement.line;
        }
    }
    run.stopWatching();
    filter.reportProgress(QStringLiteral("script"), total, total, QStringLiteral("statements"));
    if (filter.isCancelled())
        return cancelled();
    if (dataStatements > 0)
        result.report.items.append(
            {ImportReportItem::Kind::NotModelled,
             QStringLiteral("data"),
             {},
             QStringLiteral("%1:%2-%3").arg(sourceName).arg(firstDataLine).arg(lastDataLine),
             QStringLiteral("%1 data statements (INSERT/UPDATE/DELETE) ran but the model holds "
                            "no rows")
                 .arg(dataStatements),
             {}});

    // The script may have changed the connection's character set (SET NAMES latin1);
    // the catalog must come back as the UTF-8 the driver decodes.
    if (const QString e = run.execute(QStringLiteral("SET NAMES utf8mb4")); !e.isEmpty())
        return core::Error{sourceName, QStringLiteral("SET NAMES utf8mb4 failed: %1").arg(e)};
    const auto databases = run.databasesToRead();
    if (!databases)
        return databases.error();
    connect::CatalogFilter readFilter = filter;
    readFilter.schemas = databases.value();
    const auto reader = connect::createCatalogReader(u"mariadb");
    auto model = reader->read(run.database(), readFilter, &result.report.notes);
    if (!model)
        return model.error();
    result.model = std::move(model).value();
    auto extras = connect::readCatalogExtras(u"mariadb", run.database(), readFilter);
    if (!extras)
        return extras.error();
    QHash<QString, QString> renames = run.modelNames(databases.value());
    renames.removeIf([](const auto& it) { return it.key() == it.value(); });
    renameCatalogSchemas(result.model, renames);
    renameCatalogSchemas(result.report.notes, renames);
    for (ImportReportItem& item : extras.value()) { // "schema.name"
        for (auto it = renames.cbegin(); it != renames.cend(); ++it) {
            if (item.name.startsWith(it.key() + u'.')) {
                item.name = it.value() + item.name.mid(it.key().size());
                break;
            }
        }
    }
    result.report.items.append(extras.value());
    if (result.model.schemas.size() == 1)
        result.databaseName = result.model.schemas.constFirst().name;
    result.report.tables = int(result.model.tables.size());
    result.report.views = int(result.model.views.size());
    result.report.enums = int(result.model.enums.size());
    result.report.domains = int(result.model.domains.size());
    // A scratch database left behind on the user's server must be visible to them.
    for (const QString& problem : run.finish())
        result.report.notes.append({model::Diagnostic::Severity::Warning,
                                    QStringLiteral("scratch-database-left"),
                                    problem,
                                    QStringLiteral("could not drop this scratch database; drop "
                                                   "it by hand"),
                                    {}});
    return result;
}

} // namespace schemata::sqlimport
