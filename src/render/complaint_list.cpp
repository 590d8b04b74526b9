#include "brm/render/complaint_list.hpp"

#include <nlohmann/json.hpp>

#include "brm/compute/words.hpp"
#include "brm/model/complaint_status.hpp"
#include "brm/render/json_text.hpp"
#include "brm/util/i18n.hpp"

namespace brm {

Table complaint_list_table(const ComplaintListing& listing) {
  Table t{{{"id", tr("Id")},
           {"customer", tr("Customer")},
           {"received", tr("Received")},
           {"severity", tr("Severity")},
           {"status", tr("Status")},
           {"days_open", tr("Days open"), true},
           {"overdue", tr("Overdue")},
           {"summary", tr("Summary")}},
          {}};
  for (const auto& l : listing.lines) {
    const Complaint& c = *l.complaint;
    t.rows.push_back({c.id, c.customer, date_cell(c.received), word(c.severity), word(l.status),
                      l.days_open ? count_cell(*l.days_open) : Cell(), l.overdue ? std::string(tr("yes")) : "",
                      c.summary});
  }
  return t;
}

void render_complaint_list_json(const ComplaintListing& listing, std::ostream& out) {
  auto list = nlohmann::ordered_json::array();
  for (const auto& l : listing.lines) {
    const Complaint& c = *l.complaint;
    nlohmann::ordered_json o = {{"id", c.id},
                                {"customer", c.customer},
                                {"received", c.received.str()},
                                {"severity", text_of(c.severity)},
                                {"status", text_of(l.status)}};
    o["days_open"] = l.days_open ? nlohmann::ordered_json(*l.days_open) : nlohmann::ordered_json(nullptr);
    o["overdue"] = l.overdue;
    o["summary"] = c.summary;
    list.push_back(std::move(o));
  }
  nlohmann::ordered_json doc = {{"version", 1},
                                {"as_of", listing.as_of.str()},
                                {"complaint_response_days", listing.response_days},
                                {"complaints", std::move(list)}};
  out << json_text(doc) << '\n';
}

}  // namespace brm
