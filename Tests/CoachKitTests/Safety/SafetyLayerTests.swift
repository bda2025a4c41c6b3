import CoachKit
import Testing

@Suite struct SafetyLayerTests {
    let layer: SafetyLayer

    init() throws { layer = try SafetyLayer() }

    @Test func clearDangerIsUrgentWithItsCategory() {
        #expect(layer.assess("he choked me last night")?.level == .urgent)
        #expect(layer.assess("he choked me last night")?.category == .physicalViolence)
        #expect(layer.assess("kms")?.category == .suicideOrSelfHarm)
        #expect(layer.assess("he said he'd hurt me if I leave")?.category == .threats)
        #expect(layer.assess("she threatens suicide if I go")?.category == .partnerSuicideThreat)
    }

    @Test func unclearSignalsAskFirst() {
        #expect(layer.assess("I hate myself for what I did")?.level == .checkIn)
        #expect(layer.assess("I feel dead inside")?.level == .checkIn)
    }

    /// A signal that must end the reply is still heard when the person adds "rn", "lol" or
    /// "honestly" after it, as people do (found by review: "done with everything rn" was missed).
    @Test(arguments: ["done with everything rn", "im done with it all lol", "i'm so done with everything honestly"])
    func wordsThatOnlyCloseAReplyDoNotHideASignal(reply: String) {
        #expect(layer.assess(reply)?.category == .suicideOrSelfHarm, "\(reply)")
    }

    @Test func figuresOfSpeechDenialsAndJokesDoNotRaiseIt() {
        for reply in [
            "I'd die of embarrassment", "this is torture", "my heart is broken", "I'm not suicidal, just sad",
            "I could kill him lol", "he hit me up yesterday", "i want to break up with her",
        ] {
            #expect(layer.assess(reply) == nil, "\(reply)")
        }
    }

    /// A negation does not reach across a new subject when the layer listens: "idk" or "not ok"
    /// typed before the danger, with no comma, used to cover it ("I don't know, I want to die").
    @Test(arguments: [
        "idk i want to kill myself", "i dont know i want to die", "im not ok i want to kill myself",
        "he never loved me i want to die", "never mind i want to kill myself", "no idea why but i want to end it all",
    ])
    func aNegationEndsWhereANewSubjectBegins(reply: String) {
        #expect(layer.assess(reply)?.level == .urgent, "\(reply)")
        #expect(layer.assess(reply)?.category == .suicideOrSelfHarm, "\(reply)")
    }

    /// Its own clause is still negated, and so is what is said, thought or meant after it: these
    /// stay quiet (found by review).
    @Test(arguments: [
        "i dont want to die", "i'm not suicidal i just feel sad", "i would never hurt myself",
        "i dont think i want to die", "im not saying i want to die", "i never said he would hit me",
        "i dont think she would ever hurt herself",
    ])
    func aNegationStillCoversItsOwnClause(reply: String) {
        #expect(layer.assess(reply) == nil, "\(reply)")
    }

    /// Typed fast, misspelt or half-said, and silent before (found by review): each is heard.
    @Test(arguments: [
        ("i want to kil myself", SafetyLevel.urgent), ("i want 2 die", .urgent), ("i dnt want to live", .urgent),
        ("i have pills saved up", .urgent), ("i feel like dying", .checkIn), ("whats the point of living", .checkIn),
        ("i wish i wasnt here", .checkIn), ("i dont care anymore if i live or die", .checkIn),
        ("i dont think i can go on", .checkIn), ("idk if i can go on", .checkIn), ("i took pills", .checkIn),
        ("i have a rope", .checkIn),
    ])
    func fastOrHalfSaidDangerIsHeard(reply: String, level: SafetyLevel) {
        #expect(layer.assess(reply)?.level == level, "\(reply)")
        #expect(layer.assess(reply)?.category == .suicideOrSelfHarm, "\(reply)")
    }

