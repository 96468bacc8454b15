// The metadata TSV: a header row naming the columns, then one row a file.
#include <algorithm>
#include <fmt/format.h>
#include <map>

#include "claimgraph/document.hpp"
#include "document/language_tag.hpp"
#include "document/read_input.hpp"
#include "document/utf8_check.hpp"

namespace claimgraph {
namespace {

using detail::lower_ascii;

constexpr uint64_t kMaxMetaBytes = 64ull << 20;

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \r");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \r") - first + 1);
}

// Into `cells`, reused from row to row: a table of thousands of rows allocates once.
void split_tabs(std::string_view line, std::vector<std::string_view>& cells) {
  cells.clear();
  for (;;) {
    const auto tab = line.find('\t');
    cells.push_back(trim(line.substr(0, tab)));
    if (tab == std::string_view::npos) return;
    line.remove_prefix(tab + 1);
  }
}

uint32_t line_of_byte(std::string_view contents, uint64_t offset) {
  return 1 + static_cast<uint32_t>(std::count(contents.begin(), contents.begin() + offset, '\n'));
}

// Column positions named by the header; -1 when absent.
struct Columns {
  int file = -1, published = -1, publisher = -1, language = -1;
  std::size_t count = 0;
};

Result<Columns> parse_header(std::string_view line, uint32_t line_no, const std::string& path) {
  Columns columns;
  std::map<std::string, std::size_t, std::less<>> seen;
  std::vector<std::string_view> cells;
  split_tabs(line, cells);
  columns.count = cells.size();
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const std::string name = lower_ascii(cells[i]);
    if (name.empty()) {
      return Error::at_line(path, line_no, fmt::format("header: column {} has no name", i + 1));
    }
    if (!seen.emplace(name, i).second) {
      return Error::at_line(path, line_no, fmt::format("header: column '{}' named twice", name));
    }
    const int index = static_cast<int>(i);
    if (name == "file") columns.file = index;
    if (name == "published") columns.published = index;
    if (name == "publisher") columns.publisher = index;
    if (name == "language") columns.language = index;
  }
  if (columns.file < 0) {
    return Error::at_line(path, line_no,
                          "header has no 'file' column (the first row must name the columns)");
  }
  return columns;
}

Result<MetaRow> parse_row(const std::vector<std::string_view>& cells, const Columns& columns,
                          uint32_t line_no, const std::string& path) {
  MetaRow row;
  row.file = std::string(cells[static_cast<std::size_t>(columns.file)]);
  if (row.file.empty()) return Error::at_line(path, line_no, "empty 'file' cell");
  auto cell = [&](int column) -> std::string_view {
    return column < 0 ? std::string_view{} : cells[static_cast<std::size_t>(column)];
  };
  if (const auto text = cell(columns.published); !text.empty()) {
    row.published = Date::parse_iso(text);
    if (!row.published) {
      return Error::at_line(path, line_no,
                            fmt::format("bad date '{}' in 'published' (expected YYYY-MM-DD)", text));
    }
  }
  if (const auto text = cell(columns.publisher); !text.empty()) row.publisher = std::string(text);
  if (const auto text = cell(columns.language); !text.empty()) {
    if (!is_language_tag(text)) {
      return Error::at_line(path, line_no,
                            fmt::format("bad language '{}' (expected a code such as ar or en)", text));
    }
    row.language = lower_ascii(text);
  }
  return row;
}

}  // namespace

Result<MetaTable> MetaTable::load(const std::string& path) {
  auto contents = detail::read_input(path, kMaxMetaBytes);
  if (!contents) return contents.error();
  return parse(*contents, detail::display_path(path));
}

Result<MetaTable> MetaTable::parse(std::string_view contents, const std::string& path) {
  if (auto problem = detail::check_utf8(contents)) {
    return Error::at_line(path, line_of_byte(contents, problem->offset),
                          "invalid UTF-8: " + std::string(problem->what));
  }
  if (const auto nul = contents.find('\0'); nul != std::string_view::npos) {
    return Error::at_line(path, line_of_byte(contents, nul), "NUL byte: binary content, not text");
  }
  if (contents.starts_with("\xEF\xBB\xBF")) contents.remove_prefix(3);

  MetaTable table;
  std::optional<Columns> columns;
  std::vector<uint32_t> line_of_row;  // the line each row was read from
  std::vector<std::string_view> cells;
  uint32_t line_no = 0;
  while (!contents.empty()) {
    const auto newline = contents.find('\n');
    const std::string_view line = contents.substr(0, newline);
    contents.remove_prefix(newline == std::string_view::npos ? contents.size() : newline + 1);
    ++line_no;
    if (trim(line).empty()) continue;  // blank lines (and a last CRLF) carry nothing

    if (!columns) {
      auto header = parse_header(line, line_no, path);
      if (!header) return header.error();
      columns = *header;
      continue;
    }
    split_tabs(line, cells);
    if (cells.size() != columns->count) {
      return Error::at_line(path, line_no,
                            fmt::format("expected {} cells, found {}", columns->count, cells.size()));
    }
    auto row = parse_row(cells, *columns, line_no, path);
    if (!row) return row.error();
    // The index by name finds a name listed twice: no second map of names.
    const auto [it, fresh] = table.by_name_.emplace(detail::file_name(row->file), table.rows_.size());
    if (!fresh) {
      return Error::at_line(path, line_no, fmt::format("file '{}' listed twice (first on line {})", it->first,
                                                       line_of_row[it->second]));
    }
    line_of_row.push_back(line_no);
    table.rows_.push_back(std::move(row).value());
  }
  if (!columns) return Error::at_line(path, 1, "no header row (expected column names, one of them 'file')");
  return table;
}

const MetaRow* MetaTable::find(std::string_view document_path) const {
  if (document_path == "-") return nullptr;
  const auto found = by_name_.find(std::string(detail::file_name(document_path)));
  return found == by_name_.end() ? nullptr : &rows_[found->second];
}

}  // namespace claimgraph
