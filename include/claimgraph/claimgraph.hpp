// claimgraph: the whole public API in one include.
#pragma once

#include "claimgraph/claim.hpp"
#include "claimgraph/date.hpp"
#include "claimgraph/document.hpp"
#include "claimgraph/error.hpp"
#include "claimgraph/graph.hpp"
#include "claimgraph/lexicon.hpp"
#include "claimgraph/report.hpp"
#include "claimgraph/store.hpp"
#include "claimgraph/text.hpp"
#include "claimgraph/time.hpp"
#include "claimgraph/version.hpp"