    /// Wanting to "end it" is asked about when it comes with being at the end of one's strength, and
    /// being told to kill oneself is asked about too; a flat denial is asked about rather than
    /// treated as danger now (found by review).
    @Test(arguments: [
        "honestly im not ok, i want to end it", "so numb lately. gonna end it", "my gf keeps telling me to kys",
        "no way i would ever kill myself, dont worry",
    ])
    func endingItWhenSpentOrBeingToldToIsAskedAbout(reply: String) {
        #expect(layer.assess(reply)?.level == .checkIn, "\(reply)")
        #expect(layer.assess(reply)?.category == .suicideOrSelfHarm, "\(reply)")
    }

    /// A blow that lands beside the person is violence from the one who struck, not self-harm,
    /// though the words "punched … my head" are there (found by review).
    @Test(arguments: [
        "he punched the wall near my head", "my husband kicked the door right by my face",
        "she slammed her fist into the wall beside my head",
    ])
    func aBlowBesideThePersonIsViolence(reply: String) {
        #expect(layer.assess(reply)?.category == .physicalViolence, "\(reply)")
        #expect(layer.assess(reply)?.level == .urgent, "\(reply)")
    }

    /// Being done with life, or with everything at the end of a sentence, is asked about; being
    /// done with everything he did is not.
    @Test(arguments: [
        ("honestly im done with life", true), ("sick of living like this", true), ("im so done with it all.", true),
        ("i am done with everything", true), ("im done with everything he put me through", false),
    ])
    func beingDoneWithLifeIsAskedAbout(reply: String, asked: Bool) {
        #expect((layer.assess(reply)?.level == .checkIn) == asked, "\(reply)")
    }

    /// Something thrown that lands beside the person is violence now; thrown at a wall, or things
    /// smashed, is asked about; punching a wall oneself is asked about as possible self-harm, and
    /// hitting one's own body is self-harm.
    @Test(arguments: [
        ("my ex chucked a glass that hit the wall just by my head", SafetyLevel.urgent, SafetyCategory.physicalViolence),
        ("he threw the remote past my face", .urgent, .physicalViolence),
        ("she throws plates when she's angry", .checkIn, .physicalViolence),
        ("he smashed the mirror in our hallway", .checkIn, .physicalViolence),
        ("i punched the wall last night, knuckles are bloody", .checkIn, .suicideOrSelfHarm),
        ("i keep hitting my legs when it gets bad", .urgent, .suicideOrSelfHarm),
    ])
    func throwingSmashingAndPunchingWalls(reply: String, level: SafetyLevel, category: SafetyCategory) {
        #expect(layer.assess(reply)?.level == level, "\(reply)")
        #expect(layer.assess(reply)?.category == category, "\(reply)")
    }

    @Test(arguments: ["he threw the ball for the dog", "she smashed it at her interview", "i cut my hair short"])
    func throwingASmashHitAndAHaircutAreNotDanger(reply: String) {
        #expect(layer.assess(reply) == nil, "\(reply)")
    }

    /// A denial looks back: what is said after it keeps its level, what it follows is lowered.
    @Test(arguments: [
        ("not that i'd tell him, but i've been cutting my arms again", SafetyLevel?.some(.urgent)),
        ("no way i would take her back. truth is i'm done with life", .checkIn),
        ("i hurt myself a lot at school, years back. this is nothing like that", nil),
    ])
    func aDenialLowersOnlyWhatCameBeforeIt(reply: String, level: SafetyLevel?) {
        #expect(layer.assess(reply)?.level == level, "\(reply)")
    }

    /// Being worn out and wanting it over, being told to die, and thoughts of hurting him are asked about.
    @Test(arguments: [
        "so tired i just want to end it", "not okay at all, might end it tonight", "she texted me to go kys",
        "my wife would be happier without me", "i want the pain of all of this to stop", "i keep thinking about hurting him",
    ])
    func wearinessBeingToldToDieAndThoughtsOfHarmAreAskedAbout(reply: String) {
        #expect(layer.assess(reply)?.level == .checkIn, "\(reply)")
    }

