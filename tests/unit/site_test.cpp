#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "brm/render/report_layouts.hpp"
#include "brm/render/site.hpp"
#include "brm/usecases/site.hpp"
#include "brm/util/i18n.hpp"
#include "brm/workspace/file_source.hpp"
#include "support.hpp"

using namespace brm;

namespace {

const Date as_of = *Date::parse("2026-11-23");

OpenWorkspace open(std::shared_ptr<const FileSource> source) {
  auto w = open_workspace(std::move(source), as_of, site_needs());
  REQUIRE(w.ok());
  return std::move(*w);
}

OpenWorkspace demo() { return open(directory_source(BRM_SOURCE_DIR "/examples/demo")); }

SiteData site_of(const OpenWorkspace& w) {
  auto d = site_workspace(w, {});
  REQUIRE(d.ok());
  return std::move(*d);
}

/// The index of the file at `path`.
std::size_t file_at(const SiteLayout& site, const std::string& path) {
  for (std::size_t i = 0; i < site.size(); ++i)
    if (site.path(i) == path) return i;
  FAIL("no file " << path);
  return 0;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string complaint(const std::string& id, const std::string& customer, const std::string& summary) {
  return "id: " + id + "\ncustomer: " + customer +
         "\nreceived: 2026-10-01\nfrom:\n  name: Ann Berg\n  role: purchaser\nchannel: email\nseverity: "
         "low\nsummary: " +
         summary + "\ndescription: It broke.\nstatus: open\n";
}

}  // namespace

TEST_CASE("a site links what a page names to the place the site shows it, relative to the page") {
  const auto w = demo();
  const auto data = site_of(w);
  const SiteLayout site(data);
  CHECK(site.size() == 8 + data.pages.size());  // 7 pages of the whole database, the customers, style.css
  const auto finance = site.bytes(file_at(site, "customers/finance.html"));
  CHECK(has(finance, R"(<link rel="stylesheet" href="../style.css">)"));
  CHECK(has(finance, R"(<a href="../index.html">)"));                                     // the navigation
  CHECK(has(finance, R"(<a href="board.html">Municipal Executive Office (board)</a>)"));  // its parent
  CHECK(has(finance, R"(<a href="../agreements.html#agreement-finance-2026-2027">finance-2026-2027</a>)"));
  CHECK(has(finance, R"(<a href="../complaints.html#complaint-2026-10-27-finance-payslips-missing">)"));
  CHECK(has(finance, R"(<section id="findings-finance">)"));
  // Its own agreement's row is a place too, but the register is where agreements lead.
  CHECK(has(finance, R"(<tr id="agreement-finance-2026-2027">)"));
  const auto register_page = site.bytes(file_at(site, "agreements.html"));
  // A row's own id cell does not link to the row itself; the levels further down do.
  CHECK(has(register_page, R"(<tr id="agreement-finance-2026-2027"><td><a href="customers/finance.html">)"
                           R"(Finance and HR Department</a></td><td class="word">finance-2026-2027</td>)"));
  CHECK(has(register_page, R"(<a href="#agreement-finance-2026-2027">finance-2026-2027</a>)"));
  const auto index = site.bytes(file_at(site, "index.html"));
  CHECK(has(index, R"(<a href="customers/finance.html#findings-finance">)"));
}

TEST_CASE("the places a site links to without laying its pages out are those the pages give") {
  const auto w = demo();
  const auto data = site_of(w);
  CHECK(SiteLayout(data).misplaced().empty());
}

TEST_CASE("a report on its own links nothing and has no ids: the refs are for a site") {
  const auto w = demo();
  const auto data = site_of(w);
  std::ostringstream out;
  render_doc_html(layout_customer_page(data.pages.front()), out);
  CHECK(!has(out.str(), "<a href"));
  CHECK(!has(out.str(), " id=\""));
  CHECK(has(out.str(), "<style>"));
}

TEST_CASE("a page's inputs change with what it shows, and only then") {
  const test::Files files = {{"customers/a.yaml", test::valid_customer("a")},
                             {"customers/b.yaml", test::valid_customer("b")},
                             {"complaints/c1.yaml", complaint("c1", "a", "Printer jams")}};
  auto edited = files;
  edited[2].second = complaint("c1", "a", "Printer jams every morning");
  const auto before = site_of(open(test::source_of(files))).inputs;
  const auto again = site_of(open(test::source_of(files))).inputs;
  const auto after = site_of(open(test::source_of(edited))).inputs;
  CHECK(before.context != 0);
  CHECK(again.customers == before.customers);
  CHECK(again.everything == before.everything);
  REQUIRE(after.customers.size() == 2);
  CHECK(after.customers[0] != before.customers[0]);  // a's page shows the complaint
  CHECK(after.customers[1] == before.customers[1]);  // b's does not
  CHECK(after.reports.at(ReportKind::complaints) != before.reports.at(ReportKind::complaints));
  CHECK(after.reports.at(ReportKind::agreements) == before.reports.at(ReportKind::agreements));
  CHECK(after.everything != before.everything);
  CHECK(after.context == before.context);
}

TEST_CASE("the language is part of every page's inputs") {
  const auto w = demo();
  const auto data = site_of(w);
  const auto english = SiteLayout(data).inputs(0);
  set_language(Lang::sv);
  const auto swedish = SiteLayout(data).inputs(0);
  set_language(Lang::en);
  CHECK(english != 0);
  CHECK(english != swedish);
}

TEST_CASE("a customer's page is made again when its findings change, whatever changed them") {
  const auto w = demo();
  const auto data = site_of(w);
  auto answered = data;  // as when an improvement of no customer answers one of finance's findings
  for (auto& f : answered.review.findings)
    if (f.customer == "finance") {
      f.text += " (answered)";
      break;
    }
  const SiteLayout before(data), after(answered);
  const auto finance = file_at(before, "customers/finance.html");
  CHECK(after.inputs(finance) != before.inputs(finance));
  CHECK(after.inputs(file_at(before, "customers/water.html")) ==
        before.inputs(file_at(before, "customers/water.html")));
}

TEST_CASE("a customer's page is made again when a record it links to moves on another customer's page") {
  const auto w = demo();
  auto data = site_of(w);
  const auto page_of = [&](SiteData& d, const std::string& id) -> CustomerPage& {
    for (auto& p : d.pages)
      if (p.customer.id == id) return p;
    FAIL("no page of " << id);
    return d.pages.front();
  };
  auto& finance = page_of(data, "finance");
  REQUIRE(!finance.meetings.empty());
  auto& education = page_of(data, "education");
  REQUIRE(!education.improvements.empty());
  education.improvements.front().source = "meeting/" + finance.meetings.front().id;
  auto older = data;  // finance held newer meetings since: that one is no longer on its page
  page_of(older, "finance").meetings.erase(page_of(older, "finance").meetings.begin());
  const SiteLayout before(data), after(older);
  const auto page = file_at(before, "customers/education.html");
  CHECK(after.inputs(page) != before.inputs(page));
}
