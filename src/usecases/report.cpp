#include "brm/usecases/report.hpp"

#include <fmt/format.h>

#include "brm/util/i18n.hpp"

namespace brm {

Result<Period> report_period(std::optional<Date> from, std::optional<Date> to, Date as_of) {
  const Date end = to.value_or(as_of);
  const Period p{from.value_or(year_up_to(end).from), end};
  if (p.from > p.to) return failure(trf("the period starts after it ends ({} to {})", p.from.str(), p.to.str()));
  return p;
}

Needs report_needs(ReportKind kind) { return {Reads::checked, kinds_read_by(kind)}; }

Result<ReportValue> make_report(const OpenWorkspace& w, const ReportInput& in) {
  const auto period = report_period(in.from, in.to, w.ctx.as_of);
  if (!period) return period.failure();
  const auto& s = w.ctx.settings;
  const ReportHeading heading{s.organization, s.currency, s.policy, w.ctx.as_of, *period};
  Failure f;
  if (in.kind == ReportKind::delivery && in.customer) {
    if (!require_record(w.ws, Kind::customer, *in.customer, f)) return f;
    return ReportValue(compute_delivery(w.records, heading, in.customer));
  }
  if (in.kind != ReportKind::customer) return compute_report(in.kind, w.records, heading);
  if (!require_record(w.ws, Kind::customer, in.id.value_or(""), f)) return f;
  auto page = compute_customer_page(w.records, heading, *in.id);
  if (!page) return failure(trf("customer '{}' has errors and cannot be reported on; run 'brm validate'", *in.id));
  return ReportValue(std::move(*page));
}

}  // namespace brm
