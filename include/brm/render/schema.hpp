#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "brm/model/kinds.hpp"
#include "brm/model/policy.hpp"

namespace brm {

/// JSON Schema (draft 2020-12) for one kind, generated from its description; scores
/// take their range from `policy`.
nlohmann::ordered_json json_schema(const KindSpec& spec, const Policy& policy);

/// The field reference of every kind as Markdown (docs/data-model.md is this output).
std::string data_model_markdown();

}  // namespace brm
