#pragma once
#include <ostream>

#include "brm/compute/review.hpp"
#include "brm/render/report_doc.hpp"

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
/// The review laid out as a report (a site's page): what it counts as due, and the
/// summary per customer, each count naming the customer's findings.
ReportDoc layout_review(const Review& r);
/// What the review counts as due and by which policy: the line every format starts with.
std::string review_heading(const Review& r);
/// The review's summary per customer, as layout_review lays it out.
NamedTable review_summary(const Review& r);
/// One customer's findings as a section about them (for its page on a site): how many
/// of each urgency, then each finding with the record it comes from.
Section customer_findings(const CustomerSummary& c, const std::vector<const Finding*>& list);
/// A versioned JSON document, documented in docs/review.md.
void render_review_json(const Review& r, std::ostream& out);

}  // namespace brm
