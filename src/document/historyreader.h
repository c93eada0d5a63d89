#pragma once

#include "document/migrationhistory.h"

#include <QJsonObject>
#include <functional>

namespace schemata::document {

class JsonPath;
class JsonValueReader;

// Reads the "history" section of a *.schemata file (docs/file-format.md): the migrations
// with their scripts per dialect, and the snapshot model. Checks structure and types only
// (keys, strings, booleans, known dialect names): a migration with a wrong checksum or an
// out-of-order id is loaded as written, so that validateHistory() can name it and the user
// can see and repair it, instead of the whole project refusing to open.
class HistoryReader
{
public:
    // Reads a model object (the same reader as "$.model") into `out`.
    using ModelReader =
        std::function<bool(const QJsonObject& o, const JsonPath& at, model::Model& out)>;

    HistoryReader(JsonValueReader& json, ModelReader readModel);

    bool read(const QJsonObject& o, const JsonPath& at, MigrationHistory& out);

private:
    bool readMigration(const QJsonObject& o, const JsonPath& at, Migration& m);
    bool readScripts(const QJsonObject& o, const JsonPath& at, QMap<QString, MigrationScript>& out);

    JsonValueReader& m_json;
    ModelReader m_readModel;
};

} // namespace schemata::document
