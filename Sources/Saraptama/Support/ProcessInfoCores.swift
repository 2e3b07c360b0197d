import Foundation

/// Facts about this process's resources, for `--jobs` defaults and the benchmark.
public enum ProcessInfoCores {
    /// Cores available to this process.
    public static var active: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Peak resident set size of this process in bytes (Linux `VmHWM`), or nil when unknown.
    public static var peakResidentBytes: Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Int($0) }
            if let kilobytes = digits.first { return kilobytes * 1024 }
        }
        return nil
    }
}
