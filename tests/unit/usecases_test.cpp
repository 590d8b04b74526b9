// The use cases as library functions: they open a workspace from any file source and
// return a value or a failure, never printing (their signatures take no streams).
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include "brm/usecases/complaint_log.hpp"
#include "brm/usecases/complaint_update.hpp"
#include "brm/usecases/meeting_new.hpp"
#include "brm/usecases/open.hpp"
#include "brm/usecases/report.hpp"
#include "brm/usecases/review.hpp"
#include "support.hpp"

using namespace brm;
using brm::test::valid_customer;
using V = std::vector<std::string>;

namespace {

const Date day = *Date::parse("2026-11-23");

// A complaint that passes every rule, for `customer`.
std::string complaint(const std::string& id, const std::string& customer) {
  return fmt::format(
      "id: {}\ncustomer: {}\nreceived: 2026-11-02\nseverity: high\nsummary: Laptops are late\nstatus: open\n"
      "history:\n  - date: 2026-11-02\n    status: open\n    note: Logged\n",
      id, customer);
}

const test::Files files = {{"customers/finance.yaml", valid_customer("finance")},
                           {"complaints/c1.yaml", complaint("c1", "finance")},
                           // Refers to a customer that does not exist: an error of the
                           // cross-record rules, though its facts read fine.
                           {"complaints/c2.yaml", complaint("c2", "nobody")}};

OpenWorkspace opened(const test::Files& f, const Needs& needs) {
  auto w = open_workspace(test::source_of(f), day, needs);
  REQUIRE(w.ok());
  return std::move(*w);
}

std::vector<std::string> ids(const std::vector<Complaint>& list) {
  std::vector<std::string> out;
  for (const auto& c : list) out.push_back(c.id);
  return out;
}

}  // namespace

TEST_CASE("open_workspace refuses an invalid brm.yaml with its diagnostics, unless told to report it") {
  const test::Files bad = {{"brm.yaml", "brm: 2\norganization: Test IT\ncurrency: SEK\n"}};
  const auto w = open_workspace(test::source_of(bad), day, {Reads::settings, {}});
  REQUIRE(!w.ok());
  CHECK(!w.failure().diagnostics.empty());
  CHECK(w.failure().diagnostics.front().path == "brm.yaml");
  CHECK(w.failure().errors ==
        V{"brm.yaml is not valid, so its settings cannot be used; fix it first (see 'brm validate')"});
  CHECK(open_workspace(test::source_of(bad), day, {Reads::checked, {}, false}).ok());
}

TEST_CASE("open_workspace reads as far as the command needs") {
  SECTION("settings: no record is read") {
    const auto w = opened(files, {Reads::settings, {Kind::complaint}});
    CHECK(w.ws.records.empty());
    CHECK(w.records.complaints.empty());
  }
  SECTION("documents: every record counts and keeps its document") {
    const auto w = opened(files, {Reads::documents, {Kind::complaint}});
    CHECK(ids(w.records.complaints) == V{"c1", "c2"});
    CHECK(w.ws.diagnostics.empty());
    CHECK(find_record(w.ws, Kind::complaint, "c2"));
  }
  SECTION("checked: a record that fails validation is left out and named") {
    const auto w = opened(files, {Reads::checked, {Kind::complaint}});
    CHECK(ids(w.records.complaints) == V{"c1"});
    CHECK(w.left_out == V{"complaints/c2.yaml"});
    CHECK(w.records.customers.empty());  // not asked for
  }
}

TEST_CASE("a use case names every problem in one failure and writes nothing") {
  const auto w = opened(files, complaint_log_needs());
  ComplaintLogInput in;
  in.customer = "finanse", in.summary = "Late", in.service = "payrol";
  const auto logged = log_complaint(w, in);
  REQUIRE(!logged.ok());
  REQUIRE(logged.failure().errors.size() == 2);
  CHECK(logged.failure().errors[0].starts_with("no customer has the id 'finanse' (did you mean 'finance'?)"));
  CHECK(logged.failure().errors[1] == "no service has the id 'payrol'; there are no services yet");
}

TEST_CASE("a record whose file cannot be read is named as broken, with where and why, not as unknown") {
  auto broken = files;
  broken.push_back({"customers/water.yaml", "id: water\nname: [Water\n"});
  const auto w = opened(broken, complaint_log_needs());
  ComplaintLogInput in;
  in.customer = "water", in.summary = "Late";
  const auto logged = log_complaint(w, in);
  REQUIRE(!logged.ok());
  REQUIRE(logged.failure().diagnostics.size() == 1);
  CHECK(logged.failure().diagnostics.front().path == "customers/water.yaml");
  CHECK(logged.failure().diagnostics.front().rule == "yaml-syntax");
  CHECK(logged.failure().errors == V{"customers/water.yaml cannot be read, so the customer 'water' cannot be used; "
                                     "fix the file first (see 'brm validate')"});
}

