#pragma once
// The safety analysis test's cases: a base model, helpers that write changes and plan steps
// the way the differ and the planners do, and for every rule a plan that makes it fire and a
// plan (usually the safe pattern the planner generates) that must not. Each statement is
// written out, so a case shows exactly which form is unsafe. Used by tst_safetyanalysis.cpp.

#include "migrate/change.h"
#include "migrate/plan.h"
#include "model/model.h"

#include <QList>
#include <QStringList>

namespace schemata::migrate::safetytest {

using namespace Qt::StringLiterals;

using model::Column;
using model::Model;
using model::Table;

inline Column col(const QString& id, const QString& name, const QString& type, bool nullable = true)
{
    Column c;
    c.id = core::Id(id);
    c.name = name;
    c.type = model::LogicalType::parse(type).value_or(model::LogicalType{});
    c.nullable = nullable;
    return c;
}

// public.customer(id) and public.order(id, customer_id, note varchar(200), total integer,
// status text, code char(2)), a view and an enum: the "before" of most cases.
inline Model shop()
{
    Model m;
    m.schemas.append({core::Id(u"sch_public"_s), u"public"_s, {}});
    m.schemas.append({core::Id(u"sch_archive"_s), u"archive"_s, {}});
    Table customer;
    customer.id = core::Id(u"tbl_customer"_s);
    customer.schemaId = core::Id(u"sch_public"_s);
    customer.name = u"customer"_s;
    customer.columns = {col(u"col_customer_id"_s, u"id"_s, u"bigint"_s, false)};
    customer.primaryKey = model::KeyConstraint{
        core::Id(u"pk_customer"_s), u"customer_pkey"_s, {core::Id(u"col_customer_id"_s)}};
    Table order;
    order.id = core::Id(u"tbl_order"_s);
    order.schemaId = core::Id(u"sch_public"_s);
    order.name = u"order"_s;
    order.columns = {col(u"col_order_id"_s, u"id"_s, u"bigint"_s, false),
                     col(u"col_order_customer"_s, u"customer_id"_s, u"bigint"_s),
                     col(u"col_order_note"_s, u"note"_s, u"varchar(200)"_s),
                     col(u"col_order_total"_s, u"total"_s, u"integer"_s, false),
                     col(u"col_order_status"_s, u"status"_s, u"text"_s),
                     col(u"col_order_label"_s, u"label"_s, u"varchar(20)"_s)};
    order.primaryKey = model::KeyConstraint{
        core::Id(u"pk_order"_s), u"order_pkey"_s, {core::Id(u"col_order_id"_s)}};
    model::ForeignKey fk;
    fk.id = core::Id(u"fk_order_customer"_s);
    fk.name = u"order_customer_fkey"_s;
    fk.columnIds = {core::Id(u"col_order_customer"_s)};
    fk.referencedTableId = core::Id(u"tbl_customer"_s);
    fk.referencedColumnIds = {core::Id(u"col_customer_id"_s)};
    order.foreignKeys = {fk};
    model::Index index;
    index.id = core::Id(u"idx_order_status"_s);
    index.name = u"order_status_idx"_s;
    index.keys = {model::IndexKey{core::Id(u"col_order_status"_s), {}, {}, {}}};
    order.indexes = {index};
    m.tables = {customer, order};
    m.views.append({core::Id(u"view_open"_s),
                    core::Id(u"sch_public"_s),
                    u"open_orders"_s,
                    u"SELECT * FROM \"order\""_s,
                    {}});
    m.enums.append({core::Id(u"enum_state"_s),
                    core::Id(u"sch_public"_s),
                    u"state"_s,
                    {u"new"_s, u"paid"_s, u"shipped"_s},
                    {}});
    return m;
}

inline Table& tableOf(Model& m, const QString& id)
{
    Table* t = m.table(core::Id(id));
    Q_ASSERT(t);
    return *t;
}

inline Column& columnOf(Model& m, const QString& table, const QString& id)
{
    Column* c = tableOf(m, table).column(core::Id(id));
    Q_ASSERT(c);
    return *c;
}

// A change by ID (the same id on both sides): Add has no from side, Drop no to side.
inline Change ch(ChangeOp op, ObjectKind kind, const QString& id, const QString& table,
                 const QString& path, Attributes changed = {})
{
    Change c;
    c.op = op;
    c.kind = kind;
    c.fromId = op == ChangeOp::Add ? core::Id() : core::Id(id);
    c.toId = op == ChangeOp::Drop ? core::Id() : core::Id(id);
    c.fromTableId = core::Id(table);
    c.toTableId = core::Id(table);
    c.changed = changed;
    c.path = path;
    return c;
}

inline PlanStep st(int change, const QStringList& up, const QString& objectId, bool outside = false)
{
    PlanStep s;
    s.up = up;
    s.changeIndex = change;
    s.objectId = core::Id(objectId);
    s.summary = u"step %1"_s.arg(change);
    s.outsideTransaction = outside;
    return s;
}

struct Case
{
    QString name;
    QString code;
    bool fires = true;
    Model from;
    Model to;
    QList<Change> changes;
    Plan plan;
};

inline Plan pl(const QString& dialect, const QList<PlanStep>& steps)
{
    Plan p;
    p.dialect = dialect;
    p.steps = steps;
    p.transactional = dialect != u"mysql" && dialect != u"mariadb";
    if (dialect == u"postgres")
        p.upPrologue = {u"SET lock_timeout = '5s'"_s};
    return p;
}

inline const QString kPg = u"postgres"_s;
inline const QString kMy = u"mysql"_s;
inline const QString kLite = u"sqlite"_s;

inline QList<Case> cases()
{
    QList<Case> list;
    const auto add = [&](const QString& name, const QString& code, bool fires, const Model& from,
                         const Model& to, const QList<Change>& changes, const Plan& plan) {
        list.append({name, code, fires, from, to, changes, plan});
    };
    const Model base = shop();

    // ---- destructive
    {
        Model to = base;
        to.schemas.removeLast();
        add(u"drop schema"_s, u"destructive/drop-schema"_s, true, base, to,
            {ch(ChangeOp::Drop, ObjectKind::Schema, u"sch_archive"_s, {}, u"archive"_s)},
            pl(kPg, {st(0, {u"DROP SCHEMA archive"_s}, u"sch_archive"_s)}));
        Model renamed = base;
        renamed.schemas.last().name = u"old"_s;
        add(u"rename schema is no drop"_s, u"destructive/drop-schema"_s, false, base, renamed,
            {ch(ChangeOp::Rename, ObjectKind::Schema, u"sch_archive"_s, {}, u"old"_s)},
            pl(kPg, {st(0, {u"ALTER SCHEMA archive RENAME TO old"_s}, u"sch_archive"_s)}));
    }
    {
        Model to = base;
        to.tables.removeFirst();
        add(u"drop table"_s, u"destructive/drop-table"_s, true, base, to,
            {ch(ChangeOp::Drop, ObjectKind::Table, u"tbl_customer"_s, {}, u"public.customer"_s)},
            pl(kPg, {st(0, {u"DROP TABLE customer"_s}, u"tbl_customer"_s)}));
        Model renamed = base;
        tableOf(renamed, u"tbl_customer"_s).name = u"client"_s;
        const QList<Change> rename{
            ch(ChangeOp::Rename, ObjectKind::Table, u"tbl_customer"_s, {}, u"public.client"_s)};
        const Plan plan =
            pl(kPg, {st(0, {u"ALTER TABLE customer RENAME TO client"_s}, u"tbl_customer"_s)});
        add(u"rename table is no drop"_s, u"destructive/drop-table"_s, false, base, renamed, rename,
            plan);
        add(u"rename table"_s, u"backward-incompatible/rename-table"_s, true, base, renamed, rename,
            plan);
        add(u"add table is no rename"_s, u"backward-incompatible/rename-table"_s, false, to, base,
            {ch(ChangeOp::Add, ObjectKind::Table, u"tbl_customer"_s, {}, u"public.customer"_s)},
            pl(kPg, {st(0, {u"CREATE TABLE customer (id bigint NOT NULL PRIMARY KEY)"_s},
                        u"tbl_customer"_s)}));
    }
    {
        Model to = base;
        tableOf(to, u"tbl_order"_s).columns.removeAt(2);
        add(u"drop column"_s, u"destructive/drop-column"_s, true, base, to,
            {ch(ChangeOp::Drop, ObjectKind::Column, u"col_order_note"_s, u"tbl_order"_s,
                u"public.order.note"_s)},
            pl(kPg, {st(0, {u"ALTER TABLE \"order\" DROP COLUMN note"_s}, u"col_order_note"_s)}));
        Model virt = base;
        columnOf(virt, u"tbl_order"_s, u"col_order_note"_s).generatedExpression =
            u"status || 'x'"_s;
        columnOf(virt, u"tbl_order"_s, u"col_order_note"_s).generatedStored = false;
        add(u"drop virtual column stores nothing"_s, u"destructive/drop-column"_s, false, virt, to,
            {ch(ChangeOp::Drop, ObjectKind::Column, u"col_order_note"_s, u"tbl_order"_s,
                u"public.order.note"_s)},
            pl(kMy, {st(0, {u"ALTER TABLE `order` DROP COLUMN note"_s}, u"col_order_note"_s)}));
        Model gone = base;
        gone.tables.removeLast();
        add(u"column of a dropped table is reported as the table"_s, u"destructive/drop-column"_s,
            false, base, gone,
            {ch(ChangeOp::Drop, ObjectKind::Table, u"tbl_order"_s, {}, u"public.order"_s),
             ch(ChangeOp::Drop, ObjectKind::Column, u"col_order_note"_s, u"tbl_order"_s,
                u"public.order.note"_s)},
            pl(kPg, {st(0, {u"DROP TABLE \"order\""_s}, u"tbl_order"_s)}));
    }

    // ---- data-dependent
    {
        Model to = base;
        tableOf(to, u"tbl_order"_s)
            .columns.append(col(u"col_order_ref"_s, u"ref"_s, u"text"_s, false));
        const QList<Change> changes{ch(ChangeOp::Add, ObjectKind::Column, u"col_order_ref"_s,
                                       u"tbl_order"_s, u"public.order.ref"_s)};
        add(u"add NOT NULL column without default"_s, u"data-dependent/add-required-column"_s, true,
            base, to, changes,
            pl(kPg, {st(0, {u"ALTER TABLE \"order\" ADD COLUMN ref text NOT NULL"_s},
                        u"col_order_ref"_s)}));
        add(u"add NOT NULL column with a backfill"_s, u"data-dependent/add-required-column"_s,
            false, base, to, changes,
            pl(kPg, {st(0,
                        {u"ALTER TABLE \"order\" ADD COLUMN ref text"_s,
                         u"UPDATE \"order\" SET ref = '' WHERE ref IS NULL"_s,
                         u"ALTER TABLE \"order\" ALTER COLUMN ref SET NOT NULL"_s},
                        u"col_order_ref"_s)}));
        add(u"backfill fills existing rows"_s, u"data-dependent/backfill-value"_s, true, base, to,
            changes,
            pl(kPg,
               {st(0,
                   {u"ALTER TABLE \"order\" ADD COLUMN ref text"_s,
                    u"-- Backfill: replace the value\nUPDATE \"order\" SET ref = '' WHERE ref IS NULL"_s,
                    u"ALTER TABLE \"order\" ALTER COLUMN ref SET NOT NULL"_s},
                   u"col_order_ref"_s)}));
        Model withDefault = to;
        columnOf(withDefault, u"tbl_order"_s, u"col_order_ref"_s).defaultValue = {
            model::ColumnDefault::Kind::Literal, u"none"_s};
        add(u"add NOT NULL column with a default"_s, u"data-dependent/add-required-column"_s, false,
            base, withDefault, changes,
            pl(kPg, {st(0, {u"ALTER TABLE \"order\" ADD COLUMN ref text NOT NULL DEFAULT 'none'"_s},
                        u"col_order_ref"_s)}));
        add(u"a default needs no backfill"_s, u"data-dependent/backfill-value"_s, false, base,
            withDefault, changes,
            pl(kPg, {st(0, {u"ALTER TABLE \"order\" ADD COLUMN ref text NOT NULL DEFAULT 'none'"_s},
                        u"col_order_ref"_s)}));
    }
    {
        Model to = base;
        columnOf(to, u"tbl_order"_s, u"col_order_note"_s).nullable = false;
        const QList<Change> changes{ch(ChangeOp::Alter, ObjectKind::Column, u"col_order_note"_s,
                                       u"tbl_order"_s, u"public.order.note"_s,
                                       Attribute::Nullable)};
        const Plan plain =
            pl(kPg, {st(0, {u"ALTER TABLE \"order\" ALTER COLUMN note SET NOT NULL"_s},
                        u"col_order_note"_s)});
        const Plan safe = pl(
            kPg,
            {st(0,
                {u"ALTER TABLE \"order\" ADD CONSTRAINT note_not_null CHECK (note IS NOT NULL) NOT VALID"_s,
                 u"ALTER TABLE \"order\" VALIDATE CONSTRAINT note_not_null"_s,
                 u"ALTER TABLE \"order\" ALTER COLUMN note SET NOT NULL"_s,
                 u"ALTER TABLE \"order\" DROP CONSTRAINT note_not_null"_s},
                u"col_order_note"_s)});
        add(u"set NOT NULL on existing rows"_s, u"data-dependent/set-not-null"_s, true, base, to,
            changes, plain);
        add(u"set NOT NULL after a backfill"_s, u"data-dependent/set-not-null"_s, false, base, to,
            changes,
            pl(kPg, {st(0,
                        {u"UPDATE \"order\" SET note = '' WHERE note IS NULL"_s,
                         u"ALTER TABLE \"order\" ALTER COLUMN note SET NOT NULL"_s},
                        u"col_order_note"_s)}));
        add(u"SET NOT NULL scans under lock"_s, u"locking/set-not-null-scan"_s, true, base, to,
            changes, plain);
        add(u"SET NOT NULL after a validated CHECK"_s, u"locking/set-not-null-scan"_s, false, base,
            to, changes, safe);
        // The reverse direction.
        const QList<Change> reverse{ch(ChangeOp::Alter, ObjectKind::Column, u"col_order_note"_s,
                                       u"tbl_order"_s, u"public.order.note"_s,
                                       Attribute::Nullable)};
        add(u"drop NOT NULL"_s, u"backward-incompatible/drop-not-null"_s, true, to, base, reverse,
            pl(kPg, {st(0, {u"ALTER TABLE \"order\" ALTER COLUMN note DROP NOT NULL"_s},
                        u"col_order_note"_s)}));
        add(u"set NOT NULL is not drop NOT NULL"_s, u"backward-incompatible/drop-not-null"_s, false,
            base, to, changes, plain);
    }
    {
        Model to = base;
        tableOf(to, u"tbl_order"_s)
            .uniques.append({core::Id(u"uq_order_label"_s),
                             u"order_label_key"_s,
                             {core::Id(u"col_order_label"_s)}});
        const QList<Change> changes{ch(ChangeOp::Add, ObjectKind::Unique, u"uq_order_label"_s,
                                       u"tbl_order"_s, u"public.order.order_label_key"_s)};
        const Plan plain = pl(
            kPg, {st(0, {u"ALTER TABLE \"order\" ADD CONSTRAINT order_label_key UNIQUE (label)"_s},
                     u"uq_order_label"_s)});
        const Plan safe = pl(
            kPg,
            {st(0,
                {u"CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS order_label_key ON \"order\" (label)"_s},
                u"uq_order_label"_s, true),
             st(0,
                {u"ALTER TABLE \"order\" ADD CONSTRAINT order_label_key UNIQUE USING INDEX order_label_key"_s},
                u"uq_order_label"_s)});
        add(u"unique on existing rows"_s, u"data-dependent/add-unique"_s, true, base, to, changes,
            safe);
        add(u"unique constraint built under lock"_s, u"locking/add-unique-constraint"_s, true, base,
            to, changes, plain);
        add(u"unique constraint USING INDEX"_s, u"locking/add-unique-constraint"_s, false, base, to,
            changes, safe);
        add(u"unique USING INDEX built concurrently"_s, u"locking/index-not-concurrent"_s, false,
            base, to, changes, safe);
        Model fresh = base;
        fresh.tables.removeLast();
        add(u"unique on a new table"_s, u"data-dependent/add-unique"_s, false, fresh, to,
            {ch(ChangeOp::Add, ObjectKind::Table, u"tbl_order"_s, {}, u"public.order"_s)},
            pl(kPg, {st(0, {u"CREATE TABLE \"order\" (id bigint, label varchar(20) UNIQUE)"_s},
                        u"tbl_order"_s)}));
        add(u"unique constraint in MySQL is not the PostgreSQL lock"_s,
            u"locking/add-unique-constraint"_s, false, base, to, changes,
            pl(kMy, {st(0, {u"ALTER TABLE `order` ADD CONSTRAINT order_label_key UNIQUE (label)"_s},
                        u"uq_order_label"_s)}));
    }
    {
        Model to = base;
        tableOf(to, u"tbl_order"_s)
            .checks.append({core::Id(u"ck_total"_s), u"total_positive"_s, u"total > 0"_s});
        const QList<Change> changes{ch(ChangeOp::Add, ObjectKind::Check, u"ck_total"_s,
                                       u"tbl_order"_s, u"public.order.total_positive"_s)};
        const Plan plain =
            pl(kPg,
               {st(0, {u"ALTER TABLE \"order\" ADD CONSTRAINT total_positive CHECK (total > 0)"_s},
                   u"ck_total"_s)});
        const Plan safe = pl(
            kPg,
            {st(0,
                {u"ALTER TABLE \"order\" ADD CONSTRAINT total_positive CHECK (total > 0) NOT VALID"_s,
                 u"ALTER TABLE \"order\" VALIDATE CONSTRAINT total_positive"_s},
                u"ck_total"_s)});
        add(u"check on existing rows"_s, u"data-dependent/add-check"_s, true, base, to, changes,
            safe);
        add(u"check validated under lock"_s, u"locking/check-not-valid"_s, true, base, to, changes,
            plain);
        add(u"check NOT VALID then VALIDATE"_s, u"locking/check-not-valid"_s, false, base, to,
            changes, safe);
        Model fresh = base;
        fresh.tables.removeLast();
        add(u"check on a new table"_s, u"data-dependent/add-check"_s, false, fresh, to,
            {ch(ChangeOp::Add, ObjectKind::Table, u"tbl_order"_s, {}, u"public.order"_s)},
            pl(kPg, {st(0, {u"CREATE TABLE \"order\" (total integer CHECK (total > 0))"_s},
                        u"tbl_order"_s)}));
    }
    {
        Model from = base;
        tableOf(from, u"tbl_order"_s).foreignKeys.clear();
        const QList<Change> changes{ch(ChangeOp::Add, ObjectKind::ForeignKey,
                                       u"fk_order_customer"_s, u"tbl_order"_s,
                                       u"public.order.order_customer_fkey"_s)};
        const Plan plain = pl(
            kPg,
            {st(0,
                {u"ALTER TABLE \"order\" ADD CONSTRAINT order_customer_fkey FOREIGN KEY (customer_id) REFERENCES customer (id)"_s},
                u"fk_order_customer"_s)});
        const Plan safe = pl(
            kPg,
            {st(0,
                {u"ALTER TABLE \"order\" ADD CONSTRAINT order_customer_fkey FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID"_s,
                 u"ALTER TABLE \"order\" VALIDATE CONSTRAINT order_customer_fkey"_s},
                u"fk_order_customer"_s)});
        add(u"foreign key on existing rows"_s, u"data-dependent/add-foreign-key"_s, true, from,
            base, changes, safe);
        add(u"foreign key validated under lock"_s, u"locking/foreign-key-not-valid"_s, true, from,
            base, changes, plain);
        add(u"foreign key NOT VALID then VALIDATE"_s, u"locking/foreign-key-not-valid"_s, false,
            from, base, changes, safe);
        Model fresh = base;
        fresh.tables.removeLast();
        add(u"foreign key of a new table (cycle via ALTER)"_s, u"data-dependent/add-foreign-key"_s,
            false, fresh, base,
            {ch(ChangeOp::Add, ObjectKind::Table, u"tbl_order"_s, {}, u"public.order"_s)},
            pl(kPg,
               {st(0, {u"CREATE TABLE \"order\" (id bigint)"_s}, u"tbl_order"_s),
                st(-1,
                   {u"ALTER TABLE \"order\" ADD CONSTRAINT order_customer_fkey FOREIGN KEY (customer_id) REFERENCES customer (id)"_s},
                   u"fk_order_customer"_s)}));
        add(u"foreign key of a new table is not validated under lock"_s,
            u"locking/foreign-key-not-valid"_s, false, fresh, base,
            {ch(ChangeOp::Add, ObjectKind::Table, u"tbl_order"_s, {}, u"public.order"_s)},
            pl(kPg,
               {st(0, {u"CREATE TABLE \"order\" (id bigint)"_s}, u"tbl_order"_s),
                st(-1,
                   {u"ALTER TABLE \"order\" ADD CONSTRAINT order_customer_fkey FOREIGN KEY (customer_id) REFERENCES customer (id)"_s},
                   u"fk_order_customer"_s)}));
        add(u"drop foreign key"_s, u"backward-incompatible/drop-foreign-key"_s, true, base, from,
            {ch(ChangeOp::Drop, ObjectKind::ForeignKey, u"fk_order_customer"_s, u"tbl_order"_s,
                u"public.order.order_customer_fkey"_s)},
            pl(kPg, {st(0, {u"ALTER TABLE \"order\" DROP CONSTRAINT order_customer_fkey"_s},
                        u"fk_order_customer"_s)}));
        Model gone = base;
        gone.tables.removeLast();
        add(u"foreign key dropped with its table"_s, u"backward-incompatible/drop-foreign-key"_s,
            false, base, gone,
            {ch(ChangeOp::Drop, ObjectKind::Table, u"tbl_order"_s, {}, u"public.order"_s),
             ch(ChangeOp::Drop, ObjectKind::ForeignKey, u"fk_order_customer"_s, u"tbl_order"_s,
                u"public.order.order_customer_fkey"_s)},
            pl(kPg, {st(0, {u"DROP TABLE \"order\""_s}, u"tbl_order"_s)}));
    }
    {
        const auto typeChange = [&](const QString& colId, const QString& path, const QString& type,
                                    Model& to) {
            columnOf(to, u"tbl_order"_s, colId).type = model::LogicalType::parse(type).value();
            return QList<Change>{ch(ChangeOp::Alter, ObjectKind::Column, colId, u"tbl_order"_s,
                                    path, Attribute::Type)};
        };
        Model narrow = base;
        const auto narrowing =
            typeChange(u"col_order_note"_s, u"public.order.note"_s, u"varchar(50)"_s, narrow);
        const Plan narrowPlan =
            pl(kPg, {st(0, {u"ALTER TABLE \"order\" ALTER COLUMN note TYPE varchar(50)"_s},
                        u"col_order_note"_s)});
        add(u"varchar(200) to varchar(50)"_s, u"data-dependent/type-narrowing"_s, true, base,
            narrow, narrowing, narrowPlan);
        Model wide = base;
        const auto widening =
            typeChange(u"col_order_note"_s, u"public.order.note"_s, u"varchar(400)"_s, wide);
        const Plan widePlan =
            pl(kPg, {st(0, {u"ALTER TABLE \"order\" ALTER COLUMN note TYPE varchar(400)"_s},
                        u"col_order_note"_s)});
        add(u"varchar(200) to varchar(400)"_s, u"data-dependent/type-narrowing"_s, false, base,
            wide, widening, widePlan);
        add(u"varchar widening is binary compatible"_s, u"locking/column-type-rewrite"_s, false,
            base, wide, widening, widePlan);
        Model big = base;
        const auto toBig =
            typeChange(u"col_order_total"_s, u"public.order.total"_s, u"bigint"_s, big);
        add(u"integer to bigint rewrites"_s, u"locking/column-type-rewrite"_s, true, base, big,
            toBig,
            pl(kPg, {st(0, {u"ALTER TABLE \"order\" ALTER COLUMN total TYPE bigint"_s},
                        u"col_order_total"_s)}));
        add(u"integer to bigint is a widening"_s, u"data-dependent/type-narrowing"_s, false, base,
            big, toBig,
            pl(kPg, {st(0, {u"ALTER TABLE \"order\" ALTER COLUMN total TYPE bigint"_s},
                        u"col_order_total"_s)}));
        add(u"MySQL copies for integer to bigint"_s, u"locking/table-copy"_s, true, base, big,
            toBig,
            pl(kMy, {st(0, {u"ALTER TABLE `order` MODIFY COLUMN total bigint NOT NULL"_s},
                        u"col_order_total"_s)}));
        add(u"MySQL ALGORITHM=COPY"_s, u"locking/table-copy"_s, true, base, wide, widening,
            pl(kMy,
               {st(0, {u"ALTER TABLE `order` MODIFY COLUMN note varchar(400), ALGORITHM=COPY"_s},
                   u"col_order_note"_s)}));
        Model label = base;
        const auto labelWider =
            typeChange(u"col_order_label"_s, u"public.order.label"_s, u"varchar(40)"_s, label);
        add(u"MySQL in-place varchar widening"_s, u"locking/table-copy"_s, false, base, label,
            labelWider,
            pl(kMy,
               {st(0,
                   {u"ALTER TABLE `order` MODIFY COLUMN label varchar(40), ALGORITHM=INPLACE, LOCK=NONE"_s},
                   u"col_order_label"_s)}));
        {
            // The planner's own note that MySQL copies the table, on the step that re-adds the
            // check (not on the one that drops the old definition).
            Model checked = base;
            tableOf(checked, u"tbl_order"_s)
                .checks.append({core::Id(u"ck_total"_s), u"total_positive"_s, u"total > 0"_s});
            Model rechecked = checked;
            tableOf(rechecked, u"tbl_order"_s).checks.first().expression = u"total >= 0"_s;
            const QList<Change> alter{ch(ChangeOp::Alter, ObjectKind::Check, u"ck_total"_s,
                                         u"tbl_order"_s, u"public.order.total_positive"_s,
                                         Attribute::Expression)};
            const auto noted = [&](const QList<PlanStep>& steps) {
                Plan p = pl(kMy, steps);
                p.warnings.append({model::Diagnostic::Severity::Warning, u"table-copy"_s,
                                   u"order.total_positive"_s,
                                   u"MySQL 8 copies the table to add a CHECK constraint"_s,
                                   core::Id(u"ck_total"_s)});
                return p;
            };
            add(u"planner note on the re-adding step"_s, u"locking/table-copy"_s, true, checked,
                rechecked, alter,
                noted(
                    {st(0, {u"ALTER TABLE `order` DROP CHECK total_positive"_s}, u"ck_total"_s),
                     st(0,
                        {u"ALTER TABLE `order` ADD CONSTRAINT total_positive CHECK (total >= 0)"_s},
                        u"ck_total"_s)}));
            add(u"planner note does not apply to the dropping step"_s, u"locking/table-copy"_s,
                false, checked, base,
                {ch(ChangeOp::Drop, ObjectKind::Check, u"ck_total"_s, u"tbl_order"_s,
                    u"public.order.total_positive"_s)},
                noted(
                    {st(0, {u"ALTER TABLE `order` DROP CHECK total_positive"_s}, u"ck_total"_s)}));
        }
        Model cast = base;
        const auto toInt =
            typeChange(u"col_order_status"_s, u"public.order.status"_s, u"integer"_s, cast);
        add(u"text to integer"_s, u"data-dependent/type-cast"_s, true, base, cast, toInt,
            pl(kPg,
               {st(0,
                   {u"ALTER TABLE \"order\" ALTER COLUMN status TYPE integer USING status::integer"_s},
                   u"col_order_status"_s)}));
        Model text = base;
        const auto toText =
            typeChange(u"col_order_note"_s, u"public.order.note"_s, u"text"_s, text);
        add(u"varchar to text"_s, u"data-dependent/type-cast"_s, false, base, text, toText,
            pl(kPg, {st(0, {u"ALTER TABLE \"order\" ALTER COLUMN note TYPE text"_s},
                        u"col_order_note"_s)}));
    }
    {
        Model removed = base;
        removed.enums.first().values = {u"new"_s, u"shipped"_s};
        add(u"enum value removed"_s, u"data-dependent/enum-value-removed"_s, true, base, removed,
            {ch(ChangeOp::Alter, ObjectKind::Enum, u"enum_state"_s, {}, u"public.state"_s,
                Attribute::Values)},
            pl(kPg, {st(0,
                        {u"ALTER TYPE state RENAME TO state_old"_s,
                         u"CREATE TYPE state AS ENUM ('new', 'shipped')"_s},
                        u"enum_state"_s)}));
        Model appended = base;
        appended.enums.first().values.append(u"returned"_s);
        add(u"enum value appended"_s, u"data-dependent/enum-value-removed"_s, false, base, appended,
            {ch(ChangeOp::Alter, ObjectKind::Enum, u"enum_state"_s, {}, u"public.state"_s,
                Attribute::Values)},
            pl(kPg, {st(0, {u"ALTER TYPE state ADD VALUE IF NOT EXISTS 'returned'"_s},
                        u"enum_state"_s)}));
    }

    // ---- locking (PostgreSQL)
    {
        Model to = base;
        model::Index index;
        index.id = core::Id(u"idx_order_label"_s);
        index.name = u"order_label_idx"_s;
        index.keys = {model::IndexKey{core::Id(u"col_order_label"_s), {}, {}, {}}};
        tableOf(to, u"tbl_order"_s).indexes.append(index);
        const QList<Change> changes{ch(ChangeOp::Add, ObjectKind::Index, u"idx_order_label"_s,
                                       u"tbl_order"_s, u"public.order.order_label_idx"_s)};
        const Plan plain = pl(kPg, {st(0, {u"CREATE INDEX order_label_idx ON \"order\" (label)"_s},
                                       u"idx_order_label"_s)});
        const Plan safe = pl(
            kPg,
            {st(0,
                {u"CREATE INDEX CONCURRENTLY IF NOT EXISTS order_label_idx ON \"order\" (label)"_s},
                u"idx_order_label"_s, true)});
        add(u"index on existing table"_s, u"locking/index-not-concurrent"_s, true, base, to,
            changes, plain);
        add(u"index CONCURRENTLY"_s, u"locking/index-not-concurrent"_s, false, base, to, changes,
            safe);
        add(u"a quoted name is not the keyword"_s, u"locking/index-not-concurrent"_s, true, base,
            to, changes,
            pl(kPg,
               {st(0, {u"CREATE INDEX \"concurrently\" ON \"order\" (label) -- CONCURRENTLY"_s},
                   u"idx_order_label"_s)}));
        add(u"CONCURRENTLY inside the transaction"_s, u"locking/concurrent-in-transaction"_s, true,
            base, to, changes,
            pl(kPg,
               {st(0,
                   {u"CREATE INDEX CONCURRENTLY IF NOT EXISTS order_label_idx ON \"order\" (label)"_s},
                   u"idx_order_label"_s, false)}));
        add(u"CONCURRENTLY outside the transaction"_s, u"locking/concurrent-in-transaction"_s,
            false, base, to, changes, safe);
        add(u"concurrent index without IF NOT EXISTS"_s, u"locking/not-retry-safe"_s, true, base,
            to, changes,
            pl(kPg, {st(0, {u"CREATE INDEX CONCURRENTLY order_label_idx ON \"order\" (label)"_s},
                        u"idx_order_label"_s, true)}));
        add(u"concurrent index with IF NOT EXISTS"_s, u"locking/not-retry-safe"_s, false, base, to,
            changes, safe);
        add(u"MySQL builds indexes online"_s, u"locking/index-not-concurrent"_s, false, base, to,
            changes,
            pl(kMy, {st(0, {u"CREATE INDEX order_label_idx ON `order` (label)"_s},
                        u"idx_order_label"_s)}));
        add(u"lock_timeout missing"_s, u"locking/lock-timeout-missing"_s, true, base, to, changes,
            [&] {
                Plan p = plain;
                p.upPrologue.clear();
                return p;
            }());
        add(u"lock_timeout set"_s, u"locking/lock-timeout-missing"_s, false, base, to, changes,
            plain);
        add(u"drop index under lock"_s, u"locking/drop-index-not-concurrent"_s, true, to, base,
            {ch(ChangeOp::Drop, ObjectKind::Index, u"idx_order_label"_s, u"tbl_order"_s,
                u"public.order.order_label_idx"_s)},
            pl(kPg, {st(0, {u"DROP INDEX order_label_idx"_s}, u"idx_order_label"_s)}));
        add(u"drop index CONCURRENTLY"_s, u"locking/drop-index-not-concurrent"_s, false, to, base,
            {ch(ChangeOp::Drop, ObjectKind::Index, u"idx_order_label"_s, u"tbl_order"_s,
                u"public.order.order_label_idx"_s)},
            pl(kPg, {st(0, {u"DROP INDEX CONCURRENTLY IF EXISTS order_label_idx"_s},
                        u"idx_order_label"_s, true)}));
        Model fresh = base;
        fresh.tables.removeLast();
        add(u"index of a new table"_s, u"locking/index-not-concurrent"_s, false, fresh, to,
            {ch(ChangeOp::Add, ObjectKind::Table, u"tbl_order"_s, {}, u"public.order"_s)},
            pl(kPg, {st(0,
                        {u"CREATE TABLE \"order\" (label varchar(20))"_s,
                         u"CREATE INDEX order_label_idx ON \"order\" (label)"_s},
                        u"tbl_order"_s)}));
    }
    {
        Model from = base;
        tableOf(from, u"tbl_customer"_s).primaryKey.reset();
        const QList<Change> changes{ch(ChangeOp::Add, ObjectKind::PrimaryKey, u"pk_customer"_s,
                                       u"tbl_customer"_s, u"public.customer.customer_pkey"_s)};
        add(u"primary key built under lock"_s, u"locking/add-primary-key"_s, true, from, base,
            changes,
            pl(kPg,
               {st(0, {u"ALTER TABLE customer ADD CONSTRAINT customer_pkey PRIMARY KEY (id)"_s},
                   u"pk_customer"_s)}));
        add(u"primary key USING INDEX"_s, u"locking/add-primary-key"_s, false, from, base, changes,
            pl(kPg,
               {st(0,
                   {u"CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS customer_pkey ON customer (id)"_s},
                   u"pk_customer"_s, true),
                st(0,
                   {u"ALTER TABLE customer ADD CONSTRAINT customer_pkey PRIMARY KEY USING INDEX customer_pkey"_s},
                   u"pk_customer"_s)}));
    }
    {
        Model to = base;
        Column token = col(u"col_order_token"_s, u"token"_s, u"uuid"_s);
        token.defaultValue = {model::ColumnDefault::Kind::Expression, u"gen_random_uuid()"_s};
        tableOf(to, u"tbl_order"_s).columns.append(token);
        const QList<Change> changes{ch(ChangeOp::Add, ObjectKind::Column, u"col_order_token"_s,
                                       u"tbl_order"_s, u"public.order.token"_s)};
        add(u"volatile default rewrites"_s, u"locking/add-column-rewrite"_s, true, base, to,
            changes,
            pl(kPg,
               {st(0, {u"ALTER TABLE \"order\" ADD COLUMN token uuid DEFAULT gen_random_uuid()"_s},
                   u"col_order_token"_s)}));
        add(u"stable default (now()) does not"_s, u"locking/add-column-rewrite"_s, false, base, to,
            changes,
            pl(kPg,
               {st(0, {u"ALTER TABLE \"order\" ADD COLUMN created timestamptz DEFAULT now()"_s},
                   u"col_order_token"_s)}));
        add(u"a literal that looks like a call does not"_s, u"locking/add-column-rewrite"_s, false,
            base, to, changes,
            pl(kPg, {st(0, {u"ALTER TABLE \"order\" ADD COLUMN token text DEFAULT 'random()'"_s},
                        u"col_order_token"_s)}));
        add(u"identity added to an existing table"_s, u"locking/add-column-rewrite"_s, true, base,
            to, changes,
            pl(kPg,
               {st(0,
                   {u"ALTER TABLE \"order\" ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY"_s},
                   u"col_order_token"_s)}));
    }

    // ---- execution
    {
        Model to = base;
        columnOf(to, u"tbl_order"_s, u"col_order_label"_s).name = u"tag"_s;
        const QList<Change> changes{ch(ChangeOp::Rename, ObjectKind::Column, u"col_order_label"_s,
                                       u"tbl_order"_s, u"public.order.tag"_s)};
        const Plan plain = pl(kPg, {st(0, {u"ALTER TABLE \"order\" RENAME COLUMN label TO tag"_s},
                                       u"col_order_label"_s)});
        add(u"rename column"_s, u"backward-incompatible/rename-column"_s, true, base, to, changes,
            plain);
        add(u"COMMIT inside the migration"_s, u"locking/transaction-nesting"_s, true, base, to,
            changes,
            pl(kPg, {st(0, {u"COMMIT"_s, u"ALTER TABLE \"order\" RENAME COLUMN label TO tag"_s},
                        u"col_order_label"_s)}));
        add(u"no nesting in a plain plan"_s, u"locking/transaction-nesting"_s, false, base, to,
            changes, plain);
        add(u"MySQL commits each statement"_s, u"locking/non-transactional-ddl"_s, true, base, to,
            {changes.first(), changes.first()},
            pl(kMy,
               {st(0, {u"ALTER TABLE `order` RENAME COLUMN label TO tag"_s}, u"col_order_label"_s),
                st(1, {u"ALTER TABLE `order` RENAME COLUMN tag TO tag2"_s},
                   u"col_order_label"_s)}));
        add(u"PostgreSQL wraps the plan"_s, u"locking/non-transactional-ddl"_s, false, base, to,
            {changes.first(), changes.first()},
            pl(kPg, {st(0, {u"ALTER TABLE \"order\" RENAME COLUMN label TO tag"_s},
                        u"col_order_label"_s),
                     st(1, {u"ALTER TABLE \"order\" RENAME COLUMN tag TO tag2"_s},
                        u"col_order_label"_s)}));
        Model dropped = base;
        tableOf(dropped, u"tbl_order"_s).columns.removeAt(2);
        const QList<Change> drop{ch(ChangeOp::Drop, ObjectKind::Column, u"col_order_note"_s,
                                    u"tbl_order"_s, u"public.order.note"_s)};
        add(u"SQLite rebuild"_s, u"locking/table-rebuild"_s, true, base, dropped, drop,
            pl(kLite, {st(0,
                          {u"CREATE TABLE \"_schemata_new_order\" (id INTEGER NOT NULL)"_s,
                           u"INSERT INTO \"_schemata_new_order\" (id) SELECT id FROM \"order\""_s,
                           u"DROP TABLE \"order\""_s,
                           u"ALTER TABLE \"_schemata_new_order\" RENAME TO \"order\""_s},
                          u"tbl_order"_s)}));
        add(u"drop column is no rename"_s, u"backward-incompatible/rename-column"_s, false, base,
            dropped, drop,
            pl(kPg, {st(0, {u"ALTER TABLE \"order\" DROP COLUMN note"_s}, u"col_order_note"_s)}));
        add(u"SQLite DROP COLUMN in place"_s, u"locking/table-rebuild"_s, false, base, dropped,
            drop,
            pl(kLite, {st(0, {u"ALTER TABLE \"order\" DROP COLUMN note"_s}, u"col_order_note"_s)}));
    }

    // ---- backward-incompatible
    {
        Model to = base;
        to.views.first().name = u"pending_orders"_s;
        add(u"rename view"_s, u"backward-incompatible/rename-view"_s, true, base, to,
            {ch(ChangeOp::Rename, ObjectKind::View, u"view_open"_s, {},
                u"public.pending_orders"_s)},
            pl(kPg,
               {st(0, {u"ALTER VIEW open_orders RENAME TO pending_orders"_s}, u"view_open"_s)}));
        add(u"view definition change is no rename"_s, u"backward-incompatible/rename-view"_s, false,
            base, base,
            {ch(ChangeOp::Alter, ObjectKind::View, u"view_open"_s, {}, u"public.open_orders"_s,
                Attribute::Sql)},
            pl(kPg,
               {st(0, {u"CREATE OR REPLACE VIEW open_orders AS SELECT 1"_s}, u"view_open"_s)}));
        Model noView = base;
        noView.views.clear();
        add(u"drop view"_s, u"backward-incompatible/drop-view"_s, true, base, noView,
            {ch(ChangeOp::Drop, ObjectKind::View, u"view_open"_s, {}, u"public.open_orders"_s)},
            pl(kPg, {st(0, {u"DROP VIEW open_orders"_s}, u"view_open"_s)}));
        add(u"add view"_s, u"backward-incompatible/drop-view"_s, false, noView, base,
            {ch(ChangeOp::Add, ObjectKind::View, u"view_open"_s, {}, u"public.open_orders"_s)},
            pl(kPg, {st(0, {u"CREATE VIEW open_orders AS SELECT 1"_s}, u"view_open"_s)}));
        Model moved = base;
        tableOf(moved, u"tbl_customer"_s).schemaId = core::Id(u"sch_archive"_s);
        add(u"move table to another schema"_s, u"backward-incompatible/move-schema"_s, true, base,
            moved,
            {ch(ChangeOp::Alter, ObjectKind::Table, u"tbl_customer"_s, {}, u"archive.customer"_s,
                Attribute::Schema)},
            pl(kPg, {st(0, {u"ALTER TABLE customer SET SCHEMA archive"_s}, u"tbl_customer"_s)}));
        add(u"table comment is no move"_s, u"backward-incompatible/move-schema"_s, false, base,
            base,
            {ch(ChangeOp::Alter, ObjectKind::Table, u"tbl_customer"_s, {}, u"public.customer"_s,
                Attribute::Comment)},
            pl(kPg, {st(0, {u"COMMENT ON TABLE customer IS 'x'"_s}, u"tbl_customer"_s)}));
    }

    // ---- naming and type advice
    {
        const auto newTable = [&](const QString& name, const QList<Column>& columns, bool pk) {
            Model to = base;
            Table t;
            t.id = core::Id(u"tbl_new"_s);
            t.schemaId = core::Id(u"sch_public"_s);
            t.name = name;
            t.columns = columns;
            if (pk)
                t.primaryKey =
                    model::KeyConstraint{core::Id(u"pk_new"_s), {}, {columns.first().id}};
            to.tables.append(t);
            return to;
        };
        const QList<Change> addNew{
            ch(ChangeOp::Add, ObjectKind::Table, u"tbl_new"_s, {}, u"public.new"_s)};
        const auto create = [&](const QString& dialect) {
            return pl(dialect, {st(0, {u"CREATE TABLE x (id integer)"_s}, u"tbl_new"_s)});
        };
        add(u"mixed-case table name"_s, u"naming/quoted-identifier"_s, true, base,
            newTable(u"LineItem"_s, {col(u"c1"_s, u"id"_s, u"bigint"_s, false)}, true), addNew,
            create(kPg));
        add(u"keyword column name"_s, u"naming/quoted-identifier"_s, true, base,
            newTable(u"line_item"_s, {col(u"c1"_s, u"select"_s, u"bigint"_s, false)}, true), addNew,
            create(kPg));
        add(u"plain names"_s, u"naming/quoted-identifier"_s, false, base,
            newTable(u"line_item"_s, {col(u"c1"_s, u"id"_s, u"bigint"_s, false)}, true), addNew,
            create(kPg));
        add(u"integer primary key"_s, u"type/prefer-bigint"_s, true, base,
            newTable(u"line_item"_s, {col(u"c1"_s, u"id"_s, u"integer"_s, false)}, true), addNew,
            create(kPg));
        add(u"smallint primary key in MySQL"_s, u"type/prefer-bigint"_s, true, base,
            newTable(u"line_item"_s, {col(u"c1"_s, u"id"_s, u"smallint"_s, false)}, true), addNew,
            create(kMy));
        add(u"bigint primary key"_s, u"type/prefer-bigint"_s, false, base,
            newTable(u"line_item"_s, {col(u"c1"_s, u"id"_s, u"bigint"_s, false)}, true), addNew,
            create(kPg));
        add(u"SQLite integer keys are 64-bit"_s, u"type/prefer-bigint"_s, false, base,
            newTable(u"line_item"_s, {col(u"c1"_s, u"id"_s, u"integer"_s, false)}, true), addNew,
            create(kLite));
        Column serial = col(u"c1"_s, u"id"_s, u"bigint"_s, false);
        serial.defaultValue = {model::ColumnDefault::Kind::Expression,
                               u"nextval('line_item_id_seq')"_s};
        Column identity = col(u"c1"_s, u"id"_s, u"bigint"_s, false);
        identity.identity = model::Identity::Always;
        add(u"serial default"_s, u"type/prefer-identity"_s, true, base,
            newTable(u"line_item"_s, {serial}, true), addNew, create(kPg));
        add(u"identity column"_s, u"type/prefer-identity"_s, false, base,
            newTable(u"line_item"_s, {identity}, true), addNew, create(kPg));
        add(u"timestamp without time zone"_s, u"type/prefer-timestamptz"_s, true, base,
            newTable(u"line_item"_s, {col(u"c1"_s, u"at"_s, u"timestamp"_s)}, false), addNew,
            create(kPg));
        add(u"timestamptz"_s, u"type/prefer-timestamptz"_s, false, base,
            newTable(u"line_item"_s, {col(u"c1"_s, u"at"_s, u"timestamptz"_s)}, false), addNew,
            create(kPg));
        add(u"timestamp in MySQL"_s, u"type/prefer-timestamptz"_s, false, base,
            newTable(u"line_item"_s, {col(u"c1"_s, u"at"_s, u"timestamp"_s)}, false), addNew,
            create(kMy));
        add(u"varchar(n) in PostgreSQL"_s, u"type/prefer-text"_s, true, base,
            newTable(u"line_item"_s, {col(u"c1"_s, u"sku"_s, u"varchar(40)"_s)}, false), addNew,
            create(kPg));
        add(u"text in PostgreSQL"_s, u"type/prefer-text"_s, false, base,
            newTable(u"line_item"_s, {col(u"c1"_s, u"sku"_s, u"text"_s)}, false), addNew,
            create(kPg));
        add(u"char(n)"_s, u"type/ban-char"_s, true, base,
            newTable(u"line_item"_s, {col(u"c1"_s, u"cc"_s, u"char(2)"_s)}, false), addNew,
            create(kLite));
        add(u"varchar(n) is not char"_s, u"type/ban-char"_s, false, base,
            newTable(u"line_item"_s, {col(u"c1"_s, u"cc"_s, u"varchar(2)"_s)}, false), addNew,
            create(kLite));
    }
    // ---- domains (PostgreSQL)
    {
        Model from = base;
        model::DomainType year;
        year.id = core::Id(u"dom_year"_s);
        year.schemaId = core::Id(u"sch_public"_s);
        year.name = u"year"_s;
        year.baseType = model::LogicalType::parse(u"integer"_s).value_or(model::LogicalType{});
        from.domains.append(year);
        Model to = from;
        to.domains.first().notNull = true;
        const QList<Change> notNull{ch(ChangeOp::Alter, ObjectKind::Domain, u"dom_year"_s, {},
                                       u"public.year"_s, Attribute::Nullable)};
        add(u"domain SET NOT NULL scans its columns"_s, u"locking/domain-set-not-null-scan"_s, true,
            from, to, notNull,
            pl(kPg, {st(0, {u"ALTER DOMAIN year SET NOT NULL"_s}, u"dom_year"_s)}));
        add(u"domain DROP NOT NULL scans nothing"_s, u"locking/domain-set-not-null-scan"_s, false,
            to, from, notNull,
            pl(kPg, {st(0, {u"ALTER DOMAIN year DROP NOT NULL"_s}, u"dom_year"_s)}));
        Model wider = from;
        wider.domains.first().baseType =
            model::LogicalType::parse(u"bigint"_s).value_or(model::LogicalType{});
        const QList<Change> retype{ch(ChangeOp::Alter, ObjectKind::Domain, u"dom_year"_s, {},
                                      u"public.year"_s, Attribute::Type)};
        add(u"domain base type rebuilds it"_s, u"locking/domain-rebuild"_s, true, from, wider,
            retype,
            pl(kPg, {st(0,
                        {u"ALTER TABLE \"order\" ALTER COLUMN total TYPE integer"_s,
                         u"DROP DOMAIN year"_s, u"CREATE DOMAIN year AS bigint"_s,
                         u"ALTER TABLE \"order\" ALTER COLUMN total TYPE year USING total::year"_s},
                        u"dom_year"_s)}));
        add(u"domain default is no rebuild"_s, u"locking/domain-rebuild"_s, false, from, to,
            notNull, pl(kPg, {st(0, {u"ALTER DOMAIN year SET DEFAULT 2000"_s}, u"dom_year"_s)}));
    }
    return list;
}

} // namespace schemata::migrate::safetytest
