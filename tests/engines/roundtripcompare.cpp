#include "roundtripcompare.h"

#include "expectedmodel.h"
#include "modeltext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace schemata::enginetest {

namespace {

using model::Column;
using model::ColumnDefault;
using model::Index;
using model::IndexKey;
using model::Model;
using model::Table;

QString show(const QString& s)
{
    return quotedText(s);
}

// Defaults as the engines store them: 'x'::type expressions are literals, numbers
// compare by value, booleans by truth.
QString normalizedDefault(const ColumnDefault& d, const model::LogicalType& type)
{
    ColumnDefault v = d;
    if (v.kind == ColumnDefault::Kind::Expression) {
        static const QRegularExpression castLiteral(
            QStringLiteral(R"(^\s*'((?:[^']|'')*)'\s*(::[\w ."]+)?\s*$)"));
        if (const auto m = castLiteral.match(v.value); m.hasMatch())
            v = {ColumnDefault::Kind::Literal,
                 m.captured(1).replace(QStringLiteral("''"), QStringLiteral("'"))};
        else if (looseSql(v.value) == u"now" || looseSql(v.value) == u"current_timestamp")
            v = {ColumnDefault::Kind::CurrentTimestamp, {}};
        else if (static const QRegularExpression bare(
                     QStringLiteral(R"(^\s*(true|false|-?\d+(\.\d+)?)\s*$)"),
                     QRegularExpression::CaseInsensitiveOption);
                 bare.match(v.value).hasMatch())
            v = {ColumnDefault::Kind::Literal, v.value.trimmed()}; // TRUE written as an expression
    }
    if (v.kind == ColumnDefault::Kind::Literal) {
        const QString lower = v.value.trimmed().toLower();
        if (type.kind == model::LogicalType::Kind::Boolean) {
            if (lower == u"1" || lower == u"true" || lower == u"t")
                return QStringLiteral("literal true");
            if (lower == u"0" || lower == u"false" || lower == u"f")
                return QStringLiteral("literal false");
        }
        bool isNumber = false;
        const double number = lower.toDouble(&isNumber);
        if (isNumber && type.isNumeric())
            return QStringLiteral("number ") + QString::number(number, 'g', 17);
    }
    if (v.kind == ColumnDefault::Kind::Expression)
        return QStringLiteral("expression ") + looseSql(v.value);
    return defaultText(v);
}

// The engine default (NULLS LAST ascending, FIRST descending in PostgreSQL) is "default".
IndexKey::Nulls effectiveNulls(const IndexKey& k)
{
    if (k.sort == IndexKey::Sort::Asc && k.nulls == IndexKey::Nulls::Last)
        return IndexKey::Nulls::Default;
    if (k.sort == IndexKey::Sort::Desc && k.nulls == IndexKey::Nulls::First)
        return IndexKey::Nulls::Default;
    return k.nulls;
}
class Comparer
{
public:
    Comparer(const Model& expected, const Model& actual, const dialect::Dialect& d,
             const dialect::DdlScript& script)
        : m_e(expected), m_a(actual), m_d(d), m_script(script), m_caps(d.capabilities()),
          m_mysql(d.name() == u"mysql" || d.name() == u"mariadb"), m_sqlite(d.name() == u"sqlite")
    {}

    QStringList run()
    {
        compareSchemasAndEnums();
        QSet<const Table*> matched;
        for (const Table& et : m_e.tables) {
            const Table* at = findTable(m_e, et, m_a);
            if (!at) {
                diff(path(m_e, et), QStringLiteral("table missing from the catalog"));
                continue;
            }
            matched.insert(at);
            compareTable(et, *at);
        }
        for (const Table& at : m_a.tables) {
            if (!matched.contains(&at))
                diff(path(m_a, at), QStringLiteral("unexpected table in the catalog"));
        }
        compareViews();
        if (m_caps.domains)
            compareDomains();
        return m_diffs;
    }

private:
    void diff(const QString& where, const QString& what)
    {
        m_diffs.append(where + QStringLiteral(": ") + what);
    }

