#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace schemata::enginetest {

// Executes statements one by one; the first failure stops and names the statement
// (its index and full text) together with the server's error.
core::Status executeStatements(const QSqlDatabase& database, const QStringList& statements);

// Splits hand-written SQL at top-level ';' (outside quotes and parentheses) and
// executes the pieces. For test fixtures only: no dollar quoting, no comments.
core::Status executeScript(const QSqlDatabase& database, const QString& sql);

} // namespace schemata::enginetest
