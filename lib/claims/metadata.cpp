// Document metadata from the text: a masthead line naming a known outlet and
// a dateline, both in the header (the short lines before the body).
#include "claims/metadata.hpp"

#include <algorithm>

#include "claimgraph/claim.hpp"
#include "tag/time_lexicon.hpp"

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
  bool body_reached = false;  // the header read ended at a line of running text
};

// The header: the lines of a text's tokens before byte `cut`, up to and
// including the first line of running text (more than kBodyLine tokens).
struct Header {
  std::vector<Line> lines;
  bool body_reached = false;  // the lines read ended at a line of running text
};

Header header_lines(const detail::DocTags& tags, std::size_t cut) {
  const auto& tokens = tags.text().tokens;
  const std::string_view bytes = tags.bytes();
  cut = std::min(cut, bytes.size());
  Header header;
  uint32_t t = 0;
  std::size_t line_begin = tags.document().body_begin;
  while (line_begin < cut) {
    const std::size_t line_end = std::min(bytes.find('\n', line_begin), cut);
    Line line{t, t};
    while (line.end_token < tokens.size() && tokens[line.end_token].span.begin < line_end) ++line.end_token;
    t = line.end_token;
    if (line.end_token > line.first_token) header.lines.push_back(line);
    if (line.end_token - line.first_token > kBodyLine) {
      header.body_reached = true;
      break;
    }
    line_begin = line_end + 1;
  }
  return header;
}

struct HeaderTime {
  TimeExpr time;
  uint32_t first = 0, end = 0;  // tokens
};

// The times of the header's tokens, tagged on their own and without a
// reference date, so that only absolute dates resolve.
std::vector<HeaderTime> header_times(const detail::DocTags& tags, uint32_t end_token, const AnalyzerOptions& options) {
  const TokenizedText& text = tags.text();
  TokenizedText header;
  header.tokens.assign(text.tokens.begin(), text.tokens.begin() + end_token);
  for (const Sentence& sentence : text.sentences) {
    if (sentence.first_token >= end_token) break;
    Sentence s = sentence;
    if (s.end_token > end_token) {
      s.end_token = end_token;
      s.span.end = header.tokens[end_token - 1].span.end;
    }
    header.sentences.push_back(s);
  }
  // The header's time words are among the text's matches (sorted by first
  // token), when the tags still hold them: those inside the header, rather
  // than a second pass of the time lexicon.
  std::vector<LexiconMatch> header_matches;
  const std::vector<LexiconMatch>* matches = tags.matches();
  if (matches != nullptr) {
    for (const LexiconMatch& m : *matches) {
      if (m.first >= end_token) break;
      if (m.end <= end_token) header_matches.push_back(m);
    }
    matches = &header_matches;
  }
  std::vector<HeaderTime> out;
  const TimeOptions time_options{std::nullopt, tags.language(), options.time_preference, options.time_locale};
  for (TimeExpr& time :
       detail::tag_times(header, tags.bytes(), time_options, tags.lexicons(), tags.language(), matches)) {
    HeaderTime h;
    h.first = tags.token_at(time.span.begin);
    h.end = h.first;
    while (h.end < end_token && header.tokens[h.end].span.begin < time.span.end) ++h.end;
    h.time = std::move(time);
    out.push_back(std::move(h));
  }
  return out;
}

// The end of the first paragraph (just after a blank line) at or after
// `size` bytes, or npos.
std::size_t paragraph_end_after(std::string_view bytes, std::size_t size) {
  if (bytes.size() <= size) return std::string_view::npos;
  const std::size_t blank = bytes.find("\n\n", size);
  return blank == std::string_view::npos ? blank : blank + 2;
}

// The end (after its newline) of the first line from `begin` that is surely
// running text: more than kBodyLine runs of non-space bytes, each at least one
// token; or npos when none ends within kHeaderBytes.
std::size_t body_line_end(std::string_view bytes, std::size_t begin) {
  uint32_t runs = 0;
  bool in_run = false;
  for (std::size_t i = begin; i < std::min(bytes.size(), kHeaderBytes); ++i) {
    const char c = bytes[i];
    if (c == '\n') {
      if (runs > kBodyLine) return i + 1;
      runs = 0;
      in_run = false;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      in_run = false;
    } else if (!in_run) {
      in_run = true;
      ++runs;
    }
  }
  return std::string_view::npos;
}

// Where the header surely ends: after the first line of running text, or
// the opening paragraphs if shorter (no phrase or time crosses a blank
// line); npos when neither is within kHeaderBytes.
std::size_t header_end(const Document& document) {
  const std::string_view bytes = document.bytes;
  return std::min(body_line_end(bytes, document.body_begin),
                  paragraph_end_after(bytes, document.body_begin + kFirstTry));
}

// Reads the masthead and the dateline from `tags`, which hold at least the
// document's header. First the lines up to header_end(): when running text
// starts in them, they are the header; otherwise the first kHeaderBytes.
Found read_header(const Document& document, const detail::DocTags& tags, const AnalyzerOptions& options) {
  const std::size_t first = header_end(document);
  Header header = header_lines(tags, std::min(first, kHeaderBytes));
  if (!header.body_reached && first < kHeaderBytes) header = header_lines(tags, kHeaderBytes);
  Found found;
  found.body_reached = header.body_reached;
  if (header.lines.empty()) return found;
  std::vector<HeaderTime> times;
  if (!document.published) times = header_times(tags, header.lines.back().end_token, options);
  for (const Line& line : header.lines) {
    const uint32_t length = line.end_token - line.first_token;
    if (!document.published && !found.published) {
      for (const HeaderTime& time : times) {
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

// The first `size` bytes of `document`, rounded up to a whole code point.
std::size_t whole_code_points(const Document& document, std::size_t size) {
  std::size_t cut = std::min(document.bytes.size(), size);
  while (cut < document.bytes.size() && (static_cast<unsigned char>(document.bytes[cut]) & 0xC0) == 0x80) ++cut;
  return cut;
}

void apply(const Found& found, Document& document) {
  if (found.published) document.published = found.published;
  if (found.publisher) document.publisher = found.publisher;
}

}  // namespace

void detail::read_metadata(Document& document, const DocTags& tags, const AnalyzerOptions& options) {
  if (!document.published || !document.publisher) apply(read_header(document, tags, options), document);
}

void Analyzer::infer_metadata(Document& document) const {
  if (document.published && document.publisher) return;
  // Only the header is tokenized: the bytes up to where it surely ends, else
  // the first kHeaderBytes. A line of exotic spaces can make the first cut
  // end before running text: then the whole header is read.
  Document header;
  header.body_begin = document.body_begin;
  header.language = document.language;
  const std::size_t whole = whole_code_points(document, kHeaderBytes);
  for (std::size_t cut : {whole_code_points(document, std::min(header_end(document), kHeaderBytes)), whole}) {
    header.bytes = document.bytes.substr(0, cut);
    const detail::DocTags tags(header, *lexicons_, options_);
    const Found found = read_header(document, tags, options_);
    if (found.body_reached || cut == whole) {
      apply(found, document);
      return;
    }
  }
}

}  // namespace claimgraph
