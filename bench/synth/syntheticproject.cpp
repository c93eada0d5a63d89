#include "synth/syntheticproject.h"

#include "core/idgenerator.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace schemata::synth {

namespace {

using model::LogicalType;

// Plain, non-reserved nouns: with the numeric suffix every table name is a bare
// identifier in all dialects, so view and index SQL can name them unquoted.
constexpr const char* kTableWords[] = {
    "account",  "address",  "invoice", "product", "shipment", "customer", "payment",
    "supplier", "warehouse", "ticket", "campaign", "contract", "device",  "employee",
    "journal",  "license",  "message", "project", "report",   "vendor",
};

// One kind of ordinary column. `indexable` marks types every dialect can put in a
// plain B-tree key (no json, no unbounded text or blobs, which MySQL refuses).
struct Archetype
{
    const char* name;
    const char* type;
    bool nullable;
    model::ColumnDefault::Kind defaultKind;
    const char* defaultValue;
    model::PiiCategory pii;
    bool indexable;
};

using DK = model::ColumnDefault::Kind;
using Pii = model::PiiCategory;

constexpr Archetype kArchetypes[] = {
    {"name", "varchar(120)", false, DK::None, "", Pii::None, true},
    {"code", "varchar(40)", true, DK::None, "", Pii::None, true},
    {"description", "text", true, DK::None, "", Pii::None, false},
    {"quantity", "integer", false, DK::Literal, "0", Pii::None, true},
    {"amount", "numeric(12,2)", false, DK::Literal, "0", Pii::None, true},
    {"is_active", "boolean", false, DK::Expression, "TRUE", Pii::None, true},
    {"created_at", "timestamptz", false, DK::CurrentTimestamp, "", Pii::None, true},
    {"due_date", "date", true, DK::None, "", Pii::None, true},
    {"attributes", "jsonb", true, DK::None, "", Pii::None, false},
    {"external_id", "uuid", true, DK::None, "", Pii::None, true},
    {"status", "enum", false, DK::Literal, "", Pii::None, true},
    {"priority", "smallint", true, DK::Literal, "3", Pii::None, true},
    {"ratio", "double", true, DK::None, "", Pii::None, true},
    {"payload", "bytes", true, DK::None, "", Pii::None, false},
    {"email", "varchar(320)", true, DK::None, "", Pii::Email, true},
    {"phone", "varchar(32)", true, DK::None, "", Pii::Phone, true},
    {"sequence_no", "bigint", true, DK::None, "", Pii::None, true},
    {"starts_at", "timestamp(3)", true, DK::None, "", Pii::None, true},
    {"opens_at", "time", true, DK::None, "", Pii::None, true},
    {"duration", "interval", true, DK::None, "", Pii::None, false},
    {"settings", "json", true, DK::None, "", Pii::None, false},
    {"score", "real", true, DK::None, "", Pii::None, true},
    {"country", "char(2)", true, DK::Literal, "DE", Pii::None, true},
};

constexpr const char* kEnumValues[] = {"draft",   "pending", "active",   "paused",  "closed",
                                       "expired", "blocked", "archived", "deleted", "review"};

constexpr qsizetype kColumnWidth = 260;
constexpr qsizetype kGapX = 60;
constexpr qsizetype kGapY = 40;

QString latin1(const char* text)
{
    return QString::fromLatin1(text);
}

// QRandomGenerator64's integer constructor takes 32 bits; the sequence form keeps all 64.
QRandomGenerator64 makeRandom(quint64 seed)
{
    const std::array<quint32, 2> words = {quint32(seed), quint32(seed >> 32)};
    return QRandomGenerator64(words.data(), words.data() + words.size());
}

class Generator
{
public:
    explicit Generator(const SyntheticProjectOptions& options)
        : m_options(options), m_random(makeRandom(options.seed)),
          m_ids(options.seed ^ 0x9e3779b97f4a7c15ull)
    {
    }

    document::Document run()
    {
        m_doc.name = QStringLiteral("Synthetic %1 tables (seed %2)")
                         .arg(m_options.tables)
                         .arg(m_options.seed);
        m_doc.dialect = m_options.dialect;
        makeSchemas();
        makeEnums();
        makeTableShells();
        planForeignKeys();
        for (int t = 0; t < tableCount(); ++t)
            fillTable(t);
        makeViews();
        makeLayout();
        return std::move(m_doc);
    }

private:
    int tableCount() const { return int(m_doc.model.tables.size()); }
    int bounded(int n) { return n <= 1 ? 0 : int(m_random.bounded(quint32(n))); }
    bool chance(int percent) { return bounded(100) < percent; }

