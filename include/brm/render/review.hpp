#pragma once
#include <ostream>

#include "brm/compute/review.hpp"

namespace brm {

/// --by: the findings grouped by customer or by area of work.
enum class ReviewGrouping { customer, category };
template <>
struct EnumNames<ReviewGrouping> {
  static constexpr auto names = std::to_array<std::string_view>({"customer", "category"});
};

/// The review as aligned text: the per-customer summary, then the findings grouped
/// by customer (or by area), each with its file:line, date and days.
void render_review_text(const Review& r, ReviewGrouping by, std::ostream& out);
/// The same as GitHub Markdown, for pull-request comments and wikis.
void render_review_markdown(const Review& r, ReviewGrouping by, std::ostream& out);
/// A versioned JSON document, documented in docs/review.md.
void render_review_json(const Review& r, std::ostream& out);

}  // namespace brm
