#pragma once
#include <yaml.h>

namespace brm::yaml {

/// A libyaml parser that keeps its buffers from one file to the next. Setting up a
/// parser allocates about 64 KiB (input buffers, token queue, stacks); doing that
/// and freeing it again for each of a hundred thousand small files cost more than
/// the allocations of the parse itself.
class ReusedParser {
 public:
  ReusedParser() { yaml_parser_initialize(&p_); }
  ~ReusedParser() { yaml_parser_delete(&p_); }
  ReusedParser(const ReusedParser&) = delete;
  ReusedParser& operator=(const ReusedParser&) = delete;

  /// The parser in the state yaml_parser_initialize leaves it in, ready for new input.
  yaml_parser_t& fresh();

 private:
  yaml_parser_t p_{};
};

}  // namespace brm::yaml
