// Fuzz target: time tagging (tag_times) in Arabic and English, with or
// without a reference date, under each preference and a few locales.
#include <string>

#include "claimgraph/time.hpp"
#include "fuzz_input.hpp"

using namespace claimgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  fuzz::Input input(data, size);
  // Option bytes: language, preference and locale; then a reference date as
  // days from 2025-06-10, or none.
  const uint8_t options_byte = input.take_byte();
  const uint8_t date_high = input.take_byte();
  const uint8_t date_low = input.take_byte();
  TimeOptions options;
  options.language = (options_byte & 1) ? "en" : "ar";
  static const TimePreference kPreferences[] = {TimePreference::automatic, TimePreference::future,
                                                TimePreference::past, TimePreference::automatic};
  options.prefer = kPreferences[(options_byte >> 1) & 3];
  static const char* const kLocales[] = {"", "en-US", "en-GB", "ar-EG", "en-PH", "ar", "x", "en-"};
  options.locale = kLocales[(options_byte >> 3) & 7];
  if (!(options_byte & 0x40)) {
    // Any day within about 90 years either side: dates near the calendar's
    // edges reach month and year arithmetic that ordinary news never does.
    const auto offset = static_cast<int16_t>((date_high << 8) | date_low);
    options.reference = Date::from_ymd(2025, 6, 10).plus_days(offset);
  }
  const std::string_view text = fuzz::valid_prefix(input.rest());

  const std::vector<TimeExpr> times = tag_times(text, options);
  uint32_t previous_end = 0;
  for (const TimeExpr& time : times) {
    // In text order, non-overlapping, inside the text.
    FUZZ_CHECK(previous_end <= time.span.begin && time.span.begin < time.span.end);
    FUZZ_CHECK(time.span.end <= text.size());
    previous_end = time.span.end;
    if (time.interval.earliest && time.interval.latest) FUZZ_CHECK(*time.interval.earliest <= *time.interval.latest);
    if (time.interval.earliest) FUZZ_CHECK(!time.interval.earliest->iso().empty());
    if (time.interval.latest) FUZZ_CHECK(!time.interval.latest->iso().empty());
    for (const LexiconEntry* entry : time.entries) FUZZ_CHECK(entry != nullptr);
    FUZZ_CHECK(!time.rule.empty());
    (void)to_string(time.relation);
  }
  (void)numeric_month_first(options.locale, options.language);
  (void)parse_time_preference(text.substr(0, 8));
  return 0;
}
