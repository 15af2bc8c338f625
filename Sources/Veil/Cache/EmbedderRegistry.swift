import Logging
import VeilEmbedding

/// The embedders a deployment has, by the names policies use (`lexical`, `minilm`, `remote`).
///
/// Loading MiniLM takes a few hundred milliseconds and 90 MB, so it happens once, at start, and only when a model
/// folder is configured; a policy that names an embedder the deployment lacks gets exact-tier caching only (logged
/// once), never an error.
package struct EmbedderRegistry: Sendable {
    private let embedders: [String: any Embedder]

    /// Registers `lexical` always, plus the given others; a compute-heavy one (MiniLM) runs on the cache's
    /// embedding thread, never on the caller's (an event loop in `veil serve`).
    package init(minilm: (any Embedder)? = nil, remote: (any Embedder)? = nil) {
        var embedders: [String: any Embedder] = ["lexical": LexicalEmbedder()]
        if let minilm { embedders["minilm"] = minilm.isComputeHeavy ? OffLoopEmbedder(base: minilm) : minilm }
        if let remote { embedders["remote"] = remote }
        self.embedders = embedders
    }

    /// Loads MiniLM from `minilmDirectory` when given.
    package static func load(minilmDirectory: String?, remote: (any Embedder)? = nil, logger: Logger)
        -> EmbedderRegistry
    {
        var minilm: (any Embedder)?
        if let minilmDirectory {
            do {
                minilm = try MiniLMEmbedder(modelDirectory: minilmDirectory)
            } catch {
                logger.warning(
                    "minilm model not loaded; policies naming it use the exact tier only",
                    metadata: ["error": "\(error)"])
            }
        }
        return EmbedderRegistry(minilm: minilm, remote: remote)
    }

    /// The embedder a policy names, if this deployment has it.
    package func embedder(named name: String) -> (any Embedder)? { embedders[name] }

    /// The names available.
    package var names: [String] { embedders.keys.sorted() }
}
