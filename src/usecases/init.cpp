#include "brm/usecases/init.hpp"

#include <fmt/format.h>

#include <optional>

#include "brm/model/currencies.hpp"
#include "brm/model/kinds.hpp"
#include "brm/model/text.hpp"
#include "brm/util/i18n.hpp"
#include "brm/workspace/atomic_write.hpp"
#include "brm/yaml/writer.hpp"

namespace brm {
namespace fs = std::filesystem;
namespace {

std::string config_text(const InitInput& in) {
  return fmt::format(
      "# brm workspace settings; see docs/data-model.md for every field.\n"
      "brm: 1\n"
      "organization: {}\n"
      "currency: {}\n"
      "policy:\n"
      "  meeting_interval_days: 90\n"
      "  complaint_response_days: 10\n"
      "  agreement_notice_days: 90\n"
      "  survey_interval_days: 365\n"
      "  plan_review_days: 180\n"
      "  survey_scale: [1, 5]\n"
      "  delivery_period: month\n"
      "  delivery_report_days: 15\n"
      "  improvement_response_days: 30\n",
      yaml::scalar_for(in.organization, 2), in.currency);
}

/// The workspace that already holds `dir` (a folder above it with brm.yaml), if any.
std::optional<fs::path> enclosing_workspace(const fs::path& dir) {
  std::error_code ec;
  auto abs = fs::weakly_canonical(fs::absolute(dir, ec), ec);
  for (auto p = abs.parent_path(); !p.empty(); p = p.parent_path()) {
    if (fs::exists(p / "brm.yaml", ec)) return p;
    if (p == p.parent_path()) break;
  }
  return std::nullopt;
}

Failure input_problems(const InitInput& in) {
  Failure f;
  if (!is_currency_code(in.currency))
    f.add(trf("--currency wants an ISO 4217 code such as SEK, EUR or USD, not '{}'", in.currency));
  if (in.organization.empty()) f.add(tr("--organization must name the IT organization"));
  if (const auto why = check_text_value(in.organization, TextLines::one); !why.empty())
    f.add(fmt::format("--organization {}", why));
  return f;
}

}  // namespace

Result<fs::path> init_workspace(const InitInput& in) {
  if (auto f = input_problems(in); !f.empty()) return f;
  const auto& root = in.root;
  std::error_code ec;
  if (fs::exists(root / "brm.yaml", ec))
    return failure(trf("{} is already a workspace (it holds brm.yaml); nothing was changed", root.string()));
  if (const auto outer = enclosing_workspace(root))
    return failure(
        trf("{} is inside the workspace {}; a workspace cannot hold another one", root.string(), outer->string()));
  fs::create_directories(root, ec);
  if (ec) return failure(trf("cannot create {}: {}", root.string(), ec.message()));
  if (auto err = write_file_atomic(root / "brm.yaml", config_text(in), WriteMode::create_new); !err.empty())
    return failure(trf("{}; nothing else was changed", err));
  for (const auto& k : kind_specs()) {
    if (k.folder.empty()) continue;
    fs::create_directories(root / k.folder, ec);
    if (ec) return failure(trf("cannot create {}: {}", (root / k.folder).string(), ec.message()));
  }
  return root;
}

}  // namespace brm