    QString schemaName(const Model& m, const core::Id& id) const
    {
        const model::Schema* s = m.schema(id);
        return s ? s->name : QString();
    }
    QString path(const Model& m, const Table& t) const
    {
        return m_caps.schemas ? schemaName(m, t.schemaId) + u'.' + t.name : t.name;
    }
    const Table* findTable(const Model& from, const Table& t, const Model& in) const
    {
        for (const Table& candidate : in.tables) {
            if (candidate.name == t.name &&
                (!m_caps.schemas ||
                 schemaName(in, candidate.schemaId) == schemaName(from, t.schemaId)))
                return &candidate;
        }
        return nullptr;
    }
    QString tableNameOf(const Model& m, const core::Id& tableId) const
    {
        const Table* t = m.table(tableId);
        return t ? path(m, *t) : QStringLiteral("?") + tableId.toString();
    }
    QStringList columnNames(const Table& t, const QList<core::Id>& ids) const
    {
        QStringList names;
        for (const core::Id& id : ids) {
            const Column* c = t.column(id);
            names.append(c ? c->name : QStringLiteral("?") + id.toString());
        }
        return names;
    }
    QStringList columnNames(const Model& m, const core::Id& tableId,
                            const QList<core::Id>& ids) const
    {
        const Table* t = m.table(tableId);
        return t ? columnNames(*t, ids) : QStringList{QStringLiteral("?table")};
    }
    QString typeSql(const model::LogicalType& type, const Model& m) const
    {
        return m_d.typeSql(type, m).simplified().toLower().remove(u' ');
    }

    void compareSchemasAndEnums()
    {
        if (m_caps.schemas) {
            for (const model::Schema& es : m_e.schemas) {
                const auto as = std::find_if(m_a.schemas.cbegin(), m_a.schemas.cend(),
                                             [&](const auto& s) { return s.name == es.name; });
                if (as == m_a.schemas.cend()) {
                    diff(es.name, QStringLiteral("schema missing from the catalog"));
                    continue;
                }
                if (m_caps.comments && as->comment != es.comment)
                    diff(es.name, QStringLiteral("schema comment %1 != %2")
                                      .arg(show(as->comment), show(es.comment)));
            }
            for (const model::Schema& as : m_a.schemas) {
                const bool known = std::any_of(m_e.schemas.cbegin(), m_e.schemas.cend(),
                                               [&](const auto& s) { return s.name == as.name; });
                const bool used =
                    std::any_of(m_a.tables.cbegin(), m_a.tables.cend(),
                                [&](const Table& t) { return t.schemaId == as.id; }) ||
                    std::any_of(m_a.views.cbegin(), m_a.views.cend(),
                                [&](const auto& v) { return v.schemaId == as.id; });
                // Every PostgreSQL database has "public"; only a non-empty stranger is a
                // difference.
                if (!known && used)
                    diff(as.name, QStringLiteral("unexpected schema in the catalog"));
            }
        }
        if (m_caps.nativeEnums && !m_mysql) {
            for (const model::EnumType& ee : m_e.enums) {
                const auto ae =
                    std::find_if(m_a.enums.cbegin(), m_a.enums.cend(), [&](const auto& e) {
                        return e.name == ee.name &&
                               schemaName(m_a, e.schemaId) == schemaName(m_e, ee.schemaId);
                    });
                const QString where = schemaName(m_e, ee.schemaId) + u'.' + ee.name;
                if (ae == m_a.enums.cend()) {
                    diff(where, QStringLiteral("enum missing from the catalog"));
                    continue;
                }
                if (ae->values != ee.values)
                    diff(where, QStringLiteral("enum values [%1] != [%2]")
                                    .arg(ae->values.join(u','), ee.values.join(u',')));
                if (m_caps.comments && ae->comment != ee.comment)
                    diff(where, QStringLiteral("enum comment %1 != %2")
                                    .arg(show(ae->comment), show(ee.comment)));
            }
            if (m_a.enums.size() != m_e.enums.size())
                diff(QStringLiteral("enums"), QStringLiteral("%1 in the catalog, %2 expected")
                                                  .arg(m_a.enums.size())
                                                  .arg(m_e.enums.size()));
        }
    }

    bool isSinglePrimaryKey(const Table& et, const Column& ec) const
    {
        return et.primaryKey && et.primaryKey->columnIds.size() == 1 &&
               et.primaryKey->columnIds.first() == ec.id;
    }
    // The generator makes an integer identity primary key SQLite's rowid alias, which
    // must be declared exactly INTEGER (dialect/sqlite/sqliteddlbuilder.cpp).
    bool becomesRowidAlias(const Table& et, const Column& ec) const
    {
        return m_sqlite && isSinglePrimaryKey(et, ec) && ec.identity != model::Identity::None &&
               ec.type.isInteger() && ec.generatedExpression.trimmed().isEmpty() &&
               !ec.type.overrides.contains(QStringLiteral("sqlite"));
    }
    bool isRowidAlias(const Table& et, const Column& ec) const
    {
        return m_sqlite && isSinglePrimaryKey(et, ec) &&
               (becomesRowidAlias(et, ec) || typeSql(ec.type, m_e) == u"integer");
    }

