#include "lexicon/tsv.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>

#include "claimgraph/document.hpp"
#include "lexicon/schema.hpp"

namespace claimgraph::detail {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = s.find(sep, start);
    parts.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return parts;
    start = at + 1;
  }
}

// The fields of `s` between `sep`s, one at a time, without a vector: the
// pieces split() would give, in order.
class Fields {
 public:
  Fields(std::string_view s, char sep) : rest_(s), sep_(sep) {}
  // The next field into `field`; false when all have been given.
  bool next(std::string_view& field) {
    if (done_) return false;
    const std::size_t at = rest_.find(sep_);
    field = rest_.substr(0, at);
    if (at == std::string_view::npos) {
      done_ = true;
    } else {
      rest_.remove_prefix(at + 1);
    }
    return true;
  }

 private:
  std::string_view rest_;
  char sep_;
  bool done_ = false;
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::optional<MatchForm> parse_form(std::string_view v) {
  if (v == "exact") return MatchForm::exact;
  if (v == "clitic") return MatchForm::clitic;
  if (v == "stem") return MatchForm::stem;
  if (v == "prefix") return MatchForm::prefix;
  return std::nullopt;
}

}  // namespace

Result<std::vector<ParsedLine>> parse_lexicon_tsv(std::string_view language, std::string_view category,
                                                  std::string_view contents, std::string_view file,
                                                  bool check_schema) {
  const std::string path(file);
  const CategorySchema* schema = lexicon_schema(language, category);
  if (contents.starts_with("\xEF\xBB\xBF")) contents.remove_prefix(3);
  std::vector<ParsedLine> lines;
  // The file is checked for UTF-8 once (a sequence never spans a line
  // break, so its first bad byte is where the line's own check finds it),
  // and that line fails when reached, after any error on a line before it.
  const std::optional<uint64_t> bad_byte = find_invalid_utf8(contents);
  const std::vector<std::string_view> raws = split(contents, '\n');
  lines.reserve(raws.size());  // entries are large: none is moved by a growing vector
  uint32_t line_number = 0;
  for (std::string_view raw : raws) {
    ++line_number;
    const auto line_begin = static_cast<uint64_t>(raw.data() - contents.data());
    if (bad_byte && *bad_byte - line_begin < raw.size()) {
      return Error::at_line(path, line_number, fmt::format("invalid UTF-8 at byte {} of the line", *bad_byte - line_begin));
    }
    const std::string_view line = raw.ends_with('\r') ? raw.substr(0, raw.size() - 1) : raw;
    if (trim(line).empty() || trim(line).starts_with('#')) continue;
    // Three columns at most are kept; all are counted, for the error.
    std::array<std::string_view, 3> columns;
    std::size_t column_count = 0;
    Fields fields(line, '\t');
    for (std::string_view field; fields.next(field); ++column_count) {
      if (column_count < columns.size()) columns[column_count] = field;
    }
    if (column_count < 2) return Error::at_line(path, line_number, "expected 'phrase<TAB>value[<TAB>attributes]'");
    if (column_count > 3) return Error::at_line(path, line_number, fmt::format("{} columns, at most 3 allowed", column_count));
    ParsedLine& parsed = lines.emplace_back();  // filled in place (the vector is reserved)
    LexiconEntry& e = parsed.entry;
    e.language = std::string(language);
    e.category = std::string(category);
    e.phrase = std::string(trim(columns[0]));
    e.value = std::string(trim(columns[1]));
    e.file = path;
    e.line = line_number;
    e.form = language == "ar" ? MatchForm::clitic : MatchForm::exact;
    if (e.phrase.empty()) return Error::at_line(path, line_number, "empty phrase");
    if (e.value.empty()) return Error::at_line(path, line_number, "empty value");
    bool replace = false, remove = false, replace_seen = false, remove_seen = false;
    if (column_count == 3) {
      Fields attrs(trim(columns[2]), ' ');
      for (std::string_view attr; attrs.next(attr);) {
        if (attr.empty()) continue;
        const std::size_t eq = attr.find('=');
        if (eq == std::string_view::npos || eq == 0 || eq + 1 == attr.size()) {
          return Error::at_line(path, line_number, fmt::format("attribute '{}' is not key=value", attr));
        }
        const std::string_view key = attr.substr(0, eq), value = attr.substr(eq + 1);
        if (e.has_attr(key) || (key == "replace" && replace_seen) || (key == "remove" && remove_seen)) {
          return Error::at_line(path, line_number, fmt::format("attribute '{}' given twice", key));
        }
        if (key == "match") {
          auto form = parse_form(value);
          if (!form) return Error::at_line(path, line_number, fmt::format("unknown match form '{}' (exact, clitic, stem, prefix)", value));
          e.form = *form;
        } else if (key == "replace" || key == "remove") {
          if (value != "yes" && value != "no") {
            return Error::at_line(path, line_number, fmt::format("bad value '{}' for attribute '{}' (expected yes or no)", value, key));
          }
          (key == "replace" ? replace : remove) = value == "yes";
          (key == "replace" ? replace_seen : remove_seen) = true;
          continue;  // a directive, not an attribute of the entry
        } else if (schema != nullptr && check_schema) {
          if (auto problem = check_attribute(*schema, key, value)) return Error::at_line(path, line_number, *problem, ErrorCode::schema);
        }
        e.attrs.emplace_back(key, value);
      }
    }
    if (replace && remove) return Error::at_line(path, line_number, "replace=yes and remove=yes together");
    if (remove) {
      // A removal names what it removes: its phrase, its value ('-' for every
      // value) and the category's identity attributes; nothing else.
      for (const auto& [key, value] : e.attrs) {
        const bool identity = schema != nullptr && std::find(schema->identity.begin(), schema->identity.end(), key) !=
                                                       schema->identity.end();
        if (!identity) {
          std::string also;
          if (schema != nullptr) {
            for (std::string_view k : schema->identity) also += fmt::format(", {}=", k);
          }
          return Error::at_line(path, line_number,
                                fmt::format("attribute '{}' on a removal (it takes only the phrase, a value or '-'{})",
                                            key, also));
        }
      }
    }
    parsed.action = remove ? LineAction::remove : replace ? LineAction::replace : LineAction::add;
  }
  return lines;
}

}  // namespace claimgraph::detail
