#include "lexicon/tsv.hpp"

#include <fmt/format.h>

#include <algorithm>

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
  uint32_t line_number = 0;
  for (std::string_view raw : split(contents, '\n')) {
    ++line_number;
    if (auto bad = find_invalid_utf8(raw)) {
      return Error::at_line(path, line_number, fmt::format("invalid UTF-8 at byte {} of the line", *bad));
    }
    const std::string_view line = raw.ends_with('\r') ? raw.substr(0, raw.size() - 1) : raw;
    if (trim(line).empty() || trim(line).starts_with('#')) continue;
    const auto columns = split(line, '\t');
    if (columns.size() < 2) return Error::at_line(path, line_number, "expected 'phrase<TAB>value[<TAB>attributes]'");
    if (columns.size() > 3) return Error::at_line(path, line_number, fmt::format("{} columns, at most 3 allowed", columns.size()));
    ParsedLine parsed;
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
    if (columns.size() == 3) {
      for (std::string_view attr : split(trim(columns[2]), ' ')) {
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
        e.attrs.emplace_back(std::string(key), std::string(value));
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
    lines.push_back(std::move(parsed));
  }
  return lines;
}

}  // namespace claimgraph::detail