    void compareColumn(const Table& et, const Column& ec, const Table& at, const Column& ac)
    {
        const QString where = path(m_e, et) + u'.' + ec.name;
        const QString et_ =
            becomesRowidAlias(et, ec) ? QStringLiteral("integer") : typeSql(ec.type, m_e);
        const QString at_ = typeSql(ac.type, m_a);
        if (et_ != at_)
            diff(where, QStringLiteral("type %1 (read as %2) != expected %3 (%4)")
                            .arg(at_, ac.type.toString(), et_, ec.type.toString()));
        bool nullable = ec.nullable;
        // PRIMARY KEY implies NOT NULL in PostgreSQL and MariaDB (not in SQLite, where
        // only the declaration counts); identity implies NOT NULL in PostgreSQL.
        if (!m_sqlite && et.isPrimaryKeyColumn(ec.id))
            nullable = false;
        if (d_isPostgres() && ec.identity != model::Identity::None)
            nullable = false;
        if (isRowidAlias(et, ec))
            nullable = false; // SQLite turns a NULL there into the next rowid
        if (ac.nullable != nullable)
            diff(where,
                 QStringLiteral("nullable %1 != expected %2").arg(ac.nullable).arg(nullable));

        model::Identity identity = ec.identity;
        // A rowid alias reads as an identity only with AUTOINCREMENT, which the DDL
        // builder writes for an identity: the model's flag comes back as it was.
        if ((m_mysql || m_sqlite) && identity != model::Identity::None)
            identity =
                model::Identity::ByDefault; // AUTO_INCREMENT / rowid: explicit values allowed
        if (ac.identity != identity)
            diff(where, QStringLiteral("identity %1 != expected %2")
                            .arg(int(ac.identity))
                            .arg(int(identity)));

        if (ec.generatedExpression.isEmpty() != ac.generatedExpression.isEmpty()) {
            diff(where, QStringLiteral("generated %1 != expected %2")
                            .arg(show(ac.generatedExpression), show(ec.generatedExpression)));
        } else if (!ec.generatedExpression.isEmpty()) {
            if (looseSql(ac.generatedExpression) != looseSql(ec.generatedExpression))
                diff(where, QStringLiteral("generated expression %1 != expected %2")
                                .arg(show(ac.generatedExpression), show(ec.generatedExpression)));
            if (ac.generatedStored != ec.generatedStored)
                diff(where, QStringLiteral("generated stored %1 != expected %2")
                                .arg(ac.generatedStored)
                                .arg(ec.generatedStored));
        }
        if (ec.identity == model::Identity::None && ec.generatedExpression.isEmpty()) {
            const QString ed = normalizedDefault(ec.defaultValue, ec.type);
            const QString ad = normalizedDefault(ac.defaultValue, ec.type);
            if (ed != ad)
                diff(where,
                     QStringLiteral("default %1 (read %2) != expected %3 (%4)")
                         .arg(ad, defaultText(ac.defaultValue), ed, defaultText(ec.defaultValue)));
        }
        if (ac.collation.compare(ec.collation, Qt::CaseInsensitive) != 0 &&
            !equivalentCollation(ec.collation, ac.collation))
            diff(where, QStringLiteral("collation %1 != expected %2")
                            .arg(show(ac.collation), show(ec.collation)));
        if (m_caps.comments && ac.comment != ec.comment)
            diff(where, QStringLiteral("comment %1 != expected %2")
                            .arg(show(ac.comment), show(ec.comment)));
        if (m_caps.domains &&
            domainName(m_a, ac.type.domainId) != domainName(m_e, ec.type.domainId))
            diff(where, QStringLiteral("domain %1 != expected %2")
                            .arg(show(domainName(m_a, ac.type.domainId)),
                                 show(domainName(m_e, ec.type.domainId))));
        Q_UNUSED(at);
    }

    bool d_isPostgres() const { return m_d.name() == u"postgres"; }

