#include "brm/render/diff.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <nlohmann/json.hpp>

#include "markdown.hpp"

namespace brm {
namespace {

bool whole(double v) { return v == static_cast<double>(static_cast<long long>(v)); }

std::string value_text(const std::optional<double>& v, bool percent) {
  if (!v) return "n/a";
  if (percent) return fmt::format("{:.1f}%", *v);
  return whole(*v) ? fmt::format("{}", static_cast<long long>(*v)) : fmt::format("{:.2f}", *v);
}

std::string change_text(const MeasureChange& m) {
  const auto c = m.change();
  if (!c) return "";
  if (*c == 0) return "no change";
  if (m.percent) return fmt::format("{:+.1f} points", *c);
  return whole(*c) ? fmt::format("{:+}", static_cast<long long>(*c)) : fmt::format("{:+.2f}", *c);
}

std::string counts(const KindChanges& k) {
  std::vector<std::string> parts;
  if (!k.added.empty()) parts.push_back(fmt::format("{} added", k.added.size()));
  if (!k.changed.empty()) parts.push_back(fmt::format("{} changed", k.changed.size()));
  if (!k.removed.empty()) parts.push_back(fmt::format("{} removed", k.removed.size()));
  return fmt::format("{}", fmt::join(parts, ", "));
}

bool nothing(const DiffReport& d) { return d.diff.kinds.empty(); }

}  // namespace

void render_diff_text(const DiffReport& d, std::ostream& out) {
  out << fmt::format("Changes from {} to {} (as of {})\n\n", d.before_name, d.after_name, d.as_of.str());
  if (nothing(d)) out << "No record was added, changed or removed.\n";
  for (const auto& k : d.diff.kinds) out << fmt::format("{:<14} {}\n", spec_of(k.kind).folder, counts(k));
  if (!d.diff.events.empty()) out << "\nWhat happened\n";
  for (const auto& e : d.diff.events)
    out << fmt::format("  {} {}{}: {}\n", spec_of(e.kind).name, e.id,
                       e.customer.empty() || e.customer == e.id ? "" : fmt::format(" ({})", e.customer), e.what);
  if (!d.broken_before.empty() || !d.broken_after.empty()) out << "\nLeft out, with errors (see 'brm validate')\n";
  for (const auto& [side, files] : {std::pair{&d.before_name, &d.broken_before}, {&d.after_name, &d.broken_after}})
    for (const auto& f : *files) out << fmt::format("  {} in {}\n", f, *side);
  out << fmt::format("\nMeasurements ({} to {})\n", d.period.from.str(), d.period.to.str());
  for (const auto& m : d.diff.measures)
    out << fmt::format("  {:<55} {:>8} {:>8}  {}\n", m.name, value_text(m.before, m.percent),
                       value_text(m.after, m.percent), change_text(m));
}

void render_diff_markdown(const DiffReport& d, std::ostream& out) {
  out << fmt::format("## Customer database: {} → {}\n\n", markdown_line(d.before_name), markdown_line(d.after_name));
  if (nothing(d)) out << "No record was added, changed or removed.\n\n";
  else {
    out << "| Records | Added | Changed | Removed |\n|---|---:|---:|---:|\n";
    for (const auto& k : d.diff.kinds)
      out << fmt::format("| {} | {} | {} | {} |\n", spec_of(k.kind).folder, k.added.size(), k.changed.size(),
                         k.removed.size());
    out << '\n';
  }
  if (!d.diff.events.empty()) out << "### What happened\n\n";
  for (const auto& e : d.diff.events)
    out << fmt::format("- {} `{}`{}: {}\n", spec_of(e.kind).name, e.id,
                       e.customer.empty() || e.customer == e.id ? "" : fmt::format(" ({})", markdown_line(e.customer)),
                       markdown_line(e.what));
  if (!d.diff.events.empty()) out << '\n';
  const bool broken = !d.broken_before.empty() || !d.broken_after.empty();
  if (broken) out << "### Left out, with errors (see `brm validate`)\n\n";
  for (const auto& [side, files] : {std::pair{&d.before_name, &d.broken_before}, {&d.after_name, &d.broken_after}})
    for (const auto& f : *files) out << fmt::format("- `{}` in {}\n", f, markdown_line(*side));
  if (broken) out << '\n';
  out << fmt::format("### Measurements, {} to {}\n\n", d.period.from.str(), d.period.to.str());
  out << fmt::format("| Measurement | {} | {} | Change |\n|---|---:|---:|---:|\n", markdown_text(d.before_name, "<br>"),
                     markdown_text(d.after_name, "<br>"));
  for (const auto& m : d.diff.measures)
    out << fmt::format("| {} | {} | {} | {} |\n", m.name, value_text(m.before, m.percent),
                       value_text(m.after, m.percent), change_text(m));
}

void render_diff_json(const DiffReport& d, std::ostream& out) {
  using Json = nlohmann::ordered_json;
  auto kinds = Json::array();
  for (const auto& k : d.diff.kinds)
    kinds.push_back({{"kind", spec_of(k.kind).name}, {"added", k.added}, {"changed", k.changed}, {"removed", k.removed}});
  auto events = Json::array();
  for (const auto& e : d.diff.events)
    events.push_back({{"kind", spec_of(e.kind).name}, {"id", e.id}, {"customer", e.customer}, {"what", e.what}});
  auto measures = Json::array();
  auto num = [](const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); };
  for (const auto& m : d.diff.measures)
    measures.push_back({{"name", m.name}, {"unit", m.percent ? "percent" : "number"}, {"before", num(m.before)},
                        {"after", num(m.after)}, {"change", num(m.change())}});
  Json doc = {{"version", 1},
              {"before", d.before_name},
              {"after", d.after_name},
              {"as_of", d.as_of.str()},
              {"period", {{"from", d.period.from.str()}, {"to", d.period.to.str()}}},
              {"records", std::move(kinds)},
              {"events", std::move(events)},
              {"left_out", {{"before", d.broken_before}, {"after", d.broken_after}}},
              {"measurements", std::move(measures)}};
  out << doc.dump(2) << '\n';
}

}  // namespace brm
