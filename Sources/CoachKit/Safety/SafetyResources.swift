/// Real places to get help. Numbers checked against each service's own published details;
/// `Dialogue/README.md` says how to add local ones through a script's `safety.resources`.
public enum SafetyResources {
    static let emergency =
        "If you are in immediate danger, call your local emergency number now (911 in the US and Canada, 999 or 112 in the UK, 112 across the EU, 000 in Australia)."
    static let crisisLines = [
        "US: call or text 988, the Suicide & Crisis Lifeline (any time, free).",
        "UK and Ireland: Samaritans, call 116 123 (any time, free).",
        "Canada: call or text 988. Australia: Lifeline, 13 11 14.",
    ]
    static let domesticViolence = [
        "US: National Domestic Violence Hotline, 1-800-799-7233, or text START to 88788.",
        "UK: National Domestic Abuse Helpline (Refuge), 0808 2000 247, free and open all day and night.",
    ]
    static let sexualAssault = [
        "US: RAINN National Sexual Assault Hotline, 1-800-656-4673.",
        "England and Wales: Rape Crisis 24/7 Support Line, 0808 500 2222.",
    ]
    static let intimateImages = [
        "US: Cyber Civil Rights Initiative helpline, 844-878-2274.",
        "UK: Revenge Porn Helpline, 0345 6000 459.",
    ]
    static let stalking = ["UK: National Stalking Helpline, 0808 802 0300."]
    static let children = [
        "US: Childhelp National Child Abuse Hotline, 1-800-422-4453.",
        "UK: NSPCC helpline, 0808 800 5000.",
    ]
    static let directory =
        "Anywhere else: findahelpline.com lists free, confidential helplines in your country."

    /// The lines shown for a category, most specific first, always ending with the emergency
    /// number and the worldwide directory.
    public static func lines(for category: SafetyCategory?) -> [String] {
        var specific: [String]
        switch category {
        case .suicideOrSelfHarm, .harmToOthers, .partnerSuicideThreat: specific = crisisLines
        case .physicalViolence, .stalkingOrControl: specific = domesticViolence + (category == .stalkingOrControl ? stalking : [])
        case .threats: specific = domesticViolence + intimateImages
        case .sexualAssault: specific = sexualAssault + domesticViolence
        case .otherAtRisk: specific = children + crisisLines
        case nil: specific = crisisLines + domesticViolence + sexualAssault
        }
        return [emergency] + specific + [directory]
    }
}