    // "C" is byte order: utf8mb4_bin on MariaDB, BINARY on SQLite (the generator's
    // documented mapping); SQLite's BINARY is also its default, so it reads back empty.
    bool equivalentCollation(const QString& expected, const QString& actual) const
    {
        const QString e = expected.toLower();
        const QString a = actual.toLower();
        if (e == u"c" || e == u"posix") {
            if (m_mysql)
                return a == u"utf8mb4_bin";
            if (m_sqlite)
                return a == u"binary";
        }
        return false;
    }

    void compareKeys(const Table& et, const Table& at)
    {
        const QString where = path(m_e, et);
        if (et.primaryKey.has_value() != at.primaryKey.has_value()) {
            diff(where, QStringLiteral("primary key %1 != expected %2")
                            .arg(at.primaryKey.has_value())
                            .arg(et.primaryKey.has_value()));
        } else if (et.primaryKey) {
            const QStringList ec = columnNames(et, et.primaryKey->columnIds);
            const QStringList ac = columnNames(at, at.primaryKey->columnIds);
            if (ec != ac)
                diff(where, QStringLiteral("primary key columns (%1) != expected (%2)")
                                .arg(ac.join(u','), ec.join(u',')));
            // MariaDB names every primary key PRIMARY.
            if (!m_mysql && !et.primaryKey->name.isEmpty() &&
                at.primaryKey->name != et.primaryKey->name)
                diff(where, QStringLiteral("primary key name %1 != expected %2")
                                .arg(show(at.primaryKey->name), show(et.primaryKey->name)));
        }
        QList<model::KeyConstraint> expectedUniques = et.uniques;
        if (m_mysql) {
            // MariaDB cannot tell a plain UNIQUE index from a UNIQUE constraint.
            for (const Index& i : et.indexes) {
                if (isPlainUniqueIndex(i))
                    expectedUniques.append({i.id, i.name, keyColumns(i)});
            }
        }
        QList<model::KeyConstraint> actualUniques = at.uniques;
        for (const model::KeyConstraint& eu : std::as_const(expectedUniques)) {
            const QStringList ec = columnNames(et, eu.columnIds);
            const auto au =
                std::find_if(actualUniques.begin(), actualUniques.end(), [&](const auto& u) {
                    return eu.name.isEmpty() ? columnNames(at, u.columnIds) == ec
                                             : u.name == eu.name;
                });
            const QString label =
                where + u'.' + (eu.name.isEmpty() ? u'(' + ec.join(u',') + u')' : eu.name);
            if (au == actualUniques.end()) {
                diff(label, QStringLiteral("unique constraint missing from the catalog"));
                continue;
            }
            if (columnNames(at, au->columnIds) != ec)
                diff(label, QStringLiteral("unique columns (%1) != expected (%2)")
                                .arg(columnNames(at, au->columnIds).join(u','), ec.join(u',')));
            actualUniques.erase(au);
        }
        for (const model::KeyConstraint& au : std::as_const(actualUniques))
            diff(where + u'.' + au.name, QStringLiteral("unexpected unique constraint (%1)")
                                             .arg(columnNames(at, au.columnIds).join(u',')));
    }

    QList<core::Id> keyColumns(const Index& i) const
    {
        QList<core::Id> ids;
        for (const IndexKey& k : i.keys)
            ids.append(k.columnId);
        return ids;
    }
    bool isPlainUniqueIndex(const Index& i) const
    {
        if (!i.unique || !i.where.trimmed().isEmpty())
            return false;
        return std::all_of(i.keys.cbegin(), i.keys.cend(), [](const IndexKey& k) {
            return !k.columnId.isNull() && k.sort == IndexKey::Sort::Asc;
        });
    }

    void compareChecks(const Table& et, const Table& at)
    {
        const QString where = path(m_e, et);
        qsizetype expectedCount = et.checks.size();
        if (m_sqlite) {
            // Emulated enums carry their CHECK (col IN (…)).
            for (const Column& c : et.columns)
                expectedCount += c.type.kind == model::LogicalType::Kind::Enum &&
                                 !c.type.overrides.contains(QStringLiteral("sqlite"));
        }
        if (at.checks.size() != expectedCount)
            diff(where, QStringLiteral("%1 check constraints in the catalog, %2 expected")
                            .arg(at.checks.size())
                            .arg(expectedCount));
        for (const model::CheckConstraint& ec : et.checks) {
            if (ec.name.isEmpty())
                continue;
            if (std::none_of(at.checks.cbegin(), at.checks.cend(),
                             [&](const auto& c) { return c.name == ec.name; }))
                diff(where + u'.' + ec.name,
                     QStringLiteral("check constraint missing from the catalog"));
        }
    }

