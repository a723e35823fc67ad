-- Frontline curriculum map: the qualification's study notes (000..004) as units,
-- and each key concept ("concept") and each examiner marking point or exam tip ("marking") as a
-- point, mapped to the rubric principle ids a role-play can credit or breach.
-- Points a conversation cannot show have principles = {} and a why_not.
-- Slugs: "mark-" = examiner marking point, "tip-" = exam tip, anything else = key concept.

-- Unit 1 ----------------------------------------------------------------------------------------

unit "u1" { title = "Apply policies and legislation to service improvement", note = "000" }

point "u1.service-principles" {
  unit = "u1", kind = "concept",
  text = "Applies the core values of customer service (empathy, responsiveness, reliability) to the situation in front of them.",
  principles = { "heat.empathise", "service.responsiveness", "service.reliability" },
}

point "u1.complaint-handling" {
  unit = "u1", kind = "concept",
  text = "Follows the formal complaint process: logs the complaint, investigates it and escalates when needed.",
  principles = { "complaint.log", "complaint.acknowledge", "complaint.investigate", "policy.complaint-sla",
                 "policy.escalation", "service.escalate-clearly" },
}

point "u1.service-improvement" {
  unit = "u1", kind = "concept",
  text = "Uses customer feedback and complaint data to find what needs improving and to get it changed.",
  principles = { "complaint.learn" },
}

point "u1.communication" {
  unit = "u1", kind = "concept",
  text = "Listens actively, communicates clearly and adapts the way they communicate to each customer's needs.",
  principles = { "heat.hear", "service.questioning", "service.clear-language", "eqa.reasonable-adjustments" },
}

point "u1.legislation" {
  unit = "u1", kind = "concept",
  text = "Knows the main laws behind customer service (Consumer Rights Act 2015, Data Protection Act 2018 and UK GDPR, Equality Act 2010) and applies them.",
  principles = { "cra.satisfactory-quality", "cra.short-term-reject", "dpa.verify-identity", "dpa.minimisation",
                 "eqa.reasonable-adjustments", "eqa.direct-discrimination" },
}

point "u1.tip-link-rules-to-improvement" {
  unit = "u1", kind = "marking",
  text = "Portfolio evidence ties each rule to a concrete improvement, such as staff training, complaint handling or communication methods.",
  principles = {},
  why_not = "This is about how portfolio evidence is written up after the event; a conversation with a customer cannot show it.",
}

point "u1.tip-rules-matrix" {
  unit = "u1", kind = "marking",
  text = "Uses a table or matrix to cross-reference rules against their impact, showing systematic analysis.",
  principles = {},
  why_not = "Building a cross-reference table is a written analysis task, not something done in a customer conversation.",
}

point "u1.tip-rule-and-consequence" {
  unit = "u1", kind = "marking",
  text = "In reflective accounts and professional discussions, names both the rule and what goes wrong if it is ignored.",
  principles = {},
  why_not = "The simulator's feedback and debrief show each rule's consequence for the customer and the business, but no choice in a conversation demonstrates the learner explaining it to an assessor.",
}

point "u1.mark-organisational-rules" {
  unit = "u1", kind = "marking",
  text = "Identifies the organisational rules that apply (complaints procedure, service standards, codes of conduct); in a role-play this shows as applying the right rule at the right moment.",
  principles = { "policy.complaint-sla", "policy.service-standards", "policy.escalation", "policy.log-contact" },
}

point "u1.mark-legislation-influence" {
  unit = "u1", kind = "marking",
  text = "Shows knowledge of key legislation (data protection, health and safety, equality law) and how it directly shapes the service given.",
  principles = { "dpa.verify-identity", "dpa.minimisation", "dpa.breach-report", "hswa.customer-safety",
                 "hswa.safety-risk", "hswa.staff-safety", "eqa.reasonable-adjustments" },
}

point "u1.mark-external-regulation" {
  unit = "u1", kind = "marking",
  text = "Gives practical examples of how external rules, such as ombudsman requirements and sector standards, shape what the service does and how.",
  principles = { "complaint.signpost", "policy.complaint-sla", "service.sla", "energy.gsop-appointments",
                 "energy.priority-services", "energy.ability-to-pay", "energy.prepayment-safeguards",
                 "psr.unauthorised-refund" },
}

