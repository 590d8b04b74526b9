// Each enum of the read model against the one kind description (model/kinds.cpp): the
// same names in the same order, so that the schema stays single.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "brm/model/complaint_status.hpp"
#include "brm/model/enums.hpp"
#include "brm/model/kinds.hpp"

using namespace brm;

namespace {

// The allowed values at `path` (field names, into lists and objects) in a kind.
std::vector<std::string_view> values_at(Kind kind, std::vector<std::string_view> path) {
  const Shape* shape = &spec_of(kind).shape;
  for (auto name : path) {
    while (shape->type == ValueType::list) shape = shape->item.get();
    const Field* f = find_field(*shape, name);
    REQUIRE(f);
    shape = &f->shape;
  }
  REQUIRE(shape->type == ValueType::enumeration);
  return shape->values;
}

template <class E>
std::vector<std::string_view> names() {
  return {EnumNames<E>::names.begin(), EnumNames<E>::names.end()};
}

}  // namespace

TEST_CASE("every enum of the read model has the names the kind description allows") {
  CHECK(names<ServiceStatus>() == values_at(Kind::service, {"status"}));
  CHECK(names<PlanType>() == values_at(Kind::customer, {"plans", "type"}));
  CHECK(names<PlanStatus>() == values_at(Kind::customer, {"plans", "status"}));
  CHECK(names<RequirementStatus>() == values_at(Kind::customer, {"requirements", "status"}));
  CHECK(names<FinancingPeriod>() == values_at(Kind::agreement, {"financing", "period"}));
  CHECK(names<AgreementStatus>() == values_at(Kind::agreement, {"status"}));
  CHECK(names<ActionStatus>() == values_at(Kind::meeting, {"actions", "status"}));
  CHECK(names<MeetingType>() == values_at(Kind::meeting, {"type"}));
  CHECK(names<ComplaintChannel>() == values_at(Kind::complaint, {"channel"}));
  CHECK(names<ComplaintSeverity>() == values_at(Kind::complaint, {"severity"}));
  CHECK(names<ComplaintStatus>() == values_at(Kind::complaint, {"status"}));
  CHECK(names<ComplaintStatus>() == values_at(Kind::complaint, {"history", "status"}));
  CHECK(names<ImprovementStatus>() == values_at(Kind::improvement, {"status"}));
  CHECK(names<PersonRole>() == values_at(Kind::complaint, {"from", "role"}));
  CHECK(names<PersonRole>() == values_at(Kind::survey, {"respondent", "role"}));
  CHECK(names<Direction>() == values_at(Kind::agreement, {"services", "levels", "direction"}));
}

TEST_CASE("an enum reads and writes the names files use") {
  CHECK(name_of(MeetingType::follow_up) == "follow-up");
  CHECK(parse_enum<ImprovementStatus>("in-progress") == ImprovementStatus::in_progress);
  CHECK(!parse_enum<ImprovementStatus>("in_progress"));
  CHECK(text_of(std::optional<FinancingPeriod>()).empty());
  CHECK(fmt::format("{}", RequirementStatus::new_) == "new");
}
