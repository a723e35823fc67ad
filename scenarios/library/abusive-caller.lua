-- Frontline scenario: a caller who swears at the adviser and becomes abusive and threatening
-- over a disconnection warning letter.
-- Organisation: Northway Energy (gas and electricity supplier), phone contact centre.

scenario {
  id = "northway.abusive-caller",
  title = "The caller who won't stop swearing",
  brief = "You're on the phones in Northway Energy's contact centre. Kieran Doyle has just opened a disconnection warning letter "
    .. "about arrears on his gas and electricity account, and he is furious. "
    .. "Northway's abusive contact procedure says: warn the caller once, end the call if the abuse carries on, and report it to your team leader. "
    .. "A threat of violence needs no warning: end the call and report it at once.",
  organisation = "northway",
  role = "Customer service adviser, Northway Energy contact centre (phone)",
  level = 2,
  minutes = 10,
  topics = { "difficult-customers", "staff-safety", "record-keeping", "vulnerability", "heat" },
  customer = { name = "Kieran Doyle", look = "man-in-his-thirties", mood = 15 },
  start = "opening",
  state = {
    warned = false,
    security_done = false,
    weak_security = false,
    plan_agreed = false,
    vulnerability_noted = false,
    debt_callback = false,
    call_ended = false,
    reported = false,
    debt_letter = false,
    psr = false,
    meter_threat = false,
    meter_promise = false,
    apologised = false,
    over_collected = false,
    mistake = "none",
  },
}

node "opening" {
  narration = "The call connects. The caller is shouting before you've finished your greeting.",
  customer = "Are you the lot who sent me this? 'Disconnection warning'? Who the f*** do you think you are, threatening my family with a letter?",
  choice { "Before I can discuss any letter, I need to take you through security. What's your account number?", id = "security-first",
    go = "rant", mood = -5, set = { mistake = "security" },
    credit = "policy.security-questions",
    why = "Security has to happen before you discuss the account, so this isn't wrong. But leading with it while he's shouting "
      .. "misses the chance to calm him down. Acknowledge how he feels first." },
  choice { "Don't you f***ing swear at me.", id = "swear-back",
    go = "threat", mood = -20, set = { mistake = "swore" },
    breach = "service.professional",
    why = "Swearing back turns an angry customer into a slanging match. However he speaks to you, you stay calm and professional, "
      .. "and you use the abusive contact procedure if you need to." },
  choice { "I can hear how worried that letter's made you, Mr Doyle. I want to help sort it out. Tell me what's happened.", id = "calm-ack",
    go = "rant", mood = 10,
    credit = { "heat.hear", "heat.empathise", "service.professional" },
    why = "A calm voice and a plain acknowledgement of his worry are the quickest way to take the heat out of the call. "
      .. "The swearing isn't aimed at you yet, so start by listening." },
  choice { "Please hold.", id = "hold",
    go = "held", mood = -25, minutes = 12, set = { mistake = "held" },
    breach = { "service.professional", "heat.hear" },
    why = "Parking an angry caller on hold with no explanation, and leaving him there, is avoiding the call, not handling it. He'll come back angrier." },
  choice { "Please don't worry, Mr Doyle. Those letters go out automatically and they don't really mean anything: nobody gets cut off "
      .. "for a bit of arrears these days. Give me your account number and I'll cancel the warning for you.", id = "reassure",
    go = "rant", set = { mistake = "reassured" },
    breach = { "service.limits-of-authority", "service.expectations", "heat.hear" },
    why = "It sounds kind, but you don't know that, and cancelling a warning isn't in your gift. Promising it before you've even heard "
      .. "what's happened sets him up to be let down, and brushing his worry aside isn't listening." },
}

node "held" {
  narration = "You put him on hold and leave him there. Twelve minutes later, the line is still open.",
  customer = "Twelve minutes! Twelve minutes of that music! Is that what you do? Leave people hanging and hope they'll give up?",
  choice { "I'm sorry. Leaving you waiting was wrong of me. I do want to help with this letter. Can you tell me what's happened?", id = "sorry",
    go = "rant", mood = 10,
    credit = "heat.apologise",
    why = "Owning the long hold and turning back to his problem gives the call a chance to recover." },
  choice { "Hang up on him.", id = "hang-up",
    go = "cut_off",
    breach = { "policy.abusive-contact", "service.professional" },
    why = "He's angry, and you've made it worse, but he hasn't been warned. The procedure is to warn once before ending a call. "
      .. "Hanging up leaves his problem untouched and guarantees another, angrier call." },
}

