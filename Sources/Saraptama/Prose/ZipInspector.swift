import SaraptamaLoading
/// Checks a .docx (a ZIP archive) before pandoc sees it, from its central directory alone: how
/// many entries, how large each would be once decompressed, how large all together, and how
/// much each is compressed. A 143 KB file can hold 50 MB of XML, on which pandoc took 5 GB of
/// memory: such a file is refused here, with its own diagnostic code, in microseconds.
///
/// The central directory is a fixed format (APPNOTE.TXT §4.3.12–4.3.16): the end record at the
/// end of the file points to one 46-byte header per entry. ZIP64 records and extra fields are
/// read too, so that a large size cannot hide behind them. The sizes are what the archive
/// declares; an archive that lies about them is stopped by pandoc's own limits instead
/// (`PandocConverter`: memory, time).
public struct ZipInspector: Sendable {
    /// The limits (defaults suit documents written by people, images included).
    public struct Limits: Sendable {
        /// Most entries (files) in the archive (default 5 000; a long TA has about 30).
        public var maxEntries = 5_000
        /// Largest decompressed entry (default 32 MiB; pandoc needs about 75× an XML's size in memory).
        public var maxEntryBytes = 32 << 20
        /// Largest decompressed total (default 128 MiB).
        public var maxTotalBytes = 128 << 20
        /// Highest compression ratio of an entry (decompressed / compressed, default 200) ...
        public var maxRatio = 200
        /// ... counted only for entries that decompress to more than this (default 1 MiB): small
        /// repetitive XML files compress very well and are harmless.
        public var ratioFloorBytes = 1 << 20

        public init() {}
    }

    /// Why an archive is refused: a stable code and a sentence.
    public struct Refusal: Error, Sendable, Equatable {
        public let code: String
        /// The catalogue variant of the code (`DiagnosticCatalogue`) and its arguments.
        public let variant: String
        public let arguments: [String: String]

        init(code: String, _ variant: String, _ arguments: [String: String] = [:]) {
            self.code = code
            self.variant = variant
            self.arguments = arguments
        }

        /// The English sentence.
        public var message: String { diagnostic(file: nil).message }

        /// The refusal as a diagnostic about `file`.
        public func diagnostic(file: String?) -> Diagnostic {
            Diagnostic(.error, code: code, template: code + "." + variant, arguments: arguments, file: file, mark: nil)
        }
    }

    /// What the archive holds, once accepted.
    public struct Summary: Sendable, Equatable {
        public let entries: Int
        public let totalBytes: Int
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) { self.limits = limits }

    /// Checks `bytes` against the limits.
    public func inspect(_ bytes: [UInt8]) -> Result<Summary, Refusal> {
        var reader = ByteReader(bytes)
        guard let directory = centralDirectory(&reader) else {
            return .failure(Refusal(code: "docx-not-a-zip", "archive"))
        }
        guard directory.entries <= limits.maxEntries else {
            return .failure(Refusal(code: "docx-too-many-entries", "count", ["count": "\(directory.entries)", "limit": "\(limits.maxEntries)"]))
        }
        var offset = directory.offset
        var total = 0
        for index in 0..<directory.entries {
            guard reader.u32(at: offset) == 0x0201_4B50, let header = reader.slice(at: offset, count: 46) else {
                return .failure(Refusal(code: "docx-not-a-zip", "damaged", ["entry": "\(index + 1)", "entries": "\(directory.entries)"]))
            }
            let flags = header.u16(8), method = header.u16(10)
            var compressed = UInt64(header.u32(20)), size = UInt64(header.u32(24))
            let nameLength = Int(header.u16(28)), extraLength = Int(header.u16(30)), commentLength = Int(header.u16(32))
            let name = reader.slice(at: offset + 46, count: nameLength).map { String(decoding: $0.bytes, as: UTF8.self) } ?? "?"
            if let extra = reader.slice(at: offset + 46 + nameLength, count: extraLength) {
                (size, compressed) = Self.zip64Sizes(extra, size: size, compressed: compressed)
            }
            if flags & 1 != 0 {
                return .failure(Refusal(code: "docx-unsupported-entry", "encrypted", ["name": name]))
            }
            if method != 0 && method != 8 {
                return .failure(Refusal(code: "docx-unsupported-entry", "method", ["name": name, "method": "\(method)"]))
            }
            if size > UInt64(limits.maxEntryBytes) {
                return .failure(Refusal(code: "docx-entry-too-large", "size", ["name": name, "size": "\(size)", "limit": "\(limits.maxEntryBytes)"]))
            }
            let (allowed, overflow) = UInt64(max(0, limits.maxRatio)).multipliedReportingOverflow(by: max(compressed, 1))
            if size > UInt64(max(0, limits.ratioFloorBytes)), !overflow, size > allowed {
                return .failure(Refusal(code: "docx-compression-ratio", "entry", ["name": name, "ratio": "\(size / max(compressed, 1))", "compressed": "\(compressed)", "size": "\(size)", "limit": "\(limits.maxRatio)"]))
            }
            total += Int(size)
            if total > limits.maxTotalBytes {
                return .failure(Refusal(code: "docx-too-large-uncompressed", "limit", ["limit": "\(limits.maxTotalBytes)"]))
            }
            offset += 46 + nameLength + extraLength + commentLength
        }
        return .success(Summary(entries: directory.entries, totalBytes: total))
    }