-- Unit 2 ----------------------------------------------------------------------------------------

unit "u2" { title = "Apply the organisation's customer service policies and procedures", note = "001" }

point "u2.needs-and-questioning" {
  unit = "u2", kind = "concept",
  text = "Finds out what the customer needs and expects by questioning well and listening actively.",
  principles = { "service.questioning", "heat.hear", "service.expectations" },
}

point "u2.service-principles" {
  unit = "u2", kind = "concept",
  text = "Applies the principles of customer service: reliability, responsiveness and empathy.",
  principles = { "service.reliability", "service.responsiveness", "heat.empathise" },
}

point "u2.complaint-cycle" {
  unit = "u2", kind = "concept",
  text = "Resolves complaints with a structured approach such as the complaint-handling cycle.",
  principles = { "complaint.log", "complaint.acknowledge", "complaint.investigate", "complaint.resolve",
                 "complaint.signpost", "complaint.follow-up" },
}

point "u2.monitor-and-improve" {
  unit = "u2", kind = "concept",
  text = "Gathers feedback on the service and uses it to make changes.",
  principles = { "complaint.follow-up", "complaint.learn" },
}

point "u2.communication" {
  unit = "u2", kind = "concept",
  text = "Communicates effectively with customers using suitable verbal and non-verbal techniques.",
  principles = { "service.clear-language", "service.professional", "heat.hear" },
}

point "u2.tip-name-policies" {
  unit = "u2", kind = "marking",
  text = "Refers to specific policy documents by name to show compliance; in a role-play, tells the customer which policy applies and what it allows.",
  principles = { "policy.refund-limit", "policy.complaint-sla", "policy.escalation" },
}

point "u2.tip-workplace-examples" {
  unit = "u2", kind = "marking",
  text = "Uses real workplace examples to show how procedures were followed, the steps taken and why each step mattered.",
  principles = {},
  why_not = "Needs evidence from the learner's real job; a simulated conversation is not a workplace example.",
}

point "u2.tip-structure-written-answers" {
  unit = "u2", kind = "marking",
  text = "Structures written answers so that each action is linked to the service standard or legal requirement behind it.",
  principles = {},
  why_not = "This is about the structure of a written assessment, which a conversation cannot show.",
}

point "u2.tip-stay-updated" {
  unit = "u2", kind = "marking",
  text = "Can explain how they keep up with changes to service rules and, as a supervisor, how they make sure the team follows them.",
  principles = {},
  why_not = "Keeping up to date and managing a team's compliance happen over time, outside any single customer conversation.",
}

point "u2.tip-annotated-evidence" {
  unit = "u2", kind = "marking",
  text = "Collects real work examples for each rule or procedure and annotates them with the exact policy followed.",
  principles = {},
  why_not = "Collecting and annotating portfolio evidence is an assessment activity, not customer-facing behaviour.",
}

point "u2.tip-witness-evidence" {
  unit = "u2", kind = "marking",
  text = "Uses witness testimony or call recordings that confirm the correct process was followed.",
  principles = {},
  why_not = "Witness statements and call recordings come from real work; a role-play transcript may support them but cannot replace them.",
}

point "u2.tip-reflect-why" {
  unit = "u2", kind = "marking",
  text = "In reflective accounts, explains why each rule exists and what happens if it is not followed, not just what was done.",
  principles = {},
  why_not = "Reflective writing happens after the interaction; the simulator shows reasons and consequences as feedback but the learner does not write the explanation.",
}

point "u2.tip-exact-wording" {
  unit = "u2", kind = "marking",
  text = "Knows the exact wording of key rules (limits, timescales) well enough to quote them accurately to a customer.",
  principles = { "policy.refund-limit", "policy.goodwill-limit", "policy.complaint-sla", "service.expectations" },
}

point "u2.mark-standards-in-scenarios" {
  unit = "u2", kind = "marking",
  text = "Understands the organisation's customer service standards and how they apply across different situations.",
  principles = { "policy.service-standards", "policy.log-contact", "service.professional" },
}

point "u2.mark-follows-procedures" {
  unit = "u2", kind = "marking",
  text = "Follows specific procedures during customer interactions, such as the greeting, the complaint-resolution steps and data-handling protocols.",
  principles = { "policy.service-standards", "complaint.log", "complaint.acknowledge", "policy.data-handling",
                 "dpa.minimisation" },
}