    void makeSchemas()
    {
        const int count = std::max(1, m_options.schemas);
        for (int i = 0; i < count; ++i) {
            model::Schema schema;
            schema.id = m_ids.next(u"sch");
            schema.name = i == 0 ? QStringLiteral("public") : QStringLiteral("s%1").arg(i);
            m_doc.model.schemas.append(schema);
        }
    }

    void makeEnums()
    {
        const int count = std::max(1, m_options.tables / 100);
        for (int i = 0; i < count; ++i) {
            model::EnumType e;
            e.id = m_ids.next(u"enm");
            e.schemaId = m_doc.model.schemas[i % m_doc.model.schemas.size()].id;
            e.name = QStringLiteral("state_%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            const int values = 3 + bounded(4);
            const int first = bounded(int(std::size(kEnumValues)) - values + 1);
            for (int v = 0; v < values; ++v)
                e.values.append(latin1(kEnumValues[first + v]));
            if (i % 2 == 0)
                e.comment = QStringLiteral("Lifecycle states, generated.");
            m_doc.model.enums.append(e);
        }
    }

    // Tables in contiguous blocks per schema, so each schema reads like a subsystem.
    void makeTableShells()
    {
        const int n = std::max(0, m_options.tables);
        const int schemas = int(m_doc.model.schemas.size());
        m_doc.model.tables.reserve(n);
        for (int t = 0; t < n; ++t) {
            model::Table table;
            table.id = m_ids.next(u"tbl");
            table.schemaId = m_doc.model.schemas[qsizetype(t) * schemas / std::max(1, n)].id;
            table.name = QStringLiteral("%1_%2")
                             .arg(latin1(kTableWords[t % std::size(kTableWords)]))
                             .arg(t + 1, 4, 10, QLatin1Char('0'));
            if (t % 3 == 0)
                table.comment = QStringLiteral("Generated table %1 of %2.").arg(t + 1).arg(n);
            // The key exists before any FK is planned: forward references need it.
            model::Column id = makeColumn(QStringLiteral("id"), "bigint");
            id.nullable = false;
            id.identity = t % 4 == 0 ? model::Identity::Always : model::Identity::ByDefault;
            table.columns.append(id);
            table.primaryKey = model::KeyConstraint{
                m_ids.next(u"pk"), table.name + QStringLiteral("_pkey"), {id.id}};
            m_doc.model.tables.append(table);
        }
    }

    // Decides how many FKs each table gets and where the special ones go: a forward
    // reference closing a two-table cycle every 200 tables, a self-reference every 100.
    void planForeignKeys()
    {
        const int n = tableCount();
        m_fkCount.fill(0, n);
        if (n == 0)
            return;
        const int total = std::max(0, m_options.foreignKeys);
        for (int t = 0; t < n; ++t)
            m_fkCount[t] = total / n;
        // The remainder goes to distinct random tables (a partial Fisher-Yates shuffle).
        QList<int> order(n);
        std::iota(order.begin(), order.end(), 0);
        const int remainder = total % n;
        for (int i = 0; i < remainder; ++i) {
            std::swap(order[i], order[i + bounded(n - i)]);
            ++m_fkCount[order[i]];
        }
    }

    struct FkPlan
    {
        int target;
        bool forward; // closes a cycle: nullable, deferrable
    };

    FkPlan planFk(int t, int slot)
    {
        const int n = tableCount();
        if (slot == 0 && t % 200 == 100 && t + 1 < n && m_fkCount[t + 1] > 0)
            return {t + 1, true};
        if (slot == 0 && t % 200 == 101 && m_fkCount[t - 1] > 0)
            return {t - 1, false};
        if (t == 0 || (slot == 0 && t % 100 == 50))
            return {t, true};
        // Mostly near neighbours (modules reference their own tables), some anywhere.
        if (chance(50))
            return {std::max(0, t - 1 - bounded(20)), false};
        return {bounded(t), false};
    }

    QString uniqueColumnName(QHash<QString, int>& used, const QString& base)
    {
        const int seen = used.value(base, 0);
        used.insert(base, seen + 1);
        return seen == 0 ? base : QStringLiteral("%1_%2").arg(base).arg(seen + 1);
    }

    model::Column makeColumn(const QString& name, const char* type)
    {
        model::Column column;
        column.id = m_ids.next(u"col");
        column.name = name;
        column.type = *LogicalType::parse(latin1(type));
        return column;
    }

    void fillTable(int t)
    {
        model::Table& table = m_doc.model.tables[t];
        QHash<QString, int> used;
        const int n = tableCount();
        const int base = m_options.columns / std::max(1, n);
        const int wanted = std::max(1 + m_fkCount[t], base + (t < m_options.columns % n ? 1 : 0));

        used.insert(QStringLiteral("id"), 1); // made with the shell, see makeTableShells()

        for (int slot = 0; slot < m_fkCount[t]; ++slot)
            addForeignKey(table, t, planFk(t, slot), used);

        QList<const Archetype*> kinds; // archetype of each ordinary column, in order
        while (table.columns.size() < wanted) {
            const Archetype& a = kArchetypes[bounded(int(std::size(kArchetypes)))];
            model::Column column = makeColumn(uniqueColumnName(used, latin1(a.name)), a.type);
            column.nullable = a.nullable;
            column.defaultValue = {a.defaultKind, latin1(a.defaultValue)};
            if (column.type.kind == LogicalType::Kind::Enum) {
                const model::EnumType& e = pickEnum(table.schemaId);
                column.type.enumId = e.id;
                column.defaultValue.value = e.values.first();
            }
            if (a.pii != Pii::None) {
                column.pii = a.pii;
                column.retention = chance(80) ? QStringLiteral("P2Y") : QStringLiteral("P90D");
            }
            if (chance(10))
                column.comment = QStringLiteral("Generated %1 column.").arg(latin1(a.type));
            table.columns.append(column);
            kinds.append(&a);
        }
        // Pointers into the column list only once it has stopped growing.
        QList<const model::Column*> indexable;
        const model::Column* amount = nullptr;
        const model::Column* code = nullptr;
        const model::Column* optionalIndexable = nullptr;
        const qsizetype firstOrdinary = table.columns.size() - kinds.size();
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const model::Column& c = table.columns[firstOrdinary + i];
            if (!kinds[i]->indexable)
                continue;
            indexable.append(&c);
            if (!amount && c.type.kind == LogicalType::Kind::Decimal)
                amount = &c;
            if (!code && qstrcmp(kinds[i]->name, "code") == 0)
                code = &c;
            if (!optionalIndexable && c.nullable)
                optionalIndexable = &c;
        }
        addConstraintsAndIndexes(table, t, indexable, amount, code, optionalIndexable);
    }

