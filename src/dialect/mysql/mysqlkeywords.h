#pragma once

#include <span>
#include <string_view>

namespace schemata::dialect::mysql {

// Every keyword of the engine, upper case and sorted; see mysqlkeywords.cpp for its source.
std::span<const std::string_view> mysqlKeywords();

} // namespace schemata::dialect::mysql
