internal import CCmarkGFM
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Parses Markdown with cmark-gfm (tables enabled, source positions on) into ``MarkdownNode`` values.
///
/// This is the only file that touches cmark-gfm; no cmark pointer leaves it. A converter is
/// cheap to make and holds no state between calls, so it may be used from several threads
/// (cmark-gfm's memory comes from an arena of the calling thread, emptied after each parse).
public struct CommonMarkConverter: Sendable {
    public init() {}

    /// The syntax tree of the UTF-8 Markdown in `bytes`.
    public func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> MarkdownNode {
        MarkdownNode(tree(bytes), at: MarkdownTree.root)
    }

    /// The syntax tree of `text`.
    public func parse(_ text: String) -> MarkdownNode {
        var text = text
        return text.withUTF8 { parse($0) }
    }

    /// The syntax tree of the UTF-8 Markdown in `bytes`, stored flat.
    package func tree(_ bytes: UnsafeBufferPointer<UInt8>) -> MarkdownTree {
        // Everything cmark-gfm allocates for this parse (the parser, the nodes and their texts,
        // a table's columns) comes from the thread's arena, and goes back to it at once. The
        // parser and the tree are not freed first: cmark_parser_free and cmark_node_free would
        // only walk them to hand each block to the arena's free, which does nothing.
        let arena = ParseArena.current
        defer { arena.pointee.reset() }
        let parser = Self.newParser()
        if let base = bytes.baseAddress, !bytes.isEmpty {
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                cmark_parser_feed(parser, $0, bytes.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            return MarkdownTree(nodes: [MarkdownTree.Node(
                kind: .document, number: 0, flags: 0, start: MarkdownPosition(line: 1, column: 1),
                end: MarkdownPosition(line: 1, column: 0), firstChild: -1, nextSibling: -1, subtreeEnd: 1,
                text: 0..<0, secondText: 0..<0)], bytes: [])
        }
        var nodes: [MarkdownTree.Node] = []
        nodes.reserveCapacity(bytes.count / 24 + 16)
        var texts = TextBytes(capacity: bytes.count)
        defer { texts.deallocate() }
        Self.append(root, to: &nodes, texts: &texts)
        return MarkdownTree(nodes: nodes, bytes: texts.array())
    }

    private static let tableExtension: OpaquePointer? = {
        cmark_gfm_core_extensions_ensure_registered()
        return cmark_find_syntax_extension("table")
    }()

    private static func newParser() -> OpaquePointer {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE
        guard let parser = cmark_parser_new_with_mem(options, ParseArena.memory) else {
            fatalError("cmark-gfm could not allocate a parser")
        }
        if let table = tableExtension {
            cmark_parser_attach_syntax_extension(parser, table)
        }
        return parser
    }

    /// Appends `root` and its descendants to `nodes`, in document order, their texts to `texts`.
    ///
    /// In document order a node's first child comes right after it, and its next sibling right
    /// after its last descendant. The walk follows cmark-gfm's links without recursion: when it
    /// reaches a leaf, the subtrees of the leaf and of the ancestors it is the last node of end.
    private static func append(_ root: UnsafeMutablePointer<cmark_node>, to nodes: inout [MarkdownTree.Node],
                               texts: inout TextBytes) {
        // The indices of the ancestors of `current`, whose subtrees are not yet all appended.
        var open: [Int32] = []
        var current = root
        while true {
            let index = nodes.count
            var entry = Self.node(current, texts: &texts)
            if let child = current.pointee.first_child {
                entry.firstChild = Int32(index + 1)
                nodes.append(entry)
                open.append(Int32(index))
                current = child
                continue
            }
            nodes.append(entry)
            var finished = current, finishedIndex = index
            while true {
                let next = finished == root ? nil : finished.pointee.next
                nodes[finishedIndex].setSubtreeEnd(Int32(nodes.count), hasNextSibling: next != nil)
                if let next {
                    current = next
                    break
                }
                guard let parent = open.popLast() else { return }
                finishedIndex = Int(parent)
                finished = finished.pointee.parent!
            }
        }
    }

    /// `node` without links to others; its texts are appended to `texts`.
    ///
    /// The fields are read as cmark-gfm's getters return them; a text is its chunk's bytes, which
    /// are those of the C string the getter would copy them to (cmark-gfm's texts hold no NUL).
    private static func node(_ node: UnsafeMutablePointer<cmark_node>, texts: inout TextBytes) -> MarkdownTree.Node {
        var result = MarkdownTree.Node(
            kind: .other, number: 0, flags: 0,
            start: MarkdownPosition(line: Int(node.pointee.start_line), column: Int(node.pointee.start_column)),
            end: MarkdownPosition(line: Int(node.pointee.end_line), column: Int(node.pointee.end_column)),
            firstChild: -1, nextSibling: -1, subtreeEnd: -1, text: 0..<0, secondText: 0..<0)
        let type = cmark_node_type(rawValue: UInt32(node.pointee.type))
        switch type {
        case CMARK_NODE_DOCUMENT: result.kind = .document
        case CMARK_NODE_BLOCK_QUOTE: result.kind = .blockQuote
        case CMARK_NODE_LIST:
            result.kind = .list
            let list = node.pointee.as.list
            result.number = list.start
            if list.list_type == CMARK_ORDERED_LIST { result.flags |= MarkdownTree.Node.ordered }
            if list.tight { result.flags |= MarkdownTree.Node.tight }
        case CMARK_NODE_ITEM: result.kind = .item
        case CMARK_NODE_CODE_BLOCK:
            result.kind = .codeBlock
            result.text = append(node.pointee.as.code.info, to: &texts)
            result.secondText = append(node.pointee.as.code.literal, to: &texts)
        case CMARK_NODE_HTML_BLOCK:
            result.kind = .htmlBlock
            result.text = append(node.pointee.as.literal, to: &texts)
        case CMARK_NODE_PARAGRAPH: result.kind = .paragraph
        case CMARK_NODE_HEADING:
            result.kind = .heading
            result.number = node.pointee.as.heading.level
        case CMARK_NODE_THEMATIC_BREAK: result.kind = .thematicBreak
        case CMARK_NODE_TEXT:
            result.kind = .text
            result.text = append(node.pointee.as.literal, to: &texts)
        case CMARK_NODE_SOFTBREAK: result.kind = .softBreak
        case CMARK_NODE_LINEBREAK: result.kind = .lineBreak
        case CMARK_NODE_CODE:
            result.kind = .code
            result.text = append(node.pointee.as.literal, to: &texts)
        case CMARK_NODE_HTML_INLINE:
            result.kind = .htmlInline
            result.text = append(node.pointee.as.literal, to: &texts)
        case CMARK_NODE_EMPH: result.kind = .emphasis
        case CMARK_NODE_STRONG: result.kind = .strong
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            result.kind = type == CMARK_NODE_LINK ? .link : .image
            result.text = append(node.pointee.as.link.url, to: &texts)
            result.secondText = append(node.pointee.as.link.title, to: &texts)
        default:
            extensionNode(node, into: &result, texts: &texts)
        }
        return result
    }

    /// Fills in a node of an extension (tables, strikethrough), known by its cmark-gfm type name.
    private static func extensionNode(_ node: UnsafeMutablePointer<cmark_node>, into result: inout MarkdownTree.Node, texts: inout TextBytes) {
        guard let typeName = cmark_node_get_type_string(node) else {
            result.text = append(nil, to: &texts)
            return
        }
        if strcmp(typeName, "table") == 0 {
            result.kind = .table
            let count = Int(cmark_gfm_extensions_get_table_columns(node))
            result.text = texts.append(UnsafePointer(cmark_gfm_extensions_get_table_alignments(node)), count: count)
        } else if strcmp(typeName, "table_header") == 0 {
            result.kind = .tableRow
            result.flags = MarkdownTree.Node.header
        } else if strcmp(typeName, "table_row") == 0 {
            result.kind = .tableRow
            if cmark_gfm_extensions_get_table_row_is_header(node) != 0 { result.flags = MarkdownTree.Node.header }
        } else if strcmp(typeName, "table_cell") == 0 {
            result.kind = .tableCell
        } else if strcmp(typeName, "strikethrough") == 0 {
            result.kind = .strikethrough
        } else {
            result.kind = .other
            result.text = append(typeName, to: &texts)
        }
    }

    /// Appends the bytes of `chunk` to `texts`; returns where they are.
    private static func append(_ chunk: cmark_chunk, to texts: inout TextBytes) -> Range<Int32> {
        texts.append(UnsafePointer(chunk.data), count: Int(chunk.len))
    }

    /// Appends the C string at `pointer` (none: nothing) to `texts`; returns where it is.
    private static func append(_ pointer: UnsafePointer<CChar>?, to texts: inout TextBytes) -> Range<Int32> {
        guard let pointer else { return texts.append(nil, count: 0) }
        return pointer.withMemoryRebound(to: UInt8.self, capacity: 1) { texts.append($0, count: strlen(pointer)) }
    }
}

/// The texts of a tree's nodes, one after another, as they are read: bytes copied into a buffer
/// of their own, made into ``MarkdownTree/bytes`` at the end (appending each text to an array
/// went through its generic path, checks of uniqueness and capacity included, for every node).
private struct TextBytes {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    /// Appends the `count` bytes at `bytes` (none when nil); returns where they are.
    mutating func append(_ bytes: UnsafePointer<UInt8>?, count length: Int) -> Range<Int32> {
        let start = count
        if let bytes, length > 0 {
            if count + length > capacity {
                capacity = max(capacity * 2, count + length)
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
                grown.initialize(from: base, count: count)
                base.deallocate()
                base = grown
            }
            (base + count).initialize(from: bytes, count: length)
            count += length
        }
        return Int32(start)..<Int32(count)
    }