TEST_CASE("complaint update edits the file on disk, or refuses a change the workflow does not allow") {
  // The update locks and rewrites a real file: the workspace is a folder.
  const auto dir = test::scratch_dir("usecase-update");
  std::filesystem::create_directories(dir / "customers");
  std::filesystem::create_directories(dir / "complaints");
  for (const auto& [path, text] : test::Files{{"brm.yaml", "brm: 1\norganization: Test IT\ncurrency: SEK\n"},
                                              {"customers/finance.yaml", valid_customer("finance")},
                                              {"complaints/c1.yaml", complaint("c1", "finance")}})
    std::ofstream(dir / path, std::ios::binary) << text;
  auto w = open_workspace(directory_source(dir), day, complaint_update_needs());
  REQUIRE(w.ok());
  ComplaintUpdateInput in;
  in.id = "c1", in.status = ComplaintStatus::resolved;
  const auto refused = update_complaint(*w, in);
  REQUIRE(!refused.ok());
  CHECK(refused.failure().errors == V{"a resolved complaint needs --resolution saying how or why"});
  CHECK(test::slurp(dir / "complaints/c1.yaml") == complaint("c1", "finance"));
  in.resolution = "Delivered";
  const auto updated = update_complaint(*w, in);
  REQUIRE(updated.ok());
  CHECK(updated->before == "open");
  CHECK(test::slurp(dir / "complaints/c1.yaml") == updated->text);
  CHECK(updated->text.ends_with("  - date: 2026-11-23\n    status: resolved\n    by: Karin Holm\n    note: Delivered\n"));
  // Reopening takes the resolution out and keeps its text in the new entry's note.
  ComplaintUpdateInput reopen;
  reopen.id = "c1", reopen.status = ComplaintStatus::open, reopen.reopen = true, reopen.note = "Again";
  const auto reopened = update_complaint(*w, reopen);
  REQUIRE(reopened.ok());
  CHECK(reopened->text.find("resolution:") == std::string::npos);
  CHECK(reopened->text.ends_with("    status: open\n    by: Karin Holm\n    note: |-\n      Again\n"
                                 "      Resolution until reopened: Delivered\n"));
  ComplaintUpdateInput close;
  close.id = "c1", close.status = ComplaintStatus::rejected, close.resolution = "Not ours";
  REQUIRE(update_complaint(*w, close).ok());
  reopen.resolution = "x";
  CHECK(update_complaint(*w, reopen).failure().errors ==
        V{"a reopened complaint has no resolution; leave out --resolution"});
  in.id = "c9";
  CHECK(update_complaint(*w, in).failure().errors.front().starts_with("no complaint has the id 'c9'"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("meeting new prepares the file without writing it on a dry run") {
  const auto w = opened(files, meeting_new_needs());
  MeetingInput in{"finance", MeetingType::follow_up, day, std::nullopt, {}, true};
  const auto m = prepare_meeting(w, in);
  REQUIRE(m.ok());
  CHECK(m->id == "2026-11-23-finance-follow-up");
  CHECK(m->text.starts_with("id: 2026-11-23-finance-follow-up\ncustomer: finance\ndate: 2026-11-23\ntype: follow-up\n"
                            "attendees: [Anna Berg, Karin Holm, Olle Nyberg]\n"));
  CHECK(m->text.find("Laptops are late") != std::string::npos);  // the open complaint is on the agenda
}

TEST_CASE("review and report refuse an unknown customer; a report's period must not run backwards") {
  const auto w = opened(files, review_needs());
  CHECK(!review_workspace(w, {30, "nobody", false, std::nullopt}).ok());
  CHECK(review_workspace(w, {30, "finance", true, std::nullopt}).ok());
  const auto d = opened(files, report_needs(ReportKind::delivery));
  CHECK(make_report(d, {ReportKind::delivery, {}, {}, {}, "finance"}).ok());
  CHECK(make_report(d, {ReportKind::delivery, {}, {}, {}, "nobody"}).failure().errors.front().starts_with(
      "no customer has the id 'nobody'"));
  const auto r = opened(files, report_needs(ReportKind::customer));
  CHECK(make_report(r, {ReportKind::customer, "finance", {}, {}, {}}).ok());
  CHECK(make_report(r, {ReportKind::customer, "nobody", {}, {}, {}}).failure().errors.front().starts_with(
      "no customer has the id 'nobody'"));
  CHECK(report_period(day, *Date::parse("2026-01-01"), day).failure().errors ==
        V{"the period starts after it ends (2026-11-23 to 2026-01-01)"});
  CHECK(report_period(std::nullopt, std::nullopt, day)->from == *Date::parse("2025-11-24"));
}
