#include "svg_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "brm/model/number.hpp"
#include "brm/render/diagnostics.hpp"
#include "html_escape.hpp"
#include "report_format.hpp"
#include "brm/util/display_width.hpp"

namespace brm {
namespace {

constexpr double width = 720, margin_left = 48, margin_right = 16, plot_height = 200;
constexpr double legend_row = 18, char_width = 6.6;

// Okabe and Ito's colours stay apart for colour-blind readers and in grey print; lines
// start with near-black for the first series (the total).
constexpr std::array<const char*, 7> bar_colours = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                                    "#E69F00", "#56B4E9", "#555555"};
constexpr std::array<const char*, 7> line_colours = {"#222222", "#0072B2", "#D55E00", "#009E73",
                                                     "#CC79A7", "#E69F00", "#56B4E9"};

std::string num(double v) { return fmt::format("{:.1f}", v); }

const char* colour(const Chart& c, std::size_t series) {
  const auto& list = c.style == Chart::Style::lines ? line_colours : bar_colours;
  return list[series % list.size()];
}

/// A step of 1, 2 or 5 times a power of ten that cuts `span` into about five.
double nice_step(double span) {
  if (span <= 0) return 1;
  const double raw = span / 5, magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  const double f = raw / magnitude;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
}

/// Where things go: the value axis and the plot area under the legend.
struct Frame {
  double lo, hi, step, top;
  std::size_t slots;
  bool turned;  // labels too wide for their slot are written at a slant, and need more room below

  double x0() const { return margin_left; }
  double x1() const { return width - margin_right; }
  double y0() const { return top; }
  double y1() const { return top + plot_height; }
  double height() const { return y1() + (turned ? 64 : 26); }
  double slot() const { return (x1() - x0()) / static_cast<double>(std::max<std::size_t>(slots, 1)); }
  double centre(std::size_t i) const { return x0() + slot() * (static_cast<double>(i) + 0.5); }
  double y(double v) const { return y1() - (v - lo) / (hi - lo) * (y1() - y0()); }
};

struct LegendItem {
  double x, y;
};

/// Legend positions, wrapped into rows that fit the width.
std::vector<LegendItem> legend_layout(const Chart& c) {
  std::vector<LegendItem> out;
  if (c.style == Chart::Style::bars && c.series.size() < 2) return out;  // the title says what the bars are
  double x = margin_left, y = 14;
  for (const auto& name : c.series) {
    const double w = 22 + char_width * static_cast<double>(display_width(name)) + 14;
    if (x + w > width - margin_right && x > margin_left) x = margin_left, y += legend_row;
    out.push_back({x, y});
    x += w;
  }
  return out;
}

Frame frame_of(const Chart& c, double legend_bottom) {
  double lo = c.y_min.value_or(0), hi = c.y_max.value_or(lo);
  for (const auto& values : c.values)
    for (const auto& v : values) {
      if (v && !c.y_max) hi = std::max(hi, *v);
      if (v && !c.y_min) lo = std::min(lo, *v);
    }
  double step = nice_step(hi - lo);
  if (c.style == Chart::Style::bars) step = std::max(step, 1.0);  // counts: whole ticks
  if (!c.y_max) hi = std::max(lo + step, lo + std::ceil((hi - lo) / step) * step);
  std::size_t longest = 0;
  for (const auto& l : c.labels) longest = std::max(longest, display_width(l));
  const double slot =
      (width - margin_left - margin_right) / static_cast<double>(std::max<std::size_t>(c.labels.size(), 1));
  return {lo, hi, step, legend_bottom + 14, c.labels.size(), char_width * static_cast<double>(longest) + 6 > slot};
}

void grid(const Frame& f, std::string& out) {
  const bool whole = f.step == std::floor(f.step);
  for (double v = f.lo; v <= f.hi + f.step / 1000; v += f.step) {
    const auto y = num(f.y(v));
    out += fmt::format(R"(<line class="grid" x1="{}" y1="{}" x2="{}" y2="{}"/>)", num(f.x0()), y, num(f.x1()), y);
    out += fmt::format(R"(<text class="tick" x="{}" y="{}" text-anchor="end">{}</text>)", num(f.x0() - 6),
                       num(f.y(v) + 4), whole ? fmt::format("{:.0f}", v) : fmt::format("{:.1f}", v));
  }
  out += fmt::format(R"(<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}"/>)", num(f.x0()), num(f.y1()), num(f.x1()),
                     num(f.y1()));
}

