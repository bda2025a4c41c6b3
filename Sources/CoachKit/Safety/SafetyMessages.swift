/// What the coach says when the safety layer engages: calm, brief, without judgement, and
/// always with a way to reach a person.
enum SafetyMessages {
    static func acknowledgement(for category: SafetyCategory) -> String {
        switch category {
        case .suicideOrSelfHarm:
            "Thank you for telling me. It sounds like you might be thinking about ending your life or hurting yourself, and that matters more than anything else we were talking about. You deserve support from a real person right now."
        case .physicalViolence:
            "I'm really sorry that happened. Nobody has the right to hurt you physically, whatever else has happened between you. Your safety comes first."
        case .sexualAssault:
            "I'm so sorry. What you describe is not your fault, and you don't have to deal with it alone. There are people trained to help, confidentially."
        case .threats:
            "Being threatened is serious, and it is not something you have to handle alone. Your safety comes first."
        case .stalkingOrControl:
            "Being watched, followed or kept from your own life is a form of abuse, and it is not your fault. Your safety comes first."
        case .harmToOthers:
            "It sounds like things feel very intense right now, intense enough that someone could get hurt. Before anything else, please reach out to someone who can help you through this moment."
        case .otherAtRisk:
            "It sounds like someone may be in danger. Their safety, and yours, come first."
        case .partnerSuicideThreat:
            "When someone threatens to hurt themselves if you leave, it puts a weight on you that isn't yours to carry. Their safety is their responsibility and that of people trained to help, and you deserve support too."
        }
    }

    static func checkInQuestion(for category: SafetyCategory) -> String {
        switch category {
        case .suicideOrSelfHarm:
            "That sounds really heavy. Can I ask you directly: are you having thoughts of hurting yourself or ending your life?"
        case .physicalViolence, .threats, .sexualAssault:
            "I want to check something before we go on: are you safe right now? Has anyone hurt you, or made you afraid they will?"
        case .stalkingOrControl:
            "I want to check something before we go on: do you feel watched or controlled in a way that makes you unsafe?"
        case .harmToOthers:
            "That sounds like a lot of anger, which makes sense after what happened. Are you thinking about actually hurting someone?"
        case .otherAtRisk, .partnerSuicideThreat:
            "I want to check something before we go on: is anyone in danger right now?"
        }
    }

    static let choice =
        "When you're ready: would you like to go on with our conversation, or stop here? (Type \"go on\" or \"stop\". /resources shows these numbers again at any time.)"

    static let declinedCheckIn =
        "Thank you for telling me. If that changes, /resources shows people you can reach at any time, day or night. Let's go back to where we were."

    static let resourcesHeading = "People you can reach, day or night:"

    static let stoppedGoodbye =
        "Okay. We'll stop here. Please look after yourself, and reach out to one of the people above whenever you need to. Your answers so far are kept in this session."
}
