#pragma once

#include "document/document.h"
#include "document/documentformat.h"

#include <QFile>
#include <QString>

namespace schemata::testing {

// The shared sample project when it is present, else a small document built here, so
// the GUI tests exercise a realistic model without depending on one file's contents.
inline document::Document sampleDocument()
{
    const QString path = QStringLiteral(SCHEMATA_SOURCE_DIR "/resources/samples/saas-shop.schemata");
    if (QFile::exists(path)) {
        auto loaded = document::loadDocument(path);
        if (loaded)
            return loaded.value();
        qWarning("sample %s does not load: %s", qPrintable(path),
                 qPrintable(loaded.error().toString()));
    }
    using namespace schemata::model;
    document::Document doc;
    doc.name = QStringLiteral("Built in test");
    doc.dialect = QStringLiteral("postgres");
    doc.model.schemas.append(Schema{core::Id(QStringLiteral("sch_1")), QStringLiteral("public"), {}});
    Table customer;
    customer.id = core::Id(QStringLiteral("tbl_1"));
    customer.schemaId = core::Id(QStringLiteral("sch_1"));
    customer.name = QStringLiteral("customer");
    Column id;
    id.id = core::Id(QStringLiteral("col_1"));
    id.name = QStringLiteral("id");
    id.type.kind = LogicalType::Kind::BigInt;
    id.nullable = false;
    Column email;
    email.id = core::Id(QStringLiteral("col_2"));
    email.name = QStringLiteral("email");
    email.type.kind = LogicalType::Kind::Varchar;
    email.type.length = 320;
    customer.columns = {id, email};
    customer.primaryKey = KeyConstraint{core::Id(QStringLiteral("pk_1")), {}, {id.id}};
    doc.model.tables.append(customer);
    return doc;
}

} // namespace schemata::testing
