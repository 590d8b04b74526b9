#pragma once
#include <string>

#include "brm/compute/report_agreements.hpp"
#include "brm/compute/review.hpp"
#include "brm/model/complaint_status.hpp"
#include "brm/model/enums.hpp"

// The words for the values of the record kinds' enumerations as a person reads them, in
// the chosen language (brm/util/i18n.hpp). In English they are the values as written
// in the files ("in-progress"), so English output reads as it always has; the files
// themselves and JSON keep the written values whatever the language.
namespace brm {

std::string word(PlanStatus v);
std::string word(ComplaintStatus v);
std::string word(ComplaintSeverity v);
std::string word(MeetingType v);
std::string word(AgreementStatus v);
std::string word(ImprovementStatus v);
std::string word(ActionStatus v);
std::string word(Urgency v);
std::string word(Area v);
std::string word(Standing v);

}  // namespace brm