point "u2.mark-apply-policies" {
  unit = "u2", kind = "marking",
  text = "Finds, interprets and applies the relevant policy (for example the refund or confidentiality policy) in a real situation.",
  principles = { "policy.refund-limit", "cra.short-term-reject", "policy.data-handling", "policy.security-questions",
                 "policy.authorised-person", "dpa.verify-identity" },
}

point "u2.mark-consequences-known" {
  unit = "u2", kind = "marking",
  text = "Knows the consequences of not complying with organisational and legal requirements such as data protection or health and safety.",
  principles = {},
  why_not = "Knowing consequences is checked by questioning the learner; the simulator teaches consequences in its feedback, but no conversational choice evidences that knowledge.",
}

point "u2.mark-reference-policies" {
  unit = "u2", kind = "marking",
  text = "Refers to specific organisational policies or procedures when describing how they followed the rules with real customers.",
  principles = {},
  why_not = "This is about how the learner describes past real interactions to an assessor, not about the interaction itself.",
}

point "u2.mark-consistent-protocols" {
  unit = "u2", kind = "marking",
  text = "Applies service protocols (call opening, data protection checks, complaint-handling steps) consistently across several interactions.",
  principles = { "policy.service-standards", "policy.security-questions", "dpa.verify-identity", "complaint.log" },
}

point "u2.mark-non-standard-request" {
  unit = "u2", kind = "marking",
  text = "Handles a non-standard request by checking the guidelines, staying within their authority and getting approval before departing from a rule.",
  principles = { "service.limits-of-authority", "service.seek-approval", "policy.escalation", "service.escalate-clearly" },
}

point "u2.mark-states-two-rules" {
  unit = "u2", kind = "marking",
  text = "States at least two relevant customer service rules from the organisation's policy; in a role-play, explains them to the customer.",
  principles = { "policy.security-questions", "policy.refund-limit", "policy.complaint-sla", "policy.goodwill-limit" },
}

-- Unit 3 ----------------------------------------------------------------------------------------

unit "u3" { title = "Principles of customer service: law, ethics and service records", note = "002" }

point "u3.needs-and-expectations" {
  unit = "u3", kind = "concept",
  text = "Finds out what customers want through questioning and active listening, and meets or exceeds their expectations.",
  principles = { "service.questioning", "heat.hear", "service.expectations" },
}

point "u3.communication-skills" {
  unit = "u3", kind = "concept",
  text = "Uses tone of voice, body language and written wording to come across as professional and clear.",
  principles = { "service.professional", "service.clear-language" },
}

point "u3.complaint-steps" {
  unit = "u3", kind = "concept",
  text = "Handles complaints in a structured way: acknowledges the problem, apologises, finds a solution and follows up.",
  principles = { "complaint.acknowledge", "heat.apologise", "complaint.resolve", "complaint.follow-up" },
}

point "u3.standards-law-and-policy" {
  unit = "u3", kind = "concept",
  text = "Keeps service consistent and fair by following organisational policy and the law, including data protection and equality law; compliance is every staff member's personal duty.",
  principles = { "policy.service-standards", "dpa.verify-identity", "dpa.minimisation", "dpa.s170",
                 "dpa.s173", "eqa.reasonable-adjustments", "eqa.direct-discrimination" },
}

point "u3.relationships" {
  unit = "u3", kind = "concept",
  text = "Builds trust and loyalty through reliability, empathy and going the extra mile.",
  principles = { "service.reliability", "heat.empathise", "service.moment-of-truth" },
}

point "u3.tip-link-to-law-and-policy" {
  unit = "u3", kind = "marking",
  text = "In written assignments, links each explanation to specific legislation or organisational policy.",
  principles = {},
  why_not = "This concerns how written assignments are argued; a conversation cannot show it.",
}

point "u3.tip-concrete-examples" {
  unit = "u3", kind = "marking",
  text = "Uses concrete workplace or case-study examples to explain why things like tone and clarity matter.",
  principles = {},
  why_not = "Explaining the 'why' in an assignment is a written skill; the role-play shows good tone and clarity (see u3.communication-skills) but not the explanation.",
}

