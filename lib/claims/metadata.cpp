// Document metadata from the text: a masthead line naming a known outlet and
// a dateline, both in the header (the short lines before the body).
#include "claimgraph/claim.hpp"
#include "tag/doc_tags.hpp"

namespace claimgraph {
namespace {

constexpr std::size_t kHeaderBytes = 4000;   // mastheads and datelines sit at the top
constexpr uint32_t kShortLine = 12;          // tokens: a masthead, dateline or title
constexpr uint32_t kBodyLine = 25;           // tokens: running text starts here
constexpr uint32_t kDateAtLineStart = 3;     // a date this close to a line start is a dateline

struct Line {
  uint32_t first_token, end_token;
};

}  // namespace

void Analyzer::infer_metadata(Document& document) const {
  if (document.published && document.publisher) return;
  // Only the header matters: tag a copy of it, without a reference date, so
  // that only absolute dates resolve.
  Document header = document;
  std::size_t cut = std::min(header.bytes.size(), kHeaderBytes);
  while (cut < header.bytes.size() && (static_cast<unsigned char>(header.bytes[cut]) & 0xC0) == 0x80) ++cut;
  header.bytes.resize(cut);
  const detail::DocTags tags(header, *lexicons_, std::nullopt, {}, detail::Tagging::times_only);
  const auto& tokens = tags.text().tokens;

  std::vector<Line> lines;
  uint32_t t = 0;
  std::size_t line_begin = header.body_begin;
  while (line_begin < header.bytes.size()) {
    std::size_t line_end = header.bytes.find('\n', line_begin);
    if (line_end == std::string::npos) line_end = header.bytes.size();
    Line line{t, t};
    while (line.end_token < tokens.size() && tokens[line.end_token].span.begin < line_end) ++line.end_token;
    t = line.end_token;
    if (line.end_token > line.first_token) lines.push_back(line);
    if (line.end_token - line.first_token > kBodyLine) break;
    line_begin = line_end + 1;
  }

  for (const Line& line : lines) {
    const uint32_t length = line.end_token - line.first_token;
    if (!document.published) {
      for (const detail::TimeTag& time : tags.times()) {
        if (time.first < line.first_token || time.end > line.end_token) continue;
        const Interval& iv = time.time.interval;
        const bool one_day = time.time.relation == TimeRelation::at && iv.earliest && iv.latest && *iv.earliest == *iv.latest;
        if (one_day && (length <= kShortLine || time.first - line.first_token < kDateAtLineStart)) {
          document.published = iv.earliest;
          break;
        }
      }
    }
    if (!document.publisher && length <= kShortLine) {
      for (const detail::Mention& m : tags.mentions_in("outlets", line.first_token, line.end_token)) {
        document.publisher = m.entry->value;
        break;
      }
    }
  }
}

}  // namespace claimgraph
