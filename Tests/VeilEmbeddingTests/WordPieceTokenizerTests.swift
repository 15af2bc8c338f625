import Testing
import VeilEmbedding

/// A small vocabulary: ids are line numbers.
private let vocabulary = """
    [PAD]
    [UNK]
    [CLS]
    [SEP]
    hello
    world
    un
    ##aff
    ##able
    cafe
    ,
    !
    你
    好
    ?
    """

@Suite struct WordPieceTokenizerTests {
    let tokenizer: WordPieceTokenizer

    init() throws {
        tokenizer = try WordPieceTokenizer(vocabularyText: vocabulary)
    }

    @Test func wrapsTokensInClassifierAndSeparator() {
        #expect(tokenizer.encode("hello world") == [2, 4, 5, 3])
        #expect(tokenizer.encode("") == [2, 3])
    }

    @Test func lowercasesStripsAccentsAndSplitsPunctuation() {
        #expect(tokenizer.encode("HELLO, Café!") == [2, 4, 10, 9, 11, 3])
    }

    @Test func segmentsWordsGreedilyWithContinuationPrefix() {
        #expect(tokenizer.encode("unaffable") == [2, 6, 7, 8, 3])
    }

    @Test func unknownWordBecomesOneUnknownToken() {
        #expect(tokenizer.encode("hello xyz") == [2, 4, 1, 3])
        #expect(tokenizer.encode("unaffx") == [2, 1, 3])
    }

    @Test func cjkCharactersAreSeparateTokensEvenWithoutSpaces() {
        #expect(tokenizer.encode("你好?") == [2, 12, 13, 14, 3])
    }

    @Test func controlCharactersAreDroppedAndWhitespaceSplits() {
        #expect(tokenizer.encode("hello\u{0007}\u{200B}\tworld\n") == [2, 4, 5, 3])
    }

    @Test func truncatesToMaxLengthIncludingSpecialTokens() {
        let ids = tokenizer.encode("hello world hello world hello", maxLength: 4)
        #expect(ids == [2, 4, 5, 3])
    }

    @Test func wordsLongerThanOneHundredScalarsAreUnknown() {
        #expect(tokenizer.encode(String(repeating: "a", count: 101)) == [2, 1, 3])
    }

    @Test func vocabularyWithoutSpecialTokensIsRejected() {
        #expect(throws: EmbeddingError.malformedVocabulary) {
            try WordPieceTokenizer(vocabularyText: "hello\nworld\n")
        }
    }

    @Test func missingVocabularyFileIsReported() {
        #expect(throws: EmbeddingError.fileUnreadable) {
            try WordPieceTokenizer(vocabularyFile: "/nonexistent/vocab.txt")
        }
    }
}
