#include "brm/render/diff.hpp"
#include "brm/model/text.hpp"
#include "brm/render/json_text.hpp"
#include "brm/util/display_width.hpp"
#include "brm/util/i18n.hpp"
#include "brm/util/locale_format.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <nlohmann/json.hpp>

#include "markdown.hpp"

namespace brm {
namespace {

/// A change with its sign ("+3", "-0.50"); the number is already written for the language.
std::string signed_text(std::string number, double v) {
  if (v > 0) return "+" + number;
  return number;  // a negative number carries its own minus sign
}

/// Pads to `width` terminal columns, so that "Överenskommelser" lines up like ASCII.
std::string pad_right(const std::string& text, std::size_t width) {
  const auto w = display_width(text);
  return w >= width ? text : text + std::string(width - w, ' ');
}
std::string pad_left(const std::string& text, std::size_t width) {
  const auto w = display_width(text);
  return w >= width ? text : std::string(width - w, ' ') + text;
}

bool whole(double v) { return v == static_cast<double>(static_cast<long long>(v)); }

std::string value_text(const std::optional<double>& v, bool percent) {
  if (!v) return tr("n/a");
  if (language() == Lang::en) {  // as brm has always written them
    if (percent) return fmt::format("{:.1f}%", *v);
    return whole(*v) ? fmt::format("{}", static_cast<long long>(*v)) : fmt::format("{:.2f}", *v);
  }
  if (percent) return localized_percent(*v, 1, 1);
  return localized_number(*v, whole(*v) ? 0 : 2, whole(*v) ? 0 : 2, false);
}

std::string change_text(const MeasureChange& m) {
  const auto c = m.change();
  if (!c) return "";
  if (*c == 0) return tr("no change");
  if (language() == Lang::en) {
    if (m.percent) return fmt::format("{:+.1f} points", *c);
    return whole(*c) ? fmt::format("{:+}", static_cast<long long>(*c)) : fmt::format("{:+.2f}", *c);
  }
  if (m.percent) return trf("{} points", signed_text(localized_number(*c, 1, 1, false), *c));
  return signed_text(localized_number(*c, whole(*c) ? 0 : 2, whole(*c) ? 0 : 2, false), *c);
}

std::string counts(const KindChanges& k) {
  std::vector<std::string> parts;
  if (!k.added.empty()) parts.push_back(trf("{} added", k.added.size()));
  if (!k.changed.empty()) parts.push_back(trf("{} changed", k.changed.size()));
  if (!k.removed.empty()) parts.push_back(trf("{} removed", k.removed.size()));
  return fmt::format("{}", fmt::join(parts, ", "));
}

bool nothing(const DiffReport& d) { return d.diff.kinds.empty(); }

}  // namespace

void render_diff_text(const DiffReport& d, std::ostream& out) {
  out << trf("Changes from {} to {} (as of {})", visible(d.before_name), visible(d.after_name), d.as_of.str())
      << "\n\n";
  if (nothing(d)) out << tr("No record was added, changed or removed.") << '\n';
  for (const auto& k : d.diff.kinds) out << fmt::format("{:<14} {}\n", spec_of(k.kind).folder, counts(k));
  if (!d.diff.events.empty()) out << '\n' << tr("What happened") << '\n';
  for (const auto& e : d.diff.events)
    out << fmt::format("  {} {}{}: {}\n", spec_of(e.kind).name, visible(e.id),
                       e.customer.empty() || e.customer == e.id ? "" : fmt::format(" ({})", visible(e.customer)),
                       visible(e.what));
  if (!d.broken_before.empty() || !d.broken_after.empty())
    out << '\n' << tr("Left out, with errors (see 'brm validate')") << '\n';
  for (const auto& [side, files] : {std::pair{&d.before_name, &d.broken_before}, {&d.after_name, &d.broken_after}})
    for (const auto& f : *files) out << "  " << trf("{} in {}", visible(f), visible(*side)) << '\n';
  out << '\n' << trf("Measurements ({} to {})", d.period.from.str(), d.period.to.str()) << '\n';
  for (const auto& m : d.diff.measures)
    out << fmt::format("  {} {} {}  {}\n", pad_right(m.name, 55), pad_left(value_text(m.before, m.percent), 8),
                       pad_left(value_text(m.after, m.percent), 8), change_text(m));
}

void render_diff_markdown(const DiffReport& d, std::ostream& out) {
  out << "## " << trf("Customer database: {} → {}", markdown_line(d.before_name), markdown_line(d.after_name))
      << "\n\n";
  if (nothing(d))
    out << tr("No record was added, changed or removed.") << "\n\n";
  else {
    out << fmt::format("| {} | {} | {} | {} |\n|---|---:|---:|---:|\n", tr("Records"), tr("Added"), tr("Changed"),
                       tr("Removed"));
    for (const auto& k : d.diff.kinds)
      out << fmt::format("| {} | {} | {} | {} |\n", spec_of(k.kind).folder, k.added.size(), k.changed.size(),
                         k.removed.size());
    out << '\n';
  }
  if (!d.diff.events.empty()) out << "### " << tr("What happened") << "\n\n";
  for (const auto& e : d.diff.events)
    out << fmt::format("- {} `{}`{}: {}\n", spec_of(e.kind).name, e.id,
                       e.customer.empty() || e.customer == e.id ? "" : fmt::format(" ({})", markdown_line(e.customer)),
                       markdown_line(e.what));
  if (!d.diff.events.empty()) out << '\n';
  const bool broken = !d.broken_before.empty() || !d.broken_after.empty();
  if (broken) out << "### " << tr("Left out, with errors (see `brm validate`)") << "\n\n";
  for (const auto& [side, files] : {std::pair{&d.before_name, &d.broken_before}, {&d.after_name, &d.broken_after}})
    for (const auto& f : *files) out << "- " << trf("{} in {}", fmt::format("`{}`", f), markdown_line(*side)) << '\n';
  if (broken) out << '\n';
  out << "### " << trf("Measurements, {} to {}", d.period.from.str(), d.period.to.str()) << "\n\n";
  out << fmt::format("| {} | {} | {} | {} |\n|---|---:|---:|---:|\n", tr("Measurement"),
                     markdown_text(d.before_name, "<br>"), markdown_text(d.after_name, "<br>"), tr("Change"));
  for (const auto& m : d.diff.measures)
    out << fmt::format("| {} | {} | {} | {} |\n", m.name, value_text(m.before, m.percent),
                       value_text(m.after, m.percent), change_text(m));
}

void render_diff_json(const DiffReport& d, std::ostream& out) {
  using Json = nlohmann::ordered_json;
  auto kinds = Json::array();
  for (const auto& k : d.diff.kinds)
    kinds.push_back(
        {{"kind", spec_of(k.kind).name}, {"added", k.added}, {"changed", k.changed}, {"removed", k.removed}});
  auto events = Json::array();
  for (const auto& e : d.diff.events)
    events.push_back({{"kind", spec_of(e.kind).name}, {"id", e.id}, {"customer", e.customer}, {"what", e.what}});
  auto measures = Json::array();
  auto num = [](const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); };
  for (const auto& m : d.diff.measures)
    measures.push_back({{"name", m.name},
                        {"unit", m.percent ? "percent" : "number"},
                        {"before", num(m.before)},
                        {"after", num(m.after)},
                        {"change", num(m.change())}});
  Json doc = {{"version", 1},
              {"before", d.before_name},
              {"after", d.after_name},
              {"as_of", d.as_of.str()},
              {"period", {{"from", d.period.from.str()}, {"to", d.period.to.str()}}},
              {"records", std::move(kinds)},
              {"events", std::move(events)},
              {"left_out", {{"before", d.broken_before}, {"after", d.broken_after}}},
              {"measurements", std::move(measures)}};
  out << json_text(doc) << '\n';
}

}  // namespace brm
