#include "support.hpp"

#include <unistd.h>

#include <fstream>
#include <iterator>
#include <map>

#include <fmt/format.h>

#include <algorithm>

#include "brm/checks/check.hpp"
#include "brm/workspace/file_source.hpp"
#include "brm/workspace/loader.hpp"

namespace brm::test {

std::string line_of(const Diagnostic& d) {
  return fmt::format("{}:{}:{}: {}: {} [{}]", d.path, d.pos.line, d.pos.column, severity_name(d.severity), d.message,
                     d.rule);
}

std::shared_ptr<const FileSource> source_of(const Files& files) {
  std::map<std::string, std::string> tree = {{"brm.yaml", "brm: 1\norganization: Test IT\ncurrency: SEK\n"}};
  for (const auto& [path, text] : files) tree[path] = text;
  return memory_source(std::move(tree));
}

Workspace workspace_of(const Files& files) {
  Workspace ws = load_workspace_config(source_of(files));
  load_records(ws);
  return ws;
}

Records facts_of(const Files& files) {
  const Workspace ws = workspace_of(files);
  return read_records(ws, read_settings(ws.config), record_kinds());
}

std::vector<std::string> validate(const Files& files, const std::string& as_of) {
  Workspace ws = workspace_of(files);
  Diagnostics all = ws.diagnostics;
  const CheckContext ctx{read_settings(ws.config), *Date::parse(as_of)};
  for (auto& d : check_workspace(ws, ctx)) all.push_back(std::move(d));
  sort_diagnostics(all);
  std::vector<std::string> lines;
  for (const auto& d : all) lines.push_back(line_of(d));
  return lines;
}

std::string valid_customer(const std::string& id) {
  return fmt::format(
      "id: {}\n"
      "name: Division {}\n"
      "customer:\n"
      "  name: Anna Berg\n"
      "purchasers:\n"
      "  - name: Erik Lund\n"
      "    business_line: Payroll\n"
      "team:\n"
      "  relationship_manager: Karin Holm\n"
      "  delivery_manager: Olle Nyberg\n",
      id, id);
}

std::filesystem::path scratch_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("brm-test-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace brm::test
