/// A position in a source file: 1-based line and column (in Unicode scalars), plus the 0-based
/// scalar offset from the start of the file. libyaml's 0-based marks are converted once, at load.
///
/// Stored as 32-bit numbers: every node carries two marks, and halving their size makes nodes
/// and the expression values that wrap them cheaper to copy (documents are limited to 16 MiB,
/// far below 2³¹).
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedOffset: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    /// Offset in Unicode scalars from the start of the file (libyaml's `index`).
    public var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int, offset: Int = 0) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
        storedOffset = Int32(clamping: offset)
    }

    /// The start of a file.
    public static let start = Mark(line: 1, column: 1, offset: 0)

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }

    public var description: String { "\(line):\(column)" }
}
