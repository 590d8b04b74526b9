#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace brm {

/// A JSON document as brm writes it (indented by two): every value exactly, but written
/// so that no byte can act on a terminal or a CI log that shows it. JSON already escapes
/// C0; DEL, C1 and the line and paragraph separators become \u escapes too, and the '#'
/// of "##[" (the older workflow command syntax, honoured anywhere in a log line) \u0023.
/// Outside strings JSON holds none of these, so the text is edited as a whole.
std::string json_text(const nlohmann::json& doc);
std::string json_text(const nlohmann::ordered_json& doc);

/// The same edit of JSON text already written.
std::string json_safe(std::string text);

}  // namespace brm
