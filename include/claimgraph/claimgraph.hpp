// claimgraph: the whole public API in one include.
//
// Thread safety, for every public type (docs/api.md#thread-safety): value
// types (Document, Claim, Link, Date, Error, Result, TimeExpr, ...) follow the
// standard library's rule: concurrent reads, exclusive writes. Free functions
// (load_document, normalize, tokenize, tag_times, the report writers) keep no
// state and may run concurrently. Analyzer, Lexicons, MetaTable: const
// methods may run concurrently. ClaimGraph: const methods concurrently, add
// and link exclusively. JsonLinesReader and ClaimStore: one thread each.
#pragma once

#include "claimgraph/claim.hpp"
#include "claimgraph/date.hpp"
#include "claimgraph/document.hpp"
#include "claimgraph/error.hpp"
#include "claimgraph/graph.hpp"
#include "claimgraph/lexicon.hpp"
#include "claimgraph/report.hpp"
#include "claimgraph/store.hpp"
#include "claimgraph/symbol.hpp"
#include "claimgraph/text.hpp"
#include "claimgraph/time.hpp"
#include "claimgraph/version.hpp"
