/// Runs a validated script: a pure step from (state, input) to (messages, events, new state).
///
/// The engine reads no clock, no files and no global randomness; re-ask wordings come from the
/// seeded generator in the state, so the same inputs always give the same conversation.
///
///     let engine = try Engine(script: script)
///     var turn = engine.start(seed: 42)
///     turn = try engine.respond(to: .reply("I lied to her"), in: turn.state)
public struct Engine: Sendable {
    /// Replies longer than this many characters are read only this far.
    public static let maximumReplyLength = 2_000

    public let script: ValidatedScript
    public let safety: SafetyLayer

    public init(script: ValidatedScript, safety: SafetyLayer) {
        self.script = script
        self.safety = safety
    }

    /// - Throws: only if the built-in safety data does not compile, which its tests rule out.
    public init(script: ValidatedScript) throws(SafetyDataError) {
        self.init(script: script, safety: try SafetyLayer())
    }

    /// The opening: what Coach is, what it is not, where to get help, then the first question.
    public func start(seed: UInt64) -> Turn {
        var step = Step(state: ConversationState(phase: .finished(.reachedEnd), seed: seed))
        let meta = script.script
        step.say(.info, meta.title)
        step.say(.info, meta.disclaimer)
        if let source = meta.source {
            step.say(
                .info,
                "The steps we'll walk through come from \u{201C}\(source.title)\u{201D} by \(source.author), in my own words.")
        }
        step.say(.safety, Engine.notForEmergencies)
        step.say(.info, "Type /help to see what you can do, or /quit to leave at any time.")
        enter(meta.start.value, &step)
        return step.turn
    }

    static let notForEmergencies =
        "Coach is not for emergencies. If you are in danger or thinking about harming yourself, call your local emergency number now; /resources lists crisis lines."

    /// Takes one reply or command.
    /// - Throws: `EngineError` when the input does not fit the phase (a reply after the end, or
    ///   after stopping at a safety response) or the state names a node this script lacks.
    public func respond(to input: UserInput, in state: ConversationState) throws(EngineError) -> Turn {
        var step = Step(state: state)
        // NB: saturating: a saved state can say anything, and a counter must not crash a chat.
        step.state.turn = step.state.turn.addingSaturated(1)
        switch input {
        case .command(let command):
            try run(command, &step)
        case .reply(let text):
            try reply(text, &step)
        }
        return step.turn
    }

    private func reply(_ text: String, _ step: inout Step) throws(EngineError) {
        guard let nodeID = step.state.phase.node else { throw .conversationFinished }
        switch step.state.phase {
        case .stoppedAfterSafety, .left: throw .conversationStopped
        default: break
        }
        guard let node = script.node(nodeID) else { throw .unknownNode(nodeID) }
        var considered = text
        if text.count > Engine.maximumReplyLength {
            considered = String(text.prefix(Engine.maximumReplyLength))
            step.say(.info, "That was a long message; I read the first \(Engine.maximumReplyLength) characters.")
        }
        guard considered.contains(where: { $0.isLetter || $0.isNumber || $0.isSymbol }) else {
            step.say(.say, "Take your time. Whenever you're ready:")
            repeatQuestion(node, &step)
            return
        }
        let words = TextNormalizer.words(in: considered)
        // NB: one reading per reply: the check-in also needs every signal found, not only the strongest.
        let heard = safety.explain(words: words)
        if let assessment = heard.assessment, handleSafety(assessment, heard: heard.found, in: considered, at: node, &step) {
            return
        }
        switch step.state.phase {
        case .awaitingReply:
            if QuestionAboutTheQuestion.english.isAsked(by: words, about: node.questionText) {
                explain(node, &step)
                return
            }
            answer(considered, words: words, at: node, &step)
        case .awaitingClarification(_, let candidates, let pendingReply):
            clarify(words, candidates: candidates, pendingReply: pendingReply, at: node, &step)
        case .awaitingConfirmation(_, let intent):
            answerConfirmation(considered, words: words, intent: intent, at: node, &step)
        case .awaitingSafetyCheckIn(_, let category, let pendingReply):
            answerCheckIn(
                words, heard: heard.found.map(\.category), category: category, pendingReply: pendingReply, at: node,
                &step)
        case .awaitingSafetyChoice:
            chooseAfterSafety(considered, at: node, &step)
        case .stoppedAfterSafety, .left:
            throw .conversationStopped
        case .finished:
            throw .conversationFinished
        }
    }

