// The PII entity types and actions, and the verifier's strictness, are part of a policy, so a user who imports
// Veil gets them too.
@_exported import VeilEmbedding
@_exported import VeilPII
// What an embedding app names to reach its model servers (the README's "In process" snippet): single types, not the
// whole of VeilUpstream, so that `import Veil` is all an app needs and the upstream internals stay out of its scope.
@_exported import struct VeilUpstream.Secret
@_exported import struct VeilUpstream.UpstreamEndpoint
@_exported import struct VeilUpstream.UpstreamPoolConfiguration
@_exported import class VeilUpstream.UpstreamPool
