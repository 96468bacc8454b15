// The pieces the JSON report (json.cpp) and the JSON Lines report (jsonl.cpp)
// share, so each object is formatted by one function in both: pretty at an
// indentation >= 0, compact (one line, as nlohmann's dump(-1)) at kCompact.
#pragma once

#include <cstdint>
#include <cstring>
#include <ostream>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "claimgraph/report.hpp"
#include "report/view.hpp"

namespace claimgraph::report {

using Buffer = fmt::memory_buffer;

// The indentation that asks for compact output: no line breaks, no spaces.
inline constexpr int kCompact = -1;

// The deepest value is a `why` entry or a source's span offset, at 12 spaces.
inline void pad(Buffer& b, int indent) {
  constexpr std::string_view spaces = "                                ";
  if (indent > 0) b.append(spaces.substr(0, static_cast<std::size_t>(indent)));
}

// An object or array whose members each take a line at `indent` + 2 (or,
// compact, follow each other after a comma); `{}` or `[]` when empty.
class Block {
 public:
  Block(Buffer& b, int indent, char open, char close) : b_(b), indent_(indent), close_(close) { b_.push_back(open); }
  // The indentation of a value written in this block.
  int inner() const { return compact() ? kCompact : indent_ + 2; }
  void close() {
    if (!first_ && !compact()) {
      b_.push_back('\n');
      pad(b_, indent_);
    }
    b_.push_back(close_);
  }

 protected:
  bool compact() const { return indent_ < 0; }
  // Writes the separator and the indentation of the next member.
  Buffer& next() {
    if (compact()) {
      if (!first_) b_.push_back(',');
    } else {
      b_.append(std::string_view(first_ ? "\n" : ",\n"));
      pad(b_, indent_ + 2);
    }
    first_ = false;
    return b_;
  }
  // For a member written whole by the caller: the buffer, whether it is the
  // first member, and marking it written.
  Buffer& buffer() { return b_; }
  bool first() const { return first_; }
  void mark_written() { first_ = false; }

 private:
  Buffer& b_;
  int indent_;
  char close_;
  bool first_ = true;
};

// key() writes the separator, indentation and key, then the caller the value.
class Object : public Block {
 public:
  Object(Buffer& b, int indent) : Block(b, indent, '{', '}') {}
  // `name` is a plain ASCII field name, printed without escaping.
  Buffer& key(std::string_view name) {
    if (compact()) {
      Buffer& b = next();
      b.push_back('"');
      b.append(name);
      b.append(std::string_view("\":"));
      return b;
    }
    // Pretty: separator, indentation and key in one write (the hot path of
    // a report: every field of every claim and link).
    Buffer& b = buffer();
    const auto indent = static_cast<std::size_t>(inner());
    const std::size_t at = b.size(), comma = first() ? 0 : 1;
    b.resize(at + comma + 1 + indent + 1 + name.size() + 3);
    char* p = b.data() + at;
    if (comma) *p++ = ',';
    *p++ = '\n';
    std::memset(p, ' ', indent);
    p += indent;
    *p++ = '"';
    std::memcpy(p, name.data(), name.size());
    p += name.size();
    std::memcpy(p, "\": ", 3);
    mark_written();
    return b;
  }
};

// item() writes the separator and indentation, then the caller the element.
class Array : public Block {
 public:
  Array(Buffer& b, int indent) : Block(b, indent, '[', ']') {}
  Buffer& item() { return next(); }
};

// The bytes of the document a claim was read from (empty when unknown):
// what the claim's spans are shown with.
struct DocumentText {
  std::string_view bytes;
  // Exactly the bytes `span` covers; empty when it does not lie inside them.
  std::string_view text(const Claim&, ByteSpan span) const {
    if (span.begin > span.end || span.end > bytes.size()) return {};
    return span.of(bytes);
  }
  std::string_view text(const Claim& claim) const { return text(claim, claim.span); }
  // The bytes of a span, or `fallback` (the stored surface) without them.
  std::string_view surface(const Claim& claim, ByteSpan span, std::string_view fallback) const {
    const std::string_view shown = span.empty() ? std::string_view{} : text(claim, span);
    return shown.empty() ? fallback : shown;
  }
};

// A JSON string: quoted, escaped as nlohmann escapes with ensure_ascii off.
// Invalid UTF-8 is written as U+FFFD (never an exception).
void put_string(Buffer& b, std::string_view text);

// Each object of claimgraph/1; a non-empty `type` is written first as
// "type" (the JSON Lines form).
void put_document(Buffer& b, int indent, const Document& document, std::string_view type = {});
void put_claim(Buffer& b, int indent, const DocumentText& text, const Claim& claim, bool explanations,
               std::string_view type = {});
void put_link(Buffer& b, int indent, const ReportView& view, const Link& link, std::string_view type = {});
void put_cluster(Buffer& b, int indent, const ReportView& view, const Cluster& cluster, std::string_view type = {});

// Clusters with members, each sorted in claim order, sorted by first member.
std::vector<Cluster> sorted_clusters(const ReportView& view);

// Sends the buffer to the stream once it holds 64 KiB (or always, with `force`).
void flush(std::ostream& out, Buffer& b, bool force = false);

}  // namespace claimgraph::report
