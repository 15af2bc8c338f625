// The mock upstream lives in VeilMockUpstream so that the `veil` executable (`veil mock-upstream`, `veil demo`) can
// serve it without linking this test-support module; tests keep importing VeilTesting, which names its types one by
// one.
@_exported import struct VeilMockUpstream.FailureInjection
@_exported import class VeilMockUpstream.MockUpstream
@_exported import struct VeilMockUpstream.MockUpstreamConfiguration
@_exported import struct VeilMockUpstream.MockUpstreamError
