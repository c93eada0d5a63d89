#include "dialect/dependencyorder.h"

#include <QHash>

namespace schemata::dialect {

namespace {

enum class Mark : quint8
{
    None,
    Visiting,
    Done
};

// Explicit stack instead of recursion: a chain of thousands of tables must not
// exhaust the call stack.
struct Frame
{
    const model::Table* table;
    qsizetype nextForeignKey;
};

} // namespace

CreationOrder CreationOrder::compute(const model::Model& model, const model::ModelIndex& index)
{
    CreationOrder order;
    order.tables.reserve(model.tables.size());
    QHash<const model::Table*, Mark> marks;
    marks.reserve(model.tables.size());

    for (const model::Table& root : model.tables) {
        if (marks.value(&root) != Mark::None)
            continue;
        QList<Frame> stack{{&root, 0}};
        marks.insert(&root, Mark::Visiting);
        while (!stack.isEmpty()) {
            Frame& frame = stack.last();
            const model::Table* table = frame.table;
            if (frame.nextForeignKey == table->foreignKeys.size()) {
                marks.insert(table, Mark::Done);
                order.tables.append(table);
                stack.removeLast();
                continue;
            }
            const model::ForeignKey& fk = table->foreignKeys.at(frame.nextForeignKey++);
            const model::Table* target = index.table(fk.referencedTableId);
            if (!target) {
                order.danglingForeignKeys.insert(fk.id);
                continue;
            }
            switch (marks.value(target)) {
            case Mark::Done:
                break;
            case Mark::Visiting: // self-reference or a key closing a cycle
                order.deferredForeignKeys.insert(fk.id);
                break;
            case Mark::None:
                marks.insert(target, Mark::Visiting);
                stack.append({target, 0}); // invalidates `frame`; not used below
                break;
            }
        }
    }
    return order;
}

} // namespace schemata::dialect