point "u3.tip-record-purpose" {
  unit = "u3", kind = "marking",
  text = "Knows why each record is kept and what poor record-keeping leads to, such as a data breach; in a role-play, records the right things and treats a misdirected disclosure as a breach.",
  principles = { "policy.log-contact", "dpa.accurate-notes", "dpa.breach-report" },
}

point "u3.mark-impact-on-satisfaction" {
  unit = "u3", kind = "marking",
  text = "Shows how customer service principles directly affect customer satisfaction and the organisation's reputation.",
  principles = { "service.moment-of-truth", "service.first-contact-resolution", "heat.own" },
}

point "u3.mark-legal-requirements" {
  unit = "u3", kind = "marking",
  text = "Identifies the legal requirements (UK GDPR, Equality Act) that apply and applies them correctly in the interaction, not just in general terms.",
  principles = { "dpa.verify-identity", "dpa.third-party-authority", "dpa.sar", "dpa.complaints-duty",
                 "eqa.reasonable-adjustments", "eqa.direct-discrimination", "eqa.harassment" },
}

point "u3.mark-recording-information" {
  unit = "u3", kind = "marking",
  text = "Records customer information systematically: keeps facts separate from opinions, corrects what is wrong, stores it securely, uses it to resolve the issue and shares it only as policy allows.",
  principles = { "policy.log-contact", "dpa.accurate-notes", "dpa.rectification", "policy.data-handling",
                 "dpa.minimisation", "dpa.third-party-authority" },
}

-- Unit 4 ----------------------------------------------------------------------------------------

unit "u4" { title = "The organisation and its regulatory environment", note = "003" }

point "u4.service-excellence" {
  unit = "u4", kind = "concept",
  text = "Delivers consistent, high-quality service that meets or exceeds expectations, treating each contact as a moment of truth.",
  principles = { "service.moment-of-truth", "service.reliability", "service.expectations" },
}

point "u4.heat" {
  unit = "u4", kind = "concept",
  text = "Uses the HEAT model with an unhappy customer: hear them out, empathise, apologise and take ownership.",
  principles = { "heat.hear", "heat.empathise", "heat.apologise", "heat.own" },
}

point "u4.legislation" {
  unit = "u4", kind = "concept",
  text = "Knows the key laws (Consumer Rights Act 2015, Equality Act 2010, Data Protection Act 2018) and how they change what happens in a service interaction.",
  principles = { "cra.short-term-reject", "cra.repair-or-replace", "cra.final-right", "ucp.misleading-rights",
                 "eqa.reasonable-adjustments", "dpa.verify-identity" },
}

point "u4.slas" {
  unit = "u4", kind = "concept",
  text = "Works to service level agreements so customers know what to expect and when; in a role-play, promises realistic timescales and meets them (monitoring and reporting performance is outside a conversation).",
  principles = { "service.sla", "policy.complaint-sla", "service.expectations" },
}

point "u4.continuous-improvement" {
  unit = "u4", kind = "concept",
  text = "Uses feedback (surveys, mystery shopping, complaints) and improvement models such as Plan-Do-Check-Act; in a role-play, spots a recurring cause and feeds it back.",
  principles = { "complaint.learn" },
}

point "u4.tip-name-the-framework" {
  unit = "u4", kind = "marking",
  text = "In scenario answers, names the regulatory framework that applies and says exactly how it changes the interaction; in a role-play, explains the customer's rights correctly.",
  principles = { "cra.short-term-reject", "complaint.signpost", "ucp.misleading-rights", "dpa.sar" },
}

point "u4.tip-customer-journey-handoffs" {
  unit = "u4", kind = "marking",
  text = "Traces the customer journey and pinpoints where hand-offs between departments happen and what can go wrong; in a role-play, makes those hand-offs cleanly.",
  principles = { "service.escalate-clearly", "policy.escalation", "heat.own" },
}

point "u4.mark-regulatory-impact" {
  unit = "u4", kind = "marking",
  text = "Shows a thorough grasp of specific regulatory requirements (GDPR, consumer rights law) and their direct impact on service, with concrete examples.",
  principles = { "dpa.verify-identity", "dpa.sar", "dpa.complaints-duty", "cra.short-term-reject",
                 "cra.proof-of-purchase", "cra.six-month-presumption", "psr.unauthorised-refund",
                 "psr.customer-liability", "energy.gsop-appointments", "energy.priority-services" },
}

