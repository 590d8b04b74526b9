#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "brm/model/kinds.hpp"
#include "brm/model/policy.hpp"

namespace brm {

/// JSON Schema (draft 2020-12) for one kind, generated from its description; scores
/// take their range from `policy`.
nlohmann::ordered_json json_schema(const KindSpec& spec, const Policy& policy);

/// The field reference as Markdown: every kind (docs/data-model.md is this output),
/// or only the kind named.
std::string data_model_markdown(std::string_view only_kind = {});

}  // namespace brm