node "rant" {
  customer = function(s)
    local t = ""
    if s.mistake == "security" then
      t = "Security? I'll give you security! "
    elseif s.mistake == "held" then
      t = "Right. "
    elseif s.mistake == "reassured" then
      t = "Don't tell me not to worry. "
    end
    return t .. "I lost my job in March. I've paid what I can every single month, and now you send me a letter saying you'll cut us off? "
      .. "I've two kids in the house! And you sit there in your cosy little office reading off a script, you useless, brainless waste of space. "
      .. "You haven't a clue, have you?"
  end,
  choice { "I can hear you're worried, Mr Doyle, and I want to help. But I won't be spoken to like that. "
      .. "If the insults carry on, I'll end the call. Can we go through it calmly?", id = "boundary",
    go = function(s)
      if s.mood >= 25 then return "calms" end
      return "continues"
    end,
    mood = 5, set = { warned = true },
    credit = { "policy.abusive-contact", "service.professional", "heat.empathise" },
    why = "One calm, clear warning: you acknowledge his worry, say what behaviour has to stop, and what will happen if it doesn't. "
      .. "That's the abusive contact procedure, and it gives him the chance to carry on properly." },
  choice { "Speak to me like that again and I'll make sure you're cut off by Friday.", id = "threaten-disconnect",
    go = "threat", mood = -25, set = { mistake = "disconnect" },
    breach = { "service.professional", "ucp.aggressive" },
    why = "Threatening a customer in arrears with disconnection to bring him into line is coercion: an aggressive practice under consumer law. "
      .. "Disconnection isn't a punishment for rudeness, and it isn't in your gift. Northway's billing policy says never threaten a customer who is struggling to pay." },
  choice { "Right. Anyway. Can I take your account number?", id = "ignore",
    go = "threat", mood = -10, set = { mistake = "ignored" },
    breach = { "heat.hear", "heat.empathise" },
    why = "He's just told you he's lost his job and has two children at home, and you've skipped straight past it. "
      .. "You've also let the insults go without a word, so he has no reason to stop." },
  choice { "I'm not listening to this. Goodbye.", id = "end-now",
    go = "cut_off",
    breach = "policy.abusive-contact",
    why = "The procedure is to warn once and end the call only if the abuse carries on. Ending it without a warning gives him no chance to calm down, "
      .. "and his worry about the letter is left unanswered." },
  choice { "I'm not reading off a script, actually, and I'm not brainless. I didn't send that letter: the collections team did, "
      .. "and they send them out without checking. If you stop shouting, I can explain how it works.", id = "defensive",
    go = "threat", mood = -15, set = { mistake = "defensive" },
    breach = { "service.professional", "heat.own", "heat.empathise" },
    why = "Defending yourself and blaming another team makes it about you, not him. He's just told you he lost his job and has two children "
      .. "at home, and you've passed over it. Stay calm, acknowledge the worry, and if the insults carry on, warn him once." },
}

node "threat" {
  customer = function(s)
    local t
    if s.mistake == "disconnect" then
      t = "Cut me off? You'd cut off a house with two kids in it, would you? "
    elseif s.mistake == "swore" then
      t = "Don't you swear at me, you little toerag. "
    elseif s.mistake == "lecture" then
      t = "Banned? You're threatening me now? "
    elseif s.mistake == "demanded" then
      t = "Four hundred and eighty-six quid by Friday? Are you thick? I've just told you I've no job! "
    elseif s.mistake == "pleaded" then
      t = "Oh, you can take it, can you? "
    elseif s.mistake == "defensive" then
      t = "Don't you lecture me, and don't pass the buck. "
    else
      t = "Don't you brush me off. "
    end
    if s.mood < 10 then
      return t .. "I know where your office is, pal. Leeds, isn't it? Maybe I'll come down there and find you myself."
    end
    return t .. "I know where your office is. Keep this up and I'll come down there and sort you out myself. Try me."
  end,
  choice { "Mr Doyle, I'm sorry if I've made this worse. I do want to help with the letter. But I won't take threats or personal abuse. "
      .. "If it carries on, I'll end the call. Can we start again and go through it calmly?", id = "warn",
    when = "not warned",
    go = function(s)
      if s.mood >= 25 then return "calms" end
      return "continues"
    end,
    mood = 15, set = { warned = true },
    credit = { "policy.abusive-contact", "service.professional" },
    why = "A calm warning that says what has to stop gives him a way back, and the procedure allows it. But he has just threatened to come and find you: "
      .. "a threat of violence needs no warning, so ending the call at once and reporting it would have been just as right." },
  choice { "I did warn you, Mr Doyle. I'm ending the call now. When you're ready to talk about the letter without abuse, please call us back. Goodbye.", id = "end-after-warning",
    when = "warned",
    go = "after_call", set = { call_ended = true },
    credit = { "policy.abusive-contact", "service.professional" },
    why = "He's been warned once and he's now threatening you. Ending the call calmly, and leaving the door open for a proper conversation, is what the procedure asks. "
      .. "Next, report it." },
  choice { "(Make a jibe about his accent and tell him to speak properly.)", id = "mock-accent",
    go = "harassment_end", mood = -30,
    breach = { "eqa.harassment", "service.professional" },
    why = "Mocking his accent is unwanted conduct related to race, which includes nationality and national origins. It can be harassment under s.26 "
      .. "of the Equality Act 2010. His behaviour doesn't excuse yours, and Northway can be held liable for what you say." },
  choice { "Come on, then. Come down here and see what happens.", id = "swear-back",
    go = "shouting_match", mood = -20,
    breach = { "service.professional", "hswa.staff-safety" },
    why = "Inviting a man who has just threatened you to come to the office puts you and your colleagues at more risk. The law expects you to take "
      .. "reasonable care for colleagues as well as yourself, and to follow Northway's arrangements: end the call and report the threat." },
  choice { "Mr Doyle, that's a threat, so I'm ending this call now.", id = "end-threat",
    when = "not warned",
    go = "after_call", set = { call_ended = true },
    credit = { "policy.abusive-contact", "service.professional" },
    why = "He has threatened to come and find you. Northway's procedure needs no warning for a threat of violence: say why, end the call calmly, "
      .. "and report it straight away so the threat can be acted on." },
}

