#include "brm/usecases/complaint_log.hpp"

#include <fmt/format.h>

#include "brm/model/text.hpp"
#include "brm/util/i18n.hpp"
#include "brm/yaml/writer.hpp"

namespace brm {
namespace {

/// The agreement must exist and belong to the customer.
void check_agreement(const OpenWorkspace& w, const ComplaintLogInput& in, Failure& f) {
  if (!in.agreement || !require_record(w.ws, Kind::agreement, *in.agreement, f)) return;
  const Agreement* a = w.records.agreement(*in.agreement);
  const std::string owner = a ? a->customer : std::string();
  if (owner != in.customer)
    f.add(trf("agreement '{}' belongs to customer '{}', not '{}'", *in.agreement, owner, in.customer));
}

std::string body_of(const ComplaintLogInput& in, const Date& received, const std::string& by) {
  yaml::RecordWriter w;
  w.raw("customer", in.customer).raw("received", received.str());
  if (in.from || in.role) {
    w.begin_map("from");
    if (in.from) w.text("name", *in.from);
    if (in.role) w.raw("role", text_of(*in.role));
    w.end_map();
  }
  if (in.channel) w.raw("channel", text_of(*in.channel));
  if (in.service) w.raw("service", *in.service);
  if (in.agreement) w.raw("agreement", *in.agreement);
  w.raw("severity", text_of(in.severity)).text("summary", in.summary);
  if (in.description) w.text("description", *in.description);
  w.raw("status", "open").begin_list("history").begin_item().raw("date", received.str()).raw("status", "open");
  if (!by.empty()) w.text("by", by);
  const auto note = in.channel ? trf("Logged from {}", *in.channel) : std::string(tr("Logged"));
  w.text("note", note).end_item().end_list();
  return w.str();
}

}  // namespace

Needs complaint_log_needs() { return {Reads::documents, {Kind::customer, Kind::agreement}}; }

Failure check_log_input(const OpenWorkspace& w, const ComplaintLogInput& in) {
  Failure f;
  require_record(w.ws, Kind::customer, in.customer, f);
  if (in.service) require_record(w.ws, Kind::service, *in.service, f);
  check_agreement(w, in, f);
  // validate warns about a date in the future; logging one would write that warning.
  if (in.received && *in.received > w.ctx.as_of)
    f.add(
        trf("--received {} lies after the as-of date {}: a complaint cannot have been received yet "
            "(give --as-of to log it as of a later day)",
            in.received->str(), w.ctx.as_of.str()));
  return f;
}

Result<LoggedComplaint> log_complaint(const OpenWorkspace& w, const ComplaintLogInput& in) {
  Failure f = check_log_input(w, in);
  if (!f.empty()) return f;
  LoggedComplaint out;
  const Date received = in.received.value_or(w.ctx.as_of);
  if (in.service && agreements_covering(w.records, in.customer, *in.service, received).empty())
    out.warnings.push_back(trf("no active agreement of '{}' in force on {} covers the service '{}'", in.customer,
                               received.str(), *in.service));
  const auto body = body_of(in, received, in.by ? *in.by : default_author(w.records, in.customer));
  const auto slug = slugify(in.summary, 40);
  out.id = fmt::format("{}-{}{}{}", received.str(), slug, slug.empty() ? "" : "-", fingerprint(body, 5));
  out.text = fmt::format("id: {}\n{}", out.id, body);
  out.path = fmt::format("complaints/{}.yaml", out.id);
  check_before_writing(w, Kind::complaint, out.path, out.text, f);
  if (!f.empty()) return f;
  const auto exists = trf("the same complaint was already logged as {}; nothing was written", out.id);
  if (auto err = write_new_record(w, out.path, out.text, exists); !err.empty()) return failure(err);
  return out;
}

}  // namespace brm
