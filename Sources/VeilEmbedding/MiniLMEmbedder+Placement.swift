extension MiniLMEmbedder {
    /// A forward pass of the encoder takes milliseconds of CPU: the cache runs it off the event loops.
    public var isComputeHeavy: Bool { true }
}
