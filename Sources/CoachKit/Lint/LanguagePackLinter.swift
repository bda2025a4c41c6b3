/// Checks a language pack file: every table as `LanguagePack.decode` reads it, then the
/// `aboutTheQuestion` phrases as the engine compiles them.
public enum LanguagePackLinter {
    public static func lint(_ source: SourceText) -> [Diagnostic] {
        switch LanguagePack.decode(source) {
        case .failure(let error):
            return error.diagnostics
        case .success(let pack):
            return QuestionAboutTheQuestion.compiling(pack.aboutTheQuestion, source: source).diagnostics
        }
    }
}
