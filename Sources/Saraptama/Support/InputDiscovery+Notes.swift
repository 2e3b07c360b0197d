import SaraptamaLoading

extension InputDiscovery {
    /// The skipped files as notes for the terminal, a few lines however many files: files that
    /// are not documents grouped by reason and name (`Cases/*/expected.yaml`, 25 files), other
    /// formats counted by extension, exclusions counted by glob.
    ///
    /// Codes: `input-not-a-document`, `input-other-format`, `input-excluded`.
    public var notes: [Diagnostic] {
        var notes: [Diagnostic] = []
        var groups: [String: [String]] = [:]
        var order: [String] = []
        for skip in skipped {
            guard case .notADocument(let why) = skip.reason else { continue }
            let components = skip.path.split(separator: "/", omittingEmptySubsequences: false)
            let key = why + "\u{0}" + (components.last.map(String.init) ?? "") + "\u{0}\(components.count)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(skip.path)
        }
        for key in order {
            let paths = groups[key]!
            let why = String(key.split(separator: "\u{0}", omittingEmptySubsequences: false)[0])
            let count = paths.count == 1 ? "" : "\(paths.count) files, "
            notes.append(Diagnostic(
                .note, code: "input-not-a-document", message: "skipped, \(count)not a document: \(why)", file: Self.pattern(paths)))
        }
        var formats: [String: Int] = [:]
        for skip in skipped { if case .otherFormat(let ext) = skip.reason { formats[ext, default: 0] += 1 } }
        if !formats.isEmpty {
            let total = formats.values.reduce(0, +)
            let list = formats.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            var arguments = CountedNoun.file.arguments("files", count: total)
            arguments["list"] = list
            notes.append(Diagnostic(.note, code: "input-other-format", template: "input-other-format.count", arguments: arguments))
        }
        var excluded: [String: Int] = [:]
        var globs: [String] = []
        for skip in skipped {
            guard case .excluded(let glob) = skip.reason else { continue }
            if excluded[glob] == nil { globs.append(glob) }
            excluded[glob, default: 0] += 1
        }
        for glob in globs {
            var arguments = CountedNoun.fileOrFolder.arguments("files", count: excluded[glob]!)
            arguments["glob"] = glob
            notes.append(Diagnostic(.note, code: "input-excluded", template: "input-excluded.glob", arguments: arguments))
        }
        return notes
    }

    /// One path for paths of the same depth: the components where they differ become `*`.
    static func pattern(_ paths: [String]) -> String {
        guard paths.count > 1 else { return paths.first ?? "" }
        let split = paths.map { $0.split(separator: "/", omittingEmptySubsequences: false) }
        return split[0].indices.map { index in
            split.allSatisfy { $0[index] == split[0][index] } ? String(split[0][index]) : "*"
        }.joined(separator: "/")
    }
}