node "continues" {
  narration = "He doesn't stop. If anything, he gets louder.",
  customer = function(s)
    if s.mood < 10 then
      return "Don't you tell me how to talk! You're a bunch of thieves, the lot of you. I know where your office is, and if I end up down there, you'll be sorry. I'm not joking."
    end
    return "Don't you lecture me! You useless article. I know where your office is. Keep pushing me and you'll find out."
  end,
  choice { "Please, I just want to help. Say whatever you need to. I can take it.", id = "take-it",
    go = "threat", mood = -5, set = { mistake = "pleaded" },
    breach = "policy.abusive-contact",
    why = "You've warned him once and he's now threatening you. Staying on the line to absorb more abuse isn't what the procedure asks, and it doesn't help him either. "
      .. "Nobody is expected to put up with threats at work: Northway has a legal duty to protect its staff, and the procedure is how it does that." },
  choice { "Mr Doyle, I did warn you, so I'm going to end this call now. When you're ready to talk about the letter without abuse, please call us back and we'll help. Goodbye.", id = "end-politely",
    go = "after_call", set = { call_ended = true },
    credit = { "policy.abusive-contact", "service.professional" },
    why = "He was warned once and carried on, now with a threat. End the call politely and firmly, and leave the door open for a proper conversation later. Then report it." },
  choice { "Mimic his accent back at him, so he can hear how he sounds.", id = "mock-accent",
    go = "harassment_end", mood = -30,
    breach = { "eqa.harassment", "service.professional" },
    why = "Mimicking his accent is unwanted conduct related to race (nationality and national origins). It can be harassment under s.26 of the Equality Act 2010. "
      .. "His abuse doesn't make yours acceptable, and Northway can be held liable for it." },
}

node "calms" {
  narration = "There's a long breath at the other end of the line.",
  customer = function(s)
    if s.mood >= 30 then
      return "Right. Sorry. That wasn't aimed at you. I opened that letter with the kids at the table, and I just saw red."
    end
    return "Fine. Fine. I shouldn't have said that. I'm at the end of my rope with it all, that's all."
  end,
  choice { "No problem. Just give me your postcode and I'll tell you what's owing.", id = "skip-security",
    go = "account", mood = 5, set = { weak_security = true },
    breach = { "dpa.verify-identity", "policy.security-questions" },
    why = "A postcode is shared by a whole street. It doesn't tell you you're speaking to the account holder, and the balance and payment history are his personal data." },
  choice { "Thanks, I appreciate that. Let's sort it. First, security: can I have your full name and the first line of your address, "
      .. "then your date of birth and your last payment amount?", id = "security",
    go = "account", mood = 5, set = { security_done = true },
    credit = { "policy.security-questions", "dpa.verify-identity" },
    why = "He's calmed down, so move on without dwelling on it. Security comes first: he gives the details and you check them against the account." },
  choice { "Good, because all our calls are recorded, and that sort of language can get you barred from contacting us.", id = "lecture",
    go = "threat", mood = -20, set = { mistake = "lecture" },
    breach = "service.professional",
    why = "You've already warned him once and he has apologised. Rubbing it in with a new threat restarts the argument. Move on to helping him." },
  choice { "Thanks. To save time, I've pulled up a Kieran Doyle at 22 Ashfield Road: £486 owing, and the last payment was £25. "
      .. "If that's you, we can skip the rest of security and crack on with the letter.", id = "read-out",
    go = "account", mood = 5, set = { weak_security = true },
    breach = { "dpa.verify-identity", "policy.security-questions" },
    why = "You've read out his address, balance and last payment to a caller you haven't checked. Anyone who knew his name could have heard that. "
      .. "Security means he gives the details and you check them, never the other way round." },
}

