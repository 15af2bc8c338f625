import Foundation

/// The BERT WordPiece tokenizer (uncased), reproducing Hugging Face `tokenizers`' `BertNormalizer`,
/// `BertPreTokenizer` and `WordPiece` model exactly, so that the Swift encoder sees the ids the model was
/// trained on.
///
/// Steps: drop control characters and map whitespace to spaces, put spaces around CJK ideographs, strip
/// accents (NFD, drop non-spacing marks), lowercase, split on whitespace and punctuation, then greedy
/// longest-match-first WordPiece with the `##` continuation prefix. A word longer than 100 scalars, or one
/// with no full segmentation, becomes `[UNK]`.
///
/// ```swift
/// let tokenizer = try WordPieceTokenizer(vocabularyFile: "models/all-MiniLM-L6-v2/vocab.txt")
/// let ids = tokenizer.encode("This is an example sentence")   // [101, 2023, 2003, 2019, 2742, 6251, 102]
/// ```
public struct WordPieceTokenizer: Sendable {
    /// Token to id, from the vocabulary file's line numbers.
    private let vocabulary: [String: Int32]
    /// The id of `[CLS]`, put before every encoding.
    public let classifierID: Int32
    /// The id of `[SEP]`, put after every encoding.
    public let separatorID: Int32
    /// The id of `[UNK]`, used for words the vocabulary cannot segment.
    public let unknownID: Int32
    /// The number of entries in the vocabulary.
    public var vocabularySize: Int { vocabulary.count }

    private static let maxScalarsPerWord = 100

    /// Loads a `vocab.txt` (one token per line, the line number is the id).
    ///
    /// - Parameter vocabularyFile: Path of the vocabulary file.
    /// - Throws: ``EmbeddingError/fileUnreadable`` or ``EmbeddingError/malformedVocabulary``.
    public init(vocabularyFile: String) throws {
        guard let data = FileManager.default.contents(atPath: vocabularyFile) else {
            throw EmbeddingError.fileUnreadable
        }
        try self.init(vocabularyText: String(decoding: data, as: UTF8.self))
    }

    /// Builds the tokenizer from the text of a `vocab.txt`.
    ///
    /// - Parameter vocabularyText: One token per line.
    /// - Throws: ``EmbeddingError/malformedVocabulary`` when `[CLS]`, `[SEP]` or `[UNK]` is missing.
    public init(vocabularyText: String) throws {
        var vocabulary: [String: Int32] = [:]
        var id: Int32 = 0
        for line in vocabularyText.split(separator: "\n", omittingEmptySubsequences: false) {
            var token = line
            if token.hasSuffix("\r") { token = token.dropLast() }
            if !token.isEmpty, vocabulary[String(token)] == nil { vocabulary[String(token)] = id }
            id += 1
        }
        guard let cls = vocabulary["[CLS]"], let sep = vocabulary["[SEP]"], let unk = vocabulary["[UNK]"] else {
            throw EmbeddingError.malformedVocabulary
        }
        self.vocabulary = vocabulary
        self.classifierID = cls
        self.separatorID = sep
        self.unknownID = unk
    }

    /// Encodes one text as `[CLS] tokens… [SEP]`, truncated to `maxLength` ids in all.
    ///
    /// - Parameters:
    ///   - text: Any text; invalid or control characters are dropped as BERT does.
    ///   - maxLength: The most ids returned, including `[CLS]` and `[SEP]` (at least 2).
    /// - Returns: The token ids.
    public func encode(_ text: String, maxLength: Int = 256) -> [Int32] {
        let budget = max(0, maxLength - 2)
        var ids: [Int32] = [classifierID]
        ids.reserveCapacity(min(budget, text.utf8.count) + 2)
        var wordIDs: [Int32] = []
        outer: for word in Self.preTokenize(text) {
            wordPiece(word, into: &wordIDs)
            for id in wordIDs {
                if ids.count - 1 >= budget { break outer }
                ids.append(id)
            }
        }
        ids.append(separatorID)
        return ids
    }

    /// Splits one pre-tokenized word into WordPiece ids (greedy longest match first).
    private func wordPiece(_ word: [Unicode.Scalar], into output: inout [Int32]) {
        output.removeAll(keepingCapacity: true)
        if word.count > Self.maxScalarsPerWord {
            output.append(unknownID)
            return
        }
        var start = 0
        while start < word.count {
            var end = word.count
            var found: Int32?
            while start < end {
                var candidate = start > 0 ? "##" : ""
                candidate.unicodeScalars.append(contentsOf: word[start..<end])
                if let id = vocabulary[candidate] {
                    found = id
                    break
                }
                end -= 1
            }
            guard let id = found else {
                output.removeAll(keepingCapacity: true)
                output.append(unknownID)
                return
            }
            output.append(id)
            start = end
        }
    }
}