    /// The words of broken trust that share danger's verbs are not danger.
    @Test(arguments: [
        "he destroyed my trust", "she destroyed my confidence completely", "he got smashed at his brother's wedding",
        "she threw on a coat and walked out", "he threw away the receipts so i wouldn't find them",
        "he put the phone in a drawer and sat by my side all evening", "he finally broke down the wall and took my hand",
        "i'm sick of living a lie", "ending it tonight, the relationship i mean",
    ])
    func theWordsOfBrokenTrustAreNotViolence(reply: String) {
        #expect(layer.assess(reply) == nil, "\(reply)")
    }

    /// Ending a relationship is not ending a life.
    @Test(arguments: ["i want to end it with her", "after the lies tonight i want to end it", "kys"])
    func endingARelationshipStaysQuiet(reply: String) {
        #expect(layer.assess(reply) == nil, "\(reply)")
    }

    @Test(arguments: [
        "we have a rope swing in the garden", "i feel like dying of embarrassment", "i took paracetamol for my headache",
    ])
    func theirOrdinaryNeighboursStayQuiet(reply: String) {
        #expect(layer.assess(reply) == nil, "\(reply)")
    }

    /// Moving and being found is stalking; moving and finding a flat is not.
    @Test func movingAndBeingFoundIsStalkingButFindingAFlatIsNot() {
        #expect(layer.assess("i moved out in march and he still found me")?.category == .stalkingOrControl)
        #expect(layer.assess("we moved across town and somehow she found us")?.category == .stalkingOrControl)
        #expect(layer.assess("i changed my number and he still texts me")?.category == .stalkingOrControl)
        #expect(layer.assess("i've found a flat and my brother will help me move on sunday") == nil)
    }

    /// What new users typed that got the next coaching step instead of help (the safety issue).
    @Test(arguments: [
        ("i have been saving my pills", SafetyCategory.suicideOrSelfHarm), ("i took a bunch of pills", .suicideOrSelfHarm),
        ("i'm standing on the bridge", .suicideOrSelfHarm), ("i've written my note", .suicideOrSelfHarm),
        ("i've been cutting again", .suicideOrSelfHarm), ("life isn't worth living", .suicideOrSelfHarm),
        ("i just want to go to sleep and not wake up", .suicideOrSelfHarm),
        ("i'm hiding in the bathroom rn, he's smashing things", .physicalViolence),
        ("he put his hands around my neck", .physicalViolence), ("he's got a knife", .physicalViolence),
        ("i'm not safe at home", .physicalViolence), ("he took my car keys and my phone so i cant leave", .stalkingOrControl),
        ("i cant leave. he said if i leave he'll kill me", .threats),
        // "pushed me to" is a figure of speech only when what follows is something one is urged to do.
        ("he pushed me to the floor", .physicalViolence), ("she pushed me to the ground", .physicalViolence),
        ("he pushed me into that wall", .physicalViolence), ("he pushed me to the edge of the balcony", .physicalViolence),
        ("he pushes me to want to die", .suicideOrSelfHarm),
        // A negation of stopping is no denial (found by review).
        ("i can't stop thinking about killing myself", .suicideOrSelfHarm), ("i cant stop wanting to die", .suicideOrSelfHarm),
        ("i can't not think about killing myself", .suicideOrSelfHarm),
        ("there's not a day i don't think about ending it", .suicideOrSelfHarm),
    ])
    func indirectDangerIsHeardWithItsCategory(reply: String, category: SafetyCategory) {
        let found = layer.assess(reply)
        #expect(found?.level == .urgent, "\(reply)")
        #expect(found?.category == category, "\(reply): \(String(describing: found))")
    }

    @Test func violenceAgainstSomeoneElseIsAskedAbout() {
        for reply in ["he pushed her to the floor in front of the kids", "i found out he hit her too", "she slapped him"] {
            #expect(layer.assess(reply)?.category == .otherAtRisk, "\(reply): \(String(describing: layer.assess(reply)))")
        }
        for reply in ["he hit her up last night", "he beat her at pool", "she pushed him away"] {
            #expect(layer.assess(reply) == nil, "\(reply): \(String(describing: layer.assess(reply)))")
        }
    }