node "account" {
  narration = function(s)
    local t = "His details match. You're speaking to the account holder."
    if s.weak_security then
      t = "You find an account in the name of Kieran Doyle. You haven't checked who you're actually talking to."
    end
    return t .. " The account shows arrears of £486. Payments dropped from £95 a month to irregular amounts of £20 to £40 in the spring. "
      .. "Two reminder letters went out before the warning letter."
  end,
  customer = "So go on. Why send me that? I've been paying what I can.",
  choice { "Your account's in arrears, so it's gone to the pre-referral stage of the collections workflow. We'll need an I and E before we can set up an arrangement.", id = "jargon",
    go = "worry", mood = -5, set = { mistake = "jargon" },
    breach = "service.clear-language",
    why = "'Pre-referral', 'collections workflow' and 'I and E' mean nothing to him. Jargon makes a worried customer feel talked down to. Say it in plain words." },
  choice { "You have been paying, I can see that, and I'm sorry the letter was such a shock. It goes out when arrears build up "
      .. "with no plan in place. Let's set one up now.", id = "explain-why",
    go = "worry", mood = 10,
    credit = { "heat.apologise", "service.clear-language", "heat.own" },
    why = "You recognise what he has paid, apologise for the shock, explain in plain words why the letter came, and take ownership of the fix." },
  choice { "Well, you've not been paying the full amount, have you? What did you expect?", id = "blame-him",
    go = "worry", mood = -15, set = { mistake = "blamed" },
    breach = "service.professional",
    why = "It may be true, but it's a jibe at someone who has just told you he lost his job. Blaming the customer restarts the argument you've just calmed down." },
  choice { "The letter's automatic, I'm afraid. Once it's gone out, the system books an engineer to fit a prepayment meter unless the full £486 "
      .. "is cleared within 14 days. It's out of my hands, but if you pay by then, it all stops.", id = "fourteen-days",
    go = "worry", mood = -15, set = { mistake = "misled" },
    breach = { "ucp.misleading-rights", "heat.own" },
    why = "None of that is how it works. A supplier must give written notice and time before fitting a prepayment meter or disconnecting for debt, "
      .. "must offer a plan he can afford, and can only fit a prepayment meter where it's safe. Telling him otherwise misleads him, and 'out of my hands' disowns the problem." },
}

node "worry" {
  customer = function(s)
    if s.mistake == "blamed" then
      return "What did I expect? A bit of understanding, that's what. So are you going to cut us off or not? My youngest's three."
    end
    if s.mistake == "jargon" then
      return "I've no idea what any of that means. Are you going to cut us off or not? My youngest's three."
    end
    if s.mistake == "misled" then
      return "Fourteen days? I haven't got £486! So you'll put one of them meters in and cut us off when it runs out? My youngest's three."
    end
    return "So what now? Are you going to cut us off? My youngest's three."
  end,
  choice { "I want to keep you well away from that. An affordable plan will sort the £486. What could you manage a month? "
      .. "And is anyone at home ill, or on equipment that needs power?", id = "explain-plan",
    go = "circumstances", mood = 10, set = { mistake = "none" },
    credit = { "service.questioning", "heat.own", "service.clear-language", "energy.ability-to-pay" },
    why = "You answer his fear directly, and you ask the questions you need: what he can afford, and whether anyone at home is vulnerable. "
      .. "Both shape the right plan, and the supply licence requires a plan based on what he can afford." },
  choice { "You'll need to pay the £486 in full by Friday, like the letter says.", id = "pay-in-full",
    go = "threat", mood = -20, set = { mistake = "demanded" },
    breach = { "heat.hear", "energy.ability-to-pay" },
    why = "He's told you he lost his job and has paid what he can. The supply licence requires Northway to offer help and set any repayment by what he can afford, "
      .. "and the billing policy follows it. Demanding the full balance by Friday ignores both, and the anger will come straight back." },
  choice { "Before I can set up a plan, I need proof of income and outgoings: three months' bank statements, your P45, "
      .. "any benefit letters and your partner's payslips. Email them in, and once they're checked we'll agree an amount.", id = "documents",
    go = "circumstances", mood = -15, set = { mistake = "documents" },
    breach = { "dpa.minimisation", "policy.data-handling", "heat.own" },
    why = "Northway sets a plan on what the customer tells you he can afford. Demanding statements, a P45 and someone else's payslips collects far more "
      .. "personal data than the task needs, and it leaves a worried man with no plan today." },
}

