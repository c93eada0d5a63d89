#pragma once

#include "core/id.h"
#include "core/result.h"
#include "model/domaintype.h"

#include <QString>

namespace schemata::app {

class DocumentController;

// Undoable edits of PostgreSQL domains, each one command on the controller's undo stack
// (the model-level rules live in model/domainedits.h). Kept out of the controller so
// that it does not grow with every object kind.
class DomainCommands
{
public:
    explicit DomainCommands(DocumentController* controller) : m_controller(controller) {}

    // Adds `domain` with a fresh id (and fresh ids for its checks); returns the id.
    core::Result<core::Id> addDomain(const model::DomainType& domain);
    // Replaces the domain with domain.id; checks without an id get one. Columns declared
    // with it follow a change of base type in the same undo step.
    core::Status updateDomain(const model::DomainType& domain);
    core::Status renameDomain(const core::Id& domainId, const QString& name);
    // Deletes the domain; the columns declared with it keep its base type.
    core::Status removeDomain(const core::Id& domainId);

    // A name no domain or enum of the schema has: "domain", "domain_2", …
    QString unusedName(const core::Id& schemaId, const QString& base) const;

private:
    DocumentController* m_controller;
};

} // namespace schemata::app