    /// The bytes appended, as an array.
    func array() -> [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// Frees the buffer (once, when the tree is made).
    func deallocate() {
        base.deallocate()
    }
}

/// Memory for the cmark-gfm parses of one thread: blocks handed out from large chunks, all taken
/// back at once when a parse is over.
///
/// A parse allocates tens of thousands of small blocks (nodes, literals, line buffers) and frees
/// them one by one with its tree; malloc's bookkeeping for that cost more than the parse's own
/// work on nodes. cmark-gfm's allocator functions get no context, so each thread's arena is found
/// through a thread-local slot (and used through a pointer, without reference counting); a
/// thread-specific key frees it when its thread ends.
private struct ParseArena {
    /// The allocator given to cmark-gfm: calloc, realloc and free of the calling thread's arena.
    static let memory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(
            calloc: { count, size in
                let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
                precondition(!overflow, "cmark-gfm asked for more memory than can be addressed")
                let block = ParseArena.current.pointee.allocate(bytes)
                memset(block, 0, bytes)
                return block
            },
            realloc: { block, size in ParseArena.current.pointee.reallocate(block, to: size) },
            free: { _ in }))
        return memory
    }()

    /// The calling thread's arena.
    @inline(__always)
    static var current: UnsafeMutablePointer<ParseArena> {
        let slot = sxs_cmark_arena_slot()
        if let arena = slot.pointee {
            return arena.assumingMemoryBound(to: ParseArena.self)
        }
        return makeCurrent()
    }