node "circumstances" {
  customer = function(s)
    local t = "I could do forty a month on top of what we use. Maybe. "
    if s.mistake == "documents" then
      t = "Payslips? I've no job! I'm not emailing my bank statements to anyone. Look, " .. t
    elseif s.mood < 40 then
      t = "Why do you need to know all that? Fine. " .. t
    end
    return t .. "And my little one, Aoife, she's got asthma. She has a nebuliser at night."
  end,
  choice { "That doesn't really change anything about the debt, I'm afraid.", id = "not-relevant",
    go = "plan", mood = -10,
    breach = { "heat.hear", "heat.empathise", "energy.priority-services" },
    why = "You asked the question, and then brushed off the answer. A young child who relies on electrical medical equipment is exactly who the free "
      .. "Priority Services Register is for, and the supply licence expects you to offer it. It also limits how Northway may collect the debt." },
  choice { "Thanks for telling me. Can I note on your account that a young child at home uses a nebuliser, so anyone dealing with it knows? "
      .. "Just that, nothing more.", id = "record-with-consent",
    go = "plan", mood = 10, set = { vulnerability_noted = true },
    credit = { "dpa.minimisation", "policy.data-handling", "heat.empathise", "service.questioning" },
    breach = "energy.priority-services",
    why = "Asking first and noting only what's needed is right: health information needs extra care. But a child on a nebuliser is the cue to offer "
      .. "the free Priority Services Register, which the supply licence expects without being asked. An account note doesn't reach the network operator in a power cut." },
  choice { "Thanks. So it's all on file properly, I'll need Aoife's full diagnosis, her date of birth, her GP's name and surgery "
      .. "and her NHS number. I'll add her medication too, so any adviser can see exactly what she needs.", id = "full-medical",
    go = "plan", mood = -10, set = { over_collected = true },
    breach = { "dpa.minimisation", "policy.data-handling", "energy.priority-services" },
    why = "Northway needs to know there's a child at home who relies on a nebuliser, not her medical records. Collecting more health data than you need breaks data minimisation "
      .. "and puts sensitive information at risk. And you haven't offered the Priority Services Register, which is what she needs." },
  choice { "Thanks for telling me. Our Priority Services Register is free and gives extra help, like warning of planned power cuts. "
      .. "Can I add Aoife's nebuliser, and share that with your network operator?", id = "offer-psr",
    go = "plan", mood = 10, set = { vulnerability_noted = true, psr = true },
    credit = { "energy.priority-services", "dpa.minimisation", "policy.data-handling", "heat.empathise" },
    why = "A child who relies on powered medical equipment is the cue to offer the Priority Services Register, without waiting to be asked. "
      .. "You say what it gives, ask his consent, and record only the need: a nebuliser, not her medical history." },
}

-- The wrap-up line depends on the mood the plan leaves him in, and the note needs to know whether he apologised.
local function to_wrap(s)
  s.apologised = s.mood >= 50
  return "wrap"
end

node "plan" {
  customer = function(s)
    local t = "Forty quid a month. Will that stop the letters? And another thing: can you lot force one of them prepayment meters on me?"
    if s.vulnerability_noted then
      return "Yeah, put that on. Her inhaler's one thing, but she can't go without that machine. " .. t
    end
    if s.over_collected then
      return "Her NHS number? I haven't got all that to hand, and I don't see why you need it. " .. t
    end
    return t
  end,
  choice { "£40 a month is fine, I'll set that up. And yes, if you don't keep up, we can put one in whenever we like.", id = "can-force",
    go = to_wrap, mood = -15, set = { plan_agreed = true, meter_threat = true },
    breach = { "ucp.misleading-rights", "ucp.aggressive", "energy.prepayment-safeguards", "service.professional" },
    why = "That's wrong, and it's a threat. A supplier can't fit a prepayment meter for debt without written notice and checks that it's safe, and it may not force one "
      .. "on a home where a child relies on powered medical equipment. Holding a meter over him to keep him paying is an aggressive practice." },
  choice { "Done: £40 a month from the 1st, with a letter within five working days. And no: with Aoife on a nebuliser, a meter can't be forced on you. "
      .. "I'm flagging that, and Financial Support will ring by noon Thursday.", id = "plan-clear",
    go = to_wrap, mood = 10, minutes = 3, set = { plan_agreed = true, debt_callback = true },
    credit = { "heat.own", "service.expectations", "energy.ability-to-pay", "energy.prepayment-safeguards", "service.escalate-clearly", "policy.escalation", "policy.service-standards" },
    why = "A plan at the amount he can afford, and a straight answer: a home where a child relies on powered medical equipment is protected from a forced prepayment meter. "
      .. "You flag the account, and because she may be at risk, you hand it to Financial Support with a time, as Northway's escalation policy asks." },
  choice { "£40 a month is absolutely fine, I'll set that up now. And please don't worry about the meter: with a little one on a nebuliser, "
      .. "we'd never put a prepayment meter in, and you won't get another letter from us. I promise.", id = "never",
    go = to_wrap, mood = 5, set = { plan_agreed = true, meter_promise = true },
    credit = "energy.ability-to-pay",
    breach = "service.expectations",
    why = "The heart of it is right: a meter can't be forced on a home where a child relies on a nebuliser. But 'you won't get another letter, I promise' can't be kept "
      .. "(the plan itself will be confirmed by letter), and nobody has flagged the account or told Financial Support why." },
}

