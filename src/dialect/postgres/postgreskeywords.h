#pragma once

#include <span>
#include <string_view>

namespace schemata::dialect::postgres {

// The keywords the engine refuses (or reads differently) as bare lowercase identifiers, upper
// case and sorted; see postgreskeywords.cpp for how they were found.
std::span<const std::string_view> postgresKeywords();

} // namespace schemata::dialect::postgres
