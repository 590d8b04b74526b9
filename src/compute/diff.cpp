#include "brm/compute/diff.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "brm/compute/words.hpp"
#include "brm/model/service_level.hpp"
#include "brm/util/i18n.hpp"

namespace brm {
namespace {

/// The records of one kind on both sides, by id.
template <class T>
struct Sides {
  std::map<std::string_view, const T*> before, after;
  Sides(const std::vector<T>& b, const std::vector<T>& a) {
    for (const auto& r : b) before.emplace(r.id, &r);
    for (const auto& r : a) after.emplace(r.id, &r);
  }
};

class Differ {
 public:
  explicit Differ(const DiffInput& in) : in_(in) {}

  RelationshipDiff run() {
    kind(Kind::customer, in_.before->customers, in_.after->customers, [&](auto* b, auto* a) { customer(b, a); });
    kind(Kind::service, in_.before->services, in_.after->services, [](auto*, auto*) {});
    kind(Kind::agreement, in_.before->agreements, in_.after->agreements, [&](auto* b, auto* a) { agreement(b, a); });
    kind(Kind::meeting, in_.before->meetings, in_.after->meetings, [&](auto* b, auto* a) { meeting(b, a); });
    kind(Kind::complaint, in_.before->complaints, in_.after->complaints, [&](auto* b, auto* a) { complaint(b, a); });
    kind(Kind::survey, in_.before->surveys, in_.after->surveys, [&](auto* b, auto* a) { survey(b, a); });
    kind(Kind::improvement, in_.before->improvements, in_.after->improvements,
         [&](auto* b, auto* a) { improvement(b, a); });
    kind(Kind::delivery, in_.before->deliveries, in_.after->deliveries, [&](auto* b, auto* a) { delivery(b, a); });
    return std::move(out_);
  }

 private:
  /// Added, changed (its file's bytes differ) and removed records of one kind; `events`
  /// is called with (before, after) for each, either of them null.
  template <class T, class Fn>
  void kind(Kind k, const std::vector<T>& before, const std::vector<T>& after, Fn events) {
    const Sides<T> s(before, after);
    KindChanges c{k, {}, {}, {}};
    for (const auto& [id, a] : s.after) {
      const auto it = s.before.find(id);
      if (it == s.before.end()) {
        if (!in_.broken_before.count(a->origin.path))
          c.added.emplace_back(id), events(static_cast<const T*>(nullptr), a);
      } else if (it != s.before.end() &&
                 (in_.changed_paths.count(a->origin.path) || it->second->origin.path != a->origin.path))
        c.changed.emplace_back(id), events(it->second, a);
    }
    for (const auto& [id, b] : s.before)
      if (!s.after.count(id) && !in_.broken_after.count(b->origin.path))
        c.removed.emplace_back(id), events(b, static_cast<const T*>(nullptr));
    if (!c.added.empty() || !c.changed.empty() || !c.removed.empty()) out_.kinds.push_back(std::move(c));
  }

  void add(Kind k, const std::string& id, const std::string& customer, std::string what) {
    out_.events.push_back({k, id, customer, std::move(what)});
  }

  void customer(const Customer* b, const Customer* a) {
    if (!a || !b) return add(Kind::customer, (a ? a : b)->id, (a ? a : b)->id, a ? tr("added") : tr("removed"));
    std::map<std::string_view, const PlanItem*> was;
    for (const auto& p : b->plans) was.emplace(p.id, &p);
    for (const auto& p : a->plans) {
      const auto it = was.find(p.id);
      if (it == was.end()) {
        add(Kind::customer, a->id, a->id, trf("plan item '{}' added ({})", p.title, word(p.status)));
        continue;
      }
      std::vector<std::string> parts;
      if (it->second->status != p.status)
        parts.push_back(fmt::format("{} -> {}", word(it->second->status), word(p.status)));
      if (it->second->progress != p.progress)
        parts.push_back(trf("progress {} -> {}", or_none(it->second->progress), or_none(p.progress)));
      if (!parts.empty()) add(Kind::customer, a->id, a->id, trf("plan item '{}': {}", p.title, fmt::join(parts, ", ")));
    }
  }

  static std::string or_none(const std::string& s) { return s.empty() ? std::string(tr("none")) : s; }

  void agreement(const Agreement* b, const Agreement* a) {
    if (!a) return add(Kind::agreement, b->id, b->customer, tr("removed"));
    if (!b) {
      add(Kind::agreement, a->id, a->customer,
          a->status == AgreementStatus::active ? trf("signed, {} to {}", a->from.str(), a->until.str())
                                               : trf("added as a {}", word(a->status)));
    } else if (b->status != a->status) {
      add(Kind::agreement, a->id, a->customer,
          a->status == AgreementStatus::active ? std::string(tr("signed"))
                                               : trf("{} (was {})", word(a->status), word(b->status)));
    } else if (b->until != a->until) {
      add(Kind::agreement, a->id, a->customer, trf("end moved from {} to {}", b->until.str(), a->until.str()));
    } else {
      add(Kind::agreement, a->id, a->customer, tr("changed"));
    }
    if (a->status != AgreementStatus::active) return;
    if (a->until < in_.as_of)
      add(Kind::agreement, a->id, a->customer, trf("ended on {}", a->until.str()));
    else if (in_renewal_window(a->until, in_.as_of, in_.policy))
      add(Kind::agreement, a->id, a->customer, trf("ends on {}", a->until.str()));
  }

