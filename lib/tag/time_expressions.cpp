// The time grammar's expression level: relation and preposition words,
// ranges ("from A to B", "between A and B", "من A إلى B"), approximation
// words, and how a relation turns a duration into a point or a span.
#include "tag/time_grammar.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>

#include "tag/hijri.hpp"
#include "tag/time_grammar_parts.hpp"

namespace claimgraph::detail {

std::optional<ParsedTime> Grammar::range_from(uint32_t i, uint32_t j, const Ctx& ctx, ParsedTime out) const {
  auto a = core(j, ctx);
  if (!a) return std::nullopt;
  out.first = i;
  if (a->b) {
    out.a = a->a;
    out.b = a->b;
    out.end = a->end;
    out.rule = "range_" + a->rule;
    out.relation = RelationWord::at;
    return out;
  }
  const TimeMatch* to = find(a->end, Role::range_to);
  if (!to) return std::nullopt;
  auto b = core(to->end, ctx);
  if (!b || b->b || !range_compatible(a->a, b->a)) return std::nullopt;
  out.a = a->a;
  fill_range(out.a, b->a);
  out.b = b->a;
  out.end = b->end;
  out.relation = RelationWord::at;
  out.rule = "range(" + a->rule + "," + b->rule + ")";
  return out;
}

std::optional<ParsedTime> Grammar::with_relation(uint32_t i) const {
  uint32_t j = i;
  ParsedTime out;
  out.first = i;
  if (const TimeMatch* a = find(j, Role::approx)) {
    out.approx = true;
    j = a->end;
  }
  const TimeWord* word = nullptr;
  if (const TimeMatch* r = find(j, Role::relation)) {
    word = r->word;
    j = r->end;
  } else if (const TimeMatch* p = find(j, Role::prep)) {
    word = p->word;
    j = p->end;
  } else if (!out.approx) {
    return std::nullopt;
  }
  if (const TimeMatch* a = find(j, Role::approx)) {
    out.approx = true;
    j = a->end;
  }
  Ctx ctx;
  ctx.supported = word != nullptr;
  const auto relation = word ? static_cast<RelationWord>(word->kind) : RelationWord::at;
  out.relation = relation;
  out.relation_dir = word ? word->dir : 0;
  auto rule_head = [&] {
    if (!word) return std::string();
    return word->role == Role::prep ? std::string("prep+") : "rel:" + word->entry->value + "+";
  };
  if (relation == RelationWord::between) {
    auto a = core(j, ctx);
    if (!a) return std::nullopt;
    out.relation = RelationWord::at;
    if (a->b) {
      out.a = a->a;
      out.b = a->b;
      out.end = a->end;
      out.rule = rule_head() + a->rule;
      return out;
    }
    bool glued = false;
    auto c = connector(a->end, glued);
    if (!c) return std::nullopt;
    Ctx cb = ctx;
    cb.allow_conj = glued;
    auto b = core(*c, cb);
    if (!b || b->b || !range_compatible(a->a, b->a)) return std::nullopt;
    out.a = a->a;
    fill_range(out.a, b->a);
    out.b = b->a;
    out.end = b->end;
    out.rule = rule_head() + "range(" + a->rule + "," + b->rule + ")";
    return out;
  }
  // "في الفترة من 1 إلى 5 يوليو", "from 22 to 25 July" through a connector "من".
  if (find(j, Role::of) && (relation == RelationWord::at || relation == RelationWord::from)) {
    if (auto r = range_from(i, find(j, Role::of)->end, ctx, out)) {
      r->approx = out.approx;
      r->rule = rule_head() + r->rule;
      return r;
    }
  }
  auto c = core(j, ctx);
  if (!c) return std::nullopt;
  out.end = c->end;
  out.rule = rule_head() + c->rule;
  Spec& s = c->a;
  if (s.kind == SpecKind::duration) {
    if (word && word->offset != 0) {
      // قبل ثلاثة أيام, بعد أسبوعين, in two weeks, منذ ثلاث سنوات
      if (s.n == 0) {
        s.kind = SpecKind::vague;  // قبل أيام, منذ أسابيع: some time before the reference
        s.sign = word->offset;
        out.relation = RelationWord::at;
      } else {
        s.kind = SpecKind::offset;
        s.sign = word->offset;
        s.day_precision = word->offset_from;
        out.relation = word->offset_from ? RelationWord::from : RelationWord::at;
      }
    } else if (relation == RelationWord::within && !(word && word->lasting)) {
      s.kind = s.n == 0 ? SpecKind::vague : SpecKind::span;
      s.sign = 1;
    } else {
      return std::nullopt;  // a bare duration ("for two years", "over two days") is not a time
    }
  } else if (relation == RelationWord::within && s.kind == SpecKind::vague && s.sign > 0) {
    // خلال الأيام المقبلة: within, open-ended
  } else if (relation == RelationWord::within && s.kind != SpecKind::span) {
    out.relation = RelationWord::at;  // خلال شهر رمضان: during it
  } else if (relation == RelationWord::within && s.sign < 0) {
    out.relation = RelationWord::at;  // خلال الأيام الماضية
  }
  if (c->relation && (!word || word->role == Role::prep)) out.relation = *c->relation;
  out.a = s;
  out.b = c->b;
  if (out.b) out.relation = RelationWord::at;
  // "from September 2025 to September 2026", "from January until March"
  if (!out.b && (relation == RelationWord::from || relation == RelationWord::at) &&
      out.relation != RelationWord::by) {
    if (const TimeMatch* to = find(out.end, Role::range_to)) {
      Ctx cb = ctx;
      if (auto b = core(to->end, cb); b && !b->b && range_compatible(out.a, b->a)) {
        fill_range(out.a, b->a);
        out.b = b->a;
        out.end = b->end;
        out.relation = RelationWord::at;
        out.rule += ",range_to+" + b->rule;
      }
    }
  }
  return out;
}

std::optional<ParsedTime> Grammar::parse_at(uint32_t i) const {
  std::optional<ParsedTime> best = with_relation(i);
  // A core right here, with no relation word: it may begin with a word that
  // is also a relation ("بعد غد" is a day, not "after tomorrow").
  Ctx ctx;
  if (auto c = core(i, ctx); c && c->a.kind != SpecKind::duration) {
    ParsedTime p;
    p.first = i;
    p.end = c->end;
    p.a = c->a;
    p.b = c->b;
    p.rule = c->rule;
    if (c->relation) p.relation = *c->relation;
    if (!p.b) {
      // "2025-2026", "March to May 2025"
      if (const TimeMatch* to = find(p.end, Role::range_to)) {
        Ctx cb;
        cb.supported = true;
        if (auto b = core(to->end, cb); b && !b->b && range_compatible(p.a, b->a) && p.a.kind == b->a.kind) {
          fill_range(p.a, b->a);
          p.b = b->a;
          p.end = b->end;
          p.rule = "range(" + p.rule + "," + b->rule + ")";
        } else if (const uint32_t k = to->end; p.a.kind == SpecKind::date && p.a.month == 0 && p.a.year > 0 &&
                                                   !p.a.hijri && k < size() && facts_[k].number >= 0 &&
                                                   facts_[k].digits == 2 && !facts_[k].suffix) {
          // "1997-98": the second year written with two digits
          Spec y = p.a;
          y.year = p.a.year / 100 * 100 + facts_[k].number;
          if (y.year > p.a.year) {
            p.b = y;
            p.end = k + 1;
            p.rule = "year_range";
          }
        }
      }
    }
    if (!best || p.end >= best->end) best = std::move(p);
  }
  // "من أيلول 2025 إلى أيلول 2026": من opens a range (and nothing else).
  if (const TimeMatch* of = find(i, Role::of)) {
    Ctx rc;
    rc.supported = true;
    if (auto r = range_from(i, of->end, rc, ParsedTime{}); r && r->b && (!best || r->end > best->end)) best = r;
  }
  if (facts_[i].roles & role_bits({Role::ago})) {
    if (auto c = ago_before(i); c && (!best || c->end > best->end)) {
      ParsedTime p;
      p.first = i;
      p.end = c->end;
      p.a = c->a;
      p.rule = c->rule;
      best = std::move(p);
    }
  }
  if (!best) return std::nullopt;
  if (const TimeMatch* a = find(best->end, Role::approx)) {
    best->approx = true;
    best->end = a->end;
  }
  return best;
}

}  // namespace claimgraph::detail