    /// A new arena for the calling thread, kept in its slot (and under the key that frees it).
    private static func makeCurrent() -> UnsafeMutablePointer<ParseArena> {
        let arena = UnsafeMutablePointer<ParseArena>.allocate(capacity: 1)
        arena.initialize(to: ParseArena())
        pthread_setspecific(key, arena)
        sxs_cmark_arena_slot().pointee = UnsafeMutableRawPointer(arena)
        return arena
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { arena in
            guard let arena = arena?.assumingMemoryBound(to: ParseArena.self) else { return }
            sxs_cmark_arena_slot().pointee = nil
            arena.pointee.reset()
            arena.pointee.chunks.forEach { $0.deallocate() }
            arena.deinitialize(count: 1)
            arena.deallocate()
        }
        return key
    }()

    private static let chunkSize = 256 << 10
    /// Chunks kept for the next parse; a parse that needed more gives the rest back to malloc.
    private static let chunksKept = 8
    /// Each block starts with its size, and blocks stay 16-byte aligned, as malloc's are.
    private static let header = 16

    private var chunks: [UnsafeMutableRawPointer] = []
    /// The chunk blocks are handed out from, as an index of `chunks`, and its start.
    private var chunk = -1
    private var chunkStart: UnsafeMutableRawPointer?
    private var next: UnsafeMutableRawPointer?
    private var end: UnsafeMutableRawPointer?
    /// Blocks too large for a chunk, each from malloc, freed at the reset.
    private var large: [UnsafeMutableRawPointer] = []

    /// A block of `size` bytes, 16-byte aligned.
    @inline(__always)
    mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer {
        let total = Self.footprint(size)
        if let block = next, block.distance(to: end!) >= total {
            next = block + total
            return Self.start(block, size: size)
        }
        return allocateElsewhere(size)
    }

    /// A block of `size` bytes from a new chunk, or from malloc when it is large.
    private mutating func allocateElsewhere(_ size: Int) -> UnsafeMutableRawPointer {
        let total = Self.footprint(size)
        if total > Self.chunkSize / 4 {
            let block = UnsafeMutableRawPointer.allocate(byteCount: total, alignment: 16)
            large.append(block)
            return Self.start(block, size: size)
        }
        chunk += 1
        if chunk == chunks.count {
            chunks.append(UnsafeMutableRawPointer.allocate(byteCount: Self.chunkSize, alignment: 16))
        }
        let block = chunks[chunk]
        chunkStart = block
        next = block + total
        end = block + Self.chunkSize
        return Self.start(block, size: size)
    }

    /// `block` resized to `size` bytes, its contents kept (nil: a new block).
    mutating func reallocate(_ block: UnsafeMutableRawPointer?, to size: Int) -> UnsafeMutableRawPointer {
        guard let block else { return allocate(size) }
        let start = block - Self.header
        let old = start.load(as: Int.self)
        if size <= old { return block }
        // The last block handed out grows where it is when its chunk has room.
        if let chunkStart, let next, let end, start >= chunkStart, start + Self.footprint(old) == next,
           start.distance(to: end) >= Self.footprint(size) {
            self.next = start + Self.footprint(size)
            start.storeBytes(of: size, as: Int.self)
            return block
        }
        let moved = allocate(size)
        moved.copyMemory(from: block, byteCount: old)
        return moved
    }

    /// Takes every block back.
    mutating func reset() {
        large.forEach { $0.deallocate() }
        large.removeAll(keepingCapacity: true)
        while chunks.count > Self.chunksKept { chunks.removeLast().deallocate() }
        chunk = -1
        chunkStart = nil
        next = nil
        end = nil
    }

    /// The bytes a block of `size` takes in a chunk, header included.
    private static func footprint(_ size: Int) -> Int {
        (size + header + 15) & ~15
    }

    private static func start(_ block: UnsafeMutableRawPointer, size: Int) -> UnsafeMutableRawPointer {
        block.storeBytes(of: size, as: Int.self)
        return block + header
    }
}