    void compareForeignKeys(const Table& et, const Table& at)
    {
        QList<model::ForeignKey> actual = at.foreignKeys;
        for (const model::ForeignKey& ef : et.foreignKeys) {
            const QStringList ec = columnNames(et, ef.columnIds);
            const auto af = std::find_if(actual.begin(), actual.end(), [&](const auto& f) {
                return ef.name.isEmpty() ? columnNames(at, f.columnIds) == ec : f.name == ef.name;
            });
            const QString label =
                path(m_e, et) + u'.' + (ef.name.isEmpty() ? u'(' + ec.join(u',') + u')' : ef.name);
            if (af == actual.end()) {
                diff(label, QStringLiteral("foreign key missing from the catalog"));
                continue;
            }
            if (columnNames(at, af->columnIds) != ec)
                diff(label, QStringLiteral("columns (%1) != expected (%2)")
                                .arg(columnNames(at, af->columnIds).join(u','), ec.join(u',')));
            if (tableNameOf(m_a, af->referencedTableId) != tableNameOf(m_e, ef.referencedTableId))
                diff(label, QStringLiteral("references %1 != expected %2")
                                .arg(tableNameOf(m_a, af->referencedTableId),
                                     tableNameOf(m_e, ef.referencedTableId)));
            const QStringList er = columnNames(m_e, ef.referencedTableId, ef.referencedColumnIds);
            const QStringList ar = columnNames(m_a, af->referencedTableId, af->referencedColumnIds);
            if (er != ar)
                diff(label, QStringLiteral("referenced columns (%1) != expected (%2)")
                                .arg(ar.join(u','), er.join(u',')));
            auto action = [&](model::ReferentialAction a) {
                // InnoDB: NO ACTION is RESTRICT (checked immediately either way).
                if (m_mysql && a == model::ReferentialAction::NoAction)
                    return model::ReferentialAction::Restrict;
                return a;
            };
            if (action(af->onDelete) != action(ef.onDelete))
                diff(label, QStringLiteral("on delete %1 != expected %2")
                                .arg(model::referentialActionName(af->onDelete),
                                     model::referentialActionName(ef.onDelete)));
            if (action(af->onUpdate) != action(ef.onUpdate))
                diff(label, QStringLiteral("on update %1 != expected %2")
                                .arg(model::referentialActionName(af->onUpdate),
                                     model::referentialActionName(ef.onUpdate)));
            if (m_caps.deferrableConstraints &&
                (af->deferrable != ef.deferrable || af->initiallyDeferred != ef.initiallyDeferred))
                diff(label, QStringLiteral("deferrable %1/%2 != expected %3/%4")
                                .arg(af->deferrable)
                                .arg(af->initiallyDeferred)
                                .arg(ef.deferrable)
                                .arg(ef.initiallyDeferred));
            actual.erase(af);
        }
        for (const model::ForeignKey& af : std::as_const(actual))
            diff(path(m_a, at) + u'.' + af.name, QStringLiteral("unexpected foreign key"));
    }

    QString keyText(const Table& t, const IndexKey& k) const
    {
        if (k.columnId.isNull())
            return QStringLiteral("expr:") + looseSql(k.expression);
        const Column* c = t.column(k.columnId);
        return c ? c->name : QStringLiteral("?");
    }

