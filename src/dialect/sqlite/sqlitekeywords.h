#pragma once

#include <span>
#include <string_view>

namespace schemata::dialect::sqlite {

// Every keyword of the engine, upper case and sorted; see sqlitekeywords.cpp for its source.
std::span<const std::string_view> sqliteKeywords();

} // namespace schemata::dialect::sqlite
