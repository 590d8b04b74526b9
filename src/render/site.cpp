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

struct Page {
  std::string path;
  ReportDoc doc;
  std::size_t nav = none;     // its entry in the navigation, if it has one
  std::string customer = {};  // the customer a customer's page is about
};

std::string customer_path(const std::string& id) { return fmt::format("customers/{}.html", id); }

/// `to` as a link from a page at `from`; both are paths inside the site.
std::string relative(const std::string& from, const std::string& to) {
  std::string up;
  for (const char c : from)
    if (c == '/') up += "../";
  return up + to;
}

/// The review's summary per customer, for the index: the counts of findings by
/// urgency, the columns per area left to the review's own page.
Section review_summary(const ReportDoc& review) {
  Section s{tr("Review: what is due"), {Paragraph{review.lead.front()}}};
  for (const auto& b : review.sections.front().blocks) {
    const auto* t = std::get_if<NamedTable>(&b);
    if (!t) continue;
    auto counts = *t;
    counts.table.columns.resize(std::min<std::size_t>(counts.table.columns.size(), 4));
    for (auto& row : counts.table.rows) row.resize(counts.table.columns.size());
    s.blocks.emplace_back(std::move(counts));
  }
  if (s.blocks.size() == 1) s.blocks.emplace_back(Paragraph{tr("No customers to review.")});
  return s;
}

/// The index: its title and lead, the summary of the measurements, the review's summary
/// per customer (its counts leading to the findings), then the rest of the measurements.
ReportDoc index_doc(const SiteData& site, const ReportDoc& review) {
  auto doc = layout_kpi(site.kpi);
  const auto& organization = site.kpi.heading.organization;
  if (site.title != organization) doc.lead.insert(doc.lead.begin(), organization);
  doc.title = site.title;
  doc.sections.insert(doc.sections.begin() + 1, review_summary(review));
  return doc;
}

std::vector<Page> pages_of(const SiteData& site) {
  auto review = layout_review(site.review);
  std::vector<Page> pages;
  pages.push_back({"index.html", index_doc(site, review), 0});
  pages.push_back({"customers.html", layout_customers(site.customers), 1});
  pages.push_back({"agreements.html", layout_agreements(site.agreements), 2});
  pages.push_back({"complaints.html", layout_complaints(site.complaints), 3});
  pages.push_back({"satisfaction.html", layout_satisfaction(site.satisfaction), 4});
  pages.push_back({"delivery.html", layout_delivery(site.delivery), 5});
  pages.push_back({"review.html", std::move(review), 6});
  const auto first = pages.size();
  pages.resize(first + site.pages.size());
  parallel_for(
      site.pages.size(),
      [&](std::size_t i, unsigned) {
        const auto& id = site.pages[i].customer.id;
        pages[first + i] = {customer_path(id), layout_customer_page(site.pages[i]), none, id};
      },
      16);
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

/// Where the site shows each ref: a customer on its page; anything else at the first
/// place a page gives it, the pages of the whole database before the customers' pages
/// (an agreement in the register, a complaint in the list of complaints).
struct Places {
  struct Place {
    std::size_t page;
    bool anchored;
  };
  std::map<Ref, Place> at;

  explicit Places(const std::vector<Page>& pages) {
    for (std::size_t i = 0; i < pages.size(); ++i)
      if (!pages[i].customer.empty()) at.try_emplace(ref_to(Kind::customer, pages[i].customer), Place{i, false});
    for (std::size_t i = 0; i < pages.size(); ++i)
      for (const auto& s : pages[i].doc.sections) {
        if (s.about) at.try_emplace(*s.about, Place{i, true});
        for (const auto& b : s.blocks) add_rows(std::get_if<NamedTable>(&b), i);
      }
  }

  void add_rows(const NamedTable* t, std::size_t page) {
    if (!t || !t->table.key_column) return;
    for (const auto& row : t->table.rows)
      if (*t->table.key_column < row.size() && row[*t->table.key_column].ref)
        at.try_emplace(*row[*t->table.key_column].ref, Place{page, true});
  }
};

}  // namespace

std::string anchor_of(const Ref& r) {
  if (r.to == Ref::To::findings) return fmt::format("findings-{}", r.id);
  return fmt::format("{}-{}", spec_of(r.kind).name, r.id);
}

struct SiteLayout::Impl {
  std::vector<Page> pages;
  std::map<Ref, Places::Place> places;
  std::vector<std::pair<std::string, std::string>> nav = navigation();
  std::string footer;
  std::string style;

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
    render_doc_html(page.doc, out, &links);
    return std::move(out).str();
  }
};

SiteLayout::SiteLayout(const SiteData& data) : impl_(std::make_unique<Impl>()) {
  impl_->pages = pages_of(data);
  impl_->places = Places(impl_->pages).at;
  impl_->footer = trf("Written by brm from the customer database of {} as of {}.", data.kpi.heading.organization,
                      data.kpi.heading.as_of.str());
  impl_->style = fmt::format("{}{}", html_style(), site_style);
}

SiteLayout::~SiteLayout() = default;

std::size_t SiteLayout::size() const { return impl_->pages.size() + 1; }

SiteFile SiteLayout::file(std::size_t i) const {
  if (i == impl_->pages.size()) return {std::string(stylesheet), impl_->style};
  return {impl_->pages[i].path, impl_->render(i)};
}

}  // namespace brm
