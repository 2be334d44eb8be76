#ifndef SXS_CCMARKGFM_SHIM_H
#define SXS_CCMARKGFM_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
// The node's fields (shipped by Debian's libcmark-gfm-dev with the library it builds): the
// converter reads a tree's positions, links and texts from them instead of one call per field,
// and a text as its bytes and length instead of a NUL-terminated copy (cmark_node_get_literal).
#include <cmark-gfm/node.h>

/// The calling thread's slot for SxsCommonMark's parse arena (NULL until its first parse there):
/// cmark-gfm's allocator functions get no context, and each of their calls looks it up. Only
/// CommonMarkConverter.swift may call it: each object that calls it has a slot of its own.
static inline void *_Nullable *_Nonnull sxs_cmark_arena_slot(void) {
    static _Thread_local void *arena;
    return &arena;
}
#endif
