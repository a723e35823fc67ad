-- Service principles: good customer service practice (clear communication,
-- reliability, service levels, and working within your authority).

principle "service.clear-language" {
  kind = "principle",
  group = "Service principles",
  title = "Use clear, plain language",
  requires = "Explain things in plain words the customer understands, without jargon or codes, and check they have understood.",
  consequence = {
    customer = "Is confused, may make the wrong decision or miss something they need to do.",
    business = "More calls back, mistakes and complaints that clear information would have prevented.",
  },
  source = "Customer Service Excellence standard, criterion 3 (Information and Access)",
  weight = 1,
  critical = false,
}

principle "service.expectations" {
  kind = "principle",
  group = "Service principles",
  title = "Set realistic expectations",
  requires = "Tell the customer honestly what will happen next and how long it will take. Do not promise more than you can deliver.",
  consequence = {
    customer = "Waits for something that was never going to happen on time and feels let down.",
    business = "Broken promises turn into complaints and lost trust, even when the final outcome is fair.",
  },
  source = "ISO 23592:2021 Service excellence (keep promises, meet expectations)",
  weight = 2,
  critical = false,
}

principle "service.professional" {
  kind = "principle",
  group = "Service principles",
  title = "Stay calm and professional",
  requires = "Stay calm and polite even if the customer is not. Do not blame the customer, colleagues or other departments.",
  consequence = {
    customer = "Feels disrespected and the situation gets worse.",
    business = "Damage to its reputation, formal complaints and possible disciplinary action for the member of staff.",
  },
  source = "Customer Service Excellence standard, criterion 2 (staff professionalism and attitude)",
  weight = 2,
  critical = false,
}

principle "service.questioning" {
  kind = "principle",
  group = "Service principles",
  title = "Ask the right questions and listen",
  requires = "Use open questions to find out what the customer needs, closed questions to check details, and listen actively to the answers.",
  consequence = {
    customer = "Gets a solution to the wrong problem, or has to explain everything again.",
    business = "Wasted time, wrong outcomes and repeat contacts.",
  },
  source = "Customer service principles: active listening and effective questioning (Institute of Customer Service)",
  weight = 1,
  critical = false,
}

principle "service.responsiveness" {
  kind = "principle",
  group = "Service principles",
  title = "Respond promptly",
  requires = "Deal with the customer quickly and keep them updated, rather than leaving them waiting without news.",
  consequence = {
    customer = "Is left waiting and worrying, and may have to chase.",
    business = "Chasing calls cost money and slow responses push customers to complain or leave.",
  },
  source = "Customer Service Excellence standard, criterion 5 (Timeliness and Quality of Service)",
  weight = 1,
  critical = false,
}

principle "service.reliability" {
  kind = "principle",
  group = "Service principles",
  title = "Do what you said you would",
  requires = "Keep every promise you make, such as a call back at the time you gave. If you cannot, tell the customer before the deadline.",
  consequence = {
    customer = "Loses trust and has to chase something they were promised.",
    business = "A broken promise often becomes a complaint, and what staff tell a customer about a service can be binding on the business (Consumer Rights Act 2015 s.50).",
  },
  source = "ISO 23592:2021 Service excellence (keep promises)",
  weight = 2,
  critical = false,
}

principle "service.moment-of-truth" {
  kind = "principle",
  group = "Service principles",
  title = "Make each contact count",
  requires = "Treat every contact as a moment that shapes how the customer sees the whole organisation, and make it a good one.",
  consequence = {
    customer = "Judges the whole organisation by one poor contact.",
    business = "One bad moment can lose a customer and spread bad word of mouth.",
  },
  source = "Jan Carlzon, Moments of Truth (1987)",
  weight = 1,
  critical = false,
}

principle "service.first-contact-resolution" {
  kind = "principle",
  group = "Service principles",
  title = "Sort it first time where you can",
  requires = "If you are able to fix the problem during this contact, do it now rather than passing it on or asking the customer to come back.",
  consequence = {
    customer = "Has to make more calls or visits for something that could have been solved at once.",
    business = "Extra contacts cost money and lower customer satisfaction.",
  },
  source = "First contact resolution (FCR), a common contact-centre service measure",
  weight = 1,
  critical = false,
}

principle "service.sla" {
  kind = "principle",
  group = "Service principles",
  title = "Meet the promised timescale",
  requires = "Meet the service level or timescale your organisation has promised, such as replying to emails within two working days. Legal deadlines are the longest allowed, not a target.",
  consequence = {
    customer = "Waits longer than they were told they would.",
    business = "Misses its own published standards, which leads to complaints and, where a legal deadline is also missed, regulatory trouble.",
  },
  source = "Service level agreements and service standards (Customer Service Excellence standard, criterion 5)",
  weight = 2,
  critical = false,
}

principle "service.limits-of-authority" {
  kind = "principle",
  group = "Service principles",
  title = "Act within your authority",
  requires = "Only agree to what your role allows, such as refunds or goodwill up to your limit. If the customer needs more, escalate to someone who can agree it.",
  consequence = {
    customer = "Is promised something that is later taken back, which makes things worse.",
    business = "May be bound by what a member of staff promised, or must go back on it; the member of staff may face disciplinary action.",
  },
  source = "Organisation's limits of authority; Consumer Rights Act 2015 s.2(2) (staff act on the trader's behalf)",
  weight = 2,
  critical = false,
}

principle "service.seek-approval" {
  kind = "principle",
  group = "Service principles",
  title = "Get approval before bending a rule",
  requires = "If the situation seems to need an exception to a policy, ask a supervisor before you do it, and record who agreed it.",
  consequence = {
    customer = "Gets inconsistent treatment, and an exception may be reversed later.",
    business = "Policies are applied unevenly, which is unfair to other customers and can break legal or financial controls.",
  },
  source = "Organisational policies and procedures (exceptions need supervisory approval)",
  weight = 2,
  critical = false,
}

principle "service.escalate-clearly" {
  kind = "principle",
  group = "Service principles",
  title = "Hand over clearly when you escalate",
  requires = "When you pass a case on, give a short summary of the facts, name who now owns it and tell the customer when they will hear back.",
  consequence = {
    customer = "Has to explain everything again and does not know when anything will happen.",
    business = "Cases get lost between teams, deadlines are missed and complaints grow.",
  },
  source = "ISO 10002:2018 complaints handling (tracking and accountability); the organisation's escalation procedure",
  weight = 2,
  critical = false,
}