node "wrap" {
  customer = function(s)
    if s.mood >= 50 then
      return "Right. Thanks. And look, I'm sorry about earlier. I was bang out of order. It's just been a rotten year."
    end
    return "Fine. Is that it, then?"
  end,
  choice { "Apology accepted. But you should know we can bar callers who swear at our staff.", id = "rub-it-in",
    when = "apologised",
    go = "after_plan", mood = -10,
    breach = "service.professional",
    why = "The warning has already been given and he's apologised. A parting shot undoes the good work of the call." },
  choice { function(s)
      local t = "Thanks for sticking with it. So: £40 a month from the 1st, and a letter confirming it within five working days."
      if s.debt_callback then t = t .. " Financial Support will ring you by noon Thursday." end
      return t .. " Anything else?"
    end, id = "summarise",
    go = "after_plan", mood = 5,
    credit = "service.clear-language",
    why = "A short recap makes sure he leaves the call knowing exactly what happens next." },
  choice { "Not at all. And for all the stress that letter's caused you, I'm going to put a £50 goodwill credit on your account today, "
      .. "and I'll make sure you don't hear from our collections team again while the plan's running.", id = "goodwill",
    go = "after_plan", mood = 10,
    breach = { "policy.goodwill-limit", "service.limits-of-authority", "service.expectations" },
    why = "Generous, but not yours to give. Goodwill over £30 needs a team leader's approval before you offer it, and you can't promise what "
      .. "another team will or won't do. If either promise is broken, he'll be back, angrier." },
  choice { "One more thing. With Aoife on a nebuliser, can I add her to our free Priority Services Register? You'd get extra help, like warning of planned power cuts.", id = "late-psr",
    when = "not psr",
    go = "after_plan", mood = 5, set = { psr = "late" },
    credit = "energy.priority-services",
    why = "Better late than never: a child who relies on powered medical equipment should be offered the Priority Services Register. "
      .. "It's free, and the network operator can warn the family before a planned power cut." },
}

node "after_plan" {
  narration = function(s)
    if s.psr == "late" then
      return "He says yes to the register, and the call ends. The plan is set up, but you're still rattled by the abuse at the start."
    end
    return "The call ends. The plan is set up, but you're still rattled by the abuse at the start."
  end,
  choice { "He calmed down in the end, so there's no need to mention the abuse to anyone. Take the next call.", id = "say-nothing",
    go = "notes",
    breach = { "policy.abusive-contact", "hswa.staff-safety" },
    why = "The procedure says report abusive contact, even when the call recovers. Reporting it is your part of Northway's safety arrangements: "
      .. "it can only support staff and spot repeat abusers if incidents are reported." },
  choice { "Tell Hannah, your team leader: the swearing, the insults, your warning and how it ended. Fill in the incident form, "
      .. "then take a couple of minutes.", id = "tell-tl",
    go = "notes", minutes = 3, set = { reported = true },
    credit = { "policy.abusive-contact", "hswa.staff-safety" },
    why = "Health and safety law puts a duty on you to co-operate with your employer's safety arrangements, and reporting abuse is one of them. "
      .. "Northway's own duty is to protect staff, and the HSE counts verbal abuse by phone as work-related violence. It can only act on what it's told." },
  choice { "Skip the incident form and put it in the account notes instead: it's quicker, the call ended well, and it means whoever takes "
      .. "his next call will know to warn him straight away and hang up if he starts again.", id = "notes-only",
    go = "notes",
    breach = { "policy.abusive-contact", "hswa.staff-safety" },
    why = "An account note isn't a report. The procedure says tell your team leader and fill in the incident form the same day, so Northway can "
      .. "support you and spot patterns. And telling colleagues to hang up on him next time prejudges a call that hasn't happened." },
}

node "after_call" {
  narration = "The line goes quiet. Your hands are shaking a little. He said he knew where the office is.",
  choice { "Ring him back and tell him exactly what you think of him.", id = "ring-back",
    go = "ring_back",
    breach = { "service.professional", "policy.abusive-contact", "hswa.staff-safety" },
    why = "Calling back to have the last word restarts the abuse and puts you in the wrong, and the threat still hasn't been reported. "
      .. "The procedure is to end the call and report it, so Northway can act on it." },
  choice { function(s)
      local t = "Tell Hannah, your team leader, now: the abuse, the office threat"
      if s.warned then
        t = t .. ", your warning and ending the call."
      else
        t = t .. ", and that you ended the call at once."
      end
      return t .. " Fill in the incident form, ask her to get Financial Support to write to him about his arrears, then take a break."
    end,
    id = "report",
    go = "notes", minutes = 5, set = { reported = true, debt_letter = true },
    credit = { "policy.abusive-contact", "hswa.staff-safety", "policy.escalation", "service.escalate-clearly" },
    why = "Reporting a threat at once is your duty under health and safety law: you co-operate with Northway's arrangements, so it can meet its own duty "
      .. "to protect staff (site security, support for you). Ending the call doesn't end his problem, so hand the arrears on too." },
  choice { "Take the next call. It's part of the job, and there's no point making a fuss.", id = "shrug",
    go = "notes",
    breach = { "policy.abusive-contact", "hswa.staff-safety" },
    why = "He threatened to come to the office. Your employer can't protect you or your colleagues from a threat nobody has reported, "
      .. "and both the procedure and health and safety law expect you to report it. Abuse isn't 'part of the job'." },
}

