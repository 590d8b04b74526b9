#pragma once
#include <ostream>

#include "brm/compute/complaint_list.hpp"
#include "brm/render/table.hpp"

namespace brm {

/// The listing as a table: the text, Markdown, CSV and workbook outputs of
/// `brm complaint list`.
Table complaint_list_table(const ComplaintListing& listing);

/// The listing as JSON (docs/complaints.md), every value exactly as the files hold it.
void render_complaint_list_json(const ComplaintListing& listing, std::ostream& out);

}  // namespace brm