    void compareIndexes(const Table& et, const Table& at)
    {
        QList<Index> actual = at.indexes;
        if (m_mysql) {
            // AUTO_INCREMENT must lead a key; the generator announces the key it adds.
            for (const Column& c : et.columns) {
                if (!warningCodes(m_script, c.id)
                         .contains(QStringLiteral("auto-increment-key-added")))
                    continue;
                actual.removeIf([&](const Index& i) {
                    return i.keys.size() == 1 && keyText(at, i.keys.first()) == c.name;
                });
            }
        }
        for (const Index& ei : et.indexes) {
            if (m_mysql && isPlainUniqueIndex(ei))
                continue; // compared as a UNIQUE constraint
            QStringList ek;
            for (const IndexKey& k : ei.keys)
                ek.append(keyText(et, k));
            const auto ai = std::find_if(actual.begin(), actual.end(), [&](const Index& i) {
                if (!ei.name.isEmpty())
                    return i.name == ei.name;
                QStringList keys;
                for (const IndexKey& k : i.keys)
                    keys.append(keyText(at, k));
                return keys == ek;
            });
            const QString label =
                path(m_e, et) + u'.' + (ei.name.isEmpty() ? u'(' + ek.join(u',') + u')' : ei.name);
            if (ai == actual.end()) {
                diff(label, QStringLiteral("index missing from the catalog"));
                continue;
            }
            if (ai->unique != ei.unique)
                diff(label,
                     QStringLiteral("unique %1 != expected %2").arg(ai->unique).arg(ei.unique));
            QStringList ak;
            for (const IndexKey& k : ai->keys)
                ak.append(keyText(at, k));
            if (ak != ek)
                diff(label, QStringLiteral("keys (%1) != expected (%2)")
                                .arg(ak.join(u", "), ek.join(u", ")));
            for (qsizetype k = 0; k < qMin(ai->keys.size(), ei.keys.size()); ++k) {
                const IndexKey& a = ai->keys.at(k);
                const IndexKey& e = ei.keys.at(k);
                if (a.sort != e.sort)
                    diff(label, QStringLiteral("key %1 sort %2 != expected %3")
                                    .arg(k + 1)
                                    .arg(sortText(a), sortText(e)));
                if (m_caps.nullsOrder && effectiveNulls(a) != effectiveNulls(e))
                    diff(label, QStringLiteral("key %1 nulls %2 != expected %3")
                                    .arg(k + 1)
                                    .arg(int(effectiveNulls(a)))
                                    .arg(int(effectiveNulls(e))));
            }
            if (m_caps.partialIndexes && looseSql(ai->where) != looseSql(ei.where))
                diff(
                    label,
                    QStringLiteral("where %1 != expected %2").arg(show(ai->where), show(ei.where)));
            if (m_caps.includeColumns &&
                columnNames(at, ai->includeColumnIds) != columnNames(et, ei.includeColumnIds))
                diff(label, QStringLiteral("include (%1) != expected (%2)")
                                .arg(columnNames(at, ai->includeColumnIds).join(u','),
                                     columnNames(et, ei.includeColumnIds).join(u',')));
            auto method = [](const QString& m) {
                return m.isEmpty() ? QStringLiteral("btree") : m.toLower();
            };
            if (d_isPostgres() && method(ai->method) != method(ei.method))
                diff(label, QStringLiteral("method %1 != expected %2")
                                .arg(method(ai->method), method(ei.method)));
            actual.erase(ai);
        }
        for (const Index& ai : std::as_const(actual))
            diff(path(m_a, at) + u'.' + ai.name, QStringLiteral("unexpected index"));
    }

    void compareTable(const Table& et, const Table& at)
    {
        const QString where = path(m_e, et);
        if (m_caps.comments && at.comment != et.comment)
            diff(where, QStringLiteral("comment %1 != expected %2")
                            .arg(show(at.comment), show(et.comment)));
        QStringList en;
        QStringList an;
        for (const Column& c : et.columns)
            en.append(c.name);
        for (const Column& c : at.columns)
            an.append(c.name);
        if (en != an)
            diff(where, QStringLiteral("columns [%1] != expected [%2]")
                            .arg(an.join(u", "), en.join(u", ")));
        for (const Column& ec : et.columns) {
            if (const Column* ac = at.columnByName(ec.name))
                compareColumn(et, ec, at, *ac);
        }
        compareKeys(et, at);
        compareChecks(et, at);
        compareForeignKeys(et, at);
        compareIndexes(et, at);
    }

    void compareViews()
    {
        for (const model::View& ev : m_e.views) {
            const QString where =
                (m_caps.schemas ? schemaName(m_e, ev.schemaId) + u'.' : QString()) + ev.name;
            const auto av = std::find_if(m_a.views.cbegin(), m_a.views.cend(), [&](const auto& v) {
                return v.name == ev.name && (!m_caps.schemas || schemaName(m_a, v.schemaId) ==
                                                                    schemaName(m_e, ev.schemaId));
            });
            if (av == m_a.views.cend()) {
                diff(where, QStringLiteral("view missing from the catalog"));
                continue;
            }
            if (av->sql.trimmed().isEmpty())
                diff(where, QStringLiteral("view definition not read"));
            if (m_caps.comments && !m_mysql && av->comment != ev.comment)
                diff(where, QStringLiteral("view comment %1 != expected %2")
                                .arg(show(av->comment), show(ev.comment)));
        }
        if (m_a.views.size() != m_e.views.size())
            diff(QStringLiteral("views"), QStringLiteral("%1 in the catalog, %2 expected")
                                              .arg(m_a.views.size())
                                              .arg(m_e.views.size()));
    }

