#pragma once

#include "core/id.h"

#include <QFlags>
#include <QList>
#include <QString>

namespace schemata::migrate {

// What kind of model object a change is about. Columns, keys, checks, foreign keys
// and indexes are members of a table (Change::fromTableId / toTableId name it). A
// DomainCheck is a member of a domain (PostgreSQL CREATE DOMAIN … CHECK): its
// Change::fromTableId / toTableId name the owning domain on each side.
enum class ObjectKind
{
    Schema,
    Enum,
    Table,
    Column,
    PrimaryKey,
    Unique,
    Check,
    ForeignKey,
    Index,
    View,
    Domain,
    DomainCheck,
};

enum class ChangeOp
{
    Add,
    Drop,
    Rename,
    Alter
};

// Which attributes of an object differ between the two sides of an Alter (the
// Atlas-style bitmask). A rename is its own Change (op Rename); an object that is
// renamed *and* altered yields two changes: Rename first, then Alter.
enum class Attribute : quint32
{
    None = 0,
    // columns (and domains: Type = base type, Nullable = NOT NULL, Default, Collation)
    Type = 1u << 0,
    Nullable = 1u << 1,
    Default = 1u << 2,
    Identity = 1u << 3,
    Generated = 1u << 4, // expression or stored/virtual
    Collation = 1u << 5,
    Comment = 1u << 6,  // any object with a comment
    Metadata = 1u << 7, // PII category / retention: document-only, no SQL
    Position = 1u << 8, // column order within the table changed
    // keys, indexes, foreign keys
    Columns = 1u << 9,    // key / FK / index column list
    Reference = 1u << 10, // FK referenced table or columns
    OnDelete = 1u << 11,
    OnUpdate = 1u << 12,
    Deferrable = 1u << 13, // deferrable / initially deferred
    Unique = 1u << 14,     // index uniqueness
    Keys = 1u << 15,       // index key parts (expressions, sort, nulls)
    Where = 1u << 16,      // partial index predicate
    Include = 1u << 17,    // covering columns
    Method = 1u << 18,     // index method
    // checks, enums, views, tables
    Expression = 1u << 19, // CHECK expression
    Values = 1u << 20,     // enum values (see ChangeSet/planner: appended vs reordered/removed)
    Sql = 1u << 21,        // view definition
    Schema = 1u << 22,     // table / enum / domain / view moved to another schema
};
Q_DECLARE_FLAGS(Attributes, Attribute)
Q_DECLARE_OPERATORS_FOR_FLAGS(Attributes)

// One typed difference between two models. IDs name the object on each side: the same
// ID on both sides when the models share identity (the normal case: one document's
// history), different IDs when objects were matched by name.
struct Change
{
    ChangeOp op = ChangeOp::Add;
    ObjectKind kind = ObjectKind::Table;
    core::Id fromId; // the object in the old model; empty for Add
    core::Id toId;   // the object in the new model; empty for Drop
    // Owning table of a member (members only), on each side. diffModels emits member changes
    // only for tables present on both sides, so it sets both, for Add and Drop too.
    core::Id fromTableId; // owning table in the old model
    core::Id toTableId;   // owning table in the new model
    Attributes changed;   // Alter only
    QString path; // readable "schema.table.member" (new side, old side for Drop) for messages

    friend bool operator==(const Change&, const Change&) = default;
};

// A pair of objects that *might* be one object renamed; offered to the user, never
// applied by the differ (only happens when matching by name).
struct RenameCandidate
{
    ObjectKind kind = ObjectKind::Table;
    core::Id fromId;
    core::Id toId;
    QString fromPath;
    QString toPath;
    int score = 0; // 0..100, higher = more alike (same columns/types/position)

    friend bool operator==(const RenameCandidate&, const RenameCandidate&) = default;
};

struct ChangeSet
{
    QList<Change> changes;                   // deterministic order (see differ.h)
    QList<RenameCandidate> renameCandidates; // name matching only
    bool matchedByName = false;

    bool isEmpty() const { return changes.isEmpty(); }
    friend bool operator==(const ChangeSet&, const ChangeSet&) = default;
};

QString objectKindName(ObjectKind kind); // "table", "column", "primary key", "foreign key", …
QString changeOpName(ChangeOp op);       // "add", "drop", "rename", "alter"
QStringList attributeNames(Attributes attributes); // {"type", "nullable", …} in bit order
QString describeChange(const Change& change); // "alter column sales.order.note (type, nullable)"

} // namespace schemata::migrate
