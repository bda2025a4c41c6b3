/// The built-in default script: `Dialogue/trust-is-broken.json`, embedded at build time by the
/// `EmbedDialoguePlugin` build tool (see `embeddedDefaultScriptJSON`).
public enum DefaultScript {
    /// The script's JSON text.
    public static var json: String { embeddedDefaultScriptJSON }
    /// The path diagnostics name, relative to the repository.
    public static var fileName: String { embeddedDefaultScriptName }
}
