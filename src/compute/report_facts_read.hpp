#pragma once
#include <optional>

#include "brm/compute/report_facts.hpp"

namespace brm::facts {

// One reader per kind: the facts of one record, or nullopt when a date the reports
// cannot do without is missing. `currency` is the workspace default.

std::optional<ServiceFacts> read_service(const Record& r);
std::optional<CustomerFacts> read_customer(const Record& r, const std::string& currency);
std::optional<AgreementFacts> read_agreement(const Record& r, const std::string& currency);
std::optional<MeetingFacts> read_meeting(const Record& r);
std::optional<ComplaintFacts> read_complaint(const Record& r);
std::optional<SurveyFacts> read_survey(const Record& r);
std::optional<ImprovementFacts> read_improvement(const Record& r);

}  // namespace brm::facts
