import Foundation
import Saraptama

/// Today's date on this machine, as a day number: the default conclusion date of a recording.
public enum RegistryClock {
    public static func today() -> Int64 {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDay.days(year: Int64(parts.year ?? 1970), month: Int64(parts.month ?? 1), day: Int64(parts.day ?? 1))
    }
}
