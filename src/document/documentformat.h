#pragma once

#include "core/result.h"
#include "document/document.h"

#include <QByteArray>
#include <QString>

namespace schemata::document {

// Reads and writes the *.schemata JSON format.
//  - write(): canonical, deterministic UTF-8 JSON (stable key order, 2-space indent,
//    one array element per line for objects), ending in a newline.
//  - read(): never crashes, never half-loads. Empty, truncated, non-JSON, wrong
//    format name, future version or internally inconsistent input gives an Error whose
//    `where` is "<source>: $.json.path" (or "<source>:line:col" for syntax errors).
//    Older format versions are upgraded.
QByteArray writeDocument(const Document& document);
core::Result<Document> readDocument(const QByteArray& bytes, const QString& sourceName);

// File helpers: loadDocument names the file in errors; saveDocument is atomic
// (QSaveFile): an interrupted save leaves the previous file intact.
core::Result<Document> loadDocument(const QString& path);
core::Status saveDocument(const Document& document, const QString& path);

} // namespace schemata::document
