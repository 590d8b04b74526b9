#include "brm/commands/common.hpp"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <ctime>

#include "brm/util/i18n.hpp"
#include "brm/workspace/loader.hpp"

namespace brm {

void add_delimiter_option(CLI::App& app, std::optional<std::string>& into) {
  app.add_option("--delimiter", into, "The field delimiter; default: the one the header line uses")
      ->check(CLI::IsMember({",", ";", "tab"}).description(""))
      ->type_name(",|;|tab");
}

std::optional<char> delimiter_of(const std::optional<std::string>& option) {
  if (!option) return std::nullopt;
  return *option == "tab" ? '\t' : option->front();
}

void add_as_of_option(CLI::App& app, std::optional<std::string>& into) {
  app.add_option("--as-of", into,
                 "The date that counts as today (YYYY-MM-DD); default: SOURCE_DATE_EPOCH if set, else today")
      ->type_name("DATE");
}

CLI::Option* add_at_option(CLI::App& app, std::optional<std::string>& into) {
  return app
      .add_option("--at", into,
                  "Read the workspace as it was in this git revision (HEAD~1, main, a tag), from the repository "
                  "without a checkout; --as-of still defaults to today")
      ->type_name("REV");
}

int fail(Io& io, const std::string& message) {
  io.err << "brm: error: " << visible(message) << '\n';
  return 2;
}

void check_text_option(std::string_view name, const std::optional<std::string>& value, TextLines lines, Failure& f) {
  if (!value) return;
  if (const auto why = check_text_value(*value, lines); !why.empty()) f.add(fmt::format("{} {}", name, why));
}

std::optional<Date> date_option(std::string_view name, const std::optional<std::string>& value, Failure& f) {
  if (!value) return std::nullopt;
  const auto d = Date::parse(*value);
  if (!d) f.add(trf("{} wants a real date written YYYY-MM-DD, not '{}'", name, *value));
  return d;
}

std::optional<Date> resolve_as_of(const std::optional<std::string>& flag, Io& io) {
  if (flag) {
    if (auto d = Date::parse(*flag)) return d;
    fail(io, trf("--as-of wants a real date written YYYY-MM-DD, not '{}'", *flag));
    return std::nullopt;
  }
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    const long long seconds = std::strtoll(epoch, &end, 10);
    if (*end != '\0' || seconds < 0) {
      fail(io, trf("SOURCE_DATE_EPOCH must be a number of seconds, not '{}'", epoch));
      return std::nullopt;
    }
    return Date::from_days(static_cast<long>(seconds / 86400));
  }
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date::from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                        static_cast<unsigned>(local.tm_mday));
}

std::optional<std::filesystem::path> locate_workspace(const GlobalOptions& g, Io& io) {
  std::string err;
  auto root = find_workspace(g.workspace, std::filesystem::current_path(), err);
  if (!root) fail(io, err);
  return root;
}

bool use_color(const GlobalOptions& g, bool is_terminal) {
  const auto when = parse_enum<ColorWhen>(g.color).value_or(ColorWhen::auto_);
  if (when != ColorWhen::auto_) return when == ColorWhen::always;
  const auto set = [](const char* name) {
    const char* v = std::getenv(name);
    return v && *v ? std::string_view(v) : std::string_view();
  };
  // The conventions of no-color.org and bixense.com/clicolors, in that order: NO_COLOR
  // wins, CLICOLOR_FORCE colours a pipe (a CI log that shows colours), and a terminal
  // that says it is dumb gets none.
  if (!set("NO_COLOR").empty()) return false;
  if (const auto force = set("CLICOLOR_FORCE"); !force.empty() && force != "0") return true;
  return is_terminal && set("TERM") != "dumb";
}

}  // namespace brm