  void meeting(const Meeting* b, const Meeting* a) {
    if (!a) return add(Kind::meeting, b->id, b->customer, tr("removed"));
    if (!b) {
      const bool held = a->date <= in_.as_of;
      add(Kind::meeting, a->id, a->customer,
          held ? trf("{} meeting held on {}", word(a->type), a->date.str())
               : trf("{} meeting booked for {}", word(a->type), a->date.str()));
    }
    for (std::size_t i = 0; i < a->actions.size(); ++i) {
      const auto& act = a->actions[i];
      const bool was_done =
          b && i < b->actions.size() && b->actions[i].what == act.what && b->actions[i].status == ActionStatus::done;
      if (act.status == ActionStatus::done && !was_done && b)
        add(Kind::meeting, a->id, a->customer, trf("action closed: {}", act.what));
    }
  }

  void complaint(const Complaint* b, const Complaint* a) {
    if (!a) return add(Kind::complaint, b->id, b->customer, tr("removed"));
    if (!b) return add(Kind::complaint, a->id, a->customer, trf("logged ({}, {})", word(a->severity), word(a->status)));
    if (b->status == a->status) return add(Kind::complaint, a->id, a->customer, tr("changed"));
    const auto was = trf("was {}", word(b->status));
    switch (a->status) {
      case ComplaintStatus::escalated:
        return add(Kind::complaint, a->id, a->customer, trf("escalated ({})", was));
      case ComplaintStatus::resolved:
        return add(Kind::complaint, a->id, a->customer, trf("resolved ({})", was));
      case ComplaintStatus::rejected:
        return add(Kind::complaint, a->id, a->customer, trf("rejected ({})", was));
      default:
        return add(Kind::complaint, a->id, a->customer, trf("moved on to {} ({})", word(a->status), was));
    }
  }

  void survey(const Survey* b, const Survey* a) {
    if (!a) return add(Kind::survey, b->id, b->customer, tr("removed"));
    add(Kind::survey, a->id, a->customer,
        b ? std::string(tr("changed")) : trf("answered by {} on {}", a->respondent, a->date.str()));
  }

  void improvement(const Improvement* b, const Improvement* a) {
    if (!a) return add(Kind::improvement, b->id, b->customer, tr("removed"));
    if (!b) return add(Kind::improvement, a->id, a->customer, trf("proposed: {}", a->title));
    add(Kind::improvement, a->id, a->customer,
        b->status != a->status ? trf("{} (was {})", word(a->status), word(b->status)) : std::string(tr("changed")));
  }

  void delivery(const Delivery* b, const Delivery* a) {
    const Delivery* d = a ? a : b;
    const Agreement* ag = in_.after->agreement(d->agreement);
    const std::string customer = ag ? ag->customer : std::string();
    if (!a) return add(Kind::delivery, b->id, customer, tr("removed"));
    std::size_t measured = 0;
    std::vector<std::string> missed;
    for (const auto& v : a->levels) {
      const AgreedTerms* terms = ag ? terms_for(*ag, v.service) : nullptr;
      if (!terms || !v.amount) continue;
      for (const auto& l : terms->levels)
        if (l.metric == v.metric && l.target_value) {
          ++measured;
          if (!level_met(*v.amount, *l.target_value, l.direction))
            missed.push_back(fmt::format("{} {}", v.service, v.metric));
        }
    }
    const auto period = a->period.str();
    const auto all_met = b ? trf("corrected for {}: {} levels, all met", period, measured)
                           : trf("reported for {}: {} levels, all met", period, measured);
    const auto some_missed = b ? trf("corrected for {}: {} of {} levels missed ({})", period, missed.size(), measured,
                                     fmt::join(missed, ", "))
                               : trf("reported for {}: {} of {} levels missed ({})", period, missed.size(), measured,
                                     fmt::join(missed, ", "));
    add(Kind::delivery, a->id, customer, missed.empty() ? all_met : some_missed);
  }

  const DiffInput& in_;
  RelationshipDiff out_;
};

std::optional<double> percent(const Share& s) {
  const auto r = s.ratio();
  return r ? std::optional<double>(*r * 100) : std::nullopt;
}

std::optional<double> count(long n) { return static_cast<double>(n); }

}  // namespace

RelationshipDiff compare_records(const DiffInput& in) {
  auto out = Differ(in).run();
  std::stable_sort(out.events.begin(), out.events.end(), [](const DiffEvent& x, const DiffEvent& y) {
    return std::tie(x.kind, x.id) < std::tie(y.kind, y.id);
  });
  return out;
}

std::vector<MeasureChange> kpi_measures(const Kpi& b, const Kpi& a) {
  std::vector<MeasureChange> out;
  auto share = [&](std::string name, const Share& x, const Share& y) {
    out.push_back({std::move(name), percent(x), percent(y), true});
  };
  auto value = [&](std::string name, std::optional<double> x, std::optional<double> y) {
    out.push_back({std::move(name), x, y, false});
  };
  share(tr("Customers and purchasers with a designated IT contact"), b.contacts.both, a.contacts.both);
  share(tr("Customers with a written agreement"), b.written_agreements, a.written_agreements);
  value(tr("Survey responses"), count(b.satisfaction.responses), count(a.satisfaction.responses));
  value(tr("Mean satisfaction score"), b.satisfaction.all.now.value(), a.satisfaction.all.now.value());
  value(tr("Complaints received"), count(b.complaints.received), count(a.complaints.received));
  value(tr("Complaints resolved or rejected"), count(b.complaints.resolved), count(a.complaints.resolved));
  value(tr("Mean days to resolve"), b.complaints.mean_days, a.complaints.mean_days);
  value(tr("Open complaints"), count(b.complaints.open), count(a.complaints.open));
  value(tr("Overdue complaints"), count(b.complaints.overdue), count(a.complaints.overdue));
  share(tr("Agreed service levels met"), b.delivery, a.delivery);
  return out;
}

}  // namespace brm