    // "schema.name" of a domain; "" for none, "?id" for a dangling reference.
    QString domainName(const Model& m, const core::Id& id) const
    {
        if (id.isNull())
            return {};
        const model::DomainType* d = m.domainType(id);
        return d ? schemaName(m, d->schemaId) + u'.' + d->name : u'?' + id.toString();
    }

    // Domains object by object, matched by schema and name: base type (as the dialect
    // spells it), NOT NULL, DEFAULT and checks (loosely: the server re-renders
    // expressions), collation, comment. Which columns use them is compared per column.
    void compareDomains()
    {
        QSet<QString> seen;
        for (const model::DomainType& ed : m_e.domains) {
            const QString where = schemaName(m_e, ed.schemaId) + u'.' + ed.name;
            seen.insert(where);
            const auto ad =
                std::find_if(m_a.domains.cbegin(), m_a.domains.cend(), [&](const auto& d) {
                    return schemaName(m_a, d.schemaId) + u'.' + d.name == where;
                });
            if (ad == m_a.domains.cend()) {
                diff(where, QStringLiteral("domain missing from the catalog"));
                continue;
            }
            const QString et = typeSql(ed.baseType, m_e);
            const QString at = typeSql(ad->baseType, m_a);
            if (et != at)
                diff(where, QStringLiteral("domain base type %1 != expected %2").arg(at, et));
            if (ad->notNull != ed.notNull)
                diff(where, QStringLiteral("domain not null %1 != expected %2")
                                .arg(ad->notNull)
                                .arg(ed.notNull));
            if (looseSql(ad->defaultExpression) != looseSql(ed.defaultExpression))
                diff(where, QStringLiteral("domain default %1 != expected %2")
                                .arg(show(ad->defaultExpression), show(ed.defaultExpression)));
            if (ad->collation.compare(ed.collation, Qt::CaseInsensitive) != 0)
                diff(where, QStringLiteral("domain collation %1 != expected %2")
                                .arg(show(ad->collation), show(ed.collation)));
            if (m_caps.comments && ad->comment != ed.comment)
                diff(where, QStringLiteral("domain comment %1 != expected %2")
                                .arg(show(ad->comment), show(ed.comment)));
            QList<model::CheckConstraint> actualChecks = ad->checks;
            for (const model::CheckConstraint& ec : ed.checks) {
                // An unnamed check is named by the server (<domain>_check…): match by text.
                const auto ac =
                    std::find_if(actualChecks.begin(), actualChecks.end(), [&](const auto& c) {
                        return ec.name.isEmpty() ? looseSql(c.expression) == looseSql(ec.expression)
                                                 : c.name == ec.name;
                    });
                const QString label = where + u'.' + (ec.name.isEmpty() ? ec.expression : ec.name);
                if (ac == actualChecks.end()) {
                    diff(label, QStringLiteral("domain check missing from the catalog"));
                    continue;
                }
                if (looseSql(ac->expression) != looseSql(ec.expression))
                    diff(label, QStringLiteral("domain check %1 != expected %2")
                                    .arg(show(ac->expression), show(ec.expression)));
                actualChecks.erase(ac);
            }
            for (const model::CheckConstraint& ac : std::as_const(actualChecks))
                diff(where + u'.' + ac.name,
                     QStringLiteral("unexpected domain check %1").arg(show(ac.expression)));
        }
        for (const model::DomainType& ad : m_a.domains) {
            const QString where = schemaName(m_a, ad.schemaId) + u'.' + ad.name;
            if (!seen.contains(where))
                diff(where, QStringLiteral("unexpected domain in the catalog"));
        }
    }

    const Model& m_e;
    const Model& m_a;
    const dialect::Dialect& m_d;
    const dialect::DdlScript& m_script;
    dialect::Capabilities m_caps;
    bool m_mysql;
    bool m_sqlite;
    QStringList m_diffs;
};

} // namespace

QStringList compareRoundTrip(const model::Model& expected, const model::Model& actual,
                             const dialect::Dialect& dialect, const dialect::DdlScript& script)
{
    return Comparer(expected, actual, dialect, script).run();
}

} // namespace schemata::enginetest
