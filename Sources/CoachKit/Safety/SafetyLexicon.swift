// The built-in safety lexicon: English phrases that signal danger, grouped by category and level.
// Scripts cannot remove or change these. Patterns use the script syntax: words are stemmed,
// `~name` is a concept below, `*` is a gap of up to three words within a clause, and a negated
// word only matches when its negation is part of the pattern ("not want to live").

enum SafetyLexicon {
    static let concepts: [(name: String, members: [String])] = [
        (
            "someone",
            [
                "he", "she", "they", "him", "her", "them", "partner", "husband", "wife", "boyfriend", "girlfriend",
                "ex", "spouse", "fiance", "fiancee", "dad", "father", "mom", "mum", "mother", "stepdad", "man", "guy",
                "my partner", "my husband", "my wife", "my boyfriend", "my girlfriend", "my ex",
            ]
        ),
        (
            "strike",
            [
                "hit", "punch", "slap", "kick", "choke", "strangle", "shove", "push", "beat", "smack", "stab", "burn",
                "bite", "attack", "threw", "throw", "shook", "drag", "grab", "pin", "headbutt", "spat", "spit",
            ]
        ),
        (
            "kids",
            [
                "kids", "kid", "children", "child", "son", "daughter", "baby", "babies", "little one", "little ones",
                "our kids", "our children", "our son", "our daughter", "my kids", "my children",
                "my sister", "my brother", "the dog",
            ]
        ),
        ("selfword", ["himself", "herself", "themselves", "themself"]),
        (
            "intimate",
            [
                "nudes", "nude", "naked", "photos", "pictures", "pics", "videos", "video", "intimate", "sex tape",
                "private pictures", "private photos",
            ]
        ),
        ("share", ["share", "post", "leak", "send", "spread", "publish", "show", "put online", "upload", "expose"]),
        ("afraid", ["afraid", "scared", "terrified", "frightened", "worried"]),
    ]

    /// Phrases that look like danger but are figures of speech; a safety match that shares words
    /// with one of these does not count.
    static let figurative: [String] = [
        "die of embarrassment", "die of shame", "dying of embarrassment", "dying to", "to die for",
        "killing it", "killed it", "kill for", "killing me inside", "hit me up", "hits me up", "hit me hard",
        "pushed me away", "pushes me away", "push me away", "pushing me away", "kill time", "killing time",
        "beat me to it", "beat me at", "hurt my feelings", "hurts my feelings", "hurt me emotionally",
        "dead tired", "dead serious", "bored to death", "scared to death of losing", "heart attack",
        "shoot me a text", "shot me a text", "shoot me a message", "threw me off", "threw me a",
        "kill the mood", "kills me that", "it kills me", "slap in the face", "slap on the wrist",
        "stab in the back", "stabbed me in the back", "stabbing me in the back", "backstab",
        "hit me that", "it hit me", "that hit me", "this hit me", "reality hit me", "truth hit me",
        "kill me when", "kill me if * finds out", "kills me when", "pushed me to", "pushes me to", "push me to",
        "pushing me to", "grabbed me a", "kicked me out", "kicks me out", "threw me out", "pushed ~someone away",
        "push ~someone away", "pushing ~someone away", "beat myself up", "beating myself up",
    ]

    /// Words that mark a reply as a joke; they cancel only the rules marked as hyperbole.
    static let jokeMarkers: Set<String> = ["lol", "lmao", "lmfao", "haha", "hahaha", "jk", "joking", "kidding", "rofl", "jokes"]

