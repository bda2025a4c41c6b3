/// The kinds of danger the safety layer recognises; each has its own response.
public enum SafetyCategory: String, Sendable, Equatable, Codable, CaseIterable {
    case suicideOrSelfHarm = "suicide_self_harm"
    case physicalViolence = "physical_violence"
    case sexualAssault = "sexual_assault"
    /// Threats of harm, including threats to share intimate images.
    case threats
    case stalkingOrControl = "stalking_control"
    /// The person means to hurt someone.
    case harmToOthers = "harm_to_others"
    /// A child or someone else is at risk.
    case otherAtRisk = "other_at_risk"
    /// A partner threatening suicide to control the person.
    case partnerSuicideThreat = "partner_suicide_threat"
}

/// How sure the layer is that someone is in danger.
public enum SafetyLevel: String, Sendable, Equatable, Codable, Comparable, CaseIterable {
    /// An unclear signal ("I feel dead inside"): ask gently before anything else.
    case checkIn = "check_in"
    /// Clear danger: acknowledge calmly and give resources at once.
    case urgent

    public static func < (left: SafetyLevel, right: SafetyLevel) -> Bool {
        left == .checkIn && right == .urgent
    }
}

/// What the safety layer found in one reply.
public struct SafetyAssessment: Sendable, Equatable {
    public var level: SafetyLevel
    public var category: SafetyCategory
    /// The reply's words that raised it, for `--explain` and tests.
    public var evidence: [String]
    /// The lexicon signal that raised it (`SafetySignal.id`) and its clinical basis.
    public var signal: String = ""
    public var basis: String = ""
}
