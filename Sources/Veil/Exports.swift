// What an embedding app names or catches, re-exported one type at a time so that `import Veil` is all an app needs
// while the rest of each module stays out of its scope:
// - VeilWire: the OpenAI wire types a request and its answer are made of, and their codec;
// - VeilUpstream, VeilStorage, VeilKeyring: what a VeilConfiguration is made of (the README's "In process" snippet,
//   the store's durability, the master key's source; the keyring's operations are package);
// - VeilPII, VeilEmbedding: the parts of a policy that come from the recognizers and the verifier (entity types,
//   actions, the verifier's strictness);
// - VeilCrypto: the error of a wrong or missing master key.
@_exported import struct VeilCrypto.CryptoError
@_exported import struct VeilEmbedding.SemanticVerifier
@_exported import class VeilKeyring.Keyring
@_exported import enum VeilPII.EntityType
@_exported import enum VeilPII.PIIAction
@_exported import struct VeilPII.PIIConfiguration
@_exported import struct VeilStorage.EnvironmentConfiguration
@_exported import struct VeilUpstream.Secret
@_exported import struct VeilUpstream.UpstreamEndpoint
@_exported import class VeilUpstream.UpstreamPool
@_exported import struct VeilUpstream.UpstreamPoolConfiguration
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