    static let rules: [SafetyRule] = [
        // Suicide and self-harm.
        SafetyRule(
            category: .suicideOrSelfHarm, level: .urgent,
            patterns: [
                "kill myself", "killing myself", "end my life", "ending my life", "end it all", "take my own life",
                "take my life", "suicide", "suicidal", "want to die", "wanted to die", "wish * dead", "better off dead",
                "better off without me", "not want to live", "not want to be alive", "not want to be here anymore",
                "no reason to live", "nothing to live for", "nothing left to live for", "not see the point * going on",
                "not see the point * living", "no point * living", "no point in going on", "no point going on",
                "hurt myself", "hurting myself", "harm myself", "harming myself", "self harm", "cut myself",
                "cutting myself", "overdose", "overdosing", "give away my things", "giving away my things",
                "giving away my stuff", "gave away my things", "goodbye letter", "suicide note",
                "tired of living", "tired of being alive", "better off if i * dead", "better off * without me",
                "can not go on living", "hang myself", "jump off a bridge",
                "slit my wrists", "not be here tomorrow", "not wake up tomorrow", "end my pain forever",
                "not want to exist", "take all my pills", "take all the pills",
            ]),
        SafetyRule(
            category: .suicideOrSelfHarm, level: .checkIn,
            patterns: [
                "hate myself", "dead inside", "feel dead", "can not do this anymore", "can not go on",
                "can not take it anymore", "can not take this anymore", "want to disappear", "hopeless", "worthless",
                "no way out", "what is the point >", "what is the point of anything", "what is the point anymore",
                "rather not exist", "sleep forever", "never wake up",
                "empty inside", "nothing matters anymore", "hate my life", "give up on everything",
                "better off without", "burden to everyone", "i am a burden", "no future", "disappear forever",
                "want it all to stop", "want everything to stop", "not want to be here",
            ]),
        // Physical violence.
        SafetyRule(
            category: .physicalViolence, level: .urgent,
            patterns: [
                "~someone *2 ~strike me", "slapped my face", "hit my face", "slapped me", "choked me", "punched me",
                "strangled me", "kicked me", "beat me", "beats me", "beat me up", "shoved me", "got physical with me",
                "put his hands on me", "put her hands on me", "laid hands on me", "lays hands on me",
                "threw * at me", "physically hurt me", "physically hurts me", "physically abusive", "domestic violence",
                "left bruises", "black eye", "afraid for my life", "fear for my life", "abuses me", "abused me",
                "hurt me physically", "he is violent", "she is violent", "gets violent", "got violent",
            ]),
        SafetyRule(
            category: .physicalViolence, level: .checkIn,
            patterns: [
                "~afraid of ~someone", "~afraid of what ~someone", "abusive", "violent",
                "scared to go home", "afraid to go home", "walking on eggshells",
            ]),
        // Sexual assault.
        SafetyRule(
            category: .sexualAssault, level: .urgent,
            patterns: [
                "raped", "rape", "rapes", "sexually assaulted", "sexual assault", "assaulted me", "forced me to have sex",
                "forced me into sex", "made me have sex", "forced himself on me", "forced herself on me",
                "touched me without", "without my consent", "not consent", "molested", "sexually abused",
                "forced me to do sexual", "forces me to have sex", "forced sex", "while i was asleep he",
            ]),
        SafetyRule(
            category: .sexualAssault, level: .checkIn,
            patterns: [
                "pressured me into sex", "pressures me into sex", "guilt me into sex", "guilted me into sex",
                "did not want to but he", "did not want to but she",
            ]),
        // Threats, including intimate images.
        SafetyRule(
            category: .threats, level: .urgent,
            patterns: [
                "threatened to kill", "threatens to kill", "threatening to kill", "threatened to hurt", "threatens to hurt",
                "said * would kill me", "said * would hurt me", "said * will kill me", "said * will hurt me",
                "hurt me if i leave", "kill me if i leave", "hurt me if i go", "going to kill me", "going to hurt me",
                "threatened me", "threatens me", "threatening me", "threatened to ~share my ~intimate",
                "threatens to ~share my ~intimate", "~share my ~intimate", "revenge porn", "~afraid * will hurt me",
                "~afraid * will kill me", "~afraid * going to hurt me", "has a gun", "with a knife", "with a gun",
                "blackmailing me", "blackmail me",
            ]),
        // Stalking and coercive control.
        SafetyRule(
            category: .stalkingOrControl, level: .urgent,
            patterns: [
                "stalking me", "stalks me", "stalked me", "follows me everywhere", "following me", "followed me home",
                "tracks my location", "tracking my location", "tracking my phone", "tracker on my", "gps on my",
                "not let me leave", "locked me in", "locks me in", "took my keys", "takes my keys",
                "not let me see my friends", "not let me see my family", "not let me go out",
            ]),
        SafetyRule(
            category: .stalkingOrControl, level: .checkIn,
            patterns: [
                "controls my money", "takes *2 my money", "took *2 my money", "controls everything i do",
                "keeps showing up at", "showed up at my work", "shows up at my work", "monitors everything i",
                "isolates me", "cut me off from my friends", "controlling",
            ]),
        // The person means to hurt someone.
        SafetyRule(
            category: .harmToOthers, level: .urgent,
            patterns: [
                "going to kill ~someone", "i will kill ~someone", "i am going to hurt ~someone", "get my gun",
                "buy a gun", "i hit ~someone", "i beat ~someone", "i choked ~someone", "i punched ~someone",
                "i slapped ~someone", "i pushed ~someone",
            ], isHyperbole: true),
        SafetyRule(
            category: .harmToOthers, level: .checkIn,
            patterns: [
                "want to kill ~someone", "could kill ~someone", "want to hurt ~someone", "make ~someone pay",
                "hurt ~someone back", "get back at ~someone", "slash * tires", "burn * house", "revenge on ~someone",
            ], isHyperbole: true),
        // A child or someone else at risk.
        SafetyRule(
            category: .otherAtRisk, level: .urgent,
            patterns: [
                "~someone *2 ~strike the ~kids", "~someone *2 ~strike my ~kids", "~strike the ~kids", "~strike my ~kids",
                "abuses the ~kids", "abusing the ~kids", "abused my ~kids", "hurts our ~kids", "hurt our ~kids",
                "hurting our ~kids", "hurts the ~kids", "hurts my ~kids", "~strike our ~kids", "~kids *2 suicidal",
                "~someone is suicidal", "~someone seems suicidal", "~someone was suicidal", "~kids * not safe",
                "touches my ~kids",
                "touched my ~kids", "~afraid for my ~kids", "~afraid for the ~kids", "kill himself", "kill herself",
                "kill themselves", "friend * suicidal", "~kids * in danger",
            ]),
        // A partner threatening suicide to control the person.
        SafetyRule(
            category: .partnerSuicideThreat, level: .urgent,
            patterns: [
                "threatens to kill ~selfword", "threatened to kill ~selfword", "threatening to kill ~selfword",
                "threatened suicide", "threatens suicide", "threatening suicide", "kill ~selfword if i leave",
                "kill ~selfword if i *2 leave", "kill ~selfword if i left", "hurt ~selfword if i leave", "suicide if i leave",
                "kill ~selfword if i go",
                "kill ~selfword if i end", "kill ~selfword if i break up",
            ]),
    ]
}
