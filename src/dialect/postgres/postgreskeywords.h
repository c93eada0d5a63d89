#pragma once

#include <span>
#include <string_view>

namespace schemata::dialect::postgres {

// Every keyword of the engine, upper case and sorted; see postgreskeywords.cpp for its source.
std::span<const std::string_view> postgresKeywords();

} // namespace schemata::dialect::postgres
