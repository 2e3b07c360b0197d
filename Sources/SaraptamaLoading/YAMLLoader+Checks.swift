extension YAMLLoader {
    /// The loader's `yaml-invalid-utf8` diagnostic (first bad byte, with its line:col) for any
    /// text input, or nil when `bytes` are valid UTF-8. Other text formats (Markdown documents)
    /// check with it so that one bad byte is reported the same way in every format.
    public static func utf8Problem(in bytes: [UInt8], path: String) -> Diagnostic? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let offset = UTF8Check.firstInvalidByte(in: buffer) else { return nil }
            let mark = LineTable(buffer).mark(atByte: offset, in: buffer)
            let hex = String(buffer[offset], radix: 16, uppercase: true)
            return Diagnostic(
                .invalidUTF8, LoadMessage("byte", ["byte": hex, "offset": "\(offset)"]), file: path, mark: mark)
        }
    }

    /// The loader's `yaml-too-large` diagnostic when `count` bytes exceed `options.maxBytes`.
    public static func sizeProblem(count: Int, path: String, options: LoadOptions) -> Diagnostic? {
        guard count > options.maxBytes else { return nil }
        return BoundedReader.Failure.tooLarge(size: count).diagnostic(file: path, limit: options.maxBytes, code: LoadCode.tooLarge.rawValue, mark: .start)
    }
}
