/// Inline SVG bar charts for the HTML statistics page. Every label and value goes through
/// `HTMLText.escape`; each bar carries `data-*` attributes with its category, series and value,
/// so a test (or a script of the reader's) can read the numbers back from the DOM.
enum SVGChart {
    /// One series of a bar chart: its name (legend), CSS class (colour) and one value per category.
    struct Series {
        let name: String
        let cssClass: String
        let values: [Int]
    }

    /// Vertical bars, stacked when there are several series; `marker` draws a dashed vertical line
    /// after the category at that index (used for the time limit).
    static func verticalBars(id: String, title: String, categories: [String], series: [Series], marker: (afterIndex: Int, label: String)? = nil, width: Int = 720, height: Int = 300) -> String {
        let escape = HTMLText.escape
        let left = 44, right = 12, top = 28, bottom = 48
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let totals = categories.indices.map { index in series.reduce(0) { $0 + $1.values[index] } }
        let maximum = max(1, totals.max() ?? 1)
        let slot = Double(plotWidth) / Double(max(1, categories.count))
        let barWidth = max(2, slot * 0.7)
        func y(_ value: Int) -> Double { Double(top) + Double(plotHeight) * (1 - Double(value) / Double(maximum)) }

        var svg = "<svg id=\"\(escape(id))\" class=\"chart\" role=\"img\" aria-labelledby=\"\(escape(id))-title\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"\(escape(id))-title\">\(escape(title))</title>"
        svg += "<line class=\"axis\" x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(left + plotWidth)\" y2=\"\(top + plotHeight)\"/>"
        svg += "<text class=\"tick\" x=\"\(left - 6)\" y=\"\(top + 4)\" text-anchor=\"end\">\(maximum)</text>"
        svg += "<text class=\"tick\" x=\"\(left - 6)\" y=\"\(top + plotHeight)\" text-anchor=\"end\">0</text>"
        // Label every category when they fit, else every n-th (months over several years).
        let labelWidth = Double(categories.map(\.count).max() ?? 1) * 6.5 + 12
        let labelEvery = max(1, Int((Double(categories.count) * labelWidth / Double(plotWidth)).rounded(.up)))
        for (index, category) in categories.enumerated() {
            let x = Double(left) + slot * Double(index) + (slot - barWidth) / 2
            var base = 0
            for item in series {
                let value = item.values[index]
                defer { base += value }
                guard value > 0 else { continue }
                let top = y(base + value), height = y(base) - y(base + value)
                svg += "<rect class=\"bar \(escape(item.cssClass))\" data-category=\"\(escape(category))\" data-series=\"\(escape(item.name))\" data-value=\"\(value)\""
                svg += " x=\"\(format(x))\" y=\"\(format(top))\" width=\"\(format(barWidth))\" height=\"\(format(height))\"><title>\(escape(category)) · \(escape(item.name)): \(value)</title></rect>"
            }
            if totals[index] > 0 && categories.count <= 24 {
                svg += "<text class=\"value\" x=\"\(format(x + barWidth / 2))\" y=\"\(format(y(totals[index]) - 4))\" text-anchor=\"middle\">\(totals[index])</text>"
            }
            if index % labelEvery == 0 {
                svg += "<text class=\"label\" x=\"\(format(x + barWidth / 2))\" y=\"\(top + plotHeight + 16)\" text-anchor=\"middle\">\(escape(category))</text>"
            }
        }
        if let marker {
            let x = Double(left) + slot * Double(marker.afterIndex + 1)
            svg += "<line class=\"limit\" x1=\"\(format(x))\" y1=\"\(top - 8)\" x2=\"\(format(x))\" y2=\"\(top + plotHeight)\"/>"
            svg += "<text class=\"limit-label\" x=\"\(format(x + 4))\" y=\"\(top - 12)\">\(escape(marker.label))</text>"
        }
        if series.count > 1 {
            var x = left
            for item in series {
                defer { x += 28 + item.name.count * 7 }
                svg += "<rect class=\"legend \(escape(item.cssClass))\" x=\"\(x)\" y=\"\(height - 18)\" width=\"12\" height=\"12\"/>"
                svg += "<text class=\"label\" x=\"\(x + 16)\" y=\"\(height - 8)\">\(escape(item.name))</text>"
            }
        }
        return svg + "</svg>"
    }

    /// Horizontal bars, one per label (the most violated rules).
    static func horizontalBars(id: String, title: String, labels: [String], values: [Int], width: Int = 720) -> String {
        let escape = HTMLText.escape
        let left = 110, right = 60, rowHeight = 24, top = 8
        let height = top * 2 + rowHeight * max(1, labels.count)
        let maximum = max(1, values.max() ?? 1)
        let plotWidth = Double(width - left - right)
        var svg = "<svg id=\"\(escape(id))\" class=\"chart\" role=\"img\" aria-labelledby=\"\(escape(id))-title\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"\(escape(id))-title\">\(escape(title))</title>"
        for (index, (label, value)) in zip(labels, values).enumerated() {
            let y = top + index * rowHeight
            let length = max(1, plotWidth * Double(value) / Double(maximum))
            svg += "<text class=\"label\" x=\"\(left - 8)\" y=\"\(y + 16)\" text-anchor=\"end\">\(escape(label))</text>"
            svg += "<rect class=\"bar rule\" data-category=\"\(escape(label))\" data-value=\"\(value)\" x=\"\(left)\" y=\"\(y + 4)\" width=\"\(format(length))\" height=\"\(rowHeight - 8)\"><title>\(escape(label)): \(value)</title></rect>"
            svg += "<text class=\"value\" x=\"\(format(Double(left) + length + 6))\" y=\"\(y + 16)\">\(value)</text>"
        }
        return svg + "</svg>"
    }

    /// Coordinates with at most one decimal place, so the markup stays small and stable.
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : NumberText.decimal(value)
    }
}
