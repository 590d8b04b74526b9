#pragma once
#include <string>

namespace brm {

/// The periods from brm.yaml that decide what is due; defaults as in the data contract.
struct Policy {
  long meeting_interval_days = 90;
  long complaint_response_days = 10;
  long agreement_notice_days = 90;
  long survey_interval_days = 365;
  long plan_review_days = 180;
  double survey_min = 1;
  double survey_max = 5;
};

/// The workspace-wide settings read from brm.yaml.
struct Settings {
  std::string organization;
  std::string currency;
  Policy policy;
};

}  // namespace brm
