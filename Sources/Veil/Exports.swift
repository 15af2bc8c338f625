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

// The OpenAI wire types a request and its answer are made of, and their codec.
@_exported import struct VeilWire.ChatCompletion
@_exported import struct VeilWire.ChatCompletionChunk
@_exported import struct VeilWire.ChatMessage
@_exported import struct VeilWire.ChatRequest
@_exported import struct VeilWire.ContentPart
@_exported import struct VeilWire.FunctionCall
@_exported import enum VeilWire.JSONValue
@_exported import enum VeilWire.MessageContent
@_exported import struct VeilWire.StreamOptions
@_exported import struct VeilWire.ToolCall
@_exported import struct VeilWire.Usage
@_exported import enum VeilWire.WireJSON
