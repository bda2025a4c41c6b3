extension Engine {
    /// Responds to what the safety layer found. Returns false when the finding does not change
    /// the course of the conversation (a check-in-level signal while already talking about safety).
    func handleSafety(_ assessment: SafetyAssessment, at node: Node, _ step: inout Step) -> Bool {
        step.events.append(.safety(assessment.level, assessment.category))
        // NB: a check-in the person answers with "I'm fine" counts too: the resources at the end
        // cost nothing, and a "no" is not always the whole story.
        step.state.noteSafetyResponse(to: assessment.category)
        switch (assessment.level, step.state.phase) {
        case (.urgent, _):
            respondUrgently(to: assessment.category, resumingAt: node, &step)
            return true
        case (.checkIn, .awaitingSafetyCheckIn), (.checkIn, .awaitingSafetyChoice):
            return false
        case (.checkIn, _):
            // NB: asked again every time a signal comes back, however often the person said no before.
            step.state.phase = .awaitingSafetyCheckIn(node: node.id, category: assessment.category)
            step.say(.safety, SafetyMessages.checkInQuestion(for: assessment.category))
            return true
        }
    }

    func respondUrgently(to category: SafetyCategory, resumingAt node: Node, _ step: inout Step) {
        if let preface = script.script.safety.preface { step.say(.safety, preface.value) }
        step.say(.safety, SafetyMessages.acknowledgement(for: category))
        sayResources(for: category, &step)
        step.say(.safety, SafetyMessages.choice)
        step.state.phase = .awaitingSafetyChoice(node: node.id)
    }

    func sayResources(for category: SafetyCategory?, _ step: inout Step) {
        sayResources(SafetyResources.lines(for: category), &step)
    }

    /// The resources for several categories at once: each category's lines in turn, every line once.
    func sayResources(for categories: [SafetyCategory], _ step: inout Step) {
        var seen: Set<String> = []
        sayResources(categories.flatMap(SafetyResources.lines(for:)).filter { seen.insert($0).inserted }, &step)
    }

    private func sayResources(_ lines: [String], _ step: inout Step) {
        let all = lines + script.script.safety.resources.map(\.value)
        step.say(.safety, ([SafetyMessages.resourcesHeading] + all.map { "  - \($0)" }).joined(separator: "\n"))
    }

    func answerCheckIn(_ text: String, category: SafetyCategory, at node: Node, _ step: inout Step) {
        switch SafetyReplyReader.read(text) {
        case .no:
            step.state.safetyCheckInsDeclined += 1
            step.say(.safety, SafetyMessages.declinedCheckIn)
            step.state.phase = .awaitingReply(node: node.id)
            repeatQuestion(node, &step)
        case .yes, .unclear:
            // NB: an unclear answer to "are you safe?" is treated as a yes: resources cost nothing.
            step.events.append(.safety(.urgent, category))
            respondUrgently(to: category, resumingAt: node, &step)
        }
    }

    func chooseAfterSafety(_ text: String, at node: Node, _ step: inout Step) {
        switch SafetyReplyReader.readChoice(text) {
        case .goOn:
            step.say(.say, "Okay. Let's pick up where we were, and take it gently.")
            step.state.phase = .awaitingReply(node: node.id)
            repeatQuestion(node, &step)
        case .stop:
            // The goodbye promises the answers are kept: the phase keeps the place too, so the
            // saved session stays and a later run resumes at this question.
            step.say(.safety, SafetyMessages.stoppedGoodbye)
            step.state.phase = .stoppedAfterSafety(node: node.id)
            step.events.append(.ended(.stoppedAfterSafetyResponse))
        case .unclear:
            step.say(.safety, SafetyMessages.choice)
        }
    }
}
