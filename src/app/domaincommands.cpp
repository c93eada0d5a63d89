#include "app/domaincommands.h"

#include "app/documentcontroller.h"
#include "model/domainedits.h"

#include <QCoreApplication>

namespace schemata::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("schemata::app::DomainCommands", text);
}

} // namespace

core::Result<core::Id> DomainCommands::addDomain(const model::DomainType& domain)
{
    model::DomainType added = domain;
    added.id = m_controller->newId(u"dom");
    for (model::CheckConstraint& check : added.checks) {
        if (check.id.isNull())
            check.id = m_controller->newId(u"ck");
    }
    const core::Status status =
        m_controller->applyEdit(tr("Add Domain"), added.id, {}, [&](document::Document& doc) {
            return model::addDomain(doc.model, added);
        });
    if (!status)
        return status.error();
    return added.id;
}

core::Status DomainCommands::updateDomain(const model::DomainType& domain)
{
    model::DomainType edited = domain;
    for (model::CheckConstraint& check : edited.checks) {
        if (check.id.isNull())
            check.id = m_controller->newId(u"ck");
    }
    return m_controller->applyEdit(tr("Edit Domain"), edited.id, {}, [&](document::Document& doc) {
        return model::updateDomain(doc.model, edited);
    });
}

core::Status DomainCommands::renameDomain(const core::Id& domainId, const QString& name)
{
    const model::DomainType* current = m_controller->document().model.domainType(domainId);
    if (!current)
        return core::Error{domainId.toString(), tr("no such domain")};
    model::DomainType renamed = *current;
    renamed.name = name;
    return m_controller->applyEdit(
        tr("Rename Domain"), domainId, QStringLiteral("domain.name"),
        [&](document::Document& doc) { return model::updateDomain(doc.model, renamed); });
}

core::Status DomainCommands::removeDomain(const core::Id& domainId)
{
    return m_controller->applyEdit(tr("Delete Domain"), domainId, {}, [&](document::Document& doc) {
        return model::removeDomain(doc.model, domainId);
    });
}

QString DomainCommands::unusedName(const core::Id& schemaId, const QString& base) const
{
    const model::Model& m = m_controller->document().model;
    const auto taken = [&](const QString& name) {
        for (const model::DomainType& d : m.domains) {
            if (d.schemaId == schemaId && d.name == name)
                return true;
        }
        for (const model::EnumType& e : m.enums) {
            if (e.schemaId == schemaId && e.name == name)
                return true;
        }
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = base + QLatin1Char('_') + QString::number(n);
    return name;
}

} // namespace schemata::app
