#pragma once

#include "core/result.h"
#include "document/document.h"
#include "model/logicaltype.h"

#include <QList>
#include <QString>

namespace schemata::widgets {

// What the type cell of the columns grid offers and how it reads what was typed. The
// cell edits one text: a logical type ("varchar(255)"), an enum of the project
// ("enum order_status"), a domain of the project by its qualified name ("public.email",
// also "domain email" or the bare name when no logical type reads it) or, for anything else that
// reads as an SQL type ("citext", "tinyint(1)"), a type pinned for the document's dialect only
// (LogicalType::overrides), the other dialects keep the logical type. Nothing typed is corrected:
// parameters out of range ("varchar(0)") are stored as typed and the model validator reports them.
struct TypeSuggestion
{
    enum class Group
    {
        Logical, // portable: every dialect maps it
        Enum,    // an enum type of the project
        Domain,  // a domain of the project (PostgreSQL; other dialects get its base type)
        Dialect, // a native type of the document's dialect (stored as an override)
        Project, // an override some column of the project already uses
    };

    QString text;
    Group group = Group::Logical;
    QString note; // one line for the tooltip: what choosing it does
};

// In order: the logical types with typical parameters, the project's enums and domains, the
// dialect's common native types, the overrides already used for the dialect; no text
// twice. Deterministic (model order, then sorted overrides).
QList<TypeSuggestion> typeSuggestions(const document::Document& document);

// The dialect whose override the cell shows and sets: the canonical name of the
// document's dialect ("postgres", "mariadb", …), the name as written when unknown.
QString overrideDialect(const document::Document& document);
// The document dialect's pinned type of `type` (MariaDB reads a "mysql" one), or empty.
QString pinnedType(const document::Document& document, const model::LogicalType& type);

// The cell's edit text: a domain's qualified name, else the pinned type if any, else
// "enum <name>" or the logical type.
QString typeEditText(const document::Document& document, const model::LogicalType& type);

// Whether `text` can be an SQL type: starts with a letter, underscore or quote, closes
// its parentheses and quotes, and holds no statement separator. Not a type check: the
// engine (or the dialect validator) has the last word on names it knows.
bool looksLikeSqlType(QStringView text);

// The column type after typing `text` over `current` (see the class comment): a domain
// sets the domain's base type and domainId (model::domainColumnType); a logical type or
// an enum replaces the kind and drops the dialect's pin (other dialects' pins
// stay, except that on MariaDB the "mysql" pin it reads goes too, or the typed type would
// not take effect); other type text pins it for the dialect and keeps the kind. Anything
// but a domain clears the column's domainId. Errors for empty text, an unknown enum or
// domain ("domain nosuch") and text that is no type at all.
// The domain `name` stands for: "schema.name" first, else the first domain of that name.
const model::DomainType* domainNamed(const model::Model& model, const QString& name);

core::Result<model::LogicalType> typeFromText(const document::Document& document,
                                              const model::LogicalType& current,
                                              const QString& text);

} // namespace schemata::widgets