    const model::EnumType& pickEnum(const core::Id& schemaId)
    {
        const auto& enums = m_doc.model.enums;
        const qsizetype start = bounded(int(enums.size()));
        for (qsizetype i = 0; i < enums.size(); ++i) {
            const model::EnumType& e = enums[(start + i) % enums.size()];
            if (e.schemaId == schemaId)
                return e;
        }
        return enums[start];
    }

    void addForeignKey(model::Table& table, int t, const FkPlan& plan, QHash<QString, int>& used)
    {
        const model::Table& target = m_doc.model.tables[plan.target];
        const bool self = plan.target == t;
        const QString base =
            self ? QStringLiteral("parent_id") : target.name + QStringLiteral("_id");
        model::Column column = makeColumn(uniqueColumnName(used, base), "bigint");
        const bool optional = self || plan.forward || chance(40);
        column.nullable = optional;
        table.columns.append(column);

        model::ForeignKey fk;
        fk.id = m_ids.next(u"fk");
        fk.name = table.name + QLatin1Char('_') + column.name + QStringLiteral("_fkey");
        fk.columnIds = {column.id};
        fk.referencedTableId = target.id;
        fk.referencedColumnIds = {target.columns.first().id};
        if (self || plan.forward) {
            fk.onDelete = model::ReferentialAction::SetNull;
            fk.deferrable = plan.forward;
        } else if (optional) {
            fk.onDelete = chance(50) ? model::ReferentialAction::SetNull
                                     : model::ReferentialAction::NoAction;
        } else {
            constexpr model::ReferentialAction kActions[] = {model::ReferentialAction::Cascade,
                                                             model::ReferentialAction::Restrict,
                                                             model::ReferentialAction::NoAction};
            fk.onDelete = kActions[bounded(3)];
        }
        table.foreignKeys.append(fk);

        model::Index index;
        index.id = m_ids.next(u"idx");
        index.name = table.name + QLatin1Char('_') + column.name + QStringLiteral("_idx");
        index.keys = {model::IndexKey{column.id, {}, {}, {}}};
        table.indexes.append(index);
    }

