// The PII entity types and actions, and the verifier's strictness, are part of a policy, so a user who imports
// Veil gets them too.
@_exported import VeilEmbedding
@_exported import VeilPII

// What an embedding app names in a VeilConfiguration (the README's "In process" snippet, the store's durability):
// single types, not the whole of VeilUpstream and VeilStorage, so that `import Veil` is all an app needs and their
// internals stay out of its scope.
@_exported import struct VeilStorage.EnvironmentConfiguration
@_exported import struct VeilUpstream.Secret
@_exported import struct VeilUpstream.UpstreamEndpoint
@_exported import class VeilUpstream.UpstreamPool
@_exported import struct VeilUpstream.UpstreamPoolConfiguration
