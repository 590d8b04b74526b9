#include <catch2/catch.hpp>

#include <cstdlib>
#include <map>
#include <optional>
#include <string>

#include "brm/commands/common.hpp"

namespace {

/// Sets the colour variables for one check and puts back what was there.
class ColorEnv {
 public:
  explicit ColorEnv(const std::map<std::string, std::optional<std::string>>& vars) {
    for (const auto& [name, value] : vars) {
      const char* old = std::getenv(name.c_str());
      saved_[name] = old ? std::optional<std::string>(old) : std::nullopt;
      value ? ::setenv(name.c_str(), value->c_str(), 1) : ::unsetenv(name.c_str());
    }
  }
  ~ColorEnv() {
    for (const auto& [name, value] : saved_)
      value ? ::setenv(name.c_str(), value->c_str(), 1) : ::unsetenv(name.c_str());
  }

 private:
  std::map<std::string, std::optional<std::string>> saved_;
};

bool color(const std::string& when, bool terminal, const std::map<std::string, std::optional<std::string>>& vars) {
  ColorEnv env(vars);
  brm::GlobalOptions g;
  g.color = when;
  return brm::use_color(g, terminal);
}

const std::optional<std::string> unset;

}  // namespace

TEST_CASE("colour: a terminal, unless NO_COLOR or a dumb TERM") {
  CHECK(color("auto", true, {{"NO_COLOR", unset}, {"CLICOLOR_FORCE", unset}, {"TERM", "xterm"}}));
  CHECK_FALSE(color("auto", false, {{"NO_COLOR", unset}, {"CLICOLOR_FORCE", unset}, {"TERM", "xterm"}}));
  CHECK_FALSE(color("auto", true, {{"NO_COLOR", "1"}, {"CLICOLOR_FORCE", unset}, {"TERM", "xterm"}}));
  CHECK_FALSE(color("auto", true, {{"NO_COLOR", unset}, {"CLICOLOR_FORCE", unset}, {"TERM", "dumb"}}));
  CHECK(color("auto", true, {{"NO_COLOR", ""}, {"CLICOLOR_FORCE", unset}, {"TERM", unset}}));
}

TEST_CASE("colour: CLICOLOR_FORCE colours a pipe and a dumb terminal, NO_COLOR still wins") {
  CHECK(color("auto", false, {{"NO_COLOR", unset}, {"CLICOLOR_FORCE", "1"}, {"TERM", "xterm"}}));
  CHECK(color("auto", true, {{"NO_COLOR", unset}, {"CLICOLOR_FORCE", "1"}, {"TERM", "dumb"}}));
  CHECK_FALSE(color("auto", false, {{"NO_COLOR", unset}, {"CLICOLOR_FORCE", "0"}, {"TERM", "xterm"}}));
  CHECK_FALSE(color("auto", false, {{"NO_COLOR", "1"}, {"CLICOLOR_FORCE", "1"}, {"TERM", "xterm"}}));
}

TEST_CASE("colour: --color always and never override the environment") {
  CHECK(color("always", false, {{"NO_COLOR", "1"}, {"CLICOLOR_FORCE", unset}, {"TERM", "dumb"}}));
  CHECK_FALSE(color("never", true, {{"NO_COLOR", unset}, {"CLICOLOR_FORCE", "1"}, {"TERM", "xterm"}}));
}