point "u4.mark-departments" {
  unit = "u4", kind = "marking",
  text = "Knows the role of each department in the customer journey and the knock-on effects when processes between them fail; in a role-play, routes issues to the right team (supervisor, data protection, fraud).",
  principles = { "policy.escalation", "service.escalate-clearly", "dpa.breach-report", "dpa.sar" },
}

point "u4.mark-best-practice" {
  unit = "u4", kind = "marking",
  text = "Researches industry best practice (Customer Service Excellence standard, ISO 23592) and uses it to update their knowledge and improve service.",
  principles = {},
  why_not = "Researching standards and continuing professional development happen outside a customer conversation.",
}

-- Unit 5 ----------------------------------------------------------------------------------------

unit "u5" { title = "Customer service delivery, structures and legislation", note = "004" }

point "u5.customer-journey" {
  unit = "u5", kind = "concept",
  text = "Makes every touchpoint, from first contact to follow-up after the service, consistently positive and seamless.",
  principles = { "service.moment-of-truth", "service.first-contact-resolution", "complaint.follow-up" },
}

point "u5.conflict-resolution" {
  unit = "u5", kind = "concept",
  text = "De-escalates difficult situations and resolves complex complaints, turning a bad experience into a good outcome.",
  principles = { "heat.hear", "heat.empathise", "service.professional", "complaint.resolve", "policy.abusive-contact" },
}

point "u5.relationships" {
  unit = "u5", kind = "concept",
  text = "Builds loyalty and trust with proactive and reactive service, such as keeping promises and following up without being chased.",
  principles = { "service.reliability", "service.responsiveness", "complaint.follow-up" },
}

point "u5.standards-and-improvement" {
  unit = "u5", kind = "concept",
  text = "Works to defined service standards and helps monitor and improve them.",
  principles = { "policy.service-standards", "service.sla", "complaint.learn" },
}

point "u5.legal-ethical" {
  unit = "u5", kind = "concept",
  text = "Follows the law (GDPR, Consumer Rights Act), organisational policy and ethical principles so service is fair, transparent and compliant.",
  principles = { "dpa.minimisation", "cra.refund-same-method", "ucp.misleading-rights", "policy.data-handling" },
}

point "u5.tip-theory-in-context" {
  unit = "u5", kind = "marking",
  text = "In written assignments, links theory to a real or simulated workplace.",
  principles = {},
  why_not = "This is about writing assignments; a role-play supplies a simulated context but does not show the written link.",
}

point "u5.tip-three-acts-pee" {
  unit = "u5", kind = "marking",
  text = "Memorises at least three key Acts and answers legislation questions using Point, Evidence, Explain.",
  principles = {},
  why_not = "Recall and the PEE answer structure are exam-writing skills; applying the Acts in conversation is covered by u5.mark-apply-legislation.",
}

point "u5.mark-brand-values" {
  unit = "u5", kind = "marking",
  text = "Links customer service practice to the organisation's brand values with specific examples; in a role-play, serves the customer the way the organisation's standards promise.",
  principles = { "policy.service-standards", "service.moment-of-truth" },
}

point "u5.mark-internal-structures" {
  unit = "u5", kind = "marking",
  text = "Shows how internal structures such as escalation procedures and communication channels affect what happens to the customer.",
  principles = { "policy.escalation", "service.escalate-clearly", "service.limits-of-authority",
                 "eqa.reasonable-adjustments" },
}

point "u5.mark-apply-legislation" {
  unit = "u5", kind = "marking",
  text = "Correctly identifies and applies the relevant legislation (such as the Consumer Rights Act) to a given service situation and justifies the choice.",
  principles = { "cra.short-term-reject", "cra.repair-or-replace", "cra.final-right", "cra.refund-14-days",
                 "cra.no-fee", "cra.proof-of-purchase", "cra.retailer-liable", "cra.risk-until-delivery",
                 "cra.services-care-skill", "cra.repeat-performance", "ccr.cancellation-14-days",
                 "ccr.refund-on-cancellation", "ucp.aggressive" },
}
