#pragma once

#include "connect/catalogreader.h"
#include "connect/liveimport.h"
#include "core/result.h"
#include "sqlimport/mysqlscriptimporter.h"

#include <QByteArray>
#include <QString>

namespace schemata::sqlimport {

struct ScriptImportOptions
{
    QString dialect;               // "postgres", "mysql", "mariadb", "sqlite"
    connect::CatalogFilter filter; // schemas to keep (empty = all the script creates)
    // MySQL/MariaDB only: the server the script runs on (absent = a private mariadbd).
    MySqlScriptEngine mysqlEngine;
};

// Imports a DDL script into a model. Statements that fail or that the model cannot
// hold are reported with "file:line" and their SQL (ImportReport), and the rest is
// still imported. The script must be text: a binary file (NUL bytes, not UTF-8) or
// a script the parser rejects as a whole gives an Error naming file and line.
core::Result<connect::ImportResult> importScript(const QByteArray& script,
                                                 const QString& sourceName,
                                                 const ScriptImportOptions& options);
core::Result<connect::ImportResult> importScriptFile(const QString& path,
                                                     const ScriptImportOptions& options);

// 1-based line of the byte `offset` in `text`.
int lineAt(const QByteArray& text, qsizetype offset);

} // namespace schemata::sqlimport