    /// The entry count and offset of the central directory, from the end record (ZIP64 aware).
    private func centralDirectory(_ reader: inout ByteReader) -> (entries: Int, offset: Int)? {
        let count = reader.bytes.count
        guard count >= 22 else { return nil }
        // The end record is 22 bytes plus a comment of up to 65 535: search backwards.
        var position = count - 22
        let lowest = max(0, count - 22 - 65_535)
        while position >= lowest {
            if reader.u32(at: position) == 0x0605_4B50 { break }
            position -= 1
        }
        guard position >= lowest, let end = reader.slice(at: position, count: 22) else { return nil }
        var entries = UInt64(end.u16(10)), offset = UInt64(end.u32(16))
        if entries == 0xFFFF || offset == 0xFFFF_FFFF {
            // ZIP64: a locator 20 bytes before the end record points to the ZIP64 end record.
            guard position >= 20, reader.u32(at: position - 20) == 0x0706_4B50, let locator = reader.slice(at: position - 20, count: 20) else { return nil }
            let record = locator.u64(8)
            guard record < UInt64(count), reader.u32(at: Int(record)) == 0x0606_4B50, let zip64 = reader.slice(at: Int(record), count: 56) else { return nil }
            entries = zip64.u64(32)
            offset = zip64.u64(48)
        }
        guard offset < UInt64(count), entries < UInt64(Int32.max) else { return nil }
        return (Int(entries), Int(offset))
    }

    /// The ZIP64 extra field (id 1) holds the real sizes of an entry whose 32-bit sizes are 0xFFFFFFFF.
    private static func zip64Sizes(_ extra: ByteSlice, size: UInt64, compressed: UInt64) -> (UInt64, UInt64) {
        var size = size, compressed = compressed
        var position = 0
        while position + 4 <= extra.bytes.count {
            let id = extra.u16(position), length = Int(extra.u16(position + 2))
            if id == 1 {
                var field = position + 4
                if size == 0xFFFF_FFFF, field + 8 <= position + 4 + length { size = extra.u64(field); field += 8 }
                if compressed == 0xFFFF_FFFF, field + 8 <= position + 4 + length { compressed = extra.u64(field) }
            }
            position += 4 + length
        }
        return (size, compressed)
    }
}

/// Little-endian reads from an archive's bytes, nil or 0 past the end instead of a trap.
private struct ByteReader {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func slice(at offset: Int, count: Int) -> ByteSlice? {
        guard offset >= 0, count >= 0, offset <= bytes.count - count else { return nil }
        return ByteSlice(bytes: bytes[offset..<(offset + count)])
    }

    func u32(at offset: Int) -> UInt32 { slice(at: offset, count: 4)?.u32(0) ?? 0 }
}

private struct ByteSlice {
    let bytes: ArraySlice<UInt8>

    func u16(_ offset: Int) -> UInt16 {
        let base = bytes.startIndex + offset
        guard offset >= 0, base + 2 <= bytes.endIndex else { return 0 }
        return UInt16(bytes[base]) | UInt16(bytes[base + 1]) << 8
    }

    func u32(_ offset: Int) -> UInt32 { UInt32(u16(offset)) | UInt32(u16(offset + 2)) << 16 }

    func u64(_ offset: Int) -> UInt64 { UInt64(u32(offset)) | UInt64(u32(offset + 4)) << 32 }
}
