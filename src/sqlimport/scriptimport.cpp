#include "sqlimport/scriptimport.h"

#include "sqlimport/postgresscriptimporter.h"
#include "sqlimport/sqlitescriptimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace schemata::sqlimport {

int lineAt(const QByteArray& text, qsizetype offset)
{
    return 1 +
           int(QByteArrayView(text).left(qBound<qsizetype>(0, offset, text.size())).count('\n'));
}

namespace {

// A binary file fed to a parser gives pages of nonsense errors; say what it is instead.
core::Status checkIsText(const QByteArray& script, const QString& sourceName)
{
    if (const qsizetype nul = script.indexOf('\0'); nul >= 0)
        return core::Error{QStringLiteral("%1:%2").arg(sourceName).arg(lineAt(script, nul)),
                           QStringLiteral("this is a binary file (NUL byte at offset %1), not a "
                                          "SQL script")
                               .arg(nul)};
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(script);
    if (decoder.hasError()) {
        const qsizetype bad = decoded.indexOf(QChar::ReplacementCharacter);
        const qsizetype at = bad < 0 ? 0 : decoded.left(bad).toUtf8().size();
        return core::Error{QStringLiteral("%1:%2").arg(sourceName).arg(lineAt(script, at)),
                           QStringLiteral("not UTF-8 text (re-encode the script as UTF-8)")};
    }
    return {};
}

} // namespace

core::Result<connect::ImportResult> importScript(const QByteArray& script,
                                                 const QString& sourceName,
                                                 const ScriptImportOptions& options)
{
    if (const core::Status s = checkIsText(script, sourceName); !s)
        return s.error();
    const QString dialect = options.dialect.toLower();
    if (dialect == u"postgres" || dialect == u"postgresql" || dialect == u"pg")
        return importPostgresScript(script, sourceName, options.filter);
    if (dialect == u"sqlite" || dialect == u"sqlite3")
        return importSqliteScript(script, sourceName, options.filter);
    if (dialect == u"mysql" || dialect == u"mariadb")
        return importMySqlScript(script, sourceName, dialect, options.filter,
                                 options.mysqlEngine);
    return core::Error{sourceName, QStringLiteral("unknown dialect \"%1\" (expected postgres, "
                                                  "mysql, mariadb or sqlite)")
                                       .arg(options.dialect)};
}

core::Result<connect::ImportResult> importScriptFile(const QString& path,
                                                     const ScriptImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{path, QStringLiteral("cannot read: %1").arg(file.errorString())};
    auto result = importScript(file.readAll(), QFileInfo(path).fileName(), options);
    if (result && result.value().databaseName.isEmpty())
        result.value().databaseName = QFileInfo(path).completeBaseName();
    return result;
}

} // namespace schemata::sqlimport
