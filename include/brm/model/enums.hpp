#pragma once
#include <fmt/format.h>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The enumerated values of record fields, as C++ enums with one table of names each.
// The kind description (model/kinds.cpp) is the schema; tests/unit/enums_test.cpp keeps
// every table here equal to the values it allows, in the same order.
namespace brm {

enum class ServiceStatus { pipeline, live, retired };
enum class PlanType { strategy, operational, project };
enum class PlanStatus { proposed, planned, ongoing, done, cancelled };
enum class RequirementStatus { new_, accepted, delivered, rejected };
enum class FinancingPeriod { year, quarter, month, once };
enum class AgreementStatus { draft, active, terminated };
enum class ActionStatus { open, done };
// Planning looks forward (plans, new needs, renewals), follow-up reviews the delivery;
// steering and escalation take up what the customer team could not settle itself.
enum class MeetingType { planning, follow_up, steering, escalation };
enum class ComplaintChannel { email, phone, meeting, survey, service_desk, other };
enum class ComplaintSeverity { low, medium, high, critical };
enum class ImprovementStatus { proposed, approved, in_progress, done, rejected };
// Who a complainant or survey respondent is to the customer.
enum class PersonRole { customer, purchaser, user };
// Which side of an agreed level's target is good: availability is met at or above it,
// a resolution time at or below it.
enum class Direction { at_least, at_most };

/// The names of an enum's values as files write them, in declaration order.
template <class E>
struct EnumNames;

#define BRM_ENUM_NAMES(E, ...)                                                   \
  template <>                                                                    \
  struct EnumNames<E> {                                                          \
    static constexpr auto names = std::to_array<std::string_view>({__VA_ARGS__}); \
  }

BRM_ENUM_NAMES(ServiceStatus, "pipeline", "live", "retired");
BRM_ENUM_NAMES(PlanType, "strategy", "operational", "project");
BRM_ENUM_NAMES(PlanStatus, "proposed", "planned", "ongoing", "done", "cancelled");
BRM_ENUM_NAMES(RequirementStatus, "new", "accepted", "delivered", "rejected");
BRM_ENUM_NAMES(FinancingPeriod, "year", "quarter", "month", "once");
BRM_ENUM_NAMES(AgreementStatus, "draft", "active", "terminated");
BRM_ENUM_NAMES(ActionStatus, "open", "done");
BRM_ENUM_NAMES(MeetingType, "planning", "follow-up", "steering", "escalation");
BRM_ENUM_NAMES(ComplaintChannel, "email", "phone", "meeting", "survey", "service-desk", "other");
BRM_ENUM_NAMES(ComplaintSeverity, "low", "medium", "high", "critical");
BRM_ENUM_NAMES(ImprovementStatus, "proposed", "approved", "in-progress", "done", "rejected");
BRM_ENUM_NAMES(PersonRole, "customer", "purchaser", "user");
BRM_ENUM_NAMES(Direction, "at-least", "at-most");

#undef BRM_ENUM_NAMES

/// The value's name as written in files ("follow-up").
template <class E>
constexpr std::string_view name_of(E e) {
  return EnumNames<E>::names[static_cast<std::size_t>(e)];
}

/// The name as a string, for tables and JSON; empty for nullopt (a field not written).
template <class E>
std::string text_of(E e) {
  return std::string(name_of(e));
}
template <class E>
std::string text_of(const std::optional<E>& e) {
  return e ? text_of(*e) : std::string();
}

/// Every name, in declaration order: the values a command-line option accepts.
template <class E>
std::vector<std::string> all_names() {
  return {EnumNames<E>::names.begin(), EnumNames<E>::names.end()};
}

/// The value a name stands for, or nullopt for anything else.
template <class E>
constexpr std::optional<E> parse_enum(std::string_view text) {
  const auto& names = EnumNames<E>::names;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == text) return static_cast<E>(i);
  return std::nullopt;
}

template <class E>
concept NamedEnum = requires { EnumNames<E>::names; };

}  // namespace brm

/// fmt::format("{}", PlanStatus::done) writes "done".
template <brm::NamedEnum E>
struct fmt::formatter<E> : fmt::formatter<std::string_view> {
  template <class Context>
  auto format(E e, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(brm::name_of(e), ctx);
  }
};
