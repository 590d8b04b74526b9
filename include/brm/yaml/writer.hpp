#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace brm::yaml {

/// How a text value must be written so that YAML reads back exactly that text:
/// plain when safe, double-quoted when YAML would take it for something else
/// ("yes", "2026-01-02", "4410", "null"), a literal block when it spans lines.
std::string scalar_for(std::string_view text, unsigned indent);

/// `text` in double quotes with YAML escapes; always reads back as that text.
std::string double_quoted(std::string_view text);

/// True when `text` written plain would read back as the same string.
bool plain_is_safe(std::string_view text);

/// Builds a new YAML document in block style, two-space indentation, keys in the
/// order given, for files a person would have written by hand.
class RecordWriter {
 public:
  RecordWriter();
  ~RecordWriter();
  RecordWriter(const RecordWriter&) = delete;
  RecordWriter& operator=(const RecordWriter&) = delete;

  /// Free text: quoted or written as a block when needed.
  RecordWriter& text(std::string_view key, std::string_view value);
  /// A value that is meant to be typed by YAML: a date, a number, an enum word, an id.
  RecordWriter& raw(std::string_view key, std::string_view value);
  RecordWriter& begin_map(std::string_view key);
  RecordWriter& end_map();
  RecordWriter& begin_list(std::string_view key);
  RecordWriter& end_list();
  /// Starts a mapping as the next item of the open list.
  RecordWriter& begin_item();
  RecordWriter& end_item();
  /// A list of short texts on one line: [a, b].
  RecordWriter& flow_list(std::string_view key, const std::vector<std::string>& items);
  /// A list of texts, one per line.
  RecordWriter& block_list(std::string_view key, const std::vector<std::string>& items);

  /// The document, ending in a newline.
  std::string str() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace brm::yaml