void labels(const Chart& c, const Frame& f, std::string& out) {
  for (std::size_t i = 0; i < c.labels.size(); ++i) {
    const auto x = num(f.centre(i)), y = num(f.y1() + 16);
    if (f.turned)
      out += fmt::format(
          R"svg(<text class="label" x="{}" y="{}" text-anchor="end" transform="rotate(-40 {} {})">{}</text>)svg", x, y,
          x, y, html_escape(c.labels[i]));
    else
      out += fmt::format(R"(<text class="label" x="{}" y="{}" text-anchor="middle">{}</text>)", x, y,
                         html_escape(c.labels[i]));
  }
}

std::string value_text(const Chart& c, double v) { return fixed(v, c.decimals); }

void bars(const Chart& c, const Frame& f, std::string& out) {
  const double group = f.slot() * 0.7, bar = group / static_cast<double>(std::max<std::size_t>(c.values.size(), 1));
  for (std::size_t s = 0; s < c.values.size(); ++s)
    for (std::size_t i = 0; i < c.values[s].size() && i < c.labels.size(); ++i) {
      const auto& v = c.values[s][i];
      if (!v) continue;
      const double x = f.centre(i) - group / 2 + bar * static_cast<double>(s), y = f.y(*v);
      out += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{} {}: {}</title></rect>)",
                         num(x), num(y), num(bar - 1), num(f.y1() - y), colour(c, s), html_escape(c.labels[i]),
                         html_escape(c.series[s]), value_text(c, *v));
      if (*v > 0)
        out += fmt::format(R"(<text class="value" x="{}" y="{}" text-anchor="middle">{}</text>)", num(x + bar / 2),
                           num(y - 4), value_text(c, *v));
    }
}

/// Each series joins the buckets that have a value, passing over the empty ones: a
/// survey every few quarters still reads as one trend.
void lines(const Chart& c, const Frame& f, std::string& out) {
  for (std::size_t s = 0; s < c.values.size(); ++s) {
    std::string points, dots;
    for (std::size_t i = 0; i < c.values[s].size() && i < c.labels.size(); ++i) {
      const auto& v = c.values[s][i];
      if (!v) continue;
      points += fmt::format("{}{},{}", points.empty() ? "" : " ", num(f.centre(i)), num(f.y(*v)));
      dots += fmt::format(R"(<circle cx="{}" cy="{}" r="3.5" fill="{}"><title>{} {}: {}</title></circle>)",
                          num(f.centre(i)), num(f.y(*v)), colour(c, s), html_escape(c.labels[i]),
                          html_escape(c.series[s]), value_text(c, *v));
    }
    if (points.find(' ') != std::string::npos)
      out += fmt::format(R"(<polyline points="{}" fill="none" stroke="{}" stroke-width="{}"/>)", points, colour(c, s),
                         s == 0 ? "3" : "2");
    out += dots;
  }
}

void legend(const Chart& c, const std::vector<LegendItem>& items, std::string& out) {
  for (std::size_t s = 0; s < items.size(); ++s) {
    out += fmt::format(R"(<rect x="{}" y="{}" width="14" height="10" fill="{}"/>)", num(items[s].x),
                       num(items[s].y - 9), colour(c, s));
    out += fmt::format(R"(<text class="legend" x="{}" y="{}">{}</text>)", num(items[s].x + 20), num(items[s].y),
                       html_escape(c.series[s]));
  }
}

bool has_values(const Chart& c) {
  for (const auto& values : c.values)
    if (std::any_of(values.begin(), values.end(), [](const auto& v) { return v.has_value(); })) return true;
  return false;
}

}  // namespace

std::string svg_chart(const Chart& c) {
  const auto items = legend_layout(c);
  const Frame f = frame_of(c, items.empty() ? 0 : items.back().y);
  std::string out = fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {} {}" role="img" aria-label="{}">)",
      num(width), num(f.height()), html_escape(c.title));
  out += "<title>" + html_escape(c.title) + "</title>";
  grid(f, out);
  labels(c, f, out);
  if (!has_values(c))
    out += fmt::format(R"(<text class="none" x="{}" y="{}" text-anchor="middle">No data in this period</text>)",
                       num((f.x0() + f.x1()) / 2), num((f.y0() + f.y1()) / 2));
  if (c.style == Chart::Style::bars)
    bars(c, f, out);
  else
    lines(c, f, out);
  legend(c, items, out);
  return out + "</svg>";
}

}  // namespace brm
