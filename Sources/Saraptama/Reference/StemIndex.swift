#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SaraptamaExpressions
import SaraptamaLoading

/// The keyword-stem index of a catalogue: which entries have a stem (a normalized keyword,
/// matched as a substring) contained in a text. `lookup_stems(catalogue, text)` answers with it
/// what `lookup_all(catalogue, 'all').filter(s, contains_any(text, s.stems))` answers by testing
/// every stem of every entry: the same entries, in file order, with one pass over the text.
///
/// Stems are bucketed by a hash of their first two bytes, so each position of the text costs one
/// table read and a memcmp per stem in its bucket. Normalized text and stems are valid UTF-8,
/// and a valid UTF-8 stem can only match where a character starts, so positions inside a
/// character are skipped without changing the answer.
struct StemIndex: Sendable {
    private static let bucketCount = 1024

    /// Every non-empty normalized stem with the entry it belongs to, grouped by bucket.
    private let stems: [(bytes: [UInt8], entry: Int)]
    /// `stems[bucketStart[b]..<bucketStart[b + 1]]` are the stems of bucket `b`.
    private let bucketStart: [Int32]
    /// Stems of one byte, which have no two-byte bucket.
    private let shortStems: [(byte: UInt8, entry: Int)]
    let entries: [Value]

    /// Indexes the stems found in field `field` of each entry (a string or a list of strings;
    /// anything else is reported by the catalogue parser).
    init(entries: [Node], field: String) {
        var all: [(bytes: [UInt8], entry: Int)] = []
        var short: [(byte: UInt8, entry: Int)] = []
        for (position, entry) in entries.enumerated() {
            for text in IndexSpec.strings(in: entry[field]) {
                let bytes = Array(TextNormalization.key(text).utf8)
                if bytes.count == 1 { short.append((bytes[0], position)) }
                if bytes.count >= 2 { all.append((bytes, position)) }
            }
        }
        all.sort { Self.bucket($0.bytes[0], $0.bytes[1]) < Self.bucket($1.bytes[0], $1.bytes[1]) }
        var starts = [Int32](repeating: 0, count: Self.bucketCount + 1)
        for stem in all { starts[Self.bucket(stem.bytes[0], stem.bytes[1]) + 1] += 1 }
        for bucket in 0..<Self.bucketCount { starts[bucket + 1] += starts[bucket] }
        self.stems = all
        self.bucketStart = starts
        self.shortStems = short
        self.entries = entries.map { Value(node: $0) }
    }

    @inline(__always)
    private static func bucket(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first) &* 31 &+ Int(second)) & (bucketCount - 1)
    }

    /// The entries with a stem contained in `text` (normalized), in file order, each once.
    func entries(containedIn text: String) -> [Value] {
        var found = [Bool](repeating: false, count: entries.count)
        var any = false
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            for stem in shortStems where bytes.contains(stem.byte) {
                found[stem.entry] = true
                any = true
            }
            var position = 0
            while position + 1 < bytes.count {
                let first = bytes[position]
                if first & 0xC0 == 0x80 {
                    position += 1
                    continue
                }
                let bucket = Self.bucket(first, bytes[position + 1])
                let remaining = bytes.count - position
                for candidate in Int(bucketStart[bucket])..<Int(bucketStart[bucket + 1]) {
                    let stem = stems[candidate]
                    guard !found[stem.entry], stem.bytes.count <= remaining else { continue }
                    let same = stem.bytes.withUnsafeBufferPointer { pin in
                        memcmp(base + position, pin.baseAddress!, pin.count) == 0
                    }
                    if same {
                        found[stem.entry] = true
                        any = true
                    }
                }
                position += 1
            }
        }
        guard any else { return [] }
        return entries.indices.compactMap { found[$0] ? entries[$0] : nil }
    }
}