    /// Doubt about wanting to live is passive suicidal ideation: "I don't know" does not deny
    /// what follows it.
    @Test func doubtAboutWantingToLiveIsAskedAbout() {
        for reply in [
            "idk if i still want to be here anymore", "not sure i even want to be here anymore",
            "i don't know if i want to live", "honestly i dunno if i wanna be alive", "i can't live with the pain",
        ] {
            #expect(layer.assess(reply)?.category == .suicideOrSelfHarm, "\(reply): \(String(describing: layer.assess(reply)))")
        }
    }

    /// Doubting where or with whom to live is not doubting life; said under a negation, a
    /// figure of where one lives lowers clear danger to a question and never silences it.
    @Test func aNegatedFigureOfSpeechLowersAndNeverSilences() {
        for reply in [
            "not sure if i want to live with her again", "i'm not sure i want to live near his parents",
            "i don't know if i want to live in the same city as him",
        ] {
            #expect(layer.assess(reply) == nil, "\(reply): \(String(describing: layer.assess(reply)))")
        }
        for reply in ["i dont want to live with him anymore", "i do not want to live together"] {
            #expect(layer.assess(reply)?.level == .checkIn, "\(reply): \(String(describing: layer.assess(reply)))")
        }
        // Danger said beside a figure, or in words other figures share, is still urgent (found by review).
        for reply in [
            "i dont want to live with him, i dont want to live at all", "i don't want to live without her",
            "i don't want to live with him anymore, i'd rather be dead",
            "i will not be here this weekend, tell my mum i love her",
            "i'm not going to be around next week", "i don't wanna live here anymore", "i dont want to live, here or anywhere",
        ] {
            #expect(layer.assess(reply)?.level == .urgent, "\(reply): \(String(describing: layer.assess(reply)))")
        }
        // Lowered, but asked about: "living with her" is also where one lives.
        #expect(layer.assess("life isn't worth living with her gone")?.level == .checkIn)
    }

    @Test func wordOrderDoesNotMatter() {
        for reply in ["if I leave he'll kill me", "he'll kill me if I leave", "he said he would kill me if i ever left"] {
            #expect(layer.assess(reply)?.category == .threats, "\(reply)")
        }
        for reply in ["she'll kill herself if i go", "if i go she says she'll kill herself"] {
            #expect(layer.assess(reply)?.category == .partnerSuicideThreat, "\(reply)")
        }
    }

    @Test func aPastDeniedOrMadeUpContextLowersASignalAndTwoSilenceIt() {
        // Told as long ago and over: asked about, not answered with resources at once.
        #expect(layer.assess("i took an overdose years ago")?.level == .checkIn)
        // Long ago, over, and denied: quiet.
        #expect(layer.assess("i took an overdose years ago, this is different, i'm well now") == nil)
        // Something recent outweighs a film or a long-ago past: clear danger.
        #expect(layer.assess("i watched a documentary and he choked me yesterday")?.level == .urgent)
        // Long ago but happening again: clear danger.
        #expect(layer.assess("he hit me years ago and last night he hit me again")?.level == .urgent)
    }

    @Test func everydayUsesOfDangerWordsStayQuiet() {
        for reply in [
            "she went through my phone and found the messages", "i want to end things with him", "i want to leave him",
            "i keep picturing them together", "he said he'd leave me if i did it again", "i took a paracetamol for my headache",
            "she'll tell my parents", "i changed all my passwords", "we both said things we regret",
            "maybe i pushed him to cheat", "she pushed me into cheating", "he always pushed me to be better",
            "i pushed her away",
        ] {
            #expect(layer.assess(reply)?.level != .urgent, "\(reply): \(String(describing: layer.assess(reply)))")
        }
    }

    @Test func resourcesAreRealAndAlwaysIncludeEmergencyAndADirectory() {
        let all = layer.resources.lines(for: nil).joined(separator: "\n")
        #expect(all.contains("988"))
        #expect(all.contains("116 123"))
        #expect(all.contains("1-800-799-7233"))
        #expect(all.contains("findahelpline.com"))
        for category in SafetyCategory.allCases {
            let lines = layer.resources.lines(for: category)
            #expect(lines.first?.contains("emergency") == true)
            #expect(lines.last?.contains("findahelpline.com") == true)
        }
    }
}