-- Whatever the note says, the call ends where the route left it.
local function after_notes(s)
  if s.plan_agreed then return "plan_agreed" end
  if s.reported then return "ended_and_reported" end
  return "ended_not_reported"
end

node "notes" {
  narration = "Now you write the note on Mr Doyle's account.",
  choice { "Leave it blank. You don't want to think about him any more.", id = "skip",
    go = after_notes,
    breach = "policy.log-contact",
    why = "Every contact must be recorded. Without a note, the next adviser won't know about the plan, the warning or the call-back, and Mr Doyle will have to explain it all again." },
  choice { function(s)
      local t = "Customer called about the disconnection warning letter."
      if s.warned then
        t = t .. " Customer swore and made personal insults at the adviser; warned once under the abusive contact procedure."
      end
      if s.call_ended and s.warned then
        t = t .. " Abuse continued, including a threat to come to the office. Call ended by adviser."
      elseif s.call_ended then
        t = t .. " Customer swore, insulted the adviser and threatened to come to the office and find them. Call ended by adviser straight away."
      end
      if s.plan_agreed then
        t = t .. (s.apologised and " Customer then calmed down and apologised." or " Customer then calmed down.")
          .. " Payment plan agreed at his figure: £40 a month towards £486 arrears from the 1st; confirmation letter to follow."
      end
      if s.psr == "late" then
        t = t .. " Added to the Priority Services Register with his agreement (young child uses a nebuliser)."
      elseif s.psr then
        t = t .. " Added to the Priority Services Register with his consent (young child uses a nebuliser); consent to share with the network operator."
      elseif s.vulnerability_noted then
        t = t .. " With the customer's agreement: young child in the home uses a nebuliser."
      elseif s.over_collected then
        t = t .. " Customer says his young child uses a nebuliser; adviser asked for her medical details, which he didn't have to hand."
      end
      if s.meter_threat then
        t = t .. " Customer asked about prepayment meters; adviser said one could be fitted at any time."
      elseif s.meter_promise then
        t = t .. " Customer asked about prepayment meters; adviser said none would be fitted and no further letters would be sent."
      end
      if s.debt_callback then
        t = t .. " Flagged: child relies on powered medical equipment, so no prepayment meter without agreement. Financial Support to call by 12 noon Thursday."
      end
      if s.reported then
        t = t .. " Incident reported to team leader."
      end
      if s.debt_letter then
        t = t .. " Financial Support team asked to write to the customer about a payment plan."
      end
      return t
    end,
    id = "factual",
    go = after_notes,
    credit = { "dpa.accurate-notes", "policy.log-contact", "policy.data-handling" },
    why = "Facts only: what he said and did, what you did, and what was agreed. 'Customer swore and threatened' is a fact. Anyone reading it, including Mr Doyle, "
      .. "can see exactly what happened." },
  choice { "Absolute nutter. Foul-mouthed thug, probably drunk. Avoid.", id = "insult",
    go = after_notes,
    breach = { "dpa.accurate-notes", "policy.data-handling" },
    why = "Labels and guesses aren't facts. 'Probably drunk' is speculation, and 'nutter' is an insult. He can see his notes through a subject access request. "
      .. "Write what he said and did, not what you think of him." },
  choice { function(s)
      local t = "Customer rang about the disconnection warning letter, very aggressive from the start and probably drunk."
      if s.warned then
        t = t .. " Swore at and insulted the adviser; warned once. Clearly has anger issues."
      end
      if s.call_ended then
        t = t .. " Threatened to come to the office, so call ended. Likely to carry it out."
      end
      if s.plan_agreed then
        t = t .. " Claims he lost his job. Plan agreed at £40 a month towards £486 from the 1st, but he won't keep to it. Letter to follow."
      end
      if s.vulnerability_noted then
        t = t .. " Says his young child uses a nebuliser."
      end
      if s.debt_callback then
        t = t .. " Financial Support to ring by 12 noon Thursday about the meter. Warn them what he's like."
      end
      if s.reported then
        t = t .. " Reported to team leader."
      end
      if s.debt_letter then
        t = t .. " Financial Support asked to write about a payment plan."
      end
      return t
    end,
    id = "opinions",
    go = after_notes,
    credit = "policy.log-contact",
    breach = { "dpa.accurate-notes", "policy.data-handling" },
    why = "It records the call, but it's laced with guesses presented as facts: 'probably drunk', 'anger issues', 'won't keep to it', 'claims'. "
      .. "Notes must be accurate and professional, and he can see them through a subject access request. Record what he said and did." },
}

