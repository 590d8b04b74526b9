#include "parser.hpp"

#include <cstring>

#include "parse_arena.hpp"

namespace brm::yaml {
namespace {

// The parser still holds heap memory besides its buffers: queued tokens (own strings)
// or %TAG directives, left behind when a parse stopped early.
bool holds_more_than_buffers(const yaml_parser_t& p) {
  return p.tokens.head != p.tokens.tail || p.tag_directives.top != p.tag_directives.start || !p.raw_buffer.start ||
         !p.buffer.start || !p.tokens.start || !p.indents.start || !p.simple_keys.start || !p.states.start ||
         !p.marks.start || !p.tag_directives.start;
}

/// The reset below copies what yaml_parser_initialize does in this libyaml release; a
/// later one may set up more, so any other release is set up afresh every time.
bool known_release() {
  static const bool known = [] {
    int major = 0, minor = 0, patch = 0;
    yaml_get_version(&major, &minor, &patch);
    return major == 0 && minor == 2 && patch == 5;
  }();
  return known;
}

}  // namespace

// Mirrors yaml_parser_initialize (libyaml 0.2.5, api.c): every field zero, every
// buffer, queue and stack empty; only the memory behind them is kept. Their sizes
// do not change what libyaml reads: queues and stacks grow on demand, and the input
// buffers keep their fixed sizes.
yaml_parser_t& ReusedParser::fresh() {
  if (plain_libyaml() || !known_release() || holds_more_than_buffers(p_)) {
    yaml_parser_delete(&p_);
    yaml_parser_initialize(&p_);
    return p_;
  }
  const auto raw = p_.raw_buffer;
  const auto buffer = p_.buffer;
  const auto tokens = p_.tokens;
  const auto indents = p_.indents;
  const auto simple_keys = p_.simple_keys;
  const auto states = p_.states;
  const auto marks = p_.marks;
  const auto tag_directives = p_.tag_directives;
  std::memset(&p_, 0, sizeof p_);
  p_.raw_buffer = {raw.start, raw.end, raw.start, raw.start};
  p_.buffer = {buffer.start, buffer.end, buffer.start, buffer.start};
  p_.tokens = {tokens.start, tokens.end, tokens.start, tokens.start};
  p_.indents = {indents.start, indents.end, indents.start};
  p_.simple_keys = {simple_keys.start, simple_keys.end, simple_keys.start};
  p_.states = {states.start, states.end, states.start};
  p_.marks = {marks.start, marks.end, marks.start};
  p_.tag_directives = {tag_directives.start, tag_directives.end, tag_directives.start};
  return p_;
}

}  // namespace brm::yaml
