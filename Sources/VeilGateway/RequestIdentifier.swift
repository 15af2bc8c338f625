import Veil

/// Request ids: the client's if usable, else a fresh random one.
enum RequestIdentifier {
    static func resolve(_ header: String?) -> String {
        if let header, (1...128).contains(header.utf8.count),
            header.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: ",") })
        {
            return header
        }
        return generate()
    }

    static func generate() -> String {
        RequestOptions.makeRequestID()
    }
}
