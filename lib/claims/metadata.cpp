// Document metadata from the text: a masthead line naming a known outlet and
// a dateline, both in the header (the short lines before the body).
#include "claimgraph/claim.hpp"
#include "tag/doc_tags.hpp"

namespace claimgraph {
namespace {

constexpr std::size_t kHeaderBytes = 4000;   // mastheads and datelines sit at the top
constexpr std::size_t kFirstTry = 600;       // most headers end in the first paragraphs
constexpr uint32_t kShortLine = 12;          // tokens: a masthead, dateline or title
constexpr uint32_t kBodyLine = 25;           // tokens: running text starts here
constexpr uint32_t kDateAtLineStart = 3;     // a date this close to a line start is a dateline

struct Line {
  uint32_t first_token, end_token;
};

struct Found {
  std::optional<Date> published;
  std::optional<std::string> publisher;
  bool body_reached = false;  // the lines read ended at a line of running text
};

// Reads the lines of the first `cut` bytes of `document` up to the first line
// of running text. Only tokens, lexicon mentions and times are tagged, and
// without a reference date, so that only absolute dates resolve.
Found read_header(const Document& document, std::size_t cut, const Lexicons& lexicons) {
  Document header = document;
  header.bytes.resize(cut);
  const detail::DocTags tags(header, lexicons, std::nullopt, {}, detail::Tagging::times_only);
  const auto& tokens = tags.text().tokens;

  Found found;
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
    if (line.end_token - line.first_token > kBodyLine) {
      found.body_reached = true;
      break;
    }
    line_begin = line_end + 1;
  }

  for (const Line& line : lines) {
    const uint32_t length = line.end_token - line.first_token;
    if (!document.published && !found.published) {
      for (const detail::TimeTag& time : tags.times()) {
        if (time.first < line.first_token || time.end > line.end_token) continue;
        const Interval& iv = time.time.interval;
        const bool one_day = time.time.relation == TimeRelation::at && iv.earliest && iv.latest && *iv.earliest == *iv.latest;
        if (one_day && (length <= kShortLine || time.first - line.first_token < kDateAtLineStart)) {
          found.published = iv.earliest;
          break;
        }
      }
    }
    if (!document.publisher && !found.publisher && length <= kShortLine) {
      for (const detail::Mention& m : tags.mentions_in("outlets", line.first_token, line.end_token)) {
        found.publisher = m.entry->value;
        break;
      }
    }
  }
  return found;
}

// The end of the first paragraph (just after a blank line) at or after
// `size` bytes, or npos. No lexicon phrase or time expression spans a
// paragraph break, so the lines before it are tagged as in a longer header.
std::size_t paragraph_end_after(std::string_view bytes, std::size_t size) {
  if (bytes.size() <= size) return std::string_view::npos;
  const std::size_t blank = bytes.find("\n\n", size);
  return blank == std::string_view::npos ? blank : blank + 2;
}

}  // namespace

void Analyzer::infer_metadata(Document& document) const {
  if (document.published && document.publisher) return;
  // Only the header matters. First the opening paragraphs: when running
  // text starts in them, the lines read and what they give are those of the
  // whole header; otherwise the whole header (kHeaderBytes, whole code points).
  Found found;
  const std::size_t first = paragraph_end_after(document.bytes, document.body_begin + kFirstTry);
  if (first < kHeaderBytes) found = read_header(document, first, *lexicons_);
  if (!found.body_reached) {
    std::size_t cut = std::min(document.bytes.size(), kHeaderBytes);
    while (cut < document.bytes.size() && (static_cast<unsigned char>(document.bytes[cut]) & 0xC0) == 0x80) ++cut;
    found = read_header(document, cut, *lexicons_);
  }
  if (found.published) document.published = found.published;
  if (found.publisher) document.publisher = found.publisher;
}

}  // namespace claimgraph
