#include "site_inputs.hpp"

#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string_view>

#include "brm/compute/customer_records.hpp"
#include "brm/util/parallel.hpp"

namespace brm {
namespace {

std::uint64_t text_hash(std::string_view s) { return std::hash<std::string_view>{}(s); }

/// This program as a fingerprint: another build of brm may lay pages out otherwise, so
/// its first run makes every page again (and still keeps those whose bytes are the same).
/// From the program's bytes, not its file's time or inode: the same package installed
/// afresh by every CI job is the same program.
std::uint64_t program() {
  // 0 if it cannot be read: then no page's inputs are known, and every page is made.
  std::ifstream in("/proc/self/exe", std::ios::binary);
  std::ostringstream bytes;
  if (!(in && bytes << in.rdbuf())) return 0;
  return text_hash(bytes.view());
}

/// A record file's path and bytes as a fingerprint.
std::uint64_t file(const Record& r) { return fold(text_hash(r.path), r.content_hash); }

/// The file at `path` as a fingerprint; 0 for a path not read.
std::uint64_t file(const Workspace& ws, std::string_view path) {
  const auto* r = ws.at_path(path);
  return r ? file(*r) : 0;
}

/// Every file of each kind, in the order read.
std::map<Kind, std::uint64_t> per_kind(const Workspace& ws) {
  std::map<Kind, std::uint64_t> out;
  for (const auto& r : ws.records) out[r.kind] = fold(out[r.kind], file(r));
  return out;
}

std::uint64_t context(const OpenWorkspace& w, const SiteInput& in, const std::map<Kind, std::uint64_t>& kinds) {
  auto h = w.ws.config.content_hash;
  h = fold(h, static_cast<std::uint64_t>(w.ctx.as_of.days()));
  h = fold(fold(h, text_hash(in.title)), static_cast<std::uint64_t>(in.within_days));
  // The catalogue's names are on every page that names a service.
  if (const auto it = kinds.find(Kind::service); it != kinds.end()) h = fold(h, it->second);
  // A record left out, or let back in, changes what the others link to.
  for (const auto& path : w.left_out) h = fold(h, text_hash(path));
  return h;
}

/// What one customer's page is made from: its own records, its parent and the
/// customers below it (their names), the records its improvements name.
std::uint64_t customer(const Workspace& ws, const CustomerRecords& c, const Hierarchy& tree) {
  auto h = file(ws, c.customer->origin.path);
  auto add = [&](const auto& list) {
    for (const auto* r : list) h = fold(h, file(ws, r->origin.path));
  };
  add(c.agreements), add(c.meetings), add(c.complaints), add(c.surveys), add(c.improvements), add(c.deliveries);
  if (const auto* parent = c.data->customer(c.customer->parent)) h = fold(h, file(ws, parent->origin.path));
  for (const auto& [child, parent] : customers_below(*c.data, tree, c.id)) h = fold(h, file(ws, child->origin.path));
  for (const auto* i : c.improvements) {
    const auto source = parse_source_ref(i->source);
    if (const auto* r = source ? find_record(ws, source->kind, source->id) : nullptr) h = fold(h, file(*r));
  }
  return h;
}

}  // namespace

SiteInputs site_inputs(const OpenWorkspace& w, const SiteInput& in) {
  const auto kinds = per_kind(w.ws);
  SiteInputs out;
  const auto brm = program();
  if (!brm) return out;
  out.context = fold(context(w, in, kinds), brm);
  for (const auto& [kind, h] : kinds) out.everything = fold(out.everything, h);
  for (std::size_t k = 0; k < EnumNames<ReportKind>::names.size(); ++k) {
    const auto report = static_cast<ReportKind>(k);
    if (report == ReportKind::customer) continue;
    std::uint64_t h = 0;
    for (const auto kind : kinds_read_by(report))
      if (const auto it = kinds.find(kind); it != kinds.end()) h = fold(h, it->second);
    out.reports[report] = h;
  }
  const auto tree = customer_hierarchy(w.records);
  const auto all = records_by_customer(w.records);
  out.customers.resize(all.size());
  parallel_for(
      all.size(), [&](std::size_t i, unsigned) { out.customers[i] = customer(w.ws, all[i], tree); }, 64);
  return out;
}

}  // namespace brm
