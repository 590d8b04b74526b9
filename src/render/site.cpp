#include "brm/render/site.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "brm/render/report_layouts.hpp"
#include "brm/render/review.hpp"
#include "brm/util/i18n.hpp"
#include "brm/util/parallel.hpp"
#include "html_style.hpp"

namespace brm {
namespace {

constexpr auto none = static_cast<std::size_t>(-1);
constexpr std::string_view stylesheet = "style.css";

/// What the site adds to the reports' style: the navigation, links, the place a link
/// leads to picked out, the footer.
constexpr std::string_view site_style = R"(nav.site { background: var(--accent); }
nav.site ul { list-style: none; margin: 0 auto; padding: 0 20px; max-width: 1120px; display: flex; flex-wrap: wrap; }
nav.site a { display: block; padding: 10px 12px; color: #fff; text-decoration: none; font-weight: 600; }
nav.site a:hover, nav.site a:focus { text-decoration: underline; }
nav.site a.current { background: rgba(255, 255, 255, 0.2); }
main a { color: var(--accent); }
main a:visited { color: #5b3a94; }
tr:target td, section:target > h2 { background: #fff3bf; }
footer { max-width: 1120px; margin: 0 auto; padding: 0 32px 28px; color: var(--muted); font-size: 13px; }
@media print { nav.site, footer { display: none; } }
)";

/// What a page shows: one of the pages of the whole database, or a customer's.
enum class Shows { index, customers, agreements, complaints, satisfaction, delivery, review, customer };

struct Page {
  std::string path;
  Shows shows = Shows::index;
  std::size_t nav = none;       // its entry in the navigation, if it has one
  std::size_t customer = none;  // a customer's page: its index in SiteData::pages
};

std::string customer_path(const std::string& id) { return fmt::format("customers/{}.html", id); }

/// `to` as a link from a page at `from`; both are paths inside the site.
std::string relative(const std::string& from, const std::string& to) {
  // The folders both are in are left out; each other folder of `from` is one "../".
  std::size_t common = 0;
  for (std::size_t i = 0; i < from.size() && i < to.size() && from[i] == to[i]; ++i)
    if (from[i] == '/') common = i + 1;
  std::string up;
  for (std::size_t i = common; i < from.size(); ++i)
    if (from[i] == '/') up += "../";
  return up + to.substr(common);
}

/// The review's summary per customer, for the index: the counts of findings by
/// urgency, the columns per area left to the review's own page.
Section review_summary_section(const Review& review) {
  auto counts = review_summary(review);
  counts.table.columns.resize(std::min<std::size_t>(counts.table.columns.size(), 4));
  for (auto& row : counts.table.rows) row.resize(counts.table.columns.size());
  return section(tr("Review: what is due"), Paragraph{review_heading(review)}, std::move(counts));
}

/// The index: its title and lead, the summary of the measurements, the review's summary
/// per customer (its counts leading to the findings), then the rest of the measurements.
ReportDoc index_doc(const SiteData& site) {
  auto doc = layout_kpi(site.kpi);
  const auto& organization = site.kpi.heading.organization;
  if (site.title != organization) doc.lead.insert(doc.lead.begin(), organization);
  doc.title = site.title;
  doc.sections.insert(doc.sections.begin() + 1, review_summary_section(site.review));
  return doc;
}

/// Each customer's summary and findings in the review, by customer id.
struct FindingsOf {
  const CustomerSummary* summary = nullptr;
  std::vector<const Finding*> list;
};
using Findings = std::map<std::string, FindingsOf, std::less<>>;

Findings findings_of(const Review& r) {
  Findings out;
  for (const auto& c : r.customers) out[c.id].summary = &c;
  for (const auto& f : r.findings) out[f.customer].list.push_back(&f);
  return out;
}

/// A customer's page: its report, with what the review found due right after who the
/// customer is, which is what a meeting starts from.
ReportDoc customer_doc(const CustomerPage& p, const Findings& findings) {
  auto doc = layout_customer_page(p);
  const auto it = findings.find(p.customer.id);
  if (it != findings.end() && it->second.summary && !it->second.list.empty())
    doc.sections.insert(doc.sections.begin() + 1, customer_findings(*it->second.summary, it->second.list));
  return doc;
}

ReportDoc layout(const SiteData& site, const Findings& findings, const Page& page) {
  switch (page.shows) {
    case Shows::index:
      return index_doc(site);
    case Shows::customers:
      return layout_customers(site.customers);
    case Shows::agreements:
      return layout_agreements(site.agreements);
    case Shows::complaints:
      return layout_complaints(site.complaints);
    case Shows::satisfaction:
      return layout_satisfaction(site.satisfaction);
    case Shows::delivery:
      return layout_delivery(site.delivery);
    case Shows::review:
      return layout_review(site.review);
    case Shows::customer:
      break;
  }
  return customer_doc(site.pages[page.customer], findings);
}

/// The report a page of the whole database shows, for its inputs; nullopt for the
/// index and the review, which read every record.
std::optional<ReportKind> report_of(Shows s) {
  switch (s) {
    case Shows::customers:
      return ReportKind::customers;
    case Shows::agreements:
      return ReportKind::agreements;
    case Shows::complaints:
      return ReportKind::complaints;
    case Shows::satisfaction:
      return ReportKind::satisfaction;
    case Shows::delivery:
      return ReportKind::delivery;
    default:
      return std::nullopt;
  }
}

std::vector<Page> pages_of(const SiteData& site) {
  std::vector<Page> pages = {{"index.html", Shows::index, 0},
                             {"customers.html", Shows::customers, 1},
                             {"agreements.html", Shows::agreements, 2},
                             {"complaints.html", Shows::complaints, 3},
                             {"satisfaction.html", Shows::satisfaction, 4},
                             {"delivery.html", Shows::delivery, 5},
                             {"review.html", Shows::review, 6}};
  for (std::size_t i = 0; i < site.pages.size(); ++i)
    pages.push_back({customer_path(site.pages[i].customer.id), Shows::customer, none, i});
  return pages;
}

std::vector<std::pair<std::string, std::string>> navigation() {
  return {{tr("Overview"), "index.html"},
          {tr("Customers"), "customers.html"},
          {tr("Agreements"), "agreements.html"},
          {tr("Complaints"), "complaints.html"},
          {tr("Satisfaction"), "satisfaction.html"},
          {tr("Delivery"), "delivery.html"},
          {tr("Review"), "review.html"}};
}

struct Place {
  std::size_t page;
  bool anchored;
};

/// The places a page gives, as its layout gives them (places_in), found without laying
/// it out: the pages not named here key no rows. SiteLayout::misplaced() checks both agree.
std::vector<Ref> places_given(const SiteData& site, const Findings& findings, const Page& page) {
  switch (page.shows) {
    case Shows::agreements:
      return agreements_places(site.agreements);
    case Shows::complaints:
      return complaints_places(site.complaints);
    case Shows::customer: {
      const auto& p = site.pages[page.customer];
      auto places = customer_page_places(p);
      if (const auto it = findings.find(p.customer.id); it != findings.end() && !it->second.list.empty())
        places.insert(places.begin(), Ref{Kind::customer, p.customer.id, Ref::To::findings});
      return places;
    }
    default:
      return {};
  }
}

/// Where the site shows each ref: a customer on its page; anything else at the first
/// place a page gives it, the pages of the whole database before the customers' pages
/// (an agreement in the register, a complaint in the list of complaints). Pages are
/// laid out only to be rendered, so that the site never holds all of them at once and
/// a page it need not write again is never laid out.
std::map<Ref, Place> places_of(const SiteData& site, const Findings& findings, const std::vector<Page>& pages) {
  std::vector<std::vector<Ref>> on(pages.size());
  for (std::size_t i = 0; i < pages.size(); ++i) on[i] = places_given(site, findings, pages[i]);
  std::map<Ref, Place> at;
  for (std::size_t i = 0; i < pages.size(); ++i)
    if (pages[i].shows == Shows::customer)
      at.try_emplace(ref_to(Kind::customer, site.pages[pages[i].customer].customer.id), Place{i, false});
  for (std::size_t i = 0; i < pages.size(); ++i)
    for (auto& r : on[i]) at.try_emplace(std::move(r), Place{i, true});
  return at;
}

}  // namespace

std::vector<Ref> places_in(const ReportDoc& doc) {
  std::vector<Ref> out;
  for (const auto& s : doc.sections) {
    if (s.about) out.push_back(*s.about);
    for (const auto& b : s.blocks) {
      const auto* t = std::get_if<NamedTable>(&b);
      if (!t || !t->table.key_column) continue;
      for (const auto& row : t->table.rows)
        if (*t->table.key_column < row.size() && row[*t->table.key_column].ref)
          out.push_back(*row[*t->table.key_column].ref);
    }
  }
  return out;
}

std::string anchor_of(const Ref& r) {
  if (r.to == Ref::To::findings) return fmt::format("findings-{}", r.id);
  return fmt::format("{}-{}", spec_of(r.kind).name, r.id);
}

struct SiteLayout::Impl {
  explicit Impl(const SiteData& d) : data(d), findings(findings_of(d.review)), pages(pages_of(d)) {}

  const SiteData& data;
  Findings findings;
  std::vector<Page> pages;
  std::map<Ref, Place> places = {};
  std::vector<std::pair<std::string, std::string>> nav = navigation();
  std::string footer;
  std::uint64_t base = 0;  // what every file's inputs start from; 0 when not known

  std::string href(std::size_t from, const Ref& r) const {
    const auto it = places.find(r);
    if (it == places.end()) return "";
    const auto& [page, anchored] = it->second;
    const auto fragment = anchored ? fmt::format("#{}", anchor_of(r)) : std::string();
    if (page == from) return fragment;
    return relative(pages[from].path, pages[page].path) + fragment;
  }

  std::string render(std::size_t i) const {
    const auto& page = pages[i];
    SitePageLinks links;
    links.stylesheet = relative(page.path, std::string(stylesheet));
    for (const auto& [label, path] : nav) links.nav.emplace_back(label, relative(page.path, path));
    links.current = page.nav;
    links.href = [this, i](const Ref& r) { return href(i, r); };
    links.footer = footer;
    std::ostringstream out;
    render_doc_html(layout(data, findings, page), out, &links);
    return std::move(out).str();
  }

  /// Where the site shows `r`, as a fingerprint: the page's path and whether at an anchor.
  std::uint64_t place_of(const Ref& r) const {
    const auto it = places.find(r);
    if (it == places.end()) return 0;
    return fold(std::hash<std::string>{}(pages[it->second.page].path), it->second.anchored ? 1 : 2);
  }

  /// What a customer's page shows that its own files do not settle: the review's
  /// findings (an improvement of no customer may answer one), and where the records that
  /// its improvements and findings name are shown (a meeting of another customer has a
  /// row on that customer's page only while it is among its latest).
  std::uint64_t shown(const Page& page) const {
    const auto& p = data.pages[page.customer];
    std::uint64_t h = 0;
    for (const auto& i : p.improvements)
      if (const auto source = parse_source_ref(i.source))
        h = fold(h, place_of(ref_to(source->kind, std::string(source->id))));
    const auto it = findings.find(p.customer.id);
    if (it == findings.end()) return h;
    const auto text = std::hash<std::string_view>{};
    for (const auto* f : it->second.list) {
      h = fold(fold(h, text(f->text)),
               static_cast<std::uint64_t>(f->area) * 4 + static_cast<std::uint64_t>(f->urgency));
      h = fold(fold(h, f->date ? static_cast<std::uint64_t>(f->date->days()) : 0),
               static_cast<std::uint64_t>(f->days.value_or(-1)));
      h = fold(fold(h, text(f->source.path)), f->source.pos.line);
      h = fold(h, place_of(ref_to(f->source.kind, f->source.id)));
    }
    return h;
  }

  std::uint64_t inputs(std::size_t i) const {
    if (!base) return 0;
    if (i == pages.size()) return fold(base, 1);  // the style sheet
    const auto& page = pages[i];
    const auto& in = data.inputs;
    std::uint64_t made_of = in.everything;
    if (page.shows == Shows::customer) {
      if (page.customer >= in.customers.size()) return 0;
      made_of = fold(in.customers[page.customer], shown(page));
    } else if (const auto report = report_of(page.shows)) {
      const auto it = in.reports.find(*report);
      if (it == in.reports.end()) return 0;
      made_of = it->second;
    }
    return fold(fold(base, static_cast<std::uint64_t>(page.shows) + 2), made_of);
  }
};

SiteLayout::SiteLayout(const SiteData& data) : impl_(std::make_unique<Impl>(data)) {
  impl_->places = places_of(data, impl_->findings, impl_->pages);
  impl_->footer = trf("Written by brm from the customer database of {} as of {}.", data.kpi.heading.organization,
                      data.kpi.heading.as_of.str());
  // The language changes every page; the rest of what they are made from is in the inputs.
  if (data.inputs.context) impl_->base = fold(data.inputs.context, std::hash<std::string_view>{}(code_of(language())));
}

SiteLayout::~SiteLayout() = default;

std::size_t SiteLayout::size() const { return impl_->pages.size() + 1; }

std::string SiteLayout::path(std::size_t i) const {
  return i == impl_->pages.size() ? std::string(stylesheet) : impl_->pages[i].path;
}

std::uint64_t SiteLayout::inputs(std::size_t i) const { return impl_->inputs(i); }

std::vector<std::string> SiteLayout::misplaced() const {
  std::vector<std::string> out;
  for (const auto& page : impl_->pages)
    if (places_in(layout(impl_->data, impl_->findings, page)) != places_given(impl_->data, impl_->findings, page))
      out.push_back(page.path);
  return out;
}

std::string SiteLayout::bytes(std::size_t i) const {
  if (i == impl_->pages.size()) return fmt::format("{}{}", html_style(), site_style);
  return impl_->render(i);
}

}  // namespace brm
