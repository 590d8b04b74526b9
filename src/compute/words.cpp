#include "brm/compute/words.hpp"

#include "brm/util/i18n.hpp"

namespace brm {

// Each word is spelt out here (not looked up by its enum name) so that the translation
// tools find it; the context tells the translator which record's value it is, as the
// same English word can take another form in another place.

std::string word(PlanStatus v) {
  switch (v) {
    case PlanStatus::proposed:
      return trc("plan status", "proposed");
    case PlanStatus::planned:
      return trc("plan status", "planned");
    case PlanStatus::ongoing:
      return trc("plan status", "ongoing");
    case PlanStatus::done:
      return trc("plan status", "done");
    case PlanStatus::cancelled:
      return trc("plan status", "cancelled");
  }
  return {};
}

std::string word(ComplaintStatus v) {
  switch (v) {
    case ComplaintStatus::open:
      return trc("complaint status", "open");
    case ComplaintStatus::in_progress:
      return trc("complaint status", "in-progress");
    case ComplaintStatus::escalated:
      return trc("complaint status", "escalated");
    case ComplaintStatus::resolved:
      return trc("complaint status", "resolved");
    case ComplaintStatus::rejected:
      return trc("complaint status", "rejected");
  }
  return {};
}

std::string word(ComplaintSeverity v) {
  switch (v) {
    case ComplaintSeverity::low:
      return trc("severity", "low");
    case ComplaintSeverity::medium:
      return trc("severity", "medium");
    case ComplaintSeverity::high:
      return trc("severity", "high");
    case ComplaintSeverity::critical:
      return trc("severity", "critical");
  }
  return {};
}

std::string word(MeetingType v) {
  switch (v) {
    case MeetingType::planning:
      return trc("meeting type", "planning");
    case MeetingType::follow_up:
      return trc("meeting type", "follow-up");
    case MeetingType::steering:
      return trc("meeting type", "steering");
    case MeetingType::escalation:
      return trc("meeting type", "escalation");
  }
  return {};
}

std::string word(AgreementStatus v) {
  switch (v) {
    case AgreementStatus::draft:
      return trc("agreement status", "draft");
    case AgreementStatus::active:
      return trc("agreement status", "active");
    case AgreementStatus::terminated:
      return trc("agreement status", "terminated");
  }
  return {};
}

std::string word(ImprovementStatus v) {
  switch (v) {
    case ImprovementStatus::proposed:
      return trc("improvement status", "proposed");
    case ImprovementStatus::approved:
      return trc("improvement status", "approved");
    case ImprovementStatus::in_progress:
      return trc("improvement status", "in-progress");
    case ImprovementStatus::done:
      return trc("improvement status", "done");
    case ImprovementStatus::rejected:
      return trc("improvement status", "rejected");
  }
  return {};
}

std::string word(ActionStatus v) {
  return v == ActionStatus::open ? trc("action status", "open") : trc("action status", "done");
}

std::string word(Urgency v) {
  switch (v) {
    case Urgency::overdue:
      return trc("urgency", "overdue");
    case Urgency::due:
      return trc("urgency", "due");
    case Urgency::missing:
      return trc("urgency", "missing");
  }
  return {};
}

std::string word(Area v) {
  switch (v) {
    case Area::plans:
      return trc("area", "plans");
    case Area::agreements:
      return trc("area", "agreements");
    case Area::deliveries:
      return trc("area", "deliveries");
    case Area::meetings:
      return trc("area", "meetings");
    case Area::actions:
      return trc("area", "actions");
    case Area::complaints:
      return trc("area", "complaints");
    case Area::surveys:
      return trc("area", "surveys");
    case Area::improvements:
      return trc("area", "improvements");
    case Area::contacts:
      return trc("area", "contacts");
  }
  return {};
}

std::string word(Standing v) {
  switch (v) {
    case Standing::in_force:
      return trc("agreement standing", "in force");
    case Standing::upcoming:
      return trc("agreement standing", "upcoming");
    case Standing::lapsed:
      return trc("agreement standing", "lapsed");
    case Standing::draft:
      return trc("agreement standing", "draft");
    case Standing::terminated:
      return trc("agreement standing", "terminated");
  }
  return {};
}

}  // namespace brm