ending "plan_agreed" {
  kind = "resolved",
  narration = function(s)
    if s.mood >= 50 and s.debt_callback then
      return "You save the note. Mr Doyle's payment plan shows as active, with the Financial Support team's call booked for Thursday."
    elseif s.mood >= 50 then
      return "You save the note. Mr Doyle's payment plan shows as active."
    end
    return "You save the note. The payment plan shows as active, but Mr Doyle rang off sounding far from convinced."
  end,
  summary = function(s)
    local t = "Mr Doyle left with a payment plan at the £40 a month he said he could afford."
    if s.meter_threat then
      t = t .. " But you told him Northway could force a prepayment meter on him whenever it liked: untrue for a home where a child relies on a nebuliser, and a threat."
    elseif s.debt_callback then
      t = t .. " You told him plainly that a meter can't be forced on a home where a child relies on a nebuliser, flagged the account and booked Financial Support's call."
    elseif s.meter_promise then
      t = t .. " You were right that a meter can't be forced on him, but you promised no more letters, and nobody flagged the account for Financial Support."
    end
    if s.psr == "late" then
      t = t .. " You offered the Priority Services Register for Aoife, though only at the end of the call."
    elseif s.psr then
      t = t .. " Aoife is on the Priority Services Register, with his agreement."
    elseif s.vulnerability_noted then
      t = t .. " You noted Aoife's nebuliser, but never offered the Priority Services Register."
    elseif s.over_collected then
      t = t .. " You asked for Aoife's medical details, far more than Northway needs, but never offered the Priority Services Register."
    elseif s.debt_callback then
      t = t .. " You flagged Aoife's nebuliser against a forced meter, but never offered the Priority Services Register."
    else
      t = t .. " Nobody noted Aoife's nebuliser or offered the Priority Services Register."
    end
    if s.reported then
      return t .. " You reported the abuse, so Northway could support you."
    end
    return t .. " The abuse went unreported, and Northway can only support staff, and spot repeat abusers, if incidents are reported."
  end,
}

ending "ended_and_reported" {
  kind = "escalated",
  narration = "Hannah takes the details, passes the threat to the site security team, and tells you to take ten minutes before your next call.",
  summary = function(s)
    local t = "Mr Doyle was warned once and carried on, so you ended the call politely and reported it."
    if not s.warned then
      t = "Mr Doyle threatened to come to the office and find you, so you ended the call at once, with no warning needed, and reported it."
    end
    return t .. " That is the abusive contact procedure, and reporting lets Northway meet its duty to protect staff. "
      .. "His arrears still need sorting, so the Financial Support team will write to him, and he is welcome to call back."
  end,
}

ending "ended_not_reported" {
  kind = "unresolved",
  summary = "You ended the call, but nobody knows about the threat to come to the office. Northway can't protect you or your colleagues from a risk it hasn't been told about, "
    .. "and the procedure says report abusive contacts. His arrears are still unresolved.",
}

ending "cut_off" {
  kind = "unresolved",
  narration = "The line goes dead. Thirty seconds later, the phone rings again.",
  summary = "The call was ended without a warning, so Mr Doyle never got the chance to calm down. His worry about the letter is untouched, "
    .. "and he'll be back on the phone angrier than before.",
}

ending "shouting_match" {
  kind = "lost",
  narration = "He's still shouting when the line goes dead. Your team leader is already walking over to your desk.",
  summary = "You squared up to a caller who was threatening you. That increased the risk to you and your colleagues, gave him a genuine complaint about you, "
    .. "and left his arrears unresolved.",
}

ending "harassment_end" {
  kind = "lost",
  customer = "What did you just say about how I talk? Right. I'm recording this, and I'm putting in a complaint about you.",
  summary = "Mocking Mr Doyle's accent turned his abusive call into a harassment complaint against Northway. His behaviour was wrong, but it didn't make yours lawful. "
    .. "Harassment related to race is unlawful under the Equality Act 2010.",
}

ending "ring_back" {
  kind = "lost",
  narration = "He picks up on the first ring, and the shouting starts again. This time it's on a call you made.",
  summary = "Ringing an abusive caller back to have the last word restarted the abuse and put you in the wrong. "
    .. "The procedure is to end the call and report it, so that Northway can deal with him.",
}

expect { best_grade = "Distinction" }
expect { best_ending = "plan_agreed" }
expect { worst_grade = "Refer" }
expect { breaching = "eqa.harassment", grade = "Refer" }