    /// Routes an answer to the node's question.
    func answer(_ text: String, words: [TextNormalizer.Word], at node: Node, _ step: inout Step) {
        guard let ask = node.ask, let scope = script.scope(at: node.id) else { return }
        let classification = script.classifier.classify(words: words, in: scope)
        switch classification.outcome {
        case .intent(let intent):
            if let target = target(for: intent, at: node, step.state) {
                step.events.append(.choseIntent(intent, score: classification.score))
                // A global route ("I want to stop") leaves the question unanswered: nothing is saved.
                let isGlobal = !(ask.routes.contains { $0.intent.value == intent && holds($0.condition, step.state) })
                move(
                    to: target, answering: node, with: isGlobal ? nil : text, intent: intent,
                    captures: classification.typedCaptures(of: intent, in: text),
                    leaving: isGlobal, &step)
                return
            }
        case .clarify(let candidates):
            let targets = Set(candidates.compactMap { target(for: $0, at: node, step.state) })
            if let question = ask.clarify, targets.count > 1 {
                step.events.append(.clarifying(candidates))
                step.state.phase = .awaitingClarification(node: node.id, candidates: candidates, pendingReply: text)
                step.say(.say, render(question.value, step.state))
                return
            }
            if let first = candidates.first, let target = target(for: first, at: node, step.state) {
                step.events.append(.choseIntent(first, score: classification.score))
                move(
                    to: target, answering: node, with: text, intent: first,
                    captures: classification.typedCaptures(of: first, in: text),
                    &step)
                return
            }
        case .confirm(let intent):
            if confirm(intent, reply: text, at: node, &step) { return }
            fallthrough
        case .fallback:
            if ask.routes.isEmpty, let target = branch(node.next, step.state) {
                // An open question: any reply is an answer, acknowledged as the script says.
                let heard = acknowledgement(of: words, typed: text, at: node, &step)
                move(
                    to: target, answering: node, with: text, intent: nil, captures: heard?.captures ?? [],
                    acknowledging: heard, &step)
                return
            }
        }
        miss(text, at: node, &step)
    }

    /// A reply that matched nothing: re-ask in other words, or after enough misses move on.
    private func miss(_ text: String, at node: Node, _ step: inout Step) {
        step.state.misses = step.state.misses.addingSaturated(1)
        step.events.append(.fellBack(misses: step.state.misses))
        if let ask = node.ask, step.state.misses >= ask.fallbackAfter, let target = ask.fallbackTarget {
            move(to: target.value, answering: node, with: text, intent: nil, captures: [], &step)
            return
        }
        step.state.phase = .awaitingReply(node: node.id)
        reask(node, &step)
    }

    /// Reads the answer to a clarifying question. It is a question of its own, so every route
    /// of the node is heard again ("something I did" may name an intent that was not in the running).
    private func clarify(
        _ words: [TextNormalizer.Word], candidates: [String], pendingReply: String, at node: Node, _ step: inout Step
    ) {
        guard let scope = script.scope(at: node.id) else { return }
        let classification = script.classifier.classify(words: words, in: scope)
        if case .intent(let intent) = classification.outcome, let target = target(for: intent, at: node, step.state) {
            step.events.append(.choseIntent(intent, score: classification.score))
            move(to: target, answering: node, with: pendingReply, intent: intent, captures: [], &step)
            return
        }
        step.state.phase = .awaitingReply(node: node.id)
        miss(pendingReply, at: node, &step)
    }

    /// The node an intent leads to from here: the node's first route for it whose condition
    /// holds, else a global route.
    func target(for intent: String, at node: Node, _ state: ConversationState) -> String? {
        let routes = (node.ask?.routes ?? []) + script.script.globalRoutes
        return routes.first { $0.intent.value == intent && holds($0.condition, state) }?.target.value
    }

    func branch(_ branches: [Branch], _ state: ConversationState) -> String? {
        branches.first { holds($0.condition, state) }?.target.value
    }

    /// The messages of a `say` whose conditions hold, in order.
    func shown(_ messages: [Message], _ state: ConversationState) -> [Located<String>] {
        messages.filter { holds($0.condition, state) }.map(\.text)
    }

    /// What a node says on arriving, rendered: its messages whose conditions hold.
    func arrival(_ node: Node, _ state: ConversationState) -> [String] {
        shown(node.say, state).map { render($0.value, state) }
    }

    func holds(_ condition: Condition?, _ state: ConversationState) -> Bool {
        guard let condition else { return true }
        let saved = state.answers[condition.answer.value]
        let result: Bool
        if let intent = condition.intent { result = saved?.intent == intent.value } else { result = saved != nil }
        return condition.isNegated ? !result : result
    }

