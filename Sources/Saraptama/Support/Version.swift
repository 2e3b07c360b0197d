/// The engine's version, reported by `--version` and in every report.
public enum SaraptamaVersion {
    public static let current = "0.1.0"
}