    void addConstraintsAndIndexes(model::Table& table, int t,
                                  const QList<const model::Column*>& indexable,
                                  const model::Column* amount, const model::Column* code,
                                  const model::Column* optionalIndexable)
    {
        if (code)
            table.uniques.append(
                {m_ids.next(u"uq"), table.name + QStringLiteral("_code_key"), {code->id}});
        if (amount)
            table.checks.append({m_ids.next(u"ck"), table.name + QStringLiteral("_amount_check"),
                                 amount->name + QStringLiteral(" >= 0")});
        if (t % 5 == 0 && indexable.size() >= 2) {
            model::Index index;
            index.id = m_ids.next(u"idx");
            index.name = table.name + QStringLiteral("_composite_idx");
            index.keys = {model::IndexKey{indexable[0]->id, {}, {}, {}},
                          model::IndexKey{indexable[1]->id, {}, model::IndexKey::Sort::Desc, {}}};
            table.indexes.append(index);
        }
        if (t % 10 == 3 && optionalIndexable) {
            model::Index index;
            index.id = m_ids.next(u"idx");
            index.name = table.name + QStringLiteral("_partial_idx");
            index.keys = {model::IndexKey{optionalIndexable->id, {}, {}, {}}};
            index.where = optionalIndexable->name + QStringLiteral(" IS NOT NULL");
            table.indexes.append(index);
        }
    }

    // A few views over public tables (unqualified SQL only resolves there on every
    // engine: PostgreSQL's search_path, flattened names elsewhere).
    void makeViews()
    {
        const auto& tables = m_doc.model.tables;
        const core::Id publicId = m_doc.model.schemas.first().id;
        const int wanted = std::max(1, tableCount() / 200);
        for (qsizetype t = 0; t < tables.size() && m_doc.model.views.size() < wanted; t += 7) {
            if (tables[t].schemaId != publicId)
                continue;
            model::View view;
            view.id = m_ids.next(u"viw");
            view.schemaId = publicId;
            view.name = tables[t].name + QStringLiteral("_summary");
            view.sql = QStringLiteral("SELECT id FROM %1").arg(tables[t].name);
            view.comment = QStringLiteral("Ids of %1.").arg(tables[t].name);
            m_doc.model.views.append(view);
        }
    }

    // Row-major grid; each row is as tall as its tallest box (a title bar plus one line
    // per column), so boxes never overlap.
    void makeLayout()
    {
        const auto& tables = m_doc.model.tables;
        const int perRow = std::max(1, int(std::ceil(std::sqrt(double(tables.size())))));
        double y = 0;
        for (qsizetype rowStart = 0; rowStart < tables.size(); rowStart += perRow) {
            qsizetype tallest = 0;
            for (qsizetype i = rowStart; i < std::min(tables.size(), rowStart + perRow); ++i) {
                const qsizetype height = 36 + 22 * tables[i].columns.size();
                tallest = std::max(tallest, height);
                document::NodeLayout node;
                node.x = double((i - rowStart) * (kColumnWidth + kGapX));
                node.y = y;
                node.width = double(kColumnWidth);
                m_doc.layout.nodes.insert(tables[i].id, node);
            }
            y += double(tallest + kGapY);
        }
        for (qsizetype v = 0; v < m_doc.model.views.size(); ++v) {
            document::NodeLayout node;
            node.x = double(v * (kColumnWidth + kGapX));
            node.y = y;
            node.width = double(kColumnWidth);
            node.color = QStringLiteral("#9b9b9b");
            m_doc.layout.nodes.insert(m_doc.model.views[v].id, node);
        }
        constexpr const char* kColors[] = {"#4a90d9", "#f5a623", "#7ed321", "#bd10e0"};
        for (qsizetype s = 0; s < m_doc.model.schemas.size(); ++s) {
            document::SubjectArea area;
            area.id = m_ids.next(u"area");
            area.name = m_doc.model.schemas[s].name;
            area.color = latin1(kColors[s % std::size(kColors)]);
            for (const model::Table& table : tables) {
                if (table.schemaId == m_doc.model.schemas[s].id)
                    area.memberIds.append(table.id);
            }
            m_doc.layout.subjectAreas.append(area);
        }
        document::Note note;
        note.id = m_ids.next(u"note");
        note.text = QStringLiteral("Generated by schemata-synth (seed %1).").arg(m_options.seed);
        note.y = -120;
        note.width = 320;
        m_doc.layout.notes.append(note);
    }

    const SyntheticProjectOptions& m_options;
    QRandomGenerator64 m_random;
    core::IdGenerator m_ids;
    document::Document m_doc;
    QList<int> m_fkCount;
};

} // namespace

document::Document generateSyntheticProject(const SyntheticProjectOptions& options)
{
    return Generator(options).run();
}

} // namespace schemata::synth
