// Must compile: the control for the probes that must not (the include paths work).
#include "brm/records/records.hpp"
#include "brm/model/date.hpp"
int brm_layer_probe() { return static_cast<int>(sizeof(brm::Complaint)); }