    /// Leaves a question for `target`, saving the answer and remembering the way back.
    /// - Parameters:
    ///   - text: the answer to save, or nil to save nothing.
    ///   - leaving: a global route ("I have to go"): if it ends the conversation, the place is
    ///     kept (`Phase.left(node:)`), and the question is no step on the way back.
    ///   - acknowledging: said once the answer is saved, before the next node speaks.
    func move(
        to target: String, answering node: Node, with text: String?, intent: String?, captures: [String],
        leaving: Bool = false, acknowledging heard: HeardAnswer? = nil, _ step: inout Step
    ) {
        let wayBack = ConversationState.Snapshot(
            phase: .awaitingReply(node: node.id), answers: step.state.answers,
            answerOrder: step.state.answerOrder, captures: step.state.captures, memory: step.state.memory)
        if let name = node.ask?.save?.value, let text {
            step.state.save(text, intent: intent, as: name, at: node.id)
            step.events.append(.savedAnswer(name))
        }
        step.state.captures = captures
        step.state.misses = 0
        if let heard { say(heard, &step) }
        enter(target, leavingFrom: leaving ? node.id : nil, &step)
        if case .left = step.state.phase { return }
        step.state.history.append(wayBack)
        // NB: a script that loops (question, statement, question) would grow the way back, and
        // the saved state with it, turn after turn; /back reaches the last hundred questions.
        if step.state.history.count > ConversationState.historyLimit {
            step.state.history.removeFirst(step.state.history.count - ConversationState.historyLimit)
        }
    }

    /// What the coach says when someone leaves before the end.
    static let placeIsKept = "Your place is kept: start Coach again whenever you want to go on (coach forget deletes it)."

    /// Says a node and every statement after it, stopping at a question or an end.
    /// - Parameter question: the question a global route left; an end reached from it keeps the
    ///   place instead of finishing.
    func enter(_ id: String, leavingFrom question: String? = nil, _ step: inout Step) {
        var current = id
        // NB: validation forbids circles of statements; the bound keeps a bad state from spinning.
        for _ in 0...script.script.nodes.count {
            guard let node = script.node(current) else {
                step.say(.info, EngineError.unknownNode(current).description)
                step.state.phase = .finished(.reachedEnd)
                return
            }
            step.events.append(.reachedNode(node.id))
            for text in arrival(node, step.state) { step.say(.say, text) }
            if node.isEnd {
                remindOfResources(&step)
                if let question {
                    step.state.phase = .left(node: question)
                    step.events.append(.ended(.left))
                    step.say(.info, Engine.placeIsKept)
                } else {
                    step.state.phase = .finished(.reachedEnd)
                    step.events.append(.ended(.reachedEnd))
                }
                return
            }
            if node.ask != nil {
                step.state.phase = .awaitingReply(node: node.id)
                return
            }
            guard let next = branch(node.next, step.state) else { break }
            current = next
        }
        step.state.phase = .finished(.reachedEnd)
    }

    func reask(_ node: Node, _ step: inout Step) {
        guard let ask = node.ask, !ask.reask.isEmpty else {
            step.say(.say, "I'm not sure I understood. Could you say a little more?")
            repeatQuestion(node, &step)
            return
        }
        let index = variantIndex(of: ask.reask.count, ask.reaskOrder, list: "\(node.id)/reask", drawsForOne: true, &step)
        step.say(.say, render(ask.reask[index].value, step.state))
    }

    /// A reply asked about the question ("what do you mean?"): the node's explanation, then the
    /// question again. Nothing is saved and it is no miss. Without `explain`, another wording
    /// (`reask`) or the question itself is what the coach can offer.
    private func explain(_ node: Node, _ step: inout Step) {
        step.events.append(.explainedQuestion)
        let explanation = node.ask?.explain ?? []
        if explanation.isEmpty, let ask = node.ask, !ask.reask.isEmpty {
            let index = variantIndex(of: ask.reask.count, ask.reaskOrder, list: "\(node.id)/reask", drawsForOne: true, &step)
            step.say(.say, render(ask.reask[index].value, step.state))
            return
        }
        for message in explanation { step.say(.say, render(message.value, step.state)) }
        repeatQuestion(node, &step)
    }

    /// The node's last message again: by convention, the question itself.
    func repeatQuestion(_ node: Node, _ step: inout Step) {
        if let question = shown(node.say, step.state).last { step.say(.say, render(question.value, step.state)) }
    }

    func render(_ template: String, _ state: ConversationState) -> String {
        Template.render(
            template, answers: state.answers, captures: state.captures, reflection: script.script.reflection,
            journal: { journal(state) })
    }
}

/// A turn under construction.
struct Step {
    var state: ConversationState
    var messages: [CoachMessage] = []
    var events: [TurnEvent] = []

    mutating func say(_ kind: CoachMessage.Kind, _ text: String) {
        messages.append(CoachMessage(kind, text))
    }

    var turn: Turn { Turn(messages: messages, events: events, state: state) }
}
