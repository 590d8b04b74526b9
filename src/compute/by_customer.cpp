#include "brm/compute/by_customer.hpp"

namespace brm {
namespace {

std::map<std::string, Workspace, std::less<>> parts_for_customers(const Workspace& ws) {
  std::map<std::string, Workspace, std::less<>> out;
  for (const auto& c : ws.of_kind(Kind::customer)) {
    auto& part = out[c.id];
    part.root = ws.root;
    part.config = ws.config;
  }
  return out;
}

std::string_view owner_of(const Record& r) {
  return r.kind == Kind::customer ? std::string_view(r.id) : r.doc->find_text(*r.doc->root(), "customer");
}

}  // namespace

std::map<std::string, Workspace, std::less<>> split_by_customer(Workspace&& ws) {
  auto out = parts_for_customers(ws);
  for (auto& r : ws.records) {
    if (r.kind == Kind::service || !r.doc) continue;
    if (auto it = out.find(owner_of(r)); it != out.end()) it->second.records.push_back(std::move(r));
  }
  ws.records.clear();
  for (auto& [id, part] : out) part.files_read = part.records.size() + 1;
  return out;
}

std::map<std::string, Workspace, std::less<>> split_by_customer(const Workspace& ws, bool with_services) {
  auto out = parts_for_customers(ws);
  // ws.records is ordered by kind, then path; appending in that order keeps each part ordered.
  for (const auto& r : ws.records) {
    if (r.kind == Kind::service) {
      if (with_services)
        for (auto& [id, part] : out) part.records.push_back(r);
      continue;
    }
    if (!r.doc) continue;
    if (auto it = out.find(owner_of(r)); it != out.end()) it->second.records.push_back(r);
  }
  for (auto& [id, part] : out) part.files_read = part.records.size() + 1;
  return out;
}

}  // namespace brm
