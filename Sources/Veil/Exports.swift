// The PII entity types and actions, and the verifier's strictness, are part of a policy, so a user who imports
// Veil gets them too.
@_exported import VeilEmbedding
@_exported import VeilPII
