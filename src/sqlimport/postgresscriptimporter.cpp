#include "sqlimport/postgresscriptimporter.h"

#include "sqlimport/postgresddlbuilder.h"
#include "sqlimport/scriptimport.h"
#include "sqlimport/scriptstatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <pg_query.h>

namespace schemata::sqlimport {

namespace {

using connect::ImportReportItem;

struct SetAside
{
    int line = 0;
    QString kind; // "psql meta-command", "COPY data"
    QString text;
};

// Blanks out what is not SQL (psql "\" commands, COPY data up to "\."), keeping
// every newline so byte offsets and line numbers of the rest stay true.
QByteArray setAsideNonSql(const QByteArray& script, QList<SetAside>& setAside)
{
    static const QRegularExpression copyFromStdin(
        QStringLiteral(R"(^\s*COPY\b.*\bFROM\s+stdin\b.*;\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    QByteArray out = script;
    qsizetype pos = 0;
    int line = 1;
    bool inCopy = false;
    int copyLine = 0, copyRows = 0;
    while (pos < out.size()) {
        qsizetype end = out.indexOf('\n', pos);
        if (end < 0)
            end = out.size();
        const QByteArray text = out.mid(pos, end - pos);
        const auto blank = [&] {
            for (qsizetype i = pos; i < end; ++i)
                out[i] = ' ';
        };
        if (inCopy) {
            if (text.trimmed() == "\\.") {
                inCopy = false;
                setAside.append({copyLine, QStringLiteral("COPY data"),
                                 QStringLiteral("%1 rows (lines %2-%3)")
                                     .arg(copyRows)
                                     .arg(copyLine + 1)
                                     .arg(line - 1)});
            } else {
                ++copyRows;
            }
            blank();
        } else if (text.startsWith('\\')) {
            setAside.append(
                {line, QStringLiteral("psql meta-command"), QString::fromUtf8(text).trimmed()});
            blank();
        } else if (copyFromStdin.match(QString::fromUtf8(text)).hasMatch()) {
            inCopy = true;
            copyLine = line;
            copyRows = 0;
        }
        pos = end + 1;
        ++line;
    }
    if (inCopy)
        setAside.append({copyLine, QStringLiteral("COPY data"),
                         QStringLiteral("%1 rows, no terminating \\. line").arg(copyRows)});
    return out;
}

} // namespace

core::Result<connect::ImportResult> importPostgresScript(const QByteArray& original,
                                                         const QString& sourceName,
                                                         const connect::CatalogFilter& filter)
{
    QList<SetAside> setAside;
    const QByteArray script = setAsideNonSql(original, setAside);
    connect::ImportResult result;
    result.dialect = QStringLiteral("postgres");
    result.report.source = sourceName;
    for (const SetAside& s : setAside)
        result.report.items.append({ImportReportItem::Kind::NotModelled,
                                    s.kind,
                                    {},
                                    QStringLiteral("%1:%2").arg(sourceName).arg(s.line),
                                    QStringLiteral("not SQL; not imported"),
                                    s.text});

    PgQuerySplitResult split = pg_query_split_with_scanner(script.constData());
    if (split.error) {
        const core::Error error{
            QStringLiteral("%1:%2").arg(sourceName).arg(lineAt(script, split.error->cursorpos - 1)),
            QString::fromUtf8(split.error->message)};
        pg_query_free_split_result(split);
        return error;
    }
    PostgresDdlBuilder builder;
    for (int i = 0; i < split.n_stmts; ++i) {
        const PgQuerySplitStmt* piece = split.stmts[i];
        const QByteArray sql = script.mid(piece->stmt_location, piece->stmt_len);
        const QString verb = statementVerb(sql);
        if (verb.isEmpty())
            continue;
        const QString trimmed = trimmedStatement(sql);
        const qsizetype lead = sql.indexOf(trimmed.left(16).toUtf8());
        const int line = lineAt(script, piece->stmt_location + qMax<qsizetype>(0, lead));
        const QString location = QStringLiteral("%1:%2").arg(sourceName).arg(line);
        PgQueryParseResult parsed = pg_query_parse(sql.constData());
        if (parsed.error) {
            const int errorLine =
                line + (parsed.error->cursorpos > 0 ? lineAt(sql, parsed.error->cursorpos - 1) -
                                                          lineAt(sql, qMax<qsizetype>(0, lead))
                                                    : 0);
            result.report.items.append({ImportReportItem::Kind::Failed,
                                        verb,
                                        {},
                                        QStringLiteral("%1:%2").arg(sourceName).arg(errorLine),
                                        QString::fromUtf8(parsed.error->message),
                                        trimmed});
            pg_query_free_parse_result(parsed);
            continue;
        }
        const QJsonDocument tree = QJsonDocument::fromJson(QByteArray(parsed.parse_tree));
        pg_query_free_parse_result(parsed);
        for (const QJsonValue& s : tree.object().value(u"stmts").toArray()) {
            QString message;
            const auto outcome =
                builder.apply(s.toObject().value(u"stmt").toObject(), sql, &message);
            if (outcome == PostgresDdlBuilder::Outcome::NotModelled)
                result.report.items.append(
                    {ImportReportItem::Kind::NotModelled, verb, {}, location, message, trimmed});
        }
    }
    pg_query_free_split_result(split);
    result.model = builder.finish(filter.schemas, &result.report.notes);
    result.report.tables = int(result.model.tables.size());
    result.report.views = int(result.model.views.size());
    result.report.enums = int(result.model.enums.size());
    result.report.domains = int(result.model.domains.size());
    return result;
}

} // namespace schemata::sqlimport
