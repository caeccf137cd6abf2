// Coroutines (async fn bodies, async blocks, `#[coroutine]` closures) as rustc prints them: after
// its state transform (the body reads its upvars as `((*_N).k: T)` and the locals it keeps across
// suspension points as `(((*_N) as variant#V).k: T)`), but without the layout that transform
// chose. We derive the coroutine's shape from those accesses and lay it out ourselves
// (LayoutCx::layout_of_coroutine); only size_of_val could tell the difference.
#pragma once

#include "ty/lower.h"

#include <optional>
#include <vector>

namespace mirage::ty {

// rustc's reserved coroutine variants; suspension point i is variant kFirstSuspend + i.
constexpr uint32_t kUnresumed = 0, kReturned = 1, kPoisoned = 2, kFirstSuspend = 3;

// Generic over the enclosing item's parameters (the coroutine type's args).
struct CoroutineInfo {
    std::vector<Ty> upvars; // by capture index: the prefix fields
    // Saved locals by variant and field index, as the body accesses them. A field index the
    // body never uses through that variant is `()` (rustc numbers a variant's fields over all
    // locals live there, and accesses a local saved in several variants through one of them).
    std::vector<std::vector<Ty>> variants;
    // Whether a saved field must not share bytes with any field of another variant (rustc's
    // "ineligible" locals, promoted to the prefix); see coroutine.cpp.
    std::vector<std::vector<bool>> promoted;
    Ty resume = nullptr; // `_2`'s type (`&mut Context<'_>` for async bodies)
    Ty output = nullptr; // `_0`'s type: `Poll<R>` or `CoroutineState<Y, R>`
};

// A coroutine type's shape with its args substituted and projections normalized.
struct CoroutineShape {
    std::vector<Ty> upvars;
    std::vector<std::vector<Ty>> variants;
    std::vector<std::vector<bool>> promoted;
};

std::optional<CoroutineShape> coroutine_shape(Lowerer& lowerer, Ty coroutine);

} // namespace mirage::ty
