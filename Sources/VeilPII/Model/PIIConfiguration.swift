/// What a tenant's policy says about personal data: an action per entity type and the person-name lists.
///
/// The default configuration pseudonymizes everything, which is the safe choice: the model and the cache see
/// placeholders only, and the client still gets its own values back.
public struct PIIConfiguration: Sendable {
    /// Per-type actions; types not listed use ``defaultAction``.
    public var actions: [EntityType: PIIAction]
    /// The action for every type not in ``actions``.
    public var defaultAction: PIIAction
    /// Names never treated as personal data (e.g. the product's mascot), compared exactly.
    public var personAllowList: Set<String>
    /// Names always treated as ``EntityType/person`` wherever they occur.
    public var personDenyList: Set<String>

    /// Creates a configuration; with no arguments everything is pseudonymized.
    /// - Parameters:
    ///   - actions: per-type actions overriding `defaultAction`.
    ///   - defaultAction: the action for every other type.
    ///   - personAllowList: names never treated as personal data.
    ///   - personDenyList: names always treated as personal data.
    public init(
        actions: [EntityType: PIIAction] = [:],
        defaultAction: PIIAction = .pseudonymize,
        personAllowList: Set<String> = [],
        personDenyList: Set<String> = []
    ) {
        self.actions = actions
        self.defaultAction = defaultAction
        self.personAllowList = personAllowList
        self.personDenyList = personDenyList
    }

    /// The action that applies to `type`.
    public func action(for type: EntityType) -> PIIAction {
        actions[type] ?? defaultAction
    }
}
