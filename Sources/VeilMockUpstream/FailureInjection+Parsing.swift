extension FailureInjection: LosslessStringConvertible {
    /// Reads the compact command-line form: a kind, then at most one trigger.
    ///
    /// Kinds: `none`, a status code such as `500`, `close`, `hang`, `cut` or `cut:N` (cut after N events, default 2).
    /// Triggers: none (always), `@P` (probability P in 0...1), `/N` (every Nth request), `^N` (the first N requests).
    /// Examples: `503@0.1`, `429/3`, `close^2`, `cut:4@0.5`. Returns `nil` for anything else.
    public init?(_ description: String) {
        let text = Substring(description)
        if text == "none" {
            self = .never
            return
        }
        let split = text.firstIndex(where: { $0 == "@" || $0 == "/" || $0 == "^" }) ?? text.endIndex
        let kindText = text[text.startIndex..<split]
        let kind: Kind
        switch kindText {
        case "close":
            kind = .closeConnection
        case "hang":
            kind = .hang
        case "cut":
            kind = .cutStream(afterChunks: 2)
        default:
            if kindText.hasPrefix("cut:") {
                guard let count = Int(kindText.dropFirst(4)), count >= 0 else { return nil }
                kind = .cutStream(afterChunks: count)
            } else {
                guard let status = Int(kindText), (400...599).contains(status) else { return nil }
                kind = .status(status)
            }
        }
        var trigger = Trigger.always
        if split < text.endIndex {
            let marker = text[split]
            let argument = text[text.index(after: split)...]
            switch marker {
            case "@":
                guard let probability = Double(argument), (0...1).contains(probability) else { return nil }
                trigger = .probability(probability)
            case "/":
                guard let every = Int(argument), every >= 1 else { return nil }
                trigger = .everyNth(every)
            default:
                guard let count = Int(argument), count >= 0 else { return nil }
                trigger = .firstRequests(count)
            }
        }
        self.init(kind, when: trigger)
    }

    /// The compact form that ``init(_:)`` reads (the endpoint set is not part of it).
    public var description: String {
        let kindText: String
        switch kind {
        case .status(let code): kindText = String(code)
        case .closeConnection: kindText = "close"
        case .hang: kindText = "hang"
        case .cutStream(let count): kindText = "cut:\(count)"
        }
        switch trigger {
        case .never: return "none"
        case .always: return kindText
        case .probability(let probability): return "\(kindText)@\(probability)"
        case .everyNth(let every): return "\(kindText)/\(every)"
        case .firstRequests(let count): return "\(kindText)^\(count)"
        }
    }
}
