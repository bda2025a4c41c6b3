extension Engine {
    /// Responds to what the safety layer found. Returns false when the finding does not change
    /// the course of the conversation (a check-in-level signal while already talking about safety).
    /// - Parameters:
    ///   - heard: every signal the reply raised (the assessment is the strongest of them).
    ///   - reply: the reply that raised the finding; kept with a check-in when it answers the
    ///     question, to be read as its answer once the person says they are safe.
    func handleSafety(
        _ assessment: SafetyAssessment, heard: [SafetyExplanation.Finding], in reply: String, at node: Node,
        _ step: inout Step
    ) -> Bool {
        step.events.append(.safety(assessment.level, assessment.category))
        // NB: a check-in the person answers with "I'm fine" counts too: the resources at the end
        // cost nothing, and a "no" is not always the whole story.
        step.state.noteSafetyResponse(to: assessment.category)
        switch (assessment.level, step.state.phase) {
        case (.urgent, _):
            // NB: what else the reply raised is not lost behind the strongest finding: "there's no
            // point anymore, he tracks my location" gets the crisis lines beside the ones for
            // being tracked (found in a chat), and the closing reminder lists both.
            // The question a check-in asked is not dropped either ("no, but he tracks my phone"
            // to "are you having thoughts of ending your life?" lists the crisis lines as well).
            var others = heard.map(\.category).filter { $0 != assessment.category }
            if case .awaitingSafetyCheckIn(_, let asked, _) = step.state.phase, asked != assessment.category {
                others.append(asked)
            }
            for category in others { step.state.noteSafetyResponse(to: category) }
            respondUrgently(to: assessment.category, alsoHeard: others, resumingAt: node, &step)
            return true
        case (.checkIn, .awaitingSafetyCheckIn), (.checkIn, .awaitingSafetyChoice):
            return false
        case (.checkIn, let phase):
            // NB: asked again every time a signal comes back, however often the person said no before.
            step.state.phase = .awaitingSafetyCheckIn(
                node: node.id, category: assessment.category,
                pendingReply: keepsAsAnswer(heard, at: node, in: phase) ? reply : nil)
            step.say(.safety, safety.responses.response(for: assessment.category).checkIn)
            return true
        }
    }

    /// Whether a reply that raised a check-in is kept, to be read as the answer once the person
    /// says they are safe. Only at an open question, where any reply is an answer, and never for
    /// thoughts of suicide or self-harm or of hurting someone: those words are not saved as an
    /// answer or echoed back. A routed question is asked again, since routes were not written
    /// for danger words.
    // NB: every signal found counts, not only the strongest: "he checks my phone and I feel dead
    // inside" is asked about as control, and still never kept (found by review).
    private func keepsAsAnswer(_ heard: [SafetyExplanation.Finding], at node: Node, in phase: Phase) -> Bool {
        guard case .awaitingReply = phase, let ask = node.ask, ask.routes.isEmpty else { return false }
        let neverKept: Set<SafetyCategory> = [.suicideOrSelfHarm, .harmToOthers]
        return !heard.contains { neverKept.contains($0.category) }
    }

    /// - Parameters:
    ///   - acknowledgement: what is said before the resources; the category's own
    ///     acknowledgement of danger when nil.
    ///   - alsoHeard: other categories the reply raised, whose resources are listed after its own.
    func respondUrgently(
        to category: SafetyCategory, acknowledgement: String? = nil, alsoHeard: [SafetyCategory] = [],
        resumingAt node: Node, _ step: inout Step
    ) {
        if let preface = script.script.safety.preface { step.say(.safety, preface.value) }
        step.say(.safety, acknowledgement ?? safety.responses.response(for: category).acknowledgement)
        sayResources(for: [category] + alsoHeard, &step)
        step.say(.safety, safety.responses.choice)
        step.state.phase = .awaitingSafetyChoice(node: node.id)
    }

    func sayResources(for category: SafetyCategory?, _ step: inout Step) {
        sayResources(safety.resources.lines(for: category), &step)
    }

    /// The resources for several categories at once: the emergency number, each category's own
    /// lines in turn with every line once, then the worldwide directory.
    func sayResources(for categories: [SafetyCategory], _ step: inout Step) {
        sayResources(safety.resources.lines(for: categories), &step)
    }

    private func sayResources(_ lines: [String], _ step: inout Step) {
        let all = lines + script.script.safety.resources.map(\.value)
        step.say(.safety, ([safety.responses.resourcesHeading] + all.map { "  - \($0)" }).joined(separator: "\n"))
        step.say(.safety, safety.responses.privacyNote)
    }

    /// - Parameters:
    ///   - words: the answer, as read once for the whole turn.
    ///   - heard: the categories of what the safety layer found in the answer itself.
    func answerCheckIn(
        _ words: [TextNormalizer.Word], heard: [SafetyCategory], category: SafetyCategory, pendingReply: String?,
        at node: Node, _ step: inout Step
    ) {
        let signalsDanger = !heard.isEmpty
        let response = safety.responses.response(for: category)
        let reading = safety.responses.reader.reading(
            of: words, safeAnswer: response.safeAnswer, explainedNo: response.explainedNo)
        // NB: an answer that itself signals danger ("no, but I can't go on") is never a safe one.
        if reading.answer == response.safeAnswer, !signalsDanger {
            step.state.safetyCheckInsDeclined = step.state.safetyCheckInsDeclined.addingSaturated(1)
            step.state.phase = .awaitingReply(node: node.id)
            guard let pendingReply else {
                step.say(.safety, safety.responses.declinedCheckIn)
                repeatQuestion(node, &step)
                return
            }
            // The reply that raised the check-in was an answer too ("he checks my phone now, and I
            // understand why"): it is read as one now, rather than asked for a second time.
            step.say(.safety, safety.responses.declinedCheckInGoingOn)
            answer(pendingReply, words: TextNormalizer.words(in: pendingReply), at: node, &step)
        } else {
            // NB: only a plain safe answer goes back; "idk", "not right now" and silence get the
            // resources, which cost nothing. An answer that is only unclear ("no, but I'm so
            // tired", "idk") is not told "it sounds like you might be thinking about ending your
            // life": it gets the resources with a line that says why, without presuming. A
            // hedged yes ("yes, sometimes") is a yes, and gets the acknowledgement.
            step.events.append(.safety(.urgent, category))
            // NB: "no, but he tracks my phone" gets the lines for being tracked too.
            let others = heard.filter { $0 != category }
            for other in others { step.state.noteSafetyResponse(to: other) }
            let unclearOnly = reading.answer == .unclear && !signalsDanger && !reading.includesUnsafeAnswer
            respondUrgently(
                to: category, acknowledgement: unclearOnly ? safety.responses.unclearCheckInAnswer : nil, alsoHeard: others,
                resumingAt: node, &step)
        }
    }

    func chooseAfterSafety(_ text: String, at node: Node, _ step: inout Step) {
        switch safety.responses.reader.readChoice(text) {
        case .goOn:
            step.say(.say, safety.responses.goOn)
            step.state.phase = .awaitingReply(node: node.id)
            repeatQuestion(node, &step)
        case .stop:
            // The goodbye promises the place is kept: the phase keeps it too, so the saved
            // session stays and a later run resumes at this question.
            step.say(.safety, safety.responses.stoppedGoodbye)
            step.state.phase = .stoppedAfterSafety(node: node.id)
            step.events.append(.ended(.stoppedAfterSafetyResponse))
        case .unclear:
            step.say(.safety, safety.responses.choice)
        }
    }
}
